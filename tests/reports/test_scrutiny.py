"""The scrutiny report: the CSV's columns and values, the PDF's totals, the period's days."""

from __future__ import annotations

import csv
import io
import statistics
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from custody_app.domain import Record, parse_document
from custody_app.reports import period_bounds, scrutiny_csv, scrutiny_pdf, scrutiny_rows
from custody_app.reports.scrutiny import in_period
from custody_app.sample import generate_documents

from .conftest import Doc, assert_a4_fonts_embedded, event, load_doc, pdf_pages, pdf_text

MakeRecord = Callable[[Doc], Record]
NOW = datetime(2027, 6, 1, tzinfo=UTC)
COLUMNS = ("custody_number, suite, age_at_arrival, looked_after, arrived_at, left_at, hours_in_custody, charged, "
           "bail_refused, la_request_kind, transferred_to_la, hours_charge_to_departure, aa_wait_minutes, "
           "certificate_ground, findings").split(", ")


def _csv(rows_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(rows_text)))


def test_csv_columns_exactly(secure_doc: Doc, make_record: MakeRecord) -> None:
    text = scrutiny_csv(scrutiny_rows([make_record(secure_doc)], NOW))
    assert next(csv.reader(io.StringIO(text))) == COLUMNS


def test_csv_values_for_a_known_record(secure_doc: Doc, make_record: MakeRecord) -> None:
    [row] = _csv(scrutiny_csv(scrutiny_rows([make_record(secure_doc)], NOW)))
    assert row == {
        "custody_number": "EX-26-000002",
        "suite": "Example Suite",
        "age_at_arrival": "16",
        "looked_after": "no",
        "arrived_at": "2026-11-03T10:25:00+00:00",
        "left_at": "2026-11-04T09:35:00+00:00",
        "hours_in_custody": "23.2",  # 23 h 10 min
        "charged": "yes",
        "bail_refused": "yes",
        "la_request_kind": "secure",
        "transferred_to_la": "no",
        "hours_charge_to_departure": "16.0",
        "aa_wait_minutes": "65",
        "certificate_ground": "no_secure_accommodation",
        "findings": "POST_CHARGE_DETENTION_LONG",
    }


def test_csv_values_for_a_bailed_child_and_a_transfer(secure_doc: Doc, make_record: MakeRecord) -> None:
    transferred = event(secure_doc, "e24")
    transferred["to"] = "la_secure"
    transferred["at"] = "2026-11-03T21:00:00+00:00"
    secure_doc["events"] = [e for e in secure_doc["events"] if e["at"] <= transferred["at"] or e is transferred
                            or e["type"] == "safeguarding_referral"]
    bailed = load_doc("bailed")
    rows = {r["custody_number"]: r for r in _csv(scrutiny_csv(scrutiny_rows(
        [make_record(secure_doc), make_record(bailed)], NOW)))}
    moved = rows["EX-26-000002"]
    assert (moved["transferred_to_la"], moved["hours_charge_to_departure"]) == ("yes", "3.4")
    b = rows[bailed["custody_number"]]
    assert (b["charged"], b["bail_refused"], b["la_request_kind"], b["certificate_ground"], b["findings"]) == (
        "yes", "no", "", "", "")


def test_period_is_london_calendar_days_inclusive() -> None:
    start, end = period_bounds(date(2026, 4, 1), date(2026, 4, 30))
    assert start == datetime(2026, 3, 31, 23, 0, tzinfo=UTC)  # midnight BST
    assert end == datetime(2026, 4, 30, 23, 0, tzinfo=UTC)
    start, end = period_bounds(date(2026, 10, 25), date(2026, 10, 25))  # the day the clocks go back
    assert (end - start).total_seconds() == 25 * 3600
    with pytest.raises(ValueError):
        period_bounds(date(2026, 5, 1), date(2026, 4, 30))


