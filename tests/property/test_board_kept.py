"""The board's kept judgements: read at a later instant, they word the board exactly as
the engine judging at that instant would, for as long as they claim to hold."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from custody_app.domain import parse_document
from custody_app.rules import DEFAULT_POLICY, Policy, evaluate
from custody_app.sample import generate_document
from custody_app.services.desk import BoardFacts, board_facts, board_row, row_at

PROFILES = ("good", "missed_duties", "charged_refused_transfer", "charged_refused_no_bed", "secure_justified",
            "court_bail_breach", "looked_after", "asleep_review", "bailed")
starts = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)).map(
    lambda d: d.replace(tzinfo=UTC))
# moments to judge at and to read at, in minutes: from before the arrest to long after
offsets = st.integers(min_value=-60, max_value=60 * 60)
later = st.lists(st.floats(min_value=0, max_value=1, allow_nan=False), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.sampled_from(PROFILES), starts, offsets, later,
       st.sampled_from([DEFAULT_POLICY, Policy(due_soon_minutes=45, observation_max_interval_minutes=20, escalation_minutes=30)]))
def test_kept_judgement_reads_as_the_engine_judges(seed: int, profile: str, start: datetime, judged_min: int,
                                                  fractions: list[float], policy: Policy) -> None:
    record = parse_document(generate_document(random.Random(seed), "WK-26-000001", start, profile=profile))
    judged = start + timedelta(minutes=judged_min)
    a = evaluate(record, judged, policy)
    if a.stage == "left" or a.arrested_at > judged:
        return  # not on the board
    facts = board_facts(a)
    assert BoardFacts.from_json(facts.to_json()) == facts
    horizon = min(facts.until or judged + timedelta(days=3), judged + timedelta(days=3))
    span = horizon - judged
    moments = [judged + span * f for f in fractions] + [horizon - timedelta(seconds=1)]
    for now in moments:
        if not facts.holds_at(now):
            continue
        assert row_at(facts, now) == board_row(evaluate(record, now, policy)), (profile, now)


def test_a_due_item_the_engine_drops_once_missed_ends_the_judgement() -> None:
    """The escalation is due only until its time: once missed the engine records a finding
    (NOT_ESCALATED) and drops the item, so a kept judgement must not outlive it."""
    doc = generate_document(random.Random(5), "WK-26-000001", datetime(2026, 3, 3, 10, tzinfo=UTC),
                            profile="charged_refused_no_bed")
    answer = next(e for e in doc["events"] if e["type"] == "la_response" and not e["provided"])
    # the authority has no bed, and nothing happens after (nobody escalates)
    doc["events"] = [e for e in doc["events"] if e["at"] <= answer["at"] and e["type"] != "escalated"]
    record = parse_document(doc)
    response = datetime.fromisoformat(answer["at"])
    deadline = response + timedelta(minutes=DEFAULT_POLICY.escalation_minutes)
    facts = board_facts(evaluate(record, response + timedelta(minutes=10)))
    assert "ESCALATION" in [d.code for d in facts.due]
    assert facts.until == deadline
    just_before, just_after = deadline - timedelta(minutes=1), deadline + timedelta(minutes=1)
    assert row_at(facts, just_before) == board_row(evaluate(record, just_before))
    assert not facts.holds_at(just_after)
    assert row_at(facts, just_after) != board_row(evaluate(record, just_after))


def test_with_no_arrival_the_judgement_holds_until_the_relevant_time_is_known() -> None:
    """PACE s41(2): with no arrival the relevant time is 24 hours after the arrest, known
    only then; the board says the limit is not yet known, and no more after."""
    doc = generate_document(random.Random(7), "WK-26-000002", datetime(2026, 5, 1, 9, tzinfo=UTC))
    doc["events"] = [e for e in doc["events"] if e["type"] == "arrested"]
    record = parse_document(doc)
    arrest = record.events[0].at
    facts = board_facts(evaluate(record, arrest + timedelta(hours=2)))
    assert facts.until == arrest + timedelta(hours=24)
    assert "not yet known" in row_at(facts, arrest + timedelta(hours=3)).limit.text
    later = arrest + timedelta(hours=25)
    assert not facts.holds_at(later)
    assert row_at(facts, later) != board_row(evaluate(record, later))
