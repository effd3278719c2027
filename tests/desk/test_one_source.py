"""One source of truth: every desk view says what the engine's Assessment says.

On generated records (some in custody, some with two appropriate adults overlapping,
one of them gone), the board row, the forms' "AA present" pre-fill, the review
dialog's context and the documents (handover sheet, downtime pack, record summary) are
held against `Assessment.aa` and `Assessment.due`.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from custody_app.domain import parse_document
from custody_app.rules import DEFAULT_POLICY, evaluate
from custody_app.rules.timecalc import iso
from custody_app.sample import generate_document
from custody_app.sample.knobs import PROFILES
from custody_app.services import desk

NOW = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
SERGEANT = desk.Session("ps2190", "PS 2190 Khan", "sergeant")


def _overlap(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A second AA arrives while the first is there; then the first leaves (RULES.md 3:
    the second is still present)."""
    events = doc["events"]
    first = next((e for e in events if e["type"] == "aa_arrived"), None)
    if first is None:
        return doc
    at = datetime.fromisoformat(first["at"])
    leaving = [datetime.fromisoformat(e["at"]) for e in events if e["type"] in ("released", "transferred")]
    end = min([*leaving, NOW])
    if at + timedelta(minutes=20) >= end:
        return doc
    second = rng.choice(("Pat Second", "Lee Other"))
    extra = [
        {"type": "aa_arrived", "id": f"x{rng.randrange(10**9)}", "at": iso(at + timedelta(minutes=rng.randint(1, 9))),
         "by": "PS 1 Test", "name": second},
        {"type": "aa_left", "id": f"y{rng.randrange(10**9)}", "at": iso(at + timedelta(minutes=rng.randint(10, 19))),
         "by": "PS 1 Test", "name": first["name"]},
    ]
    doc["events"] = sorted([*events, *extra], key=lambda e: datetime.fromisoformat(e["at"]))
    return doc


def _records(n: int = 60) -> list[Any]:
    rng = random.Random(15)
    out = []
    for i in range(n):
        profile = PROFILES[i % len(PROFILES)]
        in_custody = bool(i % 3)
        start = NOW - timedelta(hours=rng.uniform(1, 11) if in_custody else rng.uniform(60, 90))
        doc = generate_document(rng, f"OS-26-{i:06d}", start, profile=profile,
                                now=NOW if in_custody else None)
        if i % 2:
            doc = _overlap(doc, rng)
        out.append(parse_document(doc))
    return out


RECORDS = _records()


def test_the_generated_records_include_overlapping_appropriate_adults() -> None:
    overlapping = [r for r in RECORDS if len({e["name"] for e in r.events if e.type == "aa_arrived"}) > 1]
    assert len(overlapping) >= 5
    present_after_one_left = [r for r in overlapping
                              if evaluate(r, NOW, DEFAULT_POLICY).aa.is_present
                              and any(e.type == "aa_left" for e in r.events)]
    assert present_after_one_left  # the case an old copy of the rule got wrong ("left")


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.custody_number)
def test_every_view_says_what_the_engine_says(record: Any) -> None:
    a = evaluate(record, NOW, DEFAULT_POLICY)
    row = desk.board_row(a)
    aa = row.appropriate_adult
    # the board's AA cell
    assert aa == desk.aa_cell(a)
    expected_start = {"present": "present", "left": "left", "awaited": "", "not_requested": "not requested"}
    assert aa.text.startswith(expected_start[a.aa.state]) or a.aa.state == "awaited"
    if a.aa.state == "awaited":
        assert "awaited" in aa.text
    for name in a.aa.present:
        assert name in aa.text
    assert ("INSPECTOR ALERT" in aa.text) == a.aa.inspector_alert == row.inspector_alert
    if a.aa.inspector_alert:
        assert aa.level == "overdue"
    # the forms' pre-fill and the review dialog
    for event_type in ("interview_started", "strip_search", "rights_given"):
        assert desk.defaults_for(a, event_type)["aa_present"] is a.aa.is_present
    if a.stage != "left":
        context = desk.review_context(record, SERGEANT, NOW, DEFAULT_POLICY, evaluate)
        assert context.aa_present is a.aa.is_present
    # what is due: the count and the colours come from the engine's own flags
    assert row.overdue_count == sum(1 for d in a.due if d.overdue)
    assert (row.next_due.level == "overdue") == any(d.overdue for d in a.due)
    visit = next((d for d in a.due if d.code == "OBSERVATION"), None)
    if visit is not None and visit.due is not None:
        assert (row.next_visit.level == "overdue") == visit.overdue
    review = next((d for d in a.due if d.code == "REVIEW"), None)
    if review is not None:
        assert (row.next_review.level == "overdue") == review.overdue


def test_one_colour_each_amber_only_within_the_warning_window() -> None:
    """A visit due in 20 minutes is neutral (its window is 5 minutes), never amber all the time."""
    for record in RECORDS:
        a = evaluate(record, NOW, DEFAULT_POLICY)
        for d in a.due:
            if d.due is None or d.overdue:
                continue
            cell = desk.due_cell(a, d)
            within = d.due - NOW <= timedelta(minutes=desk.warning_minutes(d.code, a.policy))
            assert (cell.level == "soon") == within, (d.code, d.due, cell)


def _expected_aa_words(a: Any) -> str:
    """What the engine says of the appropriate adult, in the shift paper's words."""
    if a.aa.state == "present":
        return "present: " + ", ".join(a.aa.present)
    return {"left": "not present", "awaited": "not yet arrived", "not_requested": "not yet requested"}[a.aa.state]


def test_the_shift_paper_and_the_summary_say_what_the_engine_says_of_the_adult() -> None:
    """The handover sheet, the downtime pack and the record summary, rendered, against
    `Assessment.aa` on the same generated records (overlapping adults among them)."""
    from custody_app.reports.downtime import downtime_pdf
    from custody_app.reports.handover import handover_pdf
    from custody_app.reports.summary import summary_pdf
    from tests.reports.conftest import pdf_text

    live = [r for r in RECORDS if evaluate(r, NOW, DEFAULT_POLICY).stage != "left"]
    overlapping = [r for r in live if len({e["name"] for e in r.events if e.type == "aa_arrived"}) > 1]
    assert overlapping
    sample = (overlapping + [r for r in live if r not in overlapping])[:12]
    handover = pdf_text(handover_pdf(sample, NOW, DEFAULT_POLICY))
    downtime = pdf_text(downtime_pdf(sample, NOW, DEFAULT_POLICY))
    for record in sample:
        a = evaluate(record, NOW, DEFAULT_POLICY)
        words = _expected_aa_words(a)
        for name, text in (("handover", handover), ("downtime pack", downtime)):
            assert words.lower() in text.lower(), (name, record.custody_number, words)
        if a.aa.state == "present":  # an adult who left while another stayed is never "not present"
            for text in (handover, downtime):
                story = text[text.index(record.custody_number):]
                nxt = [story.find(r.custody_number) for r in sample if r is not record and r.custody_number in story]
                story = story[:min([n for n in nxt if n > 0], default=len(story))]
                assert "not present" not in story.lower(), record.custody_number
    for record in overlapping[:4]:
        a = evaluate(record, NOW, DEFAULT_POLICY)
        summary = pdf_text(summary_pdf(record, NOW, DEFAULT_POLICY))
        assert ("No appropriate adult had arrived" in summary) == (a.aa.first_arrived_at is None)
