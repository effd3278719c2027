"""Fixtures for the store tests: a fixed clock, the example records, fresh databases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from custody_app.domain import Record, parse_text
from custody_app.store import Store, open_store

# the shared contract's scenarios, beside the repository (../shared): absent from a clone
SCENARIOS = Path(__file__).resolve().parents[2].parent / "shared" / "scenarios"
EXAMPLES = sorted(p for p in SCENARIOS.glob("example_*.json") if not p.name.endswith(".expect.json"))
HERE = Path(__file__).resolve().parent


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def need_shared() -> None:
    if not SCENARIOS.is_dir():
        pytest.skip(f"the shared scenarios are not beside this repository ({SCENARIOS})")


def example_doc(name: str = "example_bailed") -> dict[str, Any]:
    need_shared()
    doc: dict[str, Any] = json.loads((SCENARIOS / f"{name}.json").read_text(encoding="utf-8"))
    return doc


def example_record(name: str = "example_bailed") -> Record:
    need_shared()
    return parse_text((SCENARIOS / f"{name}.json").read_bytes())


def with_number(doc: dict[str, Any], number: str) -> dict[str, Any]:
    return {**doc, "custody_number": number}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "custody.sqlite3"


@pytest.fixture
def store(db_path: Path, clock: FixedClock) -> Iterator[Store]:
    with open_store(db_path, clock=clock) as s:
        yield s


@pytest.fixture
def mem_store(clock: FixedClock) -> Iterator[Store]:
    with open_store(":memory:", clock=clock) as s:
        yield s
