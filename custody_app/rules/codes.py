"""Finding codes, their sources and titles, read from data so a source can be corrected without code."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def _table() -> dict[str, dict[str, str]]:
    raw: dict[str, Any] = json.loads(files("custody_app.data").joinpath("findings.json").read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def source(code: str) -> str:
    return _table()[code]["source"]


def title(code: str) -> str:
    return _table()[code]["title"]


def all_codes() -> tuple[str, ...]:
    return tuple(_table())
