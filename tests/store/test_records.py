"""Import outcomes, export round trip, entries at the desk, the fast lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from custody_app.domain import RecordError, parse_document, parse_text
from custody_app.store import ClashError, Store, StoreError, record_fingerprint

from .conftest import EXAMPLES, FixedClock, example_doc, example_record, with_number


def _same(a: Any, b: Any, path: str = "") -> None:
    """Equal as interchange values: instants compared as instants."""
    if isinstance(a, dict):
        assert isinstance(b, dict) and set(a) == set(b), path
        for k in a:
            _same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{path}[{i}]")
    elif isinstance(a, str) and path.endswith(".at") and isinstance(b, str):
        assert datetime.fromisoformat(a) == datetime.fromisoformat(b), path
    else:
        assert a == b and type(a) is type(b), path


def test_examples_are_there() -> None:
    assert len(EXAMPLES) >= 5  # three 1.0 and two 1.1 records


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_export_round_trip(mem_store: Store, path: Any) -> None:
    record = parse_text(path.read_bytes())
    assert mem_store.import_record(record, "PS 1") == "stored"
    exported = mem_store.export_document(record.custody_number)
    _same(dict(record.raw), exported)
    loaded = mem_store.load_record(record.custody_number)
    assert loaded is not None
    assert [e.at for e in loaded.events] == [e.at for e in record.events]
    assert loaded.child == record.child
    assert mem_store.fingerprint(record.custody_number) == record_fingerprint(record)
    assert record_fingerprint(loaded) == record_fingerprint(record)


def test_unknown_fields_are_kept(mem_store: Store) -> None:
    doc = example_doc()
    doc["station_code"] = "LS1"
    doc["child"]["nickname"] = "Sammy"
    doc["events"][0]["custom"] = {"a": [1, 2.5, None, "é"]}
    mem_store.import_record(parse_document(doc))
    out = mem_store.export_document(doc["custody_number"])
    assert out["station_code"] == "LS1"
    assert out["child"]["nickname"] == "Sammy"
    assert out["events"][0]["custom"] == {"a": [1, 2.5, None, "é"]}


def test_import_outcomes(mem_store: Store) -> None:
    doc = example_doc()
    short = {**doc, "events": doc["events"][:10]}
    assert mem_store.import_record(parse_document(short), "PS 1") == "stored"
    assert mem_store.import_record(parse_document(short)) == "unchanged"
    assert mem_store.import_record(parse_document(doc), "PS 2") == "appended"
    assert len(mem_store.export_document(doc["custody_number"])["events"]) == len(doc["events"])
    assert mem_store.import_record(parse_document(doc)) == "unchanged"
    assert mem_store.verify() == []


def test_shorter_file_and_changed_event_are_clashes(mem_store: Store) -> None:
    doc = example_doc()
    number = doc["custody_number"]
    mem_store.import_record(parse_document(doc))
    before = mem_store.export_document(number)
    ledger = mem_store.conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
    short = {**doc, "events": doc["events"][:5]}
    with pytest.raises(ClashError, match="holds"):
        mem_store.import_record(parse_document(short))
    changed = example_doc()
    changed["events"][3]["by"] = "PS 9999"
    with pytest.raises(ClashError, match=r"events\[3\]"):
        mem_store.import_record(parse_document(changed))
    other_child = example_doc()
    other_child["child"]["surname"] = "Other"
    with pytest.raises(ClashError, match="different child"):
        mem_store.import_record(parse_document(other_child))
    assert mem_store.export_document(number) == before
    assert mem_store.conn.execute("SELECT count(*) FROM ledger").fetchone()[0] == ledger


def test_import_records_is_one_transaction(mem_store: Store) -> None:
    a = parse_document(with_number(example_doc(), "A-1"))
    clash = example_doc()
    clash["child"]["surname"] = "Different"
    mem_store.import_record(example_record())
    with pytest.raises(ClashError):
        mem_store.import_records([a, parse_document(clash)])
    assert mem_store.all_numbers() == ["EX-26-000001"]


def test_append_event_validates_and_records_who_and_when(mem_store: Store, clock: FixedClock) -> None:
    record = example_record()
    clock.now = max(e.at for e in record.events) + timedelta(days=1)
    mem_store.create_record(record, "PS 1")
    with pytest.raises(ClashError):
        mem_store.create_record(record, "PS 1")
    n = len(record.events)
    clock.advance(hours=30)
    late_at = record.events[2].raw["at"]  # entered now, happened long ago: a late entry
    updated = mem_store.append_event(record.custody_number,
                                     {"type": "note", "at": late_at, "by": "PS 2", "text": "late"}, "sgt2")
    assert len(updated.events) == n + 1
    meta = mem_store.event_meta(record.custody_number)
    assert meta[-1] == (n, clock.now, "sgt2")
    assert meta[0][1] == clock.now - timedelta(hours=30) and meta[0][2] == "PS 1"
    assert meta[-1][1] > updated.events[-1].at  # visible as a late entry
    with pytest.raises(RecordError, match=rf"events\[{n + 1}\]\.at"):
        mem_store.append_event(record.custody_number, {"type": "note", "at": "2026-01-01T10:00", "by": "x",
                                                       "text": "no offset"}, "sgt2")
    with pytest.raises(RecordError, match="drink"):
        mem_store.append_event(record.custody_number,  # after the child left: refused
                               {"type": "drink", "at": "2030-01-01T10:00:00+00:00", "by": "x"}, "sgt2")
    with pytest.raises(StoreError, match="no custody number"):
        mem_store.append_event("NOPE", {"type": "note"}, "sgt2")
    assert len(mem_store.export_document(record.custody_number)["events"]) == n + 1
    assert mem_store.verify() == []


def test_correction_keeps_both(mem_store: Store) -> None:
    doc = example_doc()
    doc["events"][0]["id"] = "arrest"
    mem_store.import_record(parse_document(doc))
    at = doc["events"][-1]["at"]
    mem_store.append_event(doc["custody_number"], {
        "type": "correction", "at": at, "by": "PS 1", "corrects": "arrest",
        "fields": {"force_used": True}, "reason": "typed wrong"}, "sgt")
    out = mem_store.export_document(doc["custody_number"])
    assert out["events"][0] == doc["events"][0]
    assert out["events"][-1]["type"] == "correction"


def _live_doc(number: str, arrested: datetime) -> dict[str, Any]:
    at = arrested.isoformat()
    return {"format": "custody-record/1", "custody_number": number, "suite": "S", "force": "F",
            "child": {"surname": "Doe", "forenames": "Sam", "date_of_birth": "2012-01-01",
                      "age_in_doubt": False, "looked_after": False, "local_authority": None},
            "events": [{"type": "arrested", "at": at, "by": "PC 1", "offences": ["theft"], "reason": "offence"},
                       {"type": "arrived_at_station", "at": (arrested + timedelta(minutes=30)).isoformat(),
                        "by": "PC 1"}]}


def test_in_custody_and_arrived_between(mem_store: Store) -> None:
    t0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
    mem_store.import_record(example_record())  # released
    for k in range(3):
        mem_store.import_record(parse_document(_live_doc(f"L-{k}", t0 + timedelta(days=k))))
    assert [r.custody_number for r in mem_store.in_custody()] == ["L-0", "L-1", "L-2"]
    mem_store.append_event("L-1", {"type": "released", "at": (t0 + timedelta(days=1, hours=3)).isoformat(),
                                   "by": "PS 1", "outcome": "no_further_action"}, "sgt")
    assert [r.custody_number for r in mem_store.in_custody()] == ["L-0", "L-2"]
    got = list(mem_store.records_arrived_between(t0, t0 + timedelta(days=2)))
    assert [r.custody_number for r in got] == ["L-0", "L-1"]
    # in custody at an instant: arrived by then (L-2 arrives a day later, a candidate the
    # reprint judges out), not left at or before it (L-1 left 3 h after its arrest)
    at = t0 + timedelta(days=1, hours=2)
    assert [r.custody_number for r in mem_store.in_custody_at(at)] == ["L-0", "L-1", "L-2"]
    later = t0 + timedelta(days=1, hours=3)
    assert [r.custody_number for r in mem_store.in_custody_at(later)] == ["L-0", "L-2"]
    assert [r.custody_number for r in mem_store.in_custody_at(t0 - timedelta(days=2))] == []
    assert sorted(mem_store.all_numbers()) == ["EX-26-000001", "L-0", "L-1", "L-2"]


def test_load_unknown_is_none(mem_store: Store) -> None:
    assert mem_store.load_record("NOPE") is None
    with pytest.raises(StoreError):
        mem_store.export_document("NOPE")
