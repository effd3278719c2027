"""The judgements the desk keeps for the board: used at start-up only while they hold."""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from custody_app.domain import parse_document
from custody_app.rules import Policy, evaluate
from custody_app.sample import generate_document
from custody_app.services import desk
from custody_app.store import Store, open_store

NOW = datetime(2026, 6, 10, 3, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "c.sqlite3")
    rng = random.Random(3)
    for k in range(4):
        arrest = NOW - timedelta(minutes=rng.randint(90, 1200))
        doc = generate_document(random.Random(k), f"WK-26-00010{k}", arrest, now=NOW)
        s.import_record(parse_document(doc))
    return s


class Judge:
    """The live board, counting how often the start-up had to call it."""

    def __init__(self, store: Store, now: datetime) -> None:
        self.store, self.now, self.calls = store, now, 0

    def __call__(self) -> list[desk.BoardRow]:
        self.calls += 1
        return desk.board(self.store, self.now, self.store.get_policy(), evaluate)


def test_nothing_kept_means_the_engine_judges_and_keeps(store: Store) -> None:
    judge = Judge(store, NOW)
    first = desk.start_board(store, NOW, judge)
    assert judge.calls == 1 and len(first) == 4
    assert all(k.basis and k.facts for k in store.board_cache())
    later = NOW + timedelta(minutes=1)
    again = desk.start_board(store, later, Judge(store, later))
    assert again == desk.board(store, later, store.get_policy(), evaluate)


def test_kept_judgements_are_used_while_they_hold(store: Store) -> None:
    desk.board(store, NOW, store.get_policy(), evaluate)
    judge = Judge(store, NOW + timedelta(minutes=2))
    rows = desk.start_board(store, NOW + timedelta(minutes=2), judge)
    assert judge.calls == 0
    assert rows == desk.board(store, NOW + timedelta(minutes=2), store.get_policy(), evaluate)


def test_an_entry_since_means_judging_again(store: Store) -> None:
    desk.board(store, NOW, store.get_policy(), evaluate)
    number = store.board_cache()[0].custody_number
    store.append_event(number, {"id": "new-visit", "type": "observation", "at": NOW.isoformat(),
                                "by": "PS 1", "roused": False, "response": "asleep, breathing normally"}, "PS 1")
    judge = Judge(store, NOW + timedelta(minutes=1))
    desk.start_board(store, NOW + timedelta(minutes=1), judge)
    assert judge.calls == 1


def test_new_policy_figures_mean_judging_again(store: Store) -> None:
    desk.board(store, NOW, store.get_policy(), evaluate)
    store.set_policy(Policy(due_soon_minutes=45))
    judge = Judge(store, NOW)
    desk.start_board(store, NOW, judge)
    assert judge.calls == 1


def test_a_judgement_read_before_it_was_made_is_not_used(store: Store) -> None:
    """(The clock was put back.) Its horizon is tested in tests/property/test_board_kept.py."""
    desk.board(store, NOW, store.get_policy(), evaluate)
    judge = Judge(store, NOW - timedelta(minutes=1))
    desk.start_board(store, NOW - timedelta(minutes=1), judge)
    assert judge.calls == 1


def test_damaged_kept_text_means_judging_again(store: Store) -> None:
    desk.board(store, NOW, store.get_policy(), evaluate)
    store.conn.execute("UPDATE board_cache SET facts = '{\"not\": \"facts\"}'")
    store.conn.commit()
    judge = Judge(store, NOW)
    desk.start_board(store, NOW, judge)
    assert judge.calls == 1


def test_a_child_who_left_is_forgotten(store: Store) -> None:
    desk.board(store, NOW, store.get_policy(), evaluate)
    number = store.board_cache()[0].custody_number
    store.append_event(number, {"id": "out", "type": "released", "at": NOW.isoformat(), "by": "PS 1",
                                "outcome": "bail"}, "PS 1")
    desk.board(store, NOW + timedelta(minutes=1), store.get_policy(), evaluate)
    kept = store.conn.execute("SELECT count(*) FROM board_cache").fetchone()[0]
    assert kept == 3 and number not in {k.custody_number for k in store.board_cache()}


def test_keeping_never_waits_for_another_terminal(store: Store, tmp_path: Path) -> None:
    other = sqlite3.connect(tmp_path / "c.sqlite3")
    other.execute("BEGIN IMMEDIATE")  # another terminal is writing
    try:
        t = time.perf_counter()
        assert store.keep_board([("WK-26-000100", "b", "{}")]) is False
        assert time.perf_counter() - t < 5  # not the 15 s busy timeout of a real entry
    finally:
        other.rollback()
        other.close()
    assert store.keep_board([("WK-26-000100", "b", "{}")]) is True


def test_the_kept_judgements_are_not_evidence(store: Store) -> None:
    """Not in the chain: verify is clean whatever the cache holds, and exports do not carry it."""
    desk.board(store, NOW, store.get_policy(), evaluate)
    store.conn.execute("DELETE FROM board_cache")
    store.conn.commit()
    assert store.verify() == []
    number = store.board_cache()[0].custody_number
    assert "board" not in str(store.export_document(number))
