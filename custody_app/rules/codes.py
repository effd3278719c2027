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


@cache
def _rows() -> dict[str, int]:
    return {code: i for i, code in enumerate(_table())}


def row(code: str) -> int:
    """The code's row in RULES.md's tables: the order of findings at equal times."""
    return _rows()[code]


def is_warning(code: str) -> bool:
    return _table()[code].get("kind") == "warning"


def source(code: str) -> str:
    return _table()[code]["source"]


def title(code: str) -> str:
    return _table()[code]["title"]


def all_codes() -> tuple[str, ...]:
    """Every finding code (warnings are listed apart: warning_codes)."""
    return tuple(c for c in _table() if not is_warning(c))


def warning_codes() -> tuple[str, ...]:
    return tuple(c for c in _table() if is_warning(c))
