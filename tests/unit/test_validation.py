"""Every validation rule of INTERCHANGE.md: refused with a clear message naming the place."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from custody_app.cli import main
from custody_app.domain import RecordError, parse_document, parse_text
from tests.builders import at, doc, ev, good_pre_charge_events

Doc = dict[str, Any]


def base() -> Doc:
    return doc(good_pre_charge_events())


def idx(d: Doc, etype: str) -> int:
    return next(i for i, e in enumerate(d["events"]) if e["type"] == etype)


def mutate(fn: Callable[[Doc], None]) -> Doc:
    d = copy.deepcopy(base())
    fn(d)
    return d


def _set(path: list[Any], value: Any) -> Callable[[Doc], None]:
    def apply(d: Doc) -> None:
        target: Any = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return apply


def _event(etype: str, **changes: Any) -> Callable[[Doc], None]:
    def apply(d: Doc) -> None:
        e = d["events"][idx(d, etype)]
        for k, v in changes.items():
            if v is _DEL:
                del e[k]
            else:
                e[k] = v
    return apply


def _append(*events: Doc) -> Callable[[Doc], None]:
    def apply(d: Doc) -> None:
        d["events"].extend(copy.deepcopy(list(events)))
    return apply


_DEL = object()

REFUSALS: list[tuple[str, Callable[[Doc], None], str]] = [
    ("format missing", lambda d: d.pop("format"), "format"),
    ("format wrong", _set(["format"], "custody-record/2"), "format"),
    ("custody number empty", _set(["custody_number"], " "), "custody_number"),
    ("suite missing", lambda d: d.pop("suite"), "suite"),
    ("child surname missing", lambda d: d["child"].pop("surname"), "child.surname"),
    ("dob null not in doubt", _set(["child", "date_of_birth"], None), "child.date_of_birth"),
    ("dob not a date", _set(["child", "date_of_birth"], "2011-02-30"), "child.date_of_birth"),
    ("dob after arrival", _set(["child", "date_of_birth"], "2027-01-01"), "child.date_of_birth"),
    ("adult", _set(["child", "date_of_birth"], "2007-01-15"), "this application is for children"),
    ("age_in_doubt not bool", _set(["child", "age_in_doubt"], "no"), "child.age_in_doubt"),
    ("looked_after missing", lambda d: d["child"].pop("looked_after"), "child.looked_after"),
    ("event type unknown", _append(ev("dance", 50)), "events[29].type"),
    ("event at without offset", _event("drink", at="2026-01-15T11:00:00"), "no UTC offset"),
    ("event at not real", _event("drink", at="2026-01-15T25:00:00+00:00"), "not a real"),
    ("event by missing", _event("drink", by=_DEL), ".by"),
    ("required field missing", _event("rights_given", aa_present=_DEL), "events[10].aa_present: missing"),
    ("bool as string", _event("rights_given", aa_present="yes"), "events[10].aa_present"),
    ("enum outside list", _event("arrested", reason="suspicion"), "events[0].reason"),
    ("enum list outside list", _event("risk_assessment", flags=["sad"]), "events[3].flags[0]"),
    ("number out of range", _event("observation_level_set", interval_minutes=61), "events[5].interval_minutes"),
    ("number wrong type", _event("observation_level_set", interval_minutes="30"), "events[5].interval_minutes"),
    ("extension limit 24", _append(ev("extension_authorised", 390, rank="superintendent", limit_hours=24)),
     "limit_hours"),
    ("warrant limit 97", _append(ev("warrant_of_further_detention", 390, limit_hours=97)), "limit_hours"),
    ("duplicate id", _event("drink", id="e1"), "events[8].id"),
    ("no arrest", lambda d: d["events"].pop(0), "no 'arrested'"),
    ("two arrests", _append(ev("arrested", 5, offences=[], reason="offence")), "second 'arrested'"),
    ("two authorisations", _append(ev("detention_authorised", 31, grounds="x")), "second 'detention_authorised'"),
    ("event after leaving", _append(ev("drink", 425)), "after the child left"),
    ("AA arrived before requested", _event("aa_arrived", at=at(39)), "before any 'aa_requested'"),
    ("interview ended without one open", _append(ev("interview_ended", 250)), "without an open interview"),
    ("correction of unknown id", _append({**ev("correction", 400), "corrects": "nope", "fields": {},
                                          "reason": "x"}), "corrects"),
    ("correction of id or type", _append({**ev("correction", 400), "corrects": "e2", "fields": {"type": "drink"},
                                          "reason": "x"}), "fields.type"),
    ("correction making an event invalid", _append({**ev("correction", 400), "corrects": "e11",
                                                    "fields": {"aa_present": "yes"}, "reason": "x"}),
     "fields.aa_present"),
    ("correction breaking the order", _append({**ev("correction", 400), "corrects": "e10",
                                               "fields": {"at": at(30)}, "reason": "x"}), "aa_arrived"),
    ("events not a list", _set(["events"], {}), "events"),
    ("event not an object", _append("drink"), "events[29]"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("name", "change", "words"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_refused_with_a_clear_message(name: str, change: Callable[[Doc], None], words: str) -> None:
    with pytest.raises(RecordError) as err:
        parse_document(mutate(change))
    assert words in str(err.value)


def test_the_base_record_is_valid() -> None:
    parse_document(base())


def test_unknown_type_kept_in_a_minor_version() -> None:
    d = mutate(_append({**ev("dance", 50), "id": "x1", "style": "waltz"}))
    d["format"] = "custody-record/1.3"
    record = parse_document(d)
    unknown = [e for e in record.events if e.type == "dance"]
    assert unknown and not unknown[0].known and unknown[0].raw["style"] == "waltz"


def test_unknown_type_still_needs_at_and_by() -> None:
    d = mutate(_append({"type": "dance", "by": "x"}))
    d["format"] = "custody-record/1.1"
    with pytest.raises(RecordError, match=r"events\[29\]\.at"):
        parse_document(d)


def test_unknown_fields_kept_and_serialised_back() -> None:
    d = mutate(_event("drink", flavour="orange"))
    d["extra_top"] = {"x": 1}
    record = parse_document(d)
    assert record.raw == d


def test_the_person_whose_age_is_in_doubt_is_a_child() -> None:
    d = mutate(_set(["child", "date_of_birth"], "2007-01-15"))
    d["child"]["age_in_doubt"] = True
    parse_document(d)
    d["child"]["date_of_birth"] = None
    parse_document(d)


def test_size_limits() -> None:
    with pytest.raises(RecordError, match="bytes"):
        parse_text(b" " * 5_000_001)
    d = base()
    d["events"] = d["events"] + [ev("note", 100, text="x") for _ in range(10_001 - len(d["events"]))]
    with pytest.raises(RecordError, match="10,000"):
        parse_document(d)


def test_not_json() -> None:
    with pytest.raises(RecordError, match="not valid JSON"):
        parse_text(b"{nope")
    with pytest.raises(RecordError, match="UTF-8"):
        parse_text(b'{"format": "\xff"}')


@pytest.mark.parametrize(("name", "change", "words"), REFUSALS[:8] + REFUSALS[14:20], ids=[
    r[0] for r in REFUSALS[:8] + REFUSALS[14:20]])
def test_cli_refuses_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                 change: Callable[[Doc], None], words: str) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(mutate(change)))
    for command in (["audit", str(path), "--json"], ["status", str(path), "--at", "2026-01-15T12:00:00Z"]):
        assert main(command) == 2
        out = capsys.readouterr()
        assert out.out == ""
        assert words in out.err and "Traceback" not in out.err


def test_parsed_events_equal_constructed_ones() -> None:
    from custody_app.domain import Event

    record = parse_document(base())
    e = record.events[0]
    assert e == Event(e.index, e.type, e.at, e.by, e.id, e.fields, e.raw, e.known)
    assert e.corrected_by == ()
    with pytest.raises(AttributeError):
        e.type = "drink"  # type: ignore[misc]


def test_stored_records_are_built_the_same_as_validated_ones() -> None:
    import random
    from datetime import UTC, datetime

    from custody_app.domain import parse_stored
    from custody_app.sample import generate_documents

    docs = [base(), *generate_documents(40, seed=5, start=datetime(2026, 1, 1, tzinfo=UTC), span_days=365)]
    docs.append(copy.deepcopy(docs[1]))
    docs[-1]["format"] = "custody-record/1.2"
    docs[-1]["events"].append({"type": "dance", "at": docs[-1]["events"][0]["at"], "by": "x", "id": "zz"})
    for d in docs:
        assert parse_stored(copy.deepcopy(d)) == parse_document(copy.deepcopy(d))
    broken = copy.deepcopy(docs[1])
    broken["events"][random.Random(1).randrange(len(broken["events"]))]["at"] = "not a time"
    with pytest.raises(RecordError):
        parse_stored(broken)  # anything unexpected gets the full validation, and its refusal
