"""Corrections keep the rank rules (issue 12): a sergeant cannot "correct" a superintendent's
extension from 30 to 36 hours, an inspector's review, a warrant or an inspector's
endorsement; nobody's correction changes who made an entry or at what rank. The rank
that made (or could make) the entry may still correct it. Through the desk's own path
(desk.add_entry), against a real store; a refusal stores nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from custody_app.domain import parse_document
from custody_app.services import desk
from custody_app.store import open_store
from tests.builders import T0, doc, ev, good_pre_charge_events, registered, review

from .conftest import Stopwatch, write_figures

pytestmark = pytest.mark.slow
WATCH = Stopwatch()  # the module's time, for the figures
FIG: dict[str, Any] = {}
ROLES = ("detention_officer", "sergeant", "inspector", "superintendent")
LADDER = {"detention_officer": 0, "sergeant": 1, "inspector": 2, "superintendent": 3}


def _events() -> list[dict[str, Any]]:
    base = [e for e in good_pre_charge_events() if e["type"] not in ("released", "safeguarding_referral")]
    return [*base,
            {**review(600, by="Insp 77"), "id": "rev-insp"},
            {**ev("extension_authorised", 700, by="Supt 9", rank="superintendent", limit_hours=30), "id": "ext"},
            {**ev("note", 710, by="PS 2190", text="seen"), "id": "note-ps"}]


@pytest.fixture
def store() -> Iterator[Any]:
    record = parse_document(doc(_events()))
    now = T0 + timedelta(minutes=720)
    with open_store(":memory:", clock=lambda: now) as s:
        s.import_record(record, "PS 1")
        yield s


def _try(store: Any, role: str, target: str, fields: dict[str, Any]) -> str | None:
    session = registered(store, desk.Session(f"u-{role}", f"{role} 1", role))
    now = T0 + timedelta(minutes=720)
    event = desk.correction(target, fields, "typed wrongly", now, session)
    before = store.counts()
    try:
        desk.add_entry(store, session, "WK-26-000001", event, "pre_charge", now)
    except desk.DeskError as exc:
        assert store.counts() == before
        return exc.message
    return None


CASES = [  # target, fields, the lowest role that may make it
    ("ext", {"limit_hours": 36}, "superintendent"),
    ("rev-insp", {"mode": "in_person"}, "inspector"),
    ("note-ps", {"text": "seen twice"}, "sergeant"),  # a correction is a custody officer's entry
]


@pytest.mark.parametrize(("target", "fields", "lowest"), CASES)
def test_a_correction_needs_the_rank_the_entry_needed(store: Any, target: str, fields: dict[str, Any],
                                                       lowest: str) -> None:
    for role in ROLES:
        why = _try(store, role, target, fields)
        if LADDER[role] >= LADDER[lowest]:
            assert why is None, (role, target, why)
        else:
            assert why is not None, (role, target)
        FIG["cases"] = FIG.get("cases", 0) + 1


@pytest.mark.parametrize("field", ["by", "rank"])
def test_no_correction_changes_who_made_an_entry(store: Any, field: str) -> None:
    for role in ROLES:
        for target in ("ext", "rev-insp", "note-ps"):
            value = "superintendent" if field == "rank" else "Somebody Else"
            why = _try(store, role, target, {field: value})
            assert why is not None, (role, target)
            if role != "detention_officer":  # (refused first for making a correction at all)
                assert "who made an entry" in why, (role, target, why)
            FIG["identity_cases"] = FIG.get("identity_cases", 0) + 1


def test_a_correction_of_a_correction_keeps_the_rank_of_the_entry(store: Any) -> None:
    assert _try(store, "superintendent", "ext", {"limit_hours": 33}) is None
    record = store.load_record("WK-26-000001")
    first = [e for e in record.events if e.type == "correction"][-1]
    assert _try(store, "sergeant", str(first.id), {"fields": {"limit_hours": 36}}) is not None
    FIG["chained_correction_refused"] = True


def teardown_module() -> None:
    write_figures("rank_corrections", {**FIG, "seconds": WATCH.seconds})
