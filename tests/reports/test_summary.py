"""The record summary: the child, the clocks, the timeline with corrections, the findings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from custody_app.domain import Record
from custody_app.reports import summary_pdf
from custody_app.reports.facts import record_end
from custody_app.store.chain import record_fingerprint

from .conftest import Doc, assert_a4_fonts_embedded, event, pdf_pages, pdf_text

MakeRecord = Callable[[Doc], Record]


def test_summary_of_a_finished_record(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    data = summary_pdf(record, record_end(record), whole_record=True)
    text = pdf_text(data)
    for fact in (
        "Record summary", "Jordan Example", "EX-26-000002", "2 February 2010",
        "PACE s41(2)(d): arrival at the station",  # the rule that gave the relevant time
        "Tue 03 Nov 2026 10:25 GMT",  # relevant time = arrival
        "Tue 03 Nov 2026 16:35 GMT",  # first review due (authorised 10:35 + 6 h)
        "Tue 03 Nov 2026 16:15 GMT",  # and done
        "Appropriate adult arrived", "1 h 5 min after the first request",
        "Interview started", "Charged", "wounding with intent",
        "s38(6) certificate issued", "Transferred",
        "POST_CHARGE_DETENTION_LONG", "force policy",  # the finding, with its source (relabelled in rules v2)
        "Full timeline",
        f"record fingerprint {record_fingerprint(record)}",
    ):
        assert fact in text, fact
    pages = pdf_pages(data)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert_a4_fonts_embedded(data)


def test_summary_as_at_an_instant_shows_only_what_had_happened(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    text = pdf_text(summary_pdf(record, datetime(2026, 11, 3, 14, 0, tzinfo=UTC)))
    assert "As at Tue 03 Nov 2026 14:00 GMT: before charge" in text
    assert "wounding with intent" in text  # the arrest's offence
    assert "s38(6) certificate issued" not in text
    assert "entries dated after" in text


def test_corrections_are_shown_with_what_was_first_entered(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e13")["aa_present"] = False
    secure_doc["events"].append({
        "id": "c1", "type": "correction", "at": "2026-11-03T14:10:00+00:00", "by": "PS 2190", "corrects": "e13",
        "fields": {"aa_present": True}, "reason": "mother was present; box ticked wrongly",
    })
    record = make_record(secure_doc)
    text = pdf_text(summary_pdf(record, record_end(record), whole_record=True))
    assert "mother was present; box ticked wrongly" in text
    assert "as first entered: aa present: no" in text
    assert "INTERVIEW_WITHOUT_AA" not in text  # the engine judged the corrected record


def test_summary_byte_stable(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    end = record_end(record)
    assert summary_pdf(record, end, whole_record=True) == summary_pdf(record, end, whole_record=True)
