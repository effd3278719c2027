"""The desk's custody-record/1.1 use cases without Qt (services/desk): runs under -m 'not gui'."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from custody_app.domain import parse_document
from custody_app.rules import evaluate
from custody_app.rules.policy import Policy
from custody_app.services import desk
from custody_app.services.desk import certificate_draft, forms_v11

NOW = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
SERGEANT = desk.Session("ps2190", "PS 2190 Khan", "sergeant")
INSPECTOR = desk.Session("insp77", "Insp 77 Okafor", "inspector")
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "scenarios"


def _booking(**child) -> desk.Booking:
    c = desk.ChildDetails("Doe", "Sam", date(2011, 6, 2), False, False, None, **child)
    return desk.Booking(c, NOW - timedelta(hours=1), "offence", ("took a car",), False, False, "PC 1",
                        NOW - timedelta(minutes=50), NOW - timedelta(minutes=45), "evidence",
                        offence_codes=("twoc", "twoc"))


def test_a_record_begun_in_the_application_is_1_1_with_the_new_child_fields():
    doc = desk.booking_document(_booking(sex="female", responsible_officer="  YJS  "), "CU-1", "S", "F", SERGEANT)
    assert doc["format"] == "custody-record/1.1"
    assert doc["child"]["sex"] == "female" and doc["child"]["responsible_officer"] == "YJS"
    assert doc["events"][0]["offence_codes"] == ["twoc"]  # once, in the order picked
    record = parse_document(doc)
    assert record.is_v11 and record.child.sex == "female"


def test_no_responsible_officer_is_null_and_sex_defaults_to_not_known():
    doc = desk.booking_document(_booking(), "CU-1", "S", "F", SERGEANT)
    assert doc["child"]["sex"] == "not_known" and doc["child"]["responsible_officer"] is None


def _record(fmt: str):
    doc = desk.booking_document(_booking(), "CU-2", "S", "F", SERGEANT)
    doc["format"] = fmt
    if fmt != "custody-record/1.1":
        del doc["child"]["sex"], doc["child"]["responsible_officer"]
        del doc["events"][0]["offence_codes"]
    return parse_document(doc)


def test_bail_grounds_follow_the_format_with_their_citations():
    v11 = dict(forms_v11.bail_grounds_for(_record("custody-record/1.1")))
    v10 = dict(forms_v11.bail_grounds_for(_record("custody-record/1")))
    assert "serious_harm_to_public" not in v11 and "(a)(iv)" in v11["prevent_injury_or_damage"]
    assert "serious_harm_to_public" in v10 and "prevent_injury_or_damage" not in v10
    assert v11["own_interests"].startswith("s38(1)(b)(ii):")


def test_a_1_1_type_on_a_1_0_record_is_refused_in_words():
    text = forms_v11.format_refusal(_record("custody-record/1.0"), "court_fixed")
    assert "custody-record/1.0" in text and "note" in text


def test_review_remote_reason_is_a_field_in_1_1_and_the_note_in_1_0():
    values = {"mode": "video", "child_asleep": False, "representations": {"child": "ok"},
              "bail_considered": True, "welfare_considered": True, "outcome": "continue",
              "reviewer_not_involved": True}
    new = desk.review_event(INSPECTOR, NOW, values, "snow", v11=True)
    assert new["remote_reason"] == "snow" and new["reviewer_not_involved"] is True and "note" not in new
    old = desk.review_event(INSPECTOR, NOW, values, "snow", v11=False)
    assert "remote_reason" not in old and "reviewer_not_involved" not in old and "snow" in old["note"]
    with pytest.raises(desk.DeskError, match="reason"):
        desk.review_event(INSPECTOR, NOW, values, " ", v11=True)


def test_offence_choices_come_from_the_suite_table():
    rows = dict(forms_v11.offence_choices(Policy()))
    assert rows["robbery"].endswith("violent") and rows["twoc"].startswith("taking a conveyance")


def test_only_an_inspector_supervises_and_an_override_needs_its_reason():
    assert forms_v11.endorsement_refusal(SERGEANT) and forms_v11.endorsement_refusal(INSPECTOR) is None
    with pytest.raises(desk.DeskError, match="reason"):
        forms_v11.check_endorsement(INSPECTOR, {"type": "certificate_endorsed", "override": True, "reason": ""})


def _shared(name: str):
    path = SHARED / f"{name}.json"
    if not path.exists():
        pytest.skip(f"the shared scenarios are not beside this repository ({path})")
    return parse_document(json.loads(path.read_text("utf-8")))


def test_a_draft_certificate_is_judged_by_the_engine_before_it_is_made():
    record = _shared("example_v11_ground_b_certificate")
    cert = next(e for e in record.events if e.type == "certificate_issued")
    doc = dict(record.raw)
    doc["events"] = [e for e in doc["events"] if e.get("type") not in ("certificate_issued", "certificate_endorsed",
                                                                      "certificate_produced", "transferred",
                                                                      "appeared_in_court")
                     and e.get("id") != cert.id]
    before = parse_document(doc)
    draft = {k: v for k, v in cert.raw.items() if k != "id"}
    now = cert.at + timedelta(minutes=1)
    ok = certificate_draft.judge(before, draft, (), now, Policy(), evaluate)
    wrong = certificate_draft.judge(before, {**draft, "ground": "impracticable", "reasons": ["childs_behaviour"]},
                                    (), now, Policy(), evaluate)
    assert not wrong.makeable and any("IMPRACTICABLE_INVALID_REASON" in line for line in wrong.lines)
    assert ok.makeable, ok.lines


def test_the_timeline_line_names_the_people_present_and_the_sitting():
    from custody_app.gui.labels import summary

    line = summary("strip_search", {"aa_present": True, "authorised_by": "PS 1", "reason": "item",
                                    "present": ({"name": "PC 3380 Shaw", "role": "searcher", "sex": "female"},)})
    assert "present: PC 3380 Shaw (searcher, female)" in line
    court = summary("court_fixed", {"court": "Youth Court", "sitting_at": datetime(2026, 7, 1, 9, 0, tzinfo=UTC),
                                    "first_sitting": True})
    assert "sitting at (uk time): Wed 01 Jul 2026 10:00 BST" in court
