"""The hash chain, and `verify` naming what was changed behind the application's back."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from custody_app.domain import parse_document
from custody_app.store import Store, chain as ch, open_store, record_fingerprint

from .conftest import FixedClock, example_doc, example_record, with_number


def test_chain_definition_is_as_documented() -> None:
    record = example_record()
    h = hashlib.sha256(("custody-app/chain/1\x00" + record.custody_number).encode()).digest()
    for e in record.events:
        text = json.dumps(dict(e.raw), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        h = hashlib.sha256(h + text.encode()).digest()
    assert record_fingerprint(record) == h.hex()[:16]


def test_fingerprint_changes_with_any_event() -> None:
    doc = example_doc()
    base = record_fingerprint(parse_document(doc))
    doc["events"][1]["by"] = doc["events"][1]["by"] + "x"
    assert record_fingerprint(parse_document(doc)) != base
    assert record_fingerprint(parse_document(with_number(example_doc(), "OTHER"))) != base


def _tamper(db: Path, *sql: str) -> None:
    """Another SQLite tool: drop the triggers, edit, commit."""
    conn = sqlite3.connect(db)
    try:
        for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def filled(db_path: Path, clock: FixedClock) -> Path:
    with open_store(db_path, clock=clock) as s:
        s.import_record(example_record("example_bailed"), "PS 1")
        s.import_record(example_record("example_missed_duties"), "PS 1")
        assert s.verify() == []
    return db_path


def _problems(db: Path) -> list[tuple[str | None, int | None, str]]:
    with open_store(db, create=False, migrate=False) as s:
        return [(p.custody_number, p.event_index, p.what) for p in s.verify() if p.kind == "chain"]


def _rid(db: Path, number: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT id FROM records WHERE custody_number = ?", (number,)).fetchone()[0])
    finally:
        conn.close()


def test_edit_is_named(filled: Path) -> None:
    rid = _rid(filled, "EX-26-000001")
    _tamper(filled, f"UPDATE events SET body = replace(body, '\"by\":\"', '\"by\":\"X') WHERE record_id = {rid} AND seq = 4")
    probs = _problems(filled)
    assert [(n, i) for n, i, _ in probs] == [("EX-26-000001", 4)]
    assert "no longer matches" in probs[0][2]


def test_recorded_at_and_by_are_sealed(filled: Path) -> None:
    rid = _rid(filled, "EX-26-000001")
    _tamper(filled, f"UPDATE events SET recorded_at = '2020-01-01T00:00:00.000000+00:00' "
                    f"WHERE record_id = {rid} AND seq = 2",
            f"UPDATE events SET recorded_by = 'nobody' WHERE record_id = {rid} AND seq = 7")
    assert [(n, i) for n, i, _ in _problems(filled)] == [("EX-26-000001", 2), ("EX-26-000001", 7)]


def test_delete_is_named(filled: Path) -> None:
    rid = _rid(filled, "EX-26-000003")
    _tamper(filled, f"DELETE FROM events WHERE record_id = {rid} AND seq = 5")
    probs = _problems(filled)
    assert ("EX-26-000003", 5) in [(n, i) for n, i, _ in probs]
    assert all(n == "EX-26-000003" for n, _, _ in probs)
    assert any("deleted" in w for _, i, w in probs if i == 5)


def test_delete_of_last_event_is_named(filled: Path) -> None:
    rid = _rid(filled, "EX-26-000003")
    _tamper(filled, f"DELETE FROM events WHERE record_id = {rid} AND seq = "
                    f"(SELECT max(seq) FROM events WHERE record_id = {rid})")
    probs = _problems(filled)
    assert len(probs) == 1 and probs[0][0] == "EX-26-000003" and "deleted" in probs[0][2]


def test_insert_is_named(filled: Path, clock: FixedClock) -> None:
    rid = _rid(filled, "EX-26-000001")
    # a well-formed row, chain and seal computed correctly: only the ledger shows it
    conn = sqlite3.connect(filled)
    n, last = conn.execute("SELECT count(*), (SELECT chain FROM events WHERE record_id = ? ORDER BY seq DESC "
                           "LIMIT 1) FROM events WHERE record_id = ?", (rid, rid)).fetchone()
    conn.close()
    body = ch.canonical_json({"type": "note", "at": "2026-08-01T10:00:00+00:00", "by": "x", "text": "forged"})
    h = ch.link(bytes(last), body)
    s = ch.seal(h, n, "2026-08-01T10:00:00.000000+00:00", "x")
    _tamper(filled, f"INSERT INTO events (record_id, seq, body, recorded_at, recorded_by, chain, seal) VALUES "
                    f"({rid}, {n}, '{body}', '2026-08-01T10:00:00.000000+00:00', 'x', x'{h.hex()}', x'{s.hex()}')")
    probs = _problems(filled)
    assert [(num, i) for num, i, _ in probs] == [("EX-26-000001", n)]
    assert "inserted" in probs[0][2]


def test_whole_record_deleted_or_header_changed(filled: Path) -> None:
    rid = _rid(filled, "EX-26-000003")
    _tamper(filled, f"DELETE FROM events WHERE record_id = {rid}", f"DELETE FROM record_state WHERE record_id = {rid}",
            f"DELETE FROM records WHERE id = {rid}",
            "UPDATE records SET header = replace(header, '\"suite\":\"', '\"suite\":\"X')")
    probs = _problems(filled)
    assert ("EX-26-000003", None) in [(n, i) for n, i, _ in probs]
    assert any(n == "EX-26-000001" and "child" in w for n, _, w in probs)


def test_verify_of_clean_store_after_appends(store: Store) -> None:
    store.import_record(example_record())
    at = example_doc()["events"][-1]["at"]
    for k in range(5):
        store.append_event("EX-26-000001", {"type": "note", "at": at, "by": "PS", "text": str(k)}, "u")
    assert store.verify() == []
    assert store.fingerprint("EX-26-000001") == record_fingerprint(store.load_record("EX-26-000001"))  # type: ignore[arg-type]
