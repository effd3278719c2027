"""Finding codes, their sources and titles, read from data so a source can be corrected without code."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

# next to the package (also inside a PyInstaller bundle); importlib.resources would
# pull tempfile, shutil and random in at start-up
_FINDINGS = Path(__file__).resolve().parent.parent / "data" / "findings.json"


@cache
def _table() -> dict[str, dict[str, str]]:
    raw: dict[str, Any] = json.loads(_FINDINGS.read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def source(code: str) -> str:
    return _table()[code]["source"]


def title(code: str) -> str:
    return _table()[code]["title"]


def all_codes() -> tuple[str, ...]:
    return tuple(_table())
