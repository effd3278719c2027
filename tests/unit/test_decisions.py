"""The decision use cases (no Qt): review context, the s38(6) steps, the certificate preview."""

from __future__ import annotations

import copy
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from custody_app.domain import Record, parse_document
from custody_app.rules import evaluate
from custody_app.rules.policy import Policy
from custody_app.sample import generate_document
from custody_app.services import desk
from custody_app.services.desk.decisions import problems, with_entry

NOW = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
POLICY = Policy()
SERGEANT = desk.Session("ps1", "PS 1 Test", "sergeant")
INSPECTOR = desk.Session("insp1", "Insp 1 Test", "inspector")


def _record(profile: str = "good", dob: str | None = None) -> Record:
    doc = generate_document(random.Random(5), "WK-26-000100", NOW - timedelta(hours=3), profile=profile, now=NOW)
    if dob is not None:
        doc = copy.deepcopy(doc)
        doc["child"]["date_of_birth"] = dob
    return parse_document(doc)


def _add(record: Record, event_type: str, minutes: int, **values: Any) -> Record:
    event = desk.build_event(event_type, NOW + timedelta(minutes=minutes), SERGEANT, values)
    return with_entry(record, event)


def _refused(record: Record, category: str = "violent", grounds: tuple[str, ...] = ("serious_harm_to_public",)) -> Record:
    record = _add(record, "charged", 1, offences=["wounding"], category=category)
    return _add(record, "bail_decision", 2, granted=False, grounds=list(grounds))


def _step(record: Record, minutes: int = 10) -> desk.AccommodationStep:
    return desk.accommodation_step(record, NOW + timedelta(minutes=minutes), POLICY, evaluate)


def test_review_context_names_the_rank_and_the_next_due_time():
    record = _record()
    c = desk.review_context(record, SERGEANT, NOW, POLICY, evaluate)
    assert c.refusal and "inspector" in c.refusal and c.stage == "pre_charge"
    c = desk.review_context(record, INSPECTOR, NOW, POLICY, evaluate)
    assert c.refusal is None and c.due is not None and c.number == 1
    assert c.next_if_now is not None and c.next_if_now <= min(NOW, c.due) + timedelta(hours=9)
    assert "PACE s40" in c.next_text


def test_a_review_not_in_person_needs_its_reason_in_the_note():
    values = {"mode": "telephone", "child_asleep": False, "representations": {"child": "ok"},
              "bail_considered": True, "welfare_considered": True, "outcome": "continue"}
    with pytest.raises(desk.DeskError) as err:
        desk.review_event(INSPECTOR, NOW, values, "  ")
    assert err.value.field == "reason"
    event = desk.review_event(INSPECTOR, NOW, values, "at another suite")
    assert event["rank"] == "inspector" and "at another suite" in event["note"]
    assert event["representations"] == {"child": "ok"}


def test_asleep_review_is_told_on_waking():
    record = _record()
    values = {"mode": "in_person", "child_asleep": True, "representations": {}, "bail_considered": True,
              "welfare_considered": True, "outcome": "continue"}
    record = with_entry(record, desk.review_event(INSPECTOR, NOW, values))
    c = desk.review_context(record, INSPECTOR, NOW + timedelta(minutes=5), POLICY, evaluate)
    assert c.inform_on_waking_due and "NOT yet been told" in c.told_text
    record = _add(record, "child_informed_of_review", 30)
    c = desk.review_context(record, INSPECTOR, NOW + timedelta(minutes=40), POLICY, evaluate)
    assert not c.inform_on_waking_due and "told on waking" in c.told_text


def test_breach_of_court_bail_has_no_duty_no_secure_no_certificate():
    s = _step(_record("court_bail_breach"), 0)
    assert s.duty_excluded and not s.applies and not s.secure_allowed and not s.certificate_allowed
    assert "breach of court bail" in s.why and s.step == 0


@pytest.mark.parametrize(("category", "dob", "grounds", "words"), [
    ("other", None, ("serious_harm_to_public",), "shows a violent or sexual offence"),
    ("violent", "2015-01-10", ("serious_harm_to_public",), "was 11 on the day"),
    ("violent", None, ("commit_offence",), "serious harm"),
])
def test_secure_refused_with_the_reason(category, dob, grounds, words):
    s = _step(_refused(_record(dob=dob), category, grounds))
    assert s.applies and not s.secure_allowed and words in s.secure_why and s.step == 2


def test_a_secure_request_that_is_not_justified_is_refused_by_the_engine():
    record = _refused(_record(), "other")
    event = desk.build_event("la_accommodation_requested", NOW + timedelta(minutes=5), SERGEANT,
                             {"kind": "secure", "authority": "WCC", "contact": None})
    assert [f.code for f in problems(record, event, NOW + timedelta(minutes=5), POLICY, evaluate)] == \
        ["SECURE_NOT_JUSTIFIED"]


def test_certificate_only_after_request_refusal_and_escalation():
    record = _refused(_record(), "other", ("commit_offence",))
    assert not _step(record).certificate_allowed
    record = _add(record, "la_accommodation_requested", 5, kind="non_secure", authority="WCC", contact=None)
    assert not _step(record).certificate_allowed and _step(record).step == 3
    record = _add(record, "la_response", 20, provided=False, kind=None, reason="no bed")
    s = _step(record, 25)
    assert s.needs_escalation and not s.certificate_allowed and "escalate" in s.certificate_why
    record = _add(record, "escalated", 30, to="duty_inspector", outcome="none")
    s = _step(record, 35)
    assert s.certificate_allowed and s.step == 4
    bad = desk.build_event("certificate_issued", NOW + timedelta(minutes=40), SERGEANT, {
        "ground": "impracticable", "circumstances": "abusive", "reasons": ["childs_behaviour"],
        "accommodation_required": "non_secure"})
    found = problems(record, bad, NOW + timedelta(minutes=40), POLICY, evaluate)
    assert [f.code for f in found] == ["IMPRACTICABLE_INVALID_REASON"]


def test_provided_accommodation_leads_to_the_move():
    record = _refused(_record(), "other", ("commit_offence",))
    record = _add(record, "la_accommodation_requested", 5, kind="non_secure", authority="WCC", contact=None)
    record = _add(record, "la_response", 20, provided=True, kind="non_secure", reason="foster carer")
    s = _step(record, 25)
    assert s.provided == "non_secure" and s.step == 5


def test_preview_certificate_gives_pdf_or_the_reason():
    doc = desk.preview_certificate(_record(), POLICY)
    assert doc.pdf is None and doc.refusal and "no s38(6) certificate" in doc.refusal
    record = _refused(_record(), "other", ("commit_offence",))
    for minutes, etype, values in (
        (5, "la_accommodation_requested", {"kind": "non_secure", "authority": "WCC", "contact": None}),
        (20, "la_response", {"provided": False, "kind": None, "reason": "no bed"}),
        (30, "escalated", {"to": "duty_inspector", "outcome": "none"}),
        (40, "certificate_issued", {"ground": "impracticable", "circumstances": "snow", "accommodation_required":
                                    "non_secure", "reasons": ["weather_or_transport_impossible"]}),
    ):
        record = _add(record, etype, minutes, **values)
    doc = desk.preview_certificate(record, POLICY)
    assert doc.refusal is None and doc.pdf is not None and doc.pdf.startswith(b"%PDF")
    from tests.reports.conftest import pdf_text

    signed = desk.preview_certificate(record, POLICY, printed_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                                      printed_by="PS 2190 Khan")
    assert signed.pdf is not None and "by PS 2190 Khan" in pdf_text(signed.pdf)
