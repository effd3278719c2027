"""The live view: the clocks, the review schedule and what is due, as at an instant."""

from __future__ import annotations

from datetime import timedelta

from tests.builders import (
    T0,
    audit,
    ev,
    good_charged_events,
    good_pre_charge_events,
    replace,
    review,
)

P = good_pre_charge_events


def _at(minutes: float):  # noqa: ANN202
    return T0 + timedelta(minutes=minutes)


def test_relevant_time_and_rule() -> None:
    a = audit(P(), now=_at(60))
    assert a.relevant_time == _at(20)
    assert "arrival" in a.relevant_time_rule
    assert a.detention_limit == _at(20 + 24 * 60)
    assert a.stage == "pre_charge"


def test_relevant_time_24h_after_arrest_when_arrival_is_later() -> None:
    events = replace(P(), "arrested", minutes=-25 * 60)
    a = audit(events, now=_at(60))
    assert a.relevant_time == _at(-25 * 60 + 24 * 60)
    assert "24 hours after arrest" in a.relevant_time_rule


def test_outside_force_area_rule_named() -> None:
    a = audit(replace(P(), "arrested", outside_force_area=True), now=_at(60))
    assert "PACE s41(2)(a), (3)" in a.relevant_time_rule and "s41(2)(b)" not in a.relevant_time_rule


def test_unknown_relevant_time_before_arrival() -> None:
    a = audit(P(), now=_at(10))
    assert a.relevant_time is None
    assert a.detention_limit is None


def test_review_schedule_early_review_pulls_next_forward() -> None:
    events = replace(P(), "review", minutes=300)  # due 390, done 300
    a = audit(events, now=_at(310))
    assert [(s.due, s.done) for s in a.reviews] == [(_at(390), _at(300)), (_at(300 + 540), None)]
    assert a.next_review_due == _at(840)


def test_review_schedule_late_review_does_not_push_next_later() -> None:
    events = [*replace(P(), "review", minutes=400), ev("review_postponed", 380, by="Insp 77", reason="interview")]
    a = audit(events, now=_at(405))
    assert a.next_review_due == _at(390 + 540)
    assert "REVIEW_OVERDUE" not in [f.code for f in a.findings]


def test_due_items_while_waiting_for_the_aa() -> None:
    a = audit(P(), now=_at(60))
    due = {d.code: d for d in a.due}
    assert due["AA_ARRIVAL"].due == _at(40 + 120)
    assert not due["AA_ARRIVAL"].overdue
    assert due["REVIEW"].due == _at(390)
    assert due["OBSERVATION"].due == _at(90)
    assert due["SAFEGUARDING_REFERRAL"].due is None
    assert "WELFARE_NOTICE" not in due
    assert "AA_ARRIVAL" not in [d.code for d in audit(P(), now=_at(161)).due]  # arrived at 90
    late = audit(replace(replace(P(), "aa_arrived", minutes=200), "rights_given", minutes=205), now=_at(170))
    assert {d.code: d for d in late.due}["AA_ARRIVAL"].overdue
    assert "AA_DELAYED" in [f.code for f in late.findings]


def test_inform_on_waking_stays_due_until_done() -> None:
    events = replace(P(), "review", child_asleep=True)
    assert "INFORM_ON_WAKING" in [d.code for d in audit(events, now=_at(385)).due]
    events.append(ev("child_informed_of_review", 400))
    assert "INFORM_ON_WAKING" not in [d.code for d in audit(events, now=_at(401)).due]


def test_left_stops_the_clocks_and_referral_is_due() -> None:
    events = [e for e in P() if e["type"] != "safeguarding_referral"]
    a = audit(events, now=_at(430))
    assert a.stage == "left"
    assert a.detention_limit is None and a.next_review_due is None
    assert [d.code for d in a.due] == ["SAFEGUARDING_REFERRAL"]
    assert a.due[0].due == _at(420 + 24 * 60)
    assert "SAFEGUARDING_REFERRAL_MISSING" not in [f.code for f in a.findings]
    late = audit(events, now=_at(420 + 24 * 60 + 1))
    assert "SAFEGUARDING_REFERRAL_MISSING" in [f.code for f in late.findings]
    exactly = audit(events, now=_at(420 + 24 * 60))
    assert "SAFEGUARDING_REFERRAL_MISSING" not in [f.code for f in exactly.findings]


def test_s38_items_while_the_duty_applies() -> None:
    a = audit(good_charged_events(), now=_at(400))
    assert a.stage == "post_charge" and a.detention_limit is None
    due = {d.code: d for d in a.due}
    assert due["LA_REQUEST"].due == _at(395 + 60)
    assert due["CERTIFICATE"].due is None
    assert a.accommodation.applies and a.accommodation.secure_allowed


def test_status_json_shape() -> None:
    a = audit(P(), now=_at(60))
    js = a.status_json()
    assert set(js) == {"custody_number", "at", "stage", "relevant_time", "relevant_time_rule", "detention_limit",
                       "next_review_due", "reviews", "due", "findings",
                       "detention_limit_applied", "s38_6", "warnings"}
    assert js["reviews"] == [{"due": _at(390).isoformat(), "done": None}]
    assert all(set(d) == {"code", "due", "overdue"} for d in js["due"])


def test_events_after_at_do_not_count() -> None:
    a = audit(P(), now=_at(39))
    assert "aa_requested" not in [e.type for e in a.record.events if e.at <= _at(39)]
    assert "AA_REQUEST" in [d.code for d in a.due]


def test_corrections_apply_from_their_own_time() -> None:
    events = [*P(), {"type": "correction", "at": _at(500).isoformat(), "by": "PS 2190", "corrects": "e7",
                     "fields": {"at": _at(95).isoformat()}, "reason": "time typed wrongly"}]
    # e7 is welfare_person_informed at 40; corrected to 95 (late) only from 500 on
    assert "WELFARE_NOT_INFORMED" not in [f.code for f in audit(events, now=_at(499)).findings]
    assert "WELFARE_NOT_INFORMED" in [f.code for f in audit(events).findings]


def test_review_schedule_continues_after_charge() -> None:
    events = [*good_charged_events(), review(455, rank="sergeant")]
    a = audit(events, now=_at(460))
    assert [s.done for s in a.reviews] == [_at(380), _at(455), None]
    assert a.next_review_due == _at(455 + 540)  # an early review pulls the next one forward
