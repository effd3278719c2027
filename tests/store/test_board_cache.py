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


def judged(store: Store, now: datetime) -> list[desk.BoardRow]:
    return desk.board(store, now, store.get_policy(), evaluate)


def test_nothing_kept_until_the_engine_judges(store: Store) -> None:
    assert desk.kept_board(store, NOW) is None
    assert len(judged(store, NOW)) == 4
    assert all(k.basis and k.facts for k in store.board_cache())


def test_kept_judgements_read_as_the_engine_judges_while_they_hold(store: Store) -> None:
    judged(store, NOW)
    later = NOW + timedelta(minutes=2)
    kept = desk.kept_board(store, later)
    assert kept is not None and kept == judged(store, later)


def test_an_entry_since_means_judging_again(store: Store) -> None:
    judged(store, NOW)
    number = store.board_cache()[0].custody_number
    store.append_event(number, {"id": "new-visit", "type": "observation", "at": NOW.isoformat(),
                                "by": "PS 1", "roused": False, "response": "asleep, breathing normally"}, "PS 1")
    assert desk.kept_board(store, NOW + timedelta(minutes=1)) is None


def test_new_policy_figures_mean_judging_again(store: Store) -> None:
    judged(store, NOW)
    store.set_policy(Policy(due_soon_minutes=45))
    assert desk.kept_board(store, NOW) is None


def test_a_judgement_read_before_it_was_made_is_not_used(store: Store) -> None:
    """(The clock was put back.) Its horizon is tested in tests/property/test_board_kept.py."""
    judged(store, NOW)
    assert desk.kept_board(store, NOW - timedelta(minutes=1)) is None


def test_damaged_kept_text_means_judging_again(store: Store) -> None:
    judged(store, NOW)
    store.conn.execute("UPDATE board_cache SET facts = '{\"not\": \"facts\"}'")
    store.conn.commit()
    assert desk.kept_board(store, NOW) is None


def test_a_child_who_left_is_forgotten(store: Store) -> None:
    judged(store, NOW)
    number = store.board_cache()[0].custody_number
    store.append_event(number, {"id": "out", "type": "released", "at": NOW.isoformat(), "by": "PS 1",
                                "outcome": "bail"}, "PS 1")
    judged(store, NOW + timedelta(minutes=1))
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
    judged(store, NOW)
    store.conn.execute("DELETE FROM board_cache")
    store.conn.commit()
    assert store.verify() == []
    number = store.board_cache()[0].custody_number
    assert "board" not in str(store.export_document(number))


def test_a_kept_judgement_that_differs_from_the_engine_is_replaced_and_logged(
        store: Store, caplog: pytest.LogCaptureFixture) -> None:
    """A change the engine makes without an entry that `changes_at` did not foresee: the
    live board rewrites the kept judgement and says so in the log."""
    judged(store, NOW)
    number, _, basis, facts = store.board_cache()[0]
    assert basis and facts
    store.keep_board([(number, basis, facts.replace('"stage": "', '"stage": "stale '))])
    assert desk.kept_board(store, NOW) != judged(store, NOW)  # (that read is from before the fix)
    assert any("no longer held" in r.getMessage() and number in r.getMessage() for r in caplog.records)
    assert desk.kept_board(store, NOW) == judged(store, NOW)
