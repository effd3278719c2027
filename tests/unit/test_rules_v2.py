"""Rules version 2 (custody-record/1.1): a raise and a not-raise record for every new code,
and the version 1 readings that version 2 corrects (each named "was wrong: ...")."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from custody_app.rules import Policy, evaluate
from tests.builders import (
    T0,
    audit,
    ev,
    good_charged_events,
    good_pre_charge_events,
    observations,
    record,
    replace,
    without,
)

Events = list[dict[str, Any]]
V11 = "custody-record/1.1"
Case = Callable[[], tuple[Events, Events, dict[str, Any]]]


def add(events: Events, *new: dict[str, Any]) -> Events:
    return [*copy.deepcopy(events), *new]


def upgrade(events: Events) -> Events:
    """A well-run record as a 1.1 document: AA suitability checked, pre-charge reviewers
    independent, bail refused on a real s38(1) ground, offence codes from the table."""
    out = copy.deepcopy(events)
    for e in out:
        if e["type"] == "aa_arrived":
            e["exclusions_checked"] = True
        elif e["type"] == "review":
            e["reviewer_not_involved"] = True
        elif e["type"] == "bail_decision" and "serious_harm_to_public" in e["grounds"]:
            e["grounds"] = ["commit_offence"]
        elif e["type"] == "charged":
            e["offence_codes"] = ["robbery"]
        elif e["type"] == "arrested":
            e["offence_codes"] = ["theft"]
    return out


def P() -> Events:
    return upgrade(good_pre_charge_events())


def C() -> Events:
    return upgrade(good_charged_events())


def a11(events: Events, policy: Policy | None = None, **child: Any) -> list[str]:
    return [f.code for f in audit(events, policy=policy, fmt=V11, **child).findings]


def ground_b(events: Events, *, minutes: float = 460, **over: Any) -> Events:
    """Charged with a violent offence, secure asked for with reasons, refused, escalated,
    a ground (b) certificate, supervised, then to court."""
    out = replace(replace(events, "la_accommodation_requested", kind="secure",
                          serious_harm_reasons="threatened to stab a witness"),
                  "la_response", provided=False, kind="secure", reason="no secure bed")
    out = replace(out, "transferred", to="court", minutes=520)
    cert = {"ground": "no_secure_accommodation", "circumstances": "no secure bed in the region",
            "reasons": ["no_secure_available"], "accommodation_required": "secure",
            "serious_harm_reasons": "threatened to stab a witness", "officer_name": "A Sergeant",
            "officer_rank": "sergeant", **over}
    return add(out, ev("escalated", 445, to="superintendent", outcome="none found"),
               ev("certificate_issued", minutes, **cert),
               ev("certificate_endorsed", minutes + 20, by="Insp 77", certificate=None, rank="inspector"),
               *observations(480, 510))


def impracticable(events: Events, minutes: float = 450, **over: Any) -> Events:
    cert = {"ground": "impracticable", "circumstances": "snow: roads closed", "reasons":
            ["weather_or_transport_impossible"], "accommodation_required": "non_secure", **over}
    out = replace(replace(events, "la_response", provided=False, kind="non_secure", reason="no bed"),
                  "transferred", to="court", minutes=520)
    return add(out, ev("escalated", 445, to="la_senior_manager", outcome="none"),
               ev("certificate_issued", minutes, **cert),
               ev("certificate_endorsed", minutes + 10, by="Insp 77", certificate=None, rank="inspector"),
               *observations(480, 510))


def search(**over: Any) -> dict[str, Any]:
    fields = {"aa_present": True, "authorised_by": "Insp 77", "reason": "concealed blade suspected",
              "urgent_without_aa_reason": None, "intimate_parts_exposed": True,
              "present": [{"name": "PC A", "role": "searcher", "sex": "male"},
                          {"name": "PC B", "role": "officer", "sex": "male"},
                          {"name": "mother", "role": "appropriate_adult", "sex": "female"}]}
    fields.update(over)
    return ev("strip_search", 150, **fields)


def no_bail(events: Events) -> Events:
    return without(events, "bail_decision")


V2_PAIRS: dict[str, list[tuple[str, Case]]] = {
    "RESPONSIBLE_OFFICER_NOT_INFORMED": [
        ("YOT not told", lambda: (P(), add(P(), ev("responsible_officer_informed", 60, name="YOT duty officer")),
                                  {"child": {"responsible_officer": "Warwickshire YJS"}})),
        ("blank officer needs no notice", lambda: (P(), P(), {"child": {"responsible_officer": "Warwickshire YJS"},
                                                              "clean_child": {"responsible_officer": "  "}})),
    ],
    "GIRL_NOT_IN_CARE_OF_WOMAN": [
        ("no woman named", lambda: (P(), add(P(), ev("woman_responsible_named", 80, name="PC Jones")),
                                    {"child": {"sex": "female"}})),
        ("a boy", lambda: (P(), P(), {"child": {"sex": "female"}, "clean_child": {"sex": "male"}})),
    ],
    "AA_LA_NOT_ASKED_FIRST": [
        ("volunteer asked first", lambda: (
            replace(P(), "aa_requested", relationship="volunteer"),
            add(replace(P(), "aa_requested", relationship="volunteer"),
                ev("aa_contact_failed", 39, name="EDT", outcome="no_answer", relationship="local_authority")),
            {"child": {"looked_after": True, "local_authority": "Warwickshire CC"}})),
    ],
    "AA_SUITABILITY_NOT_RECORDED": [
        ("not checked", lambda: (replace(P(), "aa_arrived", exclusions_checked=False), P(), {})),
        ("checked at first arrival only", lambda: (
            add(replace(P(), "aa_arrived", exclusions_checked=False)),
            add(P(), ev("aa_left", 200, name="mother"), ev("aa_arrived", 250, name="mother")), {})),
    ],
    "AA_PRESENCE_CONTRADICTED": [
        ("rights 'with the AA' before any arrived", lambda: (
            add(P(), ev("rights_given", 50, aa_present=True)), add(P(), ev("rights_given", 50, aa_present=False)),
            {})),
    ],
    "CHARGED_WITHOUT_AA": [
        ("charged after the AA left", lambda: (
            add(C(), ev("aa_left", 380, name="mother")), add(C(), ev("aa_left", 400, name="mother")), {})),
        ("two AAs overlapping: the first leaving does not leave the child alone", lambda: (
            add(C(), ev("aa_left", 380, name="mother"), ev("aa_left", 385, name="social worker")),
            add(C(), ev("aa_arrived", 300, name="social worker", exclusions_checked=True),
                ev("aa_left", 380, name="mother")), {})),
    ],
    "URGENT_INTERVIEW_INVALID": [
        ("authorised by a sergeant", lambda: (
            replace(P(), "interview_started", aa_present=False, urgent_authorised_by="PS 2190",
                    urgent_rank="sergeant", urgent_grounds="risk to life"),
            replace(P(), "interview_started", aa_present=False, urgent_authorised_by="Supt 1",
                    urgent_rank="superintendent", urgent_grounds="risk to life"), {})),
        ("no grounds", lambda: (
            replace(P(), "interview_started", aa_present=False, urgent_authorised_by="Supt 1",
                    urgent_rank="superintendent", urgent_grounds=" "),
            replace(P(), "interview_started", aa_present=False, urgent_authorised_by="Supt 1",
                    urgent_rank="superintendent", urgent_grounds="risk to life"), {})),
    ],
    "ROUSING_MISSED": [
        ("not roused under a rousing level", lambda: (
            add(replace(P(), "observation_level_set", rousing=True)),
            [dict(e, roused=True) if e["type"] == "observation" else e
             for e in replace(P(), "observation_level_set", rousing=True)], {})),
        ("awake and spoke needs no rousing", lambda: (
            replace(P(), "observation_level_set", rousing=True),
            [dict(e, awake_and_spoke=True) if e["type"] == "observation" else e
             for e in replace(P(), "observation_level_set", rousing=True)], {})),
    ],
    "STRIP_SEARCH_URGENCY_UNSUPPORTED": [
        ("urgency with no reason", lambda: (
            add(P(), search(aa_present=False, urgency="risk_of_serious_harm_to_child")),
            add(P(), search(aa_present=False, urgency="risk_of_serious_harm_to_child",
                            urgent_without_aa_reason="ligature seen")), {})),
    ],
    "STRIP_SEARCH_WAIVER_INVALID": [
        ("waiver with no AA at the station", lambda: (
            add(P(), dict(search(aa_present=False, aa_waiver=True, aa_waiver_agreed_by="mother"),
                          at=ev("x", 85)["at"])),
            add(P(), search(aa_present=False, aa_waiver=True, aa_waiver_agreed_by="mother")), {})),
        ("waiver nobody agreed", lambda: (
            add(P(), search(aa_present=False, aa_waiver=True)),
            add(P(), search(aa_present=False, aa_waiver=True, aa_waiver_agreed_by="mother")), {})),
    ],
    "STRIP_SEARCH_TOO_FEW_PRESENT": [
        ("one searcher", lambda: (
            add(P(), search(present=[{"name": "PC A", "role": "searcher", "sex": "male"}])),
            add(P(), search(present=[{"name": "PC A", "role": "searcher", "sex": "male"}],
                            intimate_parts_exposed=False)), {})),
    ],
    "STRIP_SEARCH_OPPOSITE_SEX": [
        ("male officers search a girl", lambda: (
            add(P(), search()), add(P(), search(present=[
                {"name": "PC C", "role": "searcher", "sex": "female"},
                {"name": "PC D", "role": "officer", "sex": "female"},
                {"name": "father", "role": "appropriate_adult", "sex": "male"}])),
            {"child": {"sex": "female"}})),
    ],
    "REVIEWER_INDEPENDENCE_NOT_RECORDED": [
        ("not declared", lambda: (replace(P(), "review", reviewer_not_involved=False), P(), {})),
    ],
    "REMOTE_REVIEW_NO_REASON": [
        ("video with no reason", lambda: (
            replace(P(), "review", mode="video"),
            replace(P(), "review", mode="video", remote_reason="inspector snowed in at HQ"), {})),
    ],
    "BAIL_DECISION_NOT_RECORDED": [
        ("charged, held 16 h, no bail decision (was wrong: zero findings)", lambda: (
            no_bail(C()), C(), {})),
        ("decided exactly at the end of the grace", lambda: (
            no_bail(C()), replace(C(), "bail_decision", minutes=420), {})),
    ],
    "TRANSFER_DELAYED": [
        ("provided, not moved for 3 h", lambda: (
            add(replace(C(), "transferred", minutes=600), *observations(480, 590), ev("meal", 560, kind="main")),
            C(), {})),
    ],
    "CERTIFICATE_NOT_SUPERVISED": [
        ("no inspector", lambda: (
            [e for e in impracticable(C()) if e["type"] != "certificate_endorsed"], impracticable(C()), {})),
        ("a sergeant's endorsement is not supervision", lambda: (
            [dict(e, rank="sergeant") if e["type"] == "certificate_endorsed" else e for e in impracticable(C())],
            impracticable(C()), {})),
    ],
    "CERTIFICATE_NOT_PRODUCED": [
        ("appeared without it", lambda: (
            add(impracticable(C()), ev("appeared_in_court", 600)),
            add(impracticable(C()), ev("certificate_produced", 590, court="Leamington YC", received_by="clerk"),
                ev("appeared_in_court", 600)), {})),
    ],
    "COURT_NOT_FIRST_SITTING": [
        ("recorded as not the first sitting", lambda: (
            add(impracticable(C()), ev("court_fixed", 430, court="Leamington YC", sitting_at=ev("x", 900)["at"],
                                       first_sitting=False)),
            add(impracticable(C()), ev("court_fixed", 430, court="Leamington YC", sitting_at=ev("x", 900)["at"])),
            {})),
        ("the sitting passed with the child still here", lambda: (
            add(impracticable(C()), ev("court_fixed", 430, court="Leamington YC", sitting_at=ev("x", 500)["at"])),
            add(impracticable(C()), ev("court_fixed", 430, court="Leamington YC", sitting_at=ev("x", 500)["at"]),
                ev("court_fixed", 490, court="Leamington YC", sitting_at=ev("x", 900)["at"])), {})),
    ],
}


def _cases() -> list[Any]:
    return [pytest.param(code, make, id=f"{code}-{name}") for code, pairs in V2_PAIRS.items() for name, make in pairs]


@pytest.mark.parametrize(("code", "make"), _cases())
def test_v2_code_raised_and_not_raised(code: str, make: Case) -> None:
    raising, clean, options = make()
    child = options.get("child", {})
    raised = audit(raising, fmt=V11, **child)
    assert code in [f.code for f in raised.findings], [(f.code, f.message) for f in raised.findings]
    kept = audit(clean, fmt=V11, **options.get("clean_child", child))
    assert code not in [f.code for f in kept.findings], [(f.code, f.message) for f in kept.findings]


def test_the_well_run_v11_records_have_no_findings() -> None:
    assert a11(P()) == []
    assert a11(C()) == []
    assert a11(ground_b(C())) == []
    assert a11(impracticable(C())) == []


# --- version 1 readings that version 2 corrects ---------------------------------------------

def test_new_1_1_codes_are_not_applied_to_a_1_0_record() -> None:
    old = good_pre_charge_events()  # 1.0: no exclusions_checked, no reviewer declaration
    assert [f.code for f in audit(replace(old, "review", mode="video")).findings] == []
    assert [f.code for f in audit(old, sex="female").findings] == []


def test_no_la_accommodation_needs_the_authoritys_answer() -> None:
    """Was wrong: 'no local authority accommodation' printed when the authority was never asked."""
    cert = impracticable(C(), reasons=["weather_or_transport_impossible", "no_la_accommodation"])
    never_asked = [e for e in cert if e["type"] not in ("la_response", "escalated")]
    assert "CERTIFICATE_INCONSISTENT" in a11(never_asked)
    assert "CERTIFICATE_INCONSISTENT" not in a11(cert)


def test_court_imminent_needs_a_sitting_within_the_window() -> None:
    """Was wrong: 'court imminent' accepted 15 hours before court."""
    cert = impracticable(C(), reasons=["court_imminent"], circumstances="court at 10:00")
    far = add(cert, ev("court_fixed", 430, court="Leamington YC", sitting_at=ev("x", 450 + 15 * 60)["at"]))
    near = add(cert, ev("court_fixed", 430, court="Leamington YC", sitting_at=ev("x", 450 + 180)["at"]))
    assert "CERTIFICATE_INCONSISTENT" in a11(far)
    assert "CERTIFICATE_INCONSISTENT" not in a11(near)
    assert "CERTIFICATE_INCONSISTENT" not in [f.code for f in audit(far, fmt="custody-record/1.0").findings], \
        "1.0: every court_imminent is supported"


def test_ground_b_needs_a_secure_refusal_answer() -> None:
    """Was wrong: ground (b) five minutes after the secure request with no answer printed."""
    rec = ground_b(C())
    unanswered = [e for e in rec if e["type"] not in ("la_response", "escalated")]
    assert "CERTIFICATE_INCONSISTENT" in a11(unanswered)
    verdict = audit(unanswered, fmt=V11).certificate()
    assert verdict is not None and not verdict.printable


def test_serious_harm_is_not_a_ground_a_reason() -> None:
    """Was wrong: an 11-year-old certified under ground (a) on serious harm to the public."""
    cert = impracticable(C(), reasons=["serious_harm_to_public"])
    a = audit(cert, fmt=V11, date_of_birth="2015-01-10")
    assert "IMPRACTICABLE_INVALID_REASON" in [f.code for f in a.findings]
    assert not a.certificates[0].printable
    assert "IMPRACTICABLE_INVALID_REASON" in [f.code for f in audit(cert, fmt="custody-record/1.0").findings]


def test_secure_judged_on_the_reasons_recorded_on_the_request() -> None:
    """Was wrong: secure accepted only on the bail ground 'serious harm to the public'."""
    good = ground_b(C())
    assert "SECURE_NOT_JUSTIFIED" not in a11(good)
    no_reasons = [dict(e, serious_harm_reasons=None) if e["type"] in ("la_accommodation_requested",
                                                                         "certificate_issued") else e for e in good]
    assert "SECURE_NOT_JUSTIFIED" in a11(no_reasons)


def test_serious_harm_bail_ground_refused_in_1_1() -> None:
    from custody_app.domain import RecordError

    bad = replace(C(), "bail_decision", grounds=["serious_harm_to_public"])
    with pytest.raises(RecordError, match=r"events\[\d+\]\.grounds\[0\].*withdrawn"):
        record(bad, V11)
    record(good_charged_events())  # still read in 1.0


def test_secure_age_taken_on_the_day_of_the_request() -> None:
    """Version 1 took the age at charge; version 2 on the day of the request."""
    # 12th birthday the day after the charge: the request on the next day is lawful on age
    rec = ground_b(C())
    day_after = [dict(e, at=(datetime.fromisoformat(e["at"]) + timedelta(days=1)).isoformat())
                 if e["type"] in ("la_accommodation_requested", "la_response", "escalated", "certificate_issued",
                                  "certificate_endorsed", "transferred") or (e["type"] == "observation" and
                                                                           datetime.fromisoformat(e["at"]) >
                                                                           T0 + timedelta(minutes=400)) else e
                 for e in rec]
    born = (T0 + timedelta(days=1)).date().replace(year=T0.year - 12).isoformat()
    codes_then = [f.code for f in audit(day_after, fmt=V11, date_of_birth=born).findings]
    assert "SECURE_NOT_JUSTIFIED" not in codes_then
    codes_same_day = [f.code for f in audit(rec, fmt=V11, date_of_birth=born).findings]
    assert "SECURE_NOT_JUSTIFIED" in codes_same_day


def test_a_request_before_the_charge_counts() -> None:
    """Was wrong: a request to the authority made before the charge was ignored."""
    early = replace(C(), "la_accommodation_requested", minutes=385)
    assert "TRANSFER_NOT_REQUESTED" not in a11(early)
    assert "TRANSFER_NOT_REQUESTED" not in [f.code for f in audit(good_charged_events()).findings]


def test_aa_present_ticked_when_none_was_asked_for() -> None:
    """Was wrong: 'AA present' accepted when no AA was ever asked for."""
    events = [e for e in P() if e["type"] not in ("aa_requested", "aa_arrived")]
    found = a11(events)
    assert "AA_PRESENCE_CONTRADICTED" in found and "INTERVIEW_WITHOUT_AA" in found


def test_strip_search_excuse_needs_urgency_ground_in_1_1() -> None:
    """Was wrong: any text excused a strip search without the AA."""
    excuse = add(P(), search(aa_present=False, urgent_without_aa_reason="busy"))
    assert "STRIP_SEARCH_URGENCY_UNSUPPORTED" in a11(excuse)
    assert "STRIP_SEARCH_WITHOUT_AA" not in [f.code for f in audit(
        [e for e in add(good_pre_charge_events(), {**search(aa_present=False, urgent_without_aa_reason="busy")})
         ]).findings], "1.0 keeps the version 1 reading"


def test_deemed_refusal_opens_the_duty_from_the_charge() -> None:
    a = audit(no_bail(C()), fmt=V11, now=T0 + timedelta(minutes=430))
    assert a.s38 is not None and a.s38.deemed and a.s38.anchor == T0 + timedelta(minutes=390)
    assert a.s38.since == T0 + timedelta(minutes=420)
    early = audit(no_bail(C()), fmt=V11, now=T0 + timedelta(minutes=419))
    assert early.s38 is None and "BAIL_DECISION" in [d.code for d in early.due]


def test_transfer_not_requested_from_an_earlier_spell_does_not_count() -> None:
    spell = add(replace(C(), "transferred", minutes=700),
                ev("bail_decision", 445, granted=True, grounds=[]),
                ev("bail_decision", 500, granted=False, grounds=["commit_offence"]),
                *observations(480, 690), ev("meal", 600, kind="main"))
    spell = [e for e in spell if e["type"] != "la_response"]
    assert "TRANSFER_NOT_REQUESTED" in a11(spell)


def test_breach_of_remand_conditions_limit_skips_sunday() -> None:
    saturday_20 = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
    events = [ev("arrested", 0, base=saturday_20, by="PC 1", offences=["breach"], reason="breach_of_remand_conditions"),
              ev("arrived_at_station", 10, base=saturday_20)]
    a = evaluate(record(events, V11), saturday_20 + timedelta(hours=1))
    assert a.detention_limit == datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


def test_extension_invalid_without_an_indictable_offence() -> None:
    from tests.unit.test_findings import _long_detention

    events = upgrade(_long_detention(True, 30 * 60))
    for e in events:
        if e["type"] == "arrested":
            e["offence_codes"] = ["twoc"]
    assert "EXTENSION_INVALID" in a11(events)
    for e in events:
        if e["type"] == "arrested":
            e["offence_codes"] = ["theft"]
    assert "EXTENSION_INVALID" not in a11(events)


def test_override_lets_a_standing_transfer_finding_print() -> None:
    cert = impracticable(C(), reasons=["childs_behaviour"])
    plain = [e for e in impracticable(C(), minutes=470) if e["type"] not in ("la_accommodation_requested",)]
    a = audit(plain, fmt=V11)
    verdict = a.certificate()
    assert verdict is not None and "TRANSFER_NOT_REQUESTED" in verdict.standing and not verdict.printable
    over = add(plain, ev("certificate_endorsed", 490, by="Insp 77", certificate=None, rank="inspector",
                         override=True, reason="snow closed every road; authority told by phone"))
    assert audit(over, fmt=V11).certificate().printable  # type: ignore[union-attr]
    assert not audit(cert, fmt=V11).certificate().printable  # type: ignore[union-attr]


def test_warnings_listed_apart() -> None:
    a = audit(P(), fmt=V11, date_of_birth="2017-01-01")
    assert [w.code for w in a.warnings] == ["CHILD_UNDER_10"] and a.findings == ()
    mismatch = replace(C(), "charged", offence_codes=["theft"])
    assert "OFFENCE_CATEGORY_MISMATCH" in [w.code for w in audit(mismatch, fmt=V11).warnings]
    wording = impracticable(C(), circumstances="child is aggressive and abusive")
    assert "CERTIFICATE_WORDING_REVIEW" in [w.code for w in audit(wording, fmt=V11).warnings]