def test_arrival_just_after_london_midnight_falls_on_the_new_day(secure_doc: Doc, make_record: MakeRecord) -> None:
    doc = load_doc("bailed")
    record = make_record(doc)
    arrival = next(e.at for e in record.events if e.type == "arrived_at_station")
    day = arrival.astimezone(UTC).date()
    assert in_period(record, *period_bounds(day, day)) or in_period(record, *period_bounds(
        date.fromordinal(day.toordinal() + 1), date.fromordinal(day.toordinal() + 1)))
    assert not in_period(record, *period_bounds(date(2020, 1, 1), date(2020, 12, 31)))


def test_pdf_states_the_totals(secure_doc: Doc, make_record: MakeRecord) -> None:
    records = [make_record(secure_doc), make_record(load_doc("bailed"))]
    data = scrutiny_pdf(scrutiny_rows(records, NOW), date(2026, 1, 1), date(2026, 12, 31))
    text = pdf_text(data)
    for fact in (
        "Scrutiny report", "1 January 2026 to 31 December 2026",
        "Children detained 2", "Charged 2", "Charged and refused bail (the s38(6) duty arose) 1",
        "Requests for secure local authority accommodation 1 (for 1 child)",
        "Transfers to local authority accommodation achieved 0 of 1 refused bail",
        "Certificates, ground (b): no secure accommodation 1",
        "POST_CHARGE_DETENTION_LONG", "Appropriate adult waits", "Hours after charge, bail refused",
        "EX-26-000002",
    ):
        assert fact in text, fact
    pages = pdf_pages(data)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert_a4_fonts_embedded(data)


def test_pdf_agrees_with_the_csv_on_generated_records() -> None:
    docs = generate_documents(150, seed=11, start=datetime(2026, 1, 1, tzinfo=UTC), span_days=365)
    rows = scrutiny_rows((parse_document(d) for d in docs), NOW)
    table = _csv(scrutiny_csv(rows))
    assert len(table) == 150
    text = pdf_text(scrutiny_pdf(rows, date(2026, 1, 1), date(2026, 12, 31)))
    assert f"Children detained {len(table)}" in text
    charged = sum(r["charged"] == "yes" for r in table)
    assert f"Charged {charged}" in text
    waits = [(int(r["aa_wait_minutes"]), r["custody_number"]) for r in table if r["aa_wait_minutes"]]
    worst = max(waits)
    assert worst[1] in text  # the record behind the worst wait, by custody number
    median = statistics.median(w for w, _ in waits)
    h, m = divmod(int(round(median)), 60)
    assert (f"{h} h {m} min" if h else f"{m} min") in text
    codes = {c for r in table for c in r["findings"].split(";") if c}
    for code in codes:
        assert code in text


def test_empty_period_and_byte_stability(secure_doc: Doc, make_record: MakeRecord) -> None:
    empty = scrutiny_pdf([], date(2026, 1, 1), date(2026, 1, 31))
    assert "Children detained 0" in pdf_text(empty)
    rows = scrutiny_rows([make_record(secure_doc)], NOW)
    assert scrutiny_pdf(rows, date(2026, 1, 1), date(2026, 12, 31)) == scrutiny_pdf(
        rows, date(2026, 1, 1), date(2026, 12, 31))


def test_rows_from_the_store_in_parallel_equal_one_process(tmp_path) -> None:  # noqa: ANN001
    from custody_app.reports.scrutiny import scrutiny_rows_from_store
    from custody_app.rules import DEFAULT_POLICY
    from custody_app.store import open_store

    db = tmp_path / "c.sqlite3"
    docs = list(generate_documents(24, seed=11, start=datetime(2026, 2, 1, tzinfo=UTC), span_days=60))
    with open_store(db) as store:
        for d in docs:
            store.import_record(parse_document(d))
    start, end = period_bounds(date(2026, 1, 1), date(2026, 12, 31))
    now = datetime(2027, 1, 1, tzinfo=UTC)
    serial = scrutiny_rows_from_store(str(db), start, end, now, DEFAULT_POLICY, min_parallel=10**9)
    parallel = scrutiny_rows_from_store(str(db), start, end, now, DEFAULT_POLICY, min_parallel=0)
    assert len(serial) == 24
    assert parallel == serial
