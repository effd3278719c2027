"""Shared by the reliability proofs (issue 7): where the figures go, the records used.

Each proof writes its figures (cases run, iterations, events written, duration)
to build/reliability/<proof>.json, for the README's reliability table.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from custody_app.sample import generate_document
from tests.store.conftest import EXAMPLES, FixedClock, example_doc, example_record

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "build" / "reliability"
HERE = Path(__file__).resolve().parent

__all__ = ["EXAMPLES", "FixedClock", "example_doc", "example_record", "FIGURES", "ROOT",
           "generated_docs", "subprocess_env", "write_figures", "Stopwatch"]


def write_figures(proof: str, figures: dict[str, Any]) -> Path:
    """build/reliability/<proof>.json: the figures of one proof, merged with what is there."""
    FIGURES.mkdir(parents=True, exist_ok=True)
    path = FIGURES / f"{proof}.json"
    old: dict[str, Any] = {}
    if path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            old = {}
    old.update(figures)
    old["recorded_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    path.write_text(json.dumps(old, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


class Stopwatch:
    def __init__(self) -> None:
        self.start = time.monotonic()

    @property
    def seconds(self) -> float:
        return round(time.monotonic() - self.start, 2)


def generated_docs(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """n realistic generated records, each a different profile mix, numbered GEN-<i>."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 27, 20, 0, tzinfo=UTC)
    return [generate_document(random.Random(rng.getrandbits(64)), f"WK-26-9{i:05d}", start)
            for i in range(n)]


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: this checkout importable, no user config leaking in."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CUSTODY_APP_DB", None)
    env.update(extra)
    return env


PYTHON = sys.executable


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """HOME and the XDG folders in tmp_path: the user data and log folders land there."""
    home = tmp_path / "home"
    home.mkdir()
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_STATE_HOME", ".local/state"),
                     ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache")):
        monkeypatch.setenv(var, str(home / sub) if sub else str(home))
    monkeypatch.delenv("CUSTODY_APP_DB", raising=False)
    yield home
