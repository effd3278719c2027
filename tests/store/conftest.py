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

# valid custody records of the project's own (tests/data/records: copies of the contract's
# example records, used here only as ordinary records to store; what the audit must say of
# them is checked against the contract itself, ../shared, by the tests marked `shared`)
SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "records"
EXAMPLES = sorted(SCENARIOS.glob("example_*.json"))
HERE = Path(__file__).resolve().parent


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def example_doc(name: str = "example_bailed") -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((SCENARIOS / f"{name}.json").read_text(encoding="utf-8"))
    return doc


def example_record(name: str = "example_bailed") -> Record:
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
def mem_store(engine: str, request: pytest.FixtureRequest, clock: FixedClock) -> Iterator[Store]:
    """A fresh store on each engine (SQLite in memory; a new server database)."""
    target = ":memory:" if engine == "sqlite" else request.getfixturevalue("db_target")
    with open_store(target, clock=clock) as s:
        yield s


@pytest.fixture
def sqlite_mem_store(clock: FixedClock) -> Iterator[Store]:
    with open_store(":memory:", clock=clock) as s:
        yield s
