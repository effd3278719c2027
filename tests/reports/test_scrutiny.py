"""The scrutiny report: the CSV's columns and values, the PDF's totals, the period's days."""

from __future__ import annotations

import csv
import io
import statistics
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from custody_app.domain import Record, parse_document
from custody_app.reports.scrutiny import (
    in_period,
    period_bounds,
    scrutiny_csv,
    scrutiny_pdf,
    scrutiny_rows,
)
from custody_app.sample import generate_documents

from .conftest import Doc, assert_a4_fonts_embedded, event, load_doc, pdf_pages, pdf_text

MakeRecord = Callable[[Doc], Record]
NOW = datetime(2027, 6, 1, tzinfo=UTC)
COLUMNS = ("custody_number, force, suite, sex, age_at_arrival, looked_after, arrived_local, arrived_zone, "
           "arrived_utc, left_local, left_zone, left_utc, hours_in_custody, overnight, overnight_hours, "
           "overnight_after_charge, charged_local, charged_utc, bail_refused, la_requests_non_secure, "
           "la_requests_secure, la_refusals, first_answer_minutes, escalations, transferred_to, "
           "hours_charge_to_departure, aa_wait_minutes, certificates, certificates_printable, certificate_grounds, "
           "certificates_not_printable_because, findings_count, findings").split(", ")
JUDGED = {"judged_at": NOW, "printed_at": NOW, "printed_by": "Supt 1 Panel"}


def _csv(rows_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(rows_text)))


def test_csv_columns_exactly(secure_doc: Doc, make_record: MakeRecord) -> None:
    text = scrutiny_csv(scrutiny_rows([make_record(secure_doc)], NOW))
    assert next(csv.reader(io.StringIO(text))) == COLUMNS


def test_csv_values_for_a_known_record(secure_doc: Doc, make_record: MakeRecord) -> None:
    [row] = _csv(scrutiny_csv(scrutiny_rows([make_record(secure_doc)], NOW)))
    assert row == {
        "custody_number": "EX-26-000002", "force": "Example Police", "suite": "Example Suite",
        "sex": "not_known", "age_at_arrival": "16", "looked_after": "no",
        "arrived_local": "2026-11-03 10:25:00", "arrived_zone": "GMT", "arrived_utc": "2026-11-03 10:25:00",
        "left_local": "2026-11-04 09:35:00", "left_zone": "GMT", "left_utc": "2026-11-04 09:35:00",
        "hours_in_custody": "23.2",  # 23 h 10 min
        "overnight": "yes", "overnight_hours": "8.0", "overnight_after_charge": "yes",
        "charged_local": "2026-11-03 17:35:00", "charged_utc": "2026-11-03 17:35:00",
        "bail_refused": "yes", "la_requests_non_secure": "0", "la_requests_secure": "1", "la_refusals": "1",
        "first_answer_minutes": "60", "escalations": "1", "transferred_to": "court",
        "hours_charge_to_departure": "16.0", "aa_wait_minutes": "65",
        "certificates": "1", "certificates_printable": "1", "certificate_grounds": "no_secure_accommodation",
        "certificates_not_printable_because": "",
        "findings_count": "1", "findings": "POST_CHARGE_DETENTION_LONG",
    }


def test_csv_local_times_in_summer_and_formulas_neutralised(secure_doc: Doc, make_record: MakeRecord) -> None:
    for e in secure_doc["events"]:
        e["at"] = e["at"].replace("2026-11-03", "2026-07-03").replace("2026-11-04", "2026-07-04")
    secure_doc["suite"] = "=HYPERLINK(\"http://x\")"
    secure_doc["force"] = "@SUM(A1)"
    [row] = _csv(scrutiny_csv(scrutiny_rows([make_record(secure_doc)], NOW)))
    assert (row["arrived_local"], row["arrived_zone"], row["arrived_utc"]) == (
        "2026-07-03 11:25:00", "BST", "2026-07-03 10:25:00")
    assert row["suite"] == "'=HYPERLINK(\"http://x\")" and row["force"] == "'@SUM(A1)"
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@"))


def test_data_dictionary_explains_every_column() -> None:
    from custody_app.reports.scrutiny import data_dictionary

    table = _csv(data_dictionary(NOW))
    assert [r["column"] for r in table][:len(COLUMNS)] == COLUMNS
    assert all(r["meaning"] for r in table)
    assert "between 00:00 and 08:00" in next(r["meaning"] for r in table if r["column"] == "overnight")


def test_overnight_is_4_hours_between_midnight_and_8_in_london() -> None:
    from custody_app.reports.panel_row import overnight_minutes

    def at(text: str) -> datetime:
        return datetime.fromisoformat(text)

    assert overnight_minutes(at("2026-11-03T22:00:00+00:00"), at("2026-11-04T04:00:00+00:00")) == 240
    assert overnight_minutes(at("2026-11-03T22:00:00+00:00"), at("2026-11-04T03:59:00+00:00")) == 239
    # summer: 00:00-08:00 BST is 23:00-07:00 UTC
    assert overnight_minutes(at("2026-07-03T23:00:00+00:00"), at("2026-07-04T03:00:00+00:00")) == 240
    # the night the clocks go back: 00:00-08:00 local is 9 elapsed hours
    assert overnight_minutes(at("2026-10-24T22:00:00+00:00"), at("2026-10-25T12:00:00+00:00")) == 540
    # the night they go forward: 7 elapsed hours
    assert overnight_minutes(at("2026-03-28T22:00:00+00:00"), at("2026-03-29T12:00:00+00:00")) == 420
    # two nights: the longer one counts, never the sum
    assert overnight_minutes(at("2026-11-03T02:00:00+00:00"), at("2026-11-04T03:00:00+00:00")) == 360


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
    assert (moved["transferred_to"], moved["hours_charge_to_departure"], moved["overnight"]) == (
        "la_secure", "3.4", "no")
    b = rows[bailed["custody_number"]]
    assert (b["charged_local"] != "", b["bail_refused"], b["la_requests_secure"], b["certificates"],
            b["findings"]) == (True, "no", "0", "0", "")


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


