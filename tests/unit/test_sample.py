"""The sample generator: valid, live-aware, deterministic, realistic in shape."""

from __future__ import annotations

import random
import statistics
from datetime import UTC, datetime, timedelta

import pytest

from custody_app.domain import age_on, london_date, parse_document
from custody_app.sample import (
    PROFILES,
    clock_changes,
    demo_documents,
    generate_document,
    generate_documents,
)

LEAVING = ("released", "transferred")
START = datetime(2026, 3, 28, 20, 40, tzinfo=UTC)  # the night before the clocks go forward


def _ats(doc: dict) -> list[datetime]:
    return [datetime.fromisoformat(e["at"]) for e in doc["events"]]


@pytest.mark.parametrize("profile", PROFILES)
def test_every_profile_parses(profile: str) -> None:
    for i in range(6):
        start = START + timedelta(hours=7 * i)
        doc = generate_document(random.Random(i), "WK-26-000001", start, profile=profile)
        record = parse_document(doc)
        assert len({e["id"] for e in doc["events"]}) == len(doc["events"])
        assert sum(e.type in LEAVING for e in record.events) == 1
        arrival = next(e.at for e in record.events if e.type == "arrived_at_station")
        assert 10 <= age_on(record.child.date_of_birth, london_date(arrival)) <= 17


def test_profiles_have_their_shape() -> None:
    def types(profile: str) -> set[str]:
        doc = generate_document(random.Random(3), "WK-26-000002", START, profile=profile)
        return {e["type"] for e in doc["events"]}

    assert {"certificate_issued", "escalated"} <= types("charged_refused_no_bed")
    assert "charged" not in types("court_bail_breach")
    assert "local_authority_informed" in types("looked_after")
    assert "child_informed_of_review" in types("asleep_review")
    secure = generate_document(random.Random(3), "WK-26-000003", START, profile="secure_justified")
    cert = next(e for e in secure["events"] if e["type"] == "certificate_issued")
    assert cert["ground"] == "no_secure_accommodation" and cert["accommodation_required"] == "secure"
    transfer = generate_document(random.Random(3), "WK-26-000004", START,
                                 profile="charged_refused_transfer")
    assert any(e["type"] == "transferred" and e["to"] == "la_non_secure" for e in transfer["events"])


def test_offsets_mix_in_summer() -> None:
    doc = generate_document(random.Random(5), "WK-26-000005", datetime(2026, 7, 1, 9, tzinfo=UTC))
    offsets = {e["at"][-6:] for e in doc["events"]}
    assert offsets == {"+00:00", "+01:00"}


@pytest.mark.parametrize("profile", PROFILES)
def test_live_document_stops_at_now(profile: str) -> None:
    now = START + timedelta(hours=5)
    doc = generate_document(random.Random(9), "WK-26-000006", START, profile=profile, now=now)
    parse_document(doc)
    assert max(_ats(doc)) <= now
    assert not any(e["type"] in LEAVING for e in doc["events"])


def test_deterministic() -> None:
    a = list(generate_documents(5, 42, START, span_days=30))
    b = list(generate_documents(5, 42, START, span_days=30))
    c = list(generate_documents(5, 43, START, span_days=30))
    assert a == b
    assert a != c
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    assert demo_documents(now) == demo_documents(now)


def test_clock_changes_crossed_over_a_year() -> None:
    docs = list(generate_documents(120, 7, datetime(2026, 1, 1, tzinfo=UTC), span_days=365))
    spring, autumn = clock_changes(2026)
    crossing = 0
    for doc in docs:
        parse_document(doc)
        ats = _ats(doc)
        crossing += any(min(ats) < c <= max(ats) for c in (spring, autumn))
    assert crossing >= 1
    numbers = [d["custody_number"] for d in docs]
    assert len(set(numbers)) == len(numbers)
    assert all(n.startswith("WK-26-") and len(n) == 12 for n in numbers)


def test_crossing_a_clock_change_is_found_near_one() -> None:
    spring, _ = clock_changes(2026)
    docs = list(generate_documents(40, 1, spring - timedelta(hours=30), span_days=1))
    assert sum(min(_ats(d)) < spring <= max(_ats(d)) for d in docs) >= 10


def test_event_counts_in_range() -> None:
    docs = list(generate_documents(150, 11, datetime(2025, 1, 1, tzinfo=UTC), span_days=365))
    counts = [len(d["events"]) for d in docs]
    assert 110 <= statistics.mean(counts) <= 165
    hours = [(max(_ats(d)) - min(_ats(d))) / timedelta(hours=1) for d in docs]
    assert min(hours) >= 3


def test_demo_documents() -> None:
    now = datetime(2026, 10, 25, 9, 30, tzinfo=UTC)  # the morning the clocks went back
    docs = demo_documents(now)
    assert 8 <= len(docs) <= 12
    live = 0
    for doc in docs:
        parse_document(doc)
        assert max(_ats(doc)) <= now
        live += not any(e["type"] in LEAVING for e in doc["events"])
        assert doc["suite"] == "Leamington Spa" and doc["force"] == "Warwickshire Police"
    assert live >= 6
    _, autumn = clock_changes(2026)
    assert any(min(_ats(d)) < autumn <= max(_ats(d)) for d in docs)
