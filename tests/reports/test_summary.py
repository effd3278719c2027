"""The record summary (RULES.md 6.3; issue 13): what an inspector looks for first, then the
child, the clocks, the visits with their gaps, the timeline with corrections, the findings."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from custody_app.domain import Record
from custody_app.reports.cert_facts import record_code
from custody_app.reports.facts import record_end
from custody_app.reports.summary import summary_pdf

from .conftest import Doc, assert_a4_fonts_embedded, event, pdf_pages, pdf_text

MakeRecord = Callable[[Doc], Record]
PRINTED = {"printed_at": datetime(2026, 11, 20, 9, 0, tzinfo=UTC), "printed_by": "Insp 7 Reader"}


def whole(record: Record) -> bytes:
    return summary_pdf(record, record_end(record), whole_record=True, **PRINTED)  # type: ignore[arg-type]


def test_it_opens_with_what_an_inspector_looks_for_first(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    text = pdf_text(whole(record))
    glance = text[text.index("At a glance"):text.index("1. The child")]
    for fact in (
        "Total time in police detention 23 h 10 min (from arrival Tue 03 Nov 2026 10:25 GMT)",
        "Time after bail was refused 15 h 50 min (from Tue 03 Nov 2026 17:45 GMT)",
        "Detention limit",
        "s38(6) certificate entry 42: printable",
        "Findings", record_code(record),
        "PACE s41(2)(d)",
    ):
        assert fact in glance, fact
    assert "none applies" not in text
    assert "s41(2)(b)" not in text


def test_summary_of_a_finished_record(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    data = whole(record)
    text = pdf_text(data)
    for fact in (
        "Record summary", "Jordan Example", "EX-26-000002", "2 February 2010",
        "Tue 03 Nov 2026 10:25 GMT",  # relevant time = arrival
        "Tue 03 Nov 2026 16:35 GMT",  # first review due (authorised 10:35 + 6 h)
        "Tue 03 Nov 2026 16:15 GMT",  # and done
        "Appropriate adult arrived", "1 h 5 min after the first request",
        "Interview started", "Charged", "wounding with intent",
        "s38(6) certificate issued", "Transferred",
        "POST_CHARGE_DETENTION_LONG", "force policy",  # the finding, with its source (relabelled in rules v2)
        "Full timeline", "Visits and observation levels", "Annex A. Visit log",
    ):
        assert fact in text, fact
    pages = pdf_pages(data)
    for i, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"Page {i} of {len(pages)}" in flat
        assert "Custody number EX-26-000002" in flat and flat.count("OFFICIAL-SENSITIVE") >= 2
        assert f"Check code {record_code(record)}" in flat
        assert "Printed Fri 20 Nov 2026 09:00 GMT by Insp 7 Reader" in flat
    assert_a4_fonts_embedded(data)


def test_entries_are_numbered_from_1_and_no_raw_field_names(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e4")["flags"] = ["force_used", "self_harm"]
    text = pdf_text(whole(make_record(secure_doc)))
    timeline = text[text.index("8. Full timeline"):]
    assert re.search(r"Entry Time What Details By 1 Tue 03 Nov 2026 10:00 GMT Arrested", timeline)
    assert " 0 Tue" not in timeline
    assert not re.search(r"(?<!risk )flags:", text)
    for raw in ("force_used", "reason: ;", "aa_present", "fit_to_detain", "interval_minutes", ": ;",
                "notes: ;", "notes: —"):
        assert raw not in text, raw
    assert "risk flags: force used at arrest; SELF-HARM" in text


def test_the_visits_table_shows_gaps_and_levels(secure_doc: Doc, make_record: MakeRecord) -> None:
    # remove two visits: a gap of 1 h 30 min at a level of every 30 min
    secure_doc["events"] = [e for e in secure_doc["events"] if e.get("id") not in ("e47", "e48")]
    text = pdf_text(whole(make_record(secure_doc)))
    table = text[text.index("Visits and observation levels"):text.index("5. Interview")]
    assert "every 30 min" in table and "Longest gap" in table
    assert "1 h 30 min" in table
    annex = text[text.index("Annex A. Visit log"):]
    assert annex.count("GMT") >= 40


def test_summary_as_at_an_instant_shows_only_what_had_happened(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    text = pdf_text(summary_pdf(record, datetime(2026, 11, 3, 14, 0, tzinfo=UTC), **PRINTED))  # type: ignore[arg-type]
    assert "As at Tue 03 Nov 2026 14:00 GMT: before charge" in text
    assert "wounding with intent" in text  # the arrest's offence
    assert "s38(6) certificate issued" not in text
    assert "entries dated after" in text
    assert "bail was not refused after charge" in text


def test_corrections_are_shown_with_what_was_first_entered(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e13")["aa_present"] = False
    secure_doc["events"].append({
        "id": "c1", "type": "correction", "at": "2026-11-03T14:10:00+00:00", "by": "PS 2190", "corrects": "e13",
        "fields": {"aa_present": True}, "reason": "mother was present; box ticked wrongly",
    })
    text = pdf_text(whole(make_record(secure_doc)))
    assert "mother was present; box ticked wrongly" in text
    assert "as first entered: appropriate adult present: no" in text
    assert "corrects entry 18 (interview started)" in text and "[corrected by entry 76" in text
    assert "INTERVIEW_WITHOUT_AA" not in text  # the engine judged the corrected record


def test_summary_byte_stable(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    assert whole(record) == whole(record)


def test_a_limit_that_applied_is_printed_with_whether_it_was_met(secure_doc: Doc, make_record: MakeRecord) -> None:
    # charged 30 h after arrival: the 24 h limit applied and was not met
    for e in secure_doc["events"]:
        if e["type"] not in ("arrested", "arrived_at_station", "detention_authorised"):
            continue
        e["at"] = e["at"].replace("2026-11-03T10", "2026-11-02T04")
    text = pdf_text(whole(make_record(secure_doc)))
    glance = text[text.index("At a glance"):text.index("1. The child")]
    assert "Detention limit Tue 03 Nov 2026 04:25 GMT: NOT met" in glance
    assert "none applies" not in text


def test_a_breach_of_court_bail_shows_the_24_hour_deadline(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e1")["reason"] = "breach_of_court_bail"
    text = pdf_text(whole(make_record(secure_doc)))
    glance = text[text.index("At a glance"):text.index("1. The child")]
    assert "Detention limit Wed 04 Nov 2026 10:00 GMT" in glance  # the arrest + 24 h
    assert "none applies" not in text and "no PACE detention limit" not in glance


def test_a_long_record_keeps_headings_with_their_tables() -> None:
    """A 60-hour record of several hundred entries: no heading alone at a page's foot, the table
    header repeated on every carried-over page, every page numbered and marked."""
    import random

    from custody_app.domain import parse_document
    from custody_app.sample.generate import generate_document
    from custody_app.sample.knobs import Knobs

    doc = generate_document(random.Random(0), "WK-26-009001", datetime(2026, 10, 23, 20, 0, tzinfo=UTC),
                            profile="charged_refused_no_bed",
                            knobs=Knobs(decision_at=38 * 60, leave_delay=18 * 60, visit_gap=(0.1, 0.35)))
    record = parse_document(doc)
    assert len(record.events) >= 400 and (record.events[-1].at - record.events[0].at).total_seconds() >= 60 * 3600
    pages = [" ".join(p.split()) for p in pdf_pages(whole(record))]
    tables = {"8. Full timeline": "Entry Time What Details By", "Annex A. Visit log": "Entry Time Roused Response By",
              "Visits and observation levels": "From To Level Visits Longest gap"}
    for heading, header in tables.items():
        page = next(p for p in pages if heading in p)
        assert header in page[page.index(heading):], heading
    timeline = next(i for i, p in enumerate(pages) if "8. Full timeline" in p)
    annex = next(i for i, p in enumerate(pages) if "Annex A. Visit log" in p)
    for p in pages[timeline:annex]:
        assert "Entry Time What Details By" in p
    for p in pages[annex:]:
        assert "Entry Time Roused Response By" in p
    for i, p in enumerate(pages, start=1):
        assert f"Page {i} of {len(pages)}" in p and "Custody number WK-26-009001" in p
        assert ("Record summary (continued)" in p) == (i > 1)


def test_the_out_of_area_relevant_time_is_cited_as_s41_2_a_and_3(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e1")["outside_force_area"] = True
    text = pdf_text(whole(make_record(secure_doc)))
    assert "PACE s41(2)(a), (3)" in text
    assert "s41(2)(b)" not in text
