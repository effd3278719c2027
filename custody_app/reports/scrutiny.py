"""The scrutiny report over a period: totals, waits, time after charge, findings, worst cases.

For the force's scrutiny panel (police, youth justice, liaison and diversion).
The period is Europe/London calendar days, inclusive; a detention belongs to it
when its arrival at the station (else its arrest) falls inside.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..domain import LONDON, Record
from ..rules import codes
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show
from . import words as W
from .charts import binned, histogram
from .facts import CSV_COLUMNS, ScrutinyRow, arrival_of, scrutiny_row
from .fonts import REGULAR
from .layout import PageInfo, grid, para, render, section, text

TITLE = "Scrutiny report"
WORST_LISTED = 10
AA_EDGES = (0, 30, 60, 120, 240, 480)
AA_LABELS = ("<30", "30–59", "60–119", "120–239", "240–479", "480+")
CHARGE_EDGES = (0, 2, 4, 8, 12, 24)
CHARGE_LABELS = ("<2", "2–4", "4–8", "8–12", "12–24", "24+")


def period_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """[start, end) in UTC for Europe/London calendar days date_from..date_to inclusive."""
    if date_to < date_from:
        raise ValueError(f"the period ends ({date_to}) before it starts ({date_from})")
    start = datetime.combine(date_from, time(0), tzinfo=LONDON).astimezone(UTC)
    end = datetime.combine(date_to + timedelta(days=1), time(0), tzinfo=LONDON).astimezone(UTC)
    return start, end


def in_period(record: Record, start: datetime, end: datetime) -> bool:
    return start <= arrival_of(record) < end


def scrutiny_rows(records: Iterable[Record], now: datetime, policy: Policy = DEFAULT_POLICY) -> list[ScrutinyRow]:
    """One row per detention, the engine's findings as they stand at `now`; in order of arrival."""
    from ..rules import evaluate

    rows = [scrutiny_row(evaluate(r, now, policy, whole_record=True)) for r in records]
    rows.sort(key=lambda r: (r.arrived_at or datetime.max.replace(tzinfo=UTC), r.custody_number))
    return rows


def _rows_part(db_path: str, start: datetime, end: datetime, now: datetime, policy: Policy,
               part: int, parts: int) -> list[ScrutinyRow]:
    from ..store import open_store

    with open_store(db_path, create=False) as store:
        return scrutiny_rows(store.records_arrived_between(start, end, part=part, parts=parts), now, policy)


def scrutiny_rows_from_store(db_path: str, start: datetime, end: datetime, now: datetime,
                             policy: Policy, *, min_parallel: int = 200) -> list[ScrutinyRow]:
    """The rows of every detention that arrived in [start, end), loading and judging the
    records in one process per core: parsing and evaluating a year of a busy suite is most
    of the report's time."""
    import os

    from ..store import open_store

    with open_store(db_path, create=False) as store:
        count = store.count_arrived_between(start, end)
        workers = min(os.cpu_count() or 1, 4)
        if count < min_parallel or workers < 2:
            return scrutiny_rows(store.records_arrived_between(start, end), now, policy)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
        futures = [pool.submit(_rows_part, db_path, start, end, now, policy, part, workers)
                   for part in range(1, workers)]
        rows = _rows_part(db_path, start, end, now, policy, 0, workers)  # this process takes a share too
        rows += [row for f in futures for row in f.result()]
    rows.sort(key=lambda r: (r.arrived_at or datetime.max.replace(tzinfo=UTC), r.custody_number))
    return rows