def test_pdf_states_the_figures_with_definitions(secure_doc: Doc, make_record: MakeRecord) -> None:
    records = [make_record(secure_doc), make_record(load_doc("bailed"))]
    data = scrutiny_pdf(scrutiny_rows(records, NOW), date(2026, 1, 1), date(2026, 12, 31), **JUDGED)
    text = pdf_text(data)
    for fact in (
        "Scrutiny report", "1 January 2026 to 31 December 2026",
        "judged at Tue 01 Jun 2027 01:00 BST",
        "Detentions 2", "Children 2", "Held overnight 1 50.0% at least 4 hours between 00:00 and 08:00 UK time "
        "(Europe/London) on one night",
        "Charged 2 100.0%", "Refused bail after charge 1 50.0%",
        "Held overnight after charge 1 50.0%",
        "Asked for secure accommodation 1 50.0%", "The authority said it could not provide 1 100.0%",
        "Escalated 1 100.0%",
        "Moved to secure local authority accommodation 0 0.0%",
        "The authority's answer time (median) 1 h 0 min",
        "Printable 1 100.0%", "Not printable 0 0.0%",
        "Reason given: no secure accommodation available 1 100.0%",
        "3. By age at arrival", "4. By sex", "5. By looked-after status", "6. By suite", "7. By month of arrival",
        "2026-11", "not looked after",
        "POST_CHARGE_DETENTION_LONG", "Appropriate adult waits", "Time after charge, bail refused",
        "minutes from the first request to arrival", "detentions",
        "EX-26-000002", "Printed Tue 01 Jun 2027 01:00 BST by Supt 1 Panel",
    ):
        assert fact in text, fact
    pages = pdf_pages(data)
    for i, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"Page {i} of {len(pages)}" in flat and flat.count("OFFICIAL-SENSITIVE") >= 2
    assert_a4_fonts_embedded(data)


def test_certificates_the_application_refuses_are_not_printable(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e21").update(ground="impracticable", reasons=["childs_behaviour"])
    rows = scrutiny_rows([make_record(secure_doc)], NOW)
    text = pdf_text(scrutiny_pdf(rows, date(2026, 1, 1), date(2026, 12, 31), **JUDGED))
    assert "Printable 0 0.0%" in text and "Not printable 1 100.0%" in text
    assert "because IMPRACTICABLE_INVALID_REASON 1" in text
    [row] = _csv(scrutiny_csv(rows))
    assert (row["certificates"], row["certificates_printable"]) == ("1", "0")
    assert row["certificates_not_printable_because"] == "IMPRACTICABLE_INVALID_REASON"


def test_children_are_counted_apart_from_detentions(secure_doc: Doc, make_record: MakeRecord) -> None:
    again = dict(secure_doc, custody_number="EX-26-000099")
    text = pdf_text(scrutiny_pdf(scrutiny_rows([make_record(secure_doc), make_record(again)], NOW),
                                 date(2026, 1, 1), date(2026, 12, 31), **JUDGED))
    assert "Detentions 2" in text and "Children 1" in text


def test_pdf_agrees_with_the_csv_on_generated_records() -> None:
    docs = generate_documents(150, seed=11, start=datetime(2026, 1, 1, tzinfo=UTC), span_days=365)
    rows = scrutiny_rows((parse_document(d) for d in docs), NOW)
    table = _csv(scrutiny_csv(rows))
    assert len(table) == 150
    text = pdf_text(scrutiny_pdf(rows, date(2026, 1, 1), date(2026, 12, 31), **JUDGED))
    assert f"Detentions {len(table)}" in text
    charged = sum(r["charged_local"] != "" for r in table)
    assert f"Charged {charged}" in text
    overnight = sum(r["overnight"] == "yes" for r in table)
    assert f"Held overnight {overnight} {100 * overnight / 150:.1f}%" in text
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
    empty = scrutiny_pdf([], date(2026, 1, 1), date(2026, 1, 31), **JUDGED)
    assert "Detentions 0" in pdf_text(empty)
    rows = scrutiny_rows([make_record(secure_doc)], NOW)
    assert scrutiny_pdf(rows, date(2026, 1, 1), date(2026, 12, 31), **JUDGED) == scrutiny_pdf(
        rows, date(2026, 1, 1), date(2026, 12, 31), **JUDGED)


def test_rows_from_the_store_in_parallel_equal_one_process(tmp_path) -> None:  # noqa: ANN001
    from custody_app.rules import DEFAULT_POLICY
    from custody_app.services.scrutiny_store import scrutiny_rows_from_store
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
