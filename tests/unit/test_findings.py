"""For every finding code: a record that raises it and a near-identical one that does not."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from custody_app.rules import Policy
from custody_app.rules.codes import all_codes
from tests.builders import (
    T0,
    at,
    audit,
    codes,
    ev,
    good_charged_events,
    good_pre_charge_events,
    observations,
    replace,
    review,
    without,
)

Events = list[dict[str, Any]]
P = good_pre_charge_events
C = good_charged_events


def add(events: Events, *new: dict[str, Any]) -> Events:
    return [*copy.deepcopy(events), *new]


def charged_then(*new: dict[str, Any], drop: tuple[str, ...] = ()) -> Events:
    base = [e for e in C() if e["type"] not in drop]
    return add(base, *new)


def transferred_to(where: str, events: Events) -> Events:
    return replace(events, "transferred", to=where)


PAIRS: dict[str, list[tuple[str, Callable[[], tuple[Events, Events, dict[str, Any]]]]]] = {
    "WELFARE_NOT_INFORMED": [
        ("late by a minute", lambda: (replace(P(), "welfare_person_informed", minutes=91),
                                       replace(P(), "welfare_person_informed", minutes=90), {})),
        ("never", lambda: (without(P(), "welfare_person_informed"), P(), {})),
    ],
    "LA_NOT_INFORMED": [
        ("looked-after child", lambda: (P(), add(P(), ev("local_authority_informed", 60, name="EDT")),
                                        {"raise_child": {"looked_after": True},
                                         "clean_child": {"looked_after": True}})),
    ],
    "AA_NOT_REQUESTED": [
        ("late", lambda: (
            replace(replace(P(), "aa_requested", minutes=91), "aa_arrived", minutes=92),
            replace(replace(P(), "aa_requested", minutes=90), "aa_arrived", minutes=92), {})),
    ],
    "AA_DELAYED": [
        ("arrived late", lambda: (
            replace(replace(P(), "aa_arrived", minutes=161), "rights_given", minutes=162),
            replace(replace(P(), "aa_arrived", minutes=160), "rights_given", minutes=162), {})),
        ("never arrived", lambda: (
            without(without(P(), "aa_arrived"), "rights_given"),
            P(), {})),
    ],
    "AA_TIMED_TO_INTERVIEW": [
        ("interview within the hour of a late AA", lambda: (
            replace(replace(P(), "aa_arrived", minutes=161), "rights_given", minutes=162),
            replace(replace(replace(replace(P(), "aa_arrived", minutes=161), "rights_given", minutes=162),
                            "interview_started", minutes=222), "interview_ended", minutes=260), {})),
    ],
    "RIGHTS_NOT_GIVEN_WITH_AA": [
        ("late", lambda: (replace(P(), "rights_given", minutes=121), replace(P(), "rights_given", minutes=120), {})),
        ("without the AA", lambda: (replace(P(), "rights_given", aa_present=False), P(), {})),
    ],
    "INTERVIEW_WITHOUT_AA": [
        ("no urgent authority", lambda: (
            replace(P(), "interview_started", aa_present=False),
            replace(P(), "interview_started", aa_present=False, urgent_authorised_by="Supt 12"), {})),
    ],
    "HEALTHCARE_NOT_REQUESTED": [
        ("force at arrest", lambda: (
            replace(P(), "arrested", force_used=True),
            add(replace(P(), "arrested", force_used=True), ev("healthcare_requested", 90, reason="force used")), {})),
        ("risk flag", lambda: (
            add(replace(P(), "risk_assessment", flags=["self_harm"]), ev("healthcare_requested", 96, reason="x")),
            add(replace(P(), "risk_assessment", flags=["self_harm"]), ev("healthcare_requested", 95, reason="x")), {})),
        ("flag that is not a trigger", lambda: (
            replace(P(), "risk_assessment", flags=["alcohol"]),
            replace(P(), "risk_assessment", flags=["learning_disability"]), {})),
    ],
    "OBSERVATION_MISSED": [
        ("a visit missed", lambda: (
            [e for e in P() if not (e["type"] == "observation" and e["at"] == at(150))],
            P(), {})),
        ("grace is inclusive", lambda: (
            [e if not (e["type"] == "observation" and e["at"] == at(150)) else {**e, "at": at(156)} for e in P()],
            [e if not (e["type"] == "observation" and e["at"] == at(150)) else {**e, "at": at(155)} for e in P()],
            {})),
        ("a closer level set during the gap", lambda: (
            add(P(), ev("observation_level_set", 125, interval_minutes=10, rousing=True)),
            add(P(), ev("observation_level_set", 125, interval_minutes=30, rousing=True)), {})),
    ],
    "FOOD_DRINK_GAP": [
        ("more than the policy gap", lambda: (
            replace(P(), "meal", minutes=301), replace(P(), "meal", minutes=300),
            {"policy": Policy(food_drink_gap_hours=4)})),
    ],
    "CELL_WITHOUT_REASON": [
        ("empty reason", lambda: (replace(P(), "placement", location="juvenile_cell", reason="  "),
                                  replace(P(), "placement", location="juvenile_cell", reason="room out of use"), {})),
    ],
    "HELD_WITH_ADULT": [
        ("with an adult", lambda: (replace(P(), "placement", with_adult=True),
                                   replace(P(), "placement", with_adult=False), {})),
    ],
    "STRIP_SEARCH_WITHOUT_AA": [
        ("no AA, no urgency", lambda: (
            add(P(), ev("strip_search", 100, aa_present=False, authorised_by="Insp 77", reason="drugs",
                        urgent_without_aa_reason=None)),
            add(P(), ev("strip_search", 100, aa_present=False, authorised_by="Insp 77", reason="drugs",
                        urgent_without_aa_reason="risk of serious harm: a blade")), {})),
    ],
    "REVIEW_OVERDUE": [
        ("a minute late", lambda: (replace(P(), "review", minutes=391), replace(P(), "review", minutes=390), {})),
        ("postponed with a reason", lambda: (
            add(replace(P(), "review", minutes=400), ev("review_postponed", 385, by="Insp 77", reason="")),
            add(replace(P(), "review", minutes=400),
                ev("review_postponed", 385, by="Insp 77", reason="child in interview with solicitor")), {})),
    ],
    "REVIEW_WRONG_RANK": [
        ("sergeant before charge", lambda: (replace(P(), "review", rank="sergeant"), P(), {})),
        ("sergeant after charge is right", lambda: (
            replace(C(), "review", rank="sergeant"),
            add(C(), review(455, rank="sergeant")), {})),
    ],
    "REVIEW_NO_REPRESENTATIONS": [
        ("awake child not heard", lambda: (
            replace(P(), "review", representations={"child": None, "appropriate_adult": "asks for bail"}),
            add(replace(P(), "review", child_asleep=True,
                        representations={"child": None, "appropriate_adult": "asks for bail"}),
                ev("child_informed_of_review", 400)), {})),
        ("AA present, not heard", lambda: (
            replace(P(), "review", representations={"child": "home", "appropriate_adult": None}),
            add(replace(P(), "review", representations={"child": "home", "appropriate_adult": None}),
                ev("aa_left", 300, name="mother")), {})),
    ],
    "REVIEW_CHILD_NOT_INFORMED": [
        ("asleep, never told", lambda: (
            replace(P(), "review", child_asleep=True),
            add(replace(P(), "review", child_asleep=True), ev("child_informed_of_review", 400)), {})),
    ],
    "REVIEW_NOT_CHILD_CENTRED": [
        ("bail not considered", lambda: (replace(P(), "review", bail_considered=False), P(), {})),
        ("welfare not considered", lambda: (replace(P(), "review", welfare_considered=False), P(), {})),
    ],
    "EXTENSION_INVALID": [
        ("below superintendent", lambda: (
            add(P(), review(385, by="Insp 9"), ev("extension_authorised", 390, by="Insp 9", rank="inspector")),
            add(P(), review(385, by="Insp 9"), ev("extension_authorised", 390, by="Supt 1", rank="superintendent")),
            {})),
        ("before the second review", lambda: (
            add(P(), ev("extension_authorised", 390, by="Supt 1", rank="superintendent")),
            add(P(), review(385), ev("extension_authorised", 390, by="Supt 1", rank="superintendent")), {})),
        ("breach of court bail", lambda: (
            add(replace(P(), "arrested", reason="breach_of_court_bail"), review(385),
                ev("extension_authorised", 390, by="Supt 1", rank="superintendent")),
            add(P(), review(385), ev("extension_authorised", 390, by="Supt 1", rank="superintendent")), {})),
        ("warrant on a warrant arrest", lambda: (
            add(replace(P(), "arrested", reason="warrant"), ev("warrant_of_further_detention", 390, limit_hours=36)),
            add(P(), ev("warrant_of_further_detention", 390, limit_hours=36)), {})),
    ],
    "TRANSFER_NOT_REQUESTED": [
        ("a minute late", lambda: (replace(C(), "la_accommodation_requested", minutes=456),
                                   replace(C(), "la_accommodation_requested", minutes=455), {})),
        ("impracticable for transport", lambda: (
            add(transferred_to("court", without(without(C(), "la_accommodation_requested"), "la_response")),
                ev("certificate_issued", 430, ground="impracticable", circumstances="snow: roads closed",
                   reasons=["weather_or_transport_impossible", "other"], accommodation_required="non_secure")),
            add(transferred_to("court", without(without(C(), "la_accommodation_requested"), "la_response")),
                ev("certificate_issued", 430, ground="impracticable", circumstances="snow: roads closed",
                   reasons=["weather_or_transport_impossible"], accommodation_required="non_secure")), {})),
    ],
    "S38_NOT_APPLICABLE": [
        ("bail granted", lambda: (
            add(replace(C(), "bail_decision", granted=True, grounds=[]),
                ev("la_accommodation_requested", 405, kind="secure", authority="WCC", contact=None)),
            add(C(), ev("la_accommodation_requested", 405, kind="secure", authority="WCC", contact=None)), {})),
        ("breach of court bail, no charge", lambda: (
            add(replace(P(), "arrested", reason="breach_of_court_bail"),
                ev("la_accommodation_requested", 405, kind="secure", authority="WCC", contact=None)),
            add(replace(P(), "arrested", reason="breach_of_court_bail"),
                ev("la_accommodation_requested", 405, kind="non_secure", authority="WCC", contact=None)), {})),
    ],
    "SECURE_NOT_JUSTIFIED": [
        ("other offence", lambda: (
            replace(replace(C(), "la_accommodation_requested", kind="secure"), "charged", category="other"),
            replace(C(), "la_accommodation_requested", kind="secure"), {})),
        ("under 12 at charge", lambda: (
            replace(C(), "la_accommodation_requested", kind="secure"),
            replace(C(), "la_accommodation_requested", kind="secure"), {"raise_child": {"date_of_birth": "2014-06-02"}})),
        ("no date of birth", lambda: (
            replace(C(), "la_accommodation_requested", kind="secure"),
            replace(C(), "la_accommodation_requested", kind="secure"),
            {"raise_child": {"date_of_birth": None, "age_in_doubt": True}})),
        ("no serious harm ground", lambda: (
            replace(replace(C(), "la_accommodation_requested", kind="secure"), "bail_decision",
                    grounds=["commit_offence"]),
            replace(C(), "la_accommodation_requested", kind="secure"), {})),
    ],
    "IMPRACTICABLE_INVALID_REASON": [
        ("child's behaviour", lambda: (
            add(transferred_to("court", C()), ev("certificate_issued", 460, ground="impracticable",
                circumstances="x", reasons=["childs_behaviour"], accommodation_required="non_secure")),
            add(transferred_to("court", C()), ev("certificate_issued", 460, ground="impracticable",
                circumstances="x", reasons=["court_imminent"], accommodation_required="non_secure")), {})),
    ],
    "NOT_ESCALATED": [
        ("refusal not escalated", lambda: (
            replace(transferred_to("court", replace(C(), "la_response", provided=False, kind=None,
                                                    reason="no beds")), "transferred", minutes=501),
            add(replace(transferred_to("court", replace(C(), "la_response", provided=False, kind=None,
                                                        reason="no beds")), "transferred", minutes=501),
                ev("escalated", 465, to="superintendent", outcome="no beds")), {})),
        ("certificate before escalating", lambda: (
            add(replace(replace(transferred_to("court", C()), "transferred", minutes=510), "la_response",
                        provided=False, kind=None, reason="none"),
                ev("certificate_issued", 450, ground="impracticable", circumstances="court at 10:00",
                   reasons=["court_imminent"], accommodation_required="non_secure"),
                ev("escalated", 455, to="superintendent", outcome="none")),
            add(replace(transferred_to("court", C()), "la_response", provided=False, kind=None, reason="none"),
                ev("escalated", 445, to="superintendent", outcome="none"),
                ev("certificate_issued", 450, ground="impracticable", circumstances="court at 10:00",
                   reasons=["court_imminent"], accommodation_required="non_secure")), {})),
    ],
    "CERTIFICATE_MISSING": [
        ("to court without one", lambda: (
            transferred_to("court", C()),
            add(transferred_to("court", C()), ev("certificate_issued", 460, ground="impracticable",
                circumstances="court at 10:00", reasons=["court_imminent"], accommodation_required="non_secure")),
            {})),
        ("moved to the local authority", lambda: (transferred_to("other_station", C()), C(), {})),
    ],
    "CERTIFICATE_INCONSISTENT": [
        ("empty circumstances", lambda: (
            add(transferred_to("court", C()), ev("certificate_issued", 460, ground="impracticable",
                circumstances=" ", reasons=["court_imminent"], accommodation_required="non_secure")),
            add(transferred_to("court", C()), ev("certificate_issued", 460, ground="impracticable",
                circumstances="court at 10:00", reasons=["court_imminent"], accommodation_required="non_secure")),
            {})),
        ("kind differs from the request", lambda: (
            add(transferred_to("court", C()), ev("certificate_issued", 460, ground="impracticable",
                circumstances="court at 10:00", reasons=["court_imminent"], accommodation_required="secure")),
            add(transferred_to("court", C()), ev("certificate_issued", 460, ground="impracticable",
                circumstances="court at 10:00", reasons=["court_imminent"], accommodation_required="non_secure")),
            {})),
        ("no secure request for ground (b)", lambda: (
            add(transferred_to("court", C()), ev("certificate_issued", 460, ground="no_secure_accommodation",
                circumstances="no bed", reasons=["no_secure_available"], accommodation_required="secure")),
            add(transferred_to("court", replace(replace(C(), "la_accommodation_requested", kind="secure"),
                                                "la_response", provided=False, kind="secure", reason="no bed")),
                ev("escalated", 445, to="superintendent", outcome="none found"),
                ev("certificate_issued", 460, ground="no_secure_accommodation",
                   circumstances="no bed", reasons=["no_secure_available"], accommodation_required="secure")),
            {})),
        ("ground (b) with no answer from the authority (version 2)", lambda: (
            add(transferred_to("court", replace(replace(C(), "la_accommodation_requested", kind="secure"),
                                                "la_response", minutes=470)),
                ev("certificate_issued", 460, ground="no_secure_accommodation",
                   circumstances="no bed", reasons=["no_secure_available"], accommodation_required="secure")),
            add(transferred_to("court", replace(replace(C(), "la_accommodation_requested", kind="secure"),
                                                "la_response", provided=False, kind="secure", reason="no bed")),
                ev("escalated", 445, to="superintendent", outcome="none found"),
                ev("certificate_issued", 460, ground="no_secure_accommodation",
                   circumstances="no bed", reasons=["no_secure_available"], accommodation_required="secure")),
            {})),
    ],
    "POST_CHARGE_DETENTION_LONG": [
        ("past the policy hours", lambda: (C(), C(), {"policy": Policy(post_charge_max_hours=1),
                                                      "clean_policy": Policy(post_charge_max_hours=2)})),
    ],
    "SAFEGUARDING_REFERRAL_MISSING": [
        ("none", lambda: (without(P(), "safeguarding_referral"), P(), {})),
        ("more than 24 h after leaving", lambda: (
            replace(P(), "safeguarding_referral", minutes=420 + 24 * 60 + 1),
            replace(P(), "safeguarding_referral", minutes=420 + 24 * 60), {})),
    ],
}


def _cases() -> list[Any]:
    out = []
    for code, pairs in PAIRS.items():
        for name, make in pairs:
            out.append(pytest.param(code, make, id=f"{code}-{name}"))
    return out


@pytest.mark.parametrize(("code", "make"), _cases())
def test_code_raised_and_not_raised(code: str, make: Callable[[], tuple[Events, Events, dict[str, Any]]]) -> None:
    raising, clean, options = make()
    policy = options.get("policy")
    raised = audit(raising, policy=policy, **options.get("raise_child", {}))
    assert code in codes(raised), [(f.code, f.message) for f in raised.findings]
    kept = audit(clean, policy=options.get("clean_policy", policy), **options.get("clean_child", {}))
    assert code not in codes(kept), [(f.code, f.message) for f in kept.findings]
    finding = next(f for f in raised.findings if f.code == code)
    assert finding.message and finding.source


def test_every_code_in_the_rules_has_a_pair() -> None:
    from .test_rules_v2 import V2_PAIRS

    assert set(all_codes()) - {"DETENTION_LIMIT_EXCEEDED"} == set(PAIRS) | set(V2_PAIRS)


def test_looked_after_child_notified_in_time() -> None:
    events = add(P(), ev("local_authority_informed", 60, name="EDT"))
    assert "LA_NOT_INFORMED" not in codes(audit(events, looked_after=True))
    assert "LA_NOT_INFORMED" not in codes(audit(P()))  # not looked after: no duty


# --- the detention limit -------------------------------------------------------

def _long_detention(extend: bool, charge_minutes: float) -> Events:
    """Arrival 10:20 (RT), kept past RT + 24 h; reviews on time; visits and food throughout."""
    base = [e for e in P() if e["type"] not in ("released", "safeguarding_referral", "observation", "review")]
    end = charge_minutes
    events = [
        *base,
        *[review(m) for m in (380, 380 + 540, 380 + 1080) if m < charge_minutes],
        *observations(60, end, 30),
        *[ev("drink", m, by="DO 311") for m in range(420, int(end), 300)],
        ev("charged", charge_minutes, offences=["robbery"], category="other"),
        ev("bail_decision", charge_minutes + 1, granted=True, grounds=[]),
        ev("released", charge_minutes + 2, outcome="charged_bailed"),
        ev("safeguarding_referral", charge_minutes + 3, reference="R"),
    ]
    if extend:
        events.append(ev("extension_authorised", 1000, by="Supt 1", rank="superintendent", limit_hours=36))
    return events


def test_detention_limit_exceeded_without_extension() -> None:
    rt_plus_24 = 20 + 24 * 60
    assert "DETENTION_LIMIT_EXCEEDED" in codes(audit(_long_detention(False, rt_plus_24 + 1)))
    assert "DETENTION_LIMIT_EXCEEDED" not in codes(audit(_long_detention(False, rt_plus_24)))


def test_valid_extension_moves_the_limit() -> None:
    rt_plus_24 = 20 + 24 * 60
    a = audit(_long_detention(True, rt_plus_24 + 60))
    assert "DETENTION_LIMIT_EXCEEDED" not in codes(a)
    assert "EXTENSION_INVALID" not in codes(a)


def test_status_shows_extended_limit() -> None:
    events = [e for e in _long_detention(True, 20 + 24 * 60 + 60)]
    a = audit(events, now=T0 + timedelta(minutes=1100))
    assert a.detention_limit == T0 + timedelta(minutes=20 + 36 * 60)


def test_grant_after_the_limit_passed_keeps_the_finding() -> None:
    rt_plus_24 = 20 + 24 * 60
    events = _long_detention(False, rt_plus_24 + 600)
    events.append(ev("warrant_of_further_detention", rt_plus_24 + 120, by="Magistrates", limit_hours=72))
    a = audit(events)
    exceeded = [f for f in a.findings if f.code == "DETENTION_LIMIT_EXCEEDED"]
    assert [f.at for f in exceeded] == [T0 + timedelta(minutes=rt_plus_24)]


def test_breach_of_court_bail_limit_is_arrest_plus_24h() -> None:
    events = replace(_long_detention(False, 24 * 60 + 1), "arrested", reason="breach_of_court_bail")
    a = audit(events)
    found = [f for f in a.findings if f.code == "DETENTION_LIMIT_EXCEEDED"]
    assert found and found[0].at == T0 + timedelta(hours=24)
    assert audit(events, now=T0 + timedelta(hours=2)).detention_limit == T0 + timedelta(hours=24)


def test_warrant_arrest_has_no_limit() -> None:
    events = replace(_long_detention(False, 30 * 60), "arrested", reason="warrant")
    assert "DETENTION_LIMIT_EXCEEDED" not in codes(audit(events))
    assert audit(events, now=T0 + timedelta(hours=2)).detention_limit is None


def test_findings_name_their_policy_figures() -> None:
    a = audit(replace(P(), "welfare_person_informed", minutes=91))
    f = next(x for x in a.findings if x.code == "WELFARE_NOT_INFORMED")
    assert f.policy == {"welfare_notice_minutes": 60}
    assert f.at == T0 + timedelta(minutes=90)
    a = audit(replace(P(), "welfare_person_informed", minutes=121), policy=Policy(welfare_notice_minutes=120))
    assert "WELFARE_NOT_INFORMED" not in codes(a)
