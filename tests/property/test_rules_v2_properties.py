"""Properties of rule set version 2 over generated 1.1 records with s38(6), AA and search
entries added at random: the engine judges every one without failing, in the contract's
order, and a status at an instant agrees with an audit of the record as it stood then."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from custody_app.domain import RecordError, parse_document
from custody_app.rules import evaluate
from custody_app.rules.codes import row
from custody_app.rules.due import DUE_CODES
from custody_app.sample import generate_document

from .test_properties import PROFILES

seeds = st.integers(min_value=0, max_value=2**32 - 1)
examples = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ADDED = ("responsible_officer_informed", "woman_responsible_named", "court_fixed", "certificate_produced",
         "certificate_endorsed", "bail_decision", "la_response", "la_accommodation_requested", "certificate_issued",
         "escalated", "aa_left", "aa_arrived", "charged", "strip_search", "interview_started", "rights_given")


def _event(rng: random.Random, etype: str, t: datetime) -> dict[str, Any]:
    e: dict[str, Any] = {"type": etype, "at": t.isoformat(), "by": "PS 1"}
    pick = rng.choice
    fields: dict[str, dict[str, Any]] = {
        "responsible_officer_informed": {"name": "YOT"}, "woman_responsible_named": {"name": "PC W"},
        "court_fixed": {"court": "YC", "sitting_at": (t + timedelta(minutes=rng.randint(-60, 600))).isoformat(),
                        "first_sitting": rng.random() < 0.8},
        "certificate_produced": {"court": "YC", "received_by": None},
        "certificate_endorsed": {"certificate": None, "rank": pick(["sergeant", "inspector"]),
                                 "override": rng.random() < 0.3, "reason": pick(["", "roads closed"])},
        "bail_decision": {"granted": rng.random() < 0.4, "grounds": ["commit_offence"]},
        "la_response": {"provided": rng.random() < 0.5, "kind": pick([None, "secure", "non_secure"]), "reason": "r"},
        "la_accommodation_requested": {"kind": pick(["secure", "non_secure"]), "authority": "CC", "contact": None,
                                       "serious_harm_reasons": pick([None, "threats to a witness"])},
        "certificate_issued": {"ground": pick(["impracticable", "no_secure_accommodation"]),
                               "circumstances": pick(["", "snow", "aggressive"]),
                               "reasons": rng.sample(["weather_or_transport_impossible", "court_imminent",
                                                      "childs_behaviour", "no_la_accommodation", "no_secure_available",
                                                      "other"], rng.randint(0, 2)),
                               "accommodation_required": pick(["secure", "non_secure"])},
        "escalated": {"to": "duty_inspector", "outcome": "asked"},
        "aa_left": {"name": pick(["mother", "social worker", "nobody"])},
        "aa_arrived": {"name": pick(["mother", "social worker"])},
        "charged": {"offences": ["x"], "category": pick(["violent", "other"]),
                    "offence_codes": pick([[], ["robbery"], ["theft"], ["unknown_code"]])},
        "strip_search": {"aa_present": rng.random() < 0.5, "authorised_by": "Insp", "reason": "r",
                         "urgent_without_aa_reason": pick([None, "ligature"]),
                         "present": [{"name": "a", "role": pick(["searcher", "healthcare"]),
                                      "sex": pick(["male", "female"])}] * rng.randint(0, 3),
                         "urgency": pick([None, "risk_of_serious_harm_to_child"]), "aa_waiver": rng.random() < 0.3,
                         "aa_waiver_agreed_by": pick([None, "mother"])},
        "interview_started": {"aa_present": rng.random() < 0.5, "urgent_authorised_by": pick([None, "Supt 1"]),
                              "urgent_rank": pick([None, "superintendent", "sergeant"]),
                              "urgent_grounds": pick([None, "risk to life"])},
        "rights_given": {"aa_present": True},
    }
    e.update(fields[etype])
    return e


def _record(seed: int, profile: str, fmt: str) -> Any:
    rng = random.Random(seed)
    start = datetime(2026, 3, 28, 20, tzinfo=UTC) + timedelta(days=rng.randint(0, 600), minutes=rng.randint(0, 1440))
    doc = generate_document(random.Random(seed), "WK-26-000001", start, profile=profile)
    doc["format"] = fmt
    doc["child"]["sex"] = rng.choice(["female", "male", "not_known"])
    if rng.random() < 0.3:
        doc["child"]["responsible_officer"] = "Warwickshire YJS"
    times = [datetime.fromisoformat(e["at"]) for e in doc["events"]]
    lo, hi = min(times), max(times)
    for _ in range(rng.randint(0, 8)):
        t = (lo + (hi - lo) * rng.random()).replace(microsecond=0)
        doc["events"].append(_event(rng, rng.choice(ADDED), t))
    for i, e in enumerate(doc["events"]):
        e["id"] = f"e{i + 1}"
    try:
        return parse_document(json.loads(json.dumps(doc))), lo, hi
    except RecordError:
        return None, lo, hi


@examples
@given(seeds, st.sampled_from(PROFILES), st.sampled_from(["custody-record/1.1", "custody-record/1.0"]),
       st.floats(min_value=0.0, max_value=1.0))
def test_every_record_is_judged_in_the_contracts_order(seed: int, profile: str, fmt: str, where: float) -> None:
    record, lo, hi = _record(seed, profile, fmt)
    assume(record is not None)
    a = evaluate(record, datetime(2035, 1, 1, tzinfo=UTC), whole_record=True)
    for found in (a.findings, a.warnings):
        keys = [(f.at, row(f.code), -1 if f.event_index is None else f.event_index) for f in found]
        assert keys == sorted(keys)
    json.dumps(a.audit_json())
    now = lo + (hi - lo) * where
    live = evaluate(record, now)
    status = json.loads(json.dumps(live.status_json()))
    assert {d["code"] for d in status["due"]} <= set(DUE_CODES)
    if live.stage == "left":
        assert status["s38_6"] is None
    # a status at an instant is an audit of the record as it stood then
    assert [f.to_json() for f in live.findings] == status["findings"]
    for v in a.certificates:
        assert v.printable == (not v.refusal)


@examples
@given(seeds, st.sampled_from(PROFILES))
def test_1_1_only_codes_never_appear_on_a_1_0_record(seed: int, profile: str) -> None:
    record, _, _ = _record(seed, profile, "custody-record/1.0")
    assume(record is not None)
    a = evaluate(record, datetime(2035, 1, 1, tzinfo=UTC), whole_record=True)
    only_11 = {"RESPONSIBLE_OFFICER_NOT_INFORMED", "GIRL_NOT_IN_CARE_OF_WOMAN", "AA_LA_NOT_ASKED_FIRST",
               "AA_SUITABILITY_NOT_RECORDED", "URGENT_INTERVIEW_INVALID", "STRIP_SEARCH_URGENCY_UNSUPPORTED",
               "STRIP_SEARCH_WAIVER_INVALID", "STRIP_SEARCH_TOO_FEW_PRESENT", "STRIP_SEARCH_OPPOSITE_SEX",
               "REVIEWER_INDEPENDENCE_NOT_RECORDED", "REMOTE_REVIEW_NO_REASON", "CERTIFICATE_NOT_SUPERVISED",
               "CERTIFICATE_NOT_PRODUCED", "COURT_NOT_FIRST_SITTING", "OFFENCE_CATEGORY_MISMATCH"}
    assert not only_11 & {f.code for f in (*a.findings, *a.warnings)}