def scrutiny_csv(rows: Sequence[ScrutinyRow]) -> str:
    """One row per detention, exactly the columns of CSV_COLUMNS."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    from ..outputs import (
        csv_cell,  # a cell starting = + - @ is text to a spreadsheet, never a formula
    )

    for row in rows:
        writer.writerow({k: csv_cell(v) for k, v in row.csv_values().items()})
    return out.getvalue()


def scrutiny_pdf(rows: Sequence[ScrutinyRow], date_from: date, date_to: date,
                 force: str | None = None, suite: str | None = None) -> bytes:
    forces = sorted({r.force for r in rows})
    suites = sorted({r.suite for r in rows})
    info = PageInfo(
        title=f"{TITLE}, {_day(date_from)} to {_day(date_to)}",
        force=force or (", ".join(forces) if forces else "All forces"),
        suite=suite or (", ".join(suites) if suites else "All suites"),
        subject="Scrutiny of children detained in police custody",
    )
    return render(_story(rows, date_from, date_to), info)


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


GROUND_LETTER = {"impracticable": "ground (a)", "no_secure_accommodation": "ground (b)"}


def _codes(codes: Sequence[str]) -> Paragraph:
    unique = list(dict.fromkeys(codes))
    return para("<br/>".join(text(c) for c in unique) if unique else "none", "code", markup=True)


def _code_title(code: str) -> str:
    try:
        return codes.title(code)
    except KeyError:
        return ""


def _children(n: int) -> str:
    return "1 child" if n == 1 else f"{n} children"


def _hours(v: float | None) -> str:
    return "—" if v is None else f"{v:.1f} h"


def _minutes(v: float | None) -> str:
    if v is None:
        return "—"
    h, m = divmod(int(round(v)), 60)
    return f"{h} h {m} min" if h else f"{m} min"


def _stat(rows: Sequence[ScrutinyRow], value: Callable[[ScrutinyRow], float | int | None],
          fmt: Callable[[float | None], str]) -> list[object]:
    have = [(v, r) for r in rows if (v := value(r)) is not None]
    if not have:
        return [str(0), "—", "—", "—"]
    median = statistics.median(v for v, _ in have)
    worst, worst_row = max(have, key=lambda p: (p[0], p[1].custody_number))
    return [str(len(have)), fmt(median), fmt(worst), worst_row.custody_number]


def _story(rows: Sequence[ScrutinyRow], date_from: date, date_to: date) -> list[Flowable]:
    n = len(rows)
    charged = [r for r in rows if r.charged]
    refused = [r for r in rows if r.bail_refused]
    secure_requests = sum(r.la_requests_secure for r in rows)
    non_secure_requests = sum(r.la_requests_non_secure for r in rows)
    secure_children = sum(1 for r in rows if r.la_requests_secure)
    non_secure_children = sum(1 for r in rows if r.la_requests_non_secure)
    transfers = sum(1 for r in rows if r.transferred_to_la)
    grounds = Counter(r.certificate_ground for r in rows if r.certificate_ground)
    with_findings = sum(1 for r in rows if r.findings)
    story: list[Flowable] = [
        para("Scrutiny report: children in police custody", "title"),
        para(f"Detentions of children whose arrival at the station fell between {_day(date_from)} and "
             f"{_day(date_to)} inclusive (UK calendar days). For the scrutiny panel: police, youth "
             "justice, liaison and diversion. Durations are elapsed time.", "subtitle"),
    ]
    totals: list[list[object]] = [
        ["Measure", "Number"],
        ["Children detained", str(n)],
        ["of whom looked after (in local authority care)", str(sum(1 for r in rows if r.looked_after))],
        ["Charged", str(len(charged))],
        ["Charged and refused bail (the s38(6) duty arose)", str(len(refused))],
        ["Requests for non-secure local authority accommodation",
         f"{non_secure_requests} (for {_children(non_secure_children)})"],
        ["Requests for secure local authority accommodation",
         f"{secure_requests} (for {_children(secure_children)})"],
        ["Transfers to local authority accommodation achieved", f"{transfers} of {len(refused)} refused bail"],
        ["Certificates, ground (a): transfer impracticable", str(grounds.get("impracticable", 0))],
        ["Certificates, ground (b): no secure accommodation", str(grounds.get("no_secure_accommodation", 0))],
        ["Detentions with at least one finding", str(with_findings)],
    ]
    story += section("1. Totals", grid(totals, [7.5, 2.5]))

    stats: list[list[object]] = [["Measure", "Detentions", "Median", "Worst", "Worst case"]]
    stats.append(["Appropriate adult: first request to arrival",
                  *_stat(rows, lambda r: r.aa_wait_minutes, _minutes)])
    stats.append(["Charge to leaving, children refused bail",
                  *_stat(refused, lambda r: r.hours_charge_to_departure, _hours)])
    stats.append(["Charge to leaving, all children charged",
                  *_stat(charged, lambda r: r.hours_charge_to_departure, _hours)])
    stats.append(["Arrival to leaving, all children",
                  *_stat(rows, lambda r: r.hours_in_custody, _hours)])
    story += section("2. Waiting for an appropriate adult, and time in custody after charge",
                     grid(stats, [4.2, 1.3, 1.4, 1.4, 2.2]))

    aa_waits = [float(r.aa_wait_minutes) for r in rows if r.aa_wait_minutes is not None]
    after_charge = [v for r in refused if (v := r.hours_charge_to_departure) is not None]
    charts = Table([[
        histogram("Appropriate adult waits", AA_LABELS, binned(aa_waits, AA_EDGES),
                  "minutes from the first request to arrival (children)"),
        histogram("Hours after charge, bail refused", CHARGE_LABELS, binned(after_charge, CHARGE_EDGES),
                  "hours from charge to leaving the suite (children)"),
    ]], hAlign="LEFT")
    charts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    story += section("3. Charts", charts)

    counts: Counter[str] = Counter()
    children: Counter[str] = Counter()
    sources: dict[str, str] = {}
    for r in rows:
        for code, source in r.findings:
            counts[code] += 1
            sources.setdefault(code, source)
        for code in set(r.finding_codes):
            children[code] += 1
    if counts:
        table: list[list[object]] = [["Code", "Finding", "Findings", "Children", "Source"]]
        for code, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            table.append([para(code, "code"), _code_title(code), str(count), str(children[code]), sources[code]])
        story += section("4. Findings by code", grid(table, [3.3, 3.0, 1.1, 1.2, 2.4]))
    else:
        story += section("4. Findings by code", para("No findings in the period."))

    worst_aa = sorted((r for r in rows if r.aa_wait_minutes is not None),
                      key=lambda r: (-(r.aa_wait_minutes or 0), r.custody_number))[:WORST_LISTED]
    if worst_aa:
        table = [["Custody number", "Suite", "Arrived", "AA wait", "Findings"]]
        for r in worst_aa:
            table.append([r.custody_number, r.suite, show(r.arrived_at), _minutes(r.aa_wait_minutes),
                          _codes(r.finding_codes)])
        story += section("5. The longest waits for an appropriate adult", grid(table, [1.8, 1.6, 2.3, 1.2, 3.3]))
    worst_charge = sorted((r for r in refused if r.hours_charge_to_departure is not None),
                          key=lambda r: (-(r.hours_charge_to_departure or 0.0), r.custody_number))[:WORST_LISTED]
    if worst_charge:
        table = [["Custody number", "Suite", "Charged", "Hours after charge", "Moved to LA", "Certificate"]]
        for r in worst_charge:
            table.append([r.custody_number, r.suite, show(r.charged_at), _hours(r.hours_charge_to_departure),
                          W.yes_no(r.transferred_to_la),
                          W.word(GROUND_LETTER, r.certificate_ground) if r.certificate_ground else "none"])
        story += section("6. The longest detentions after charge, children refused bail",
                         grid(table, [1.9, 1.9, 2.4, 1.3, 1.2, 1.6]))
    if not rows:
        story.append(para("No detention of a child arrived in this period."))
    return story
