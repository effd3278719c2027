"""The scrutiny report over a period: totals, waits, time after charge, findings, worst cases.

For the force's scrutiny panel (police, youth justice, liaison and diversion).
The period is Europe/London calendar days, inclusive; a detention belongs to it
when its arrival at the station (else its arrest) falls inside.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from ..domain import LONDON, Record
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show
from .facts import arrival_of
from .layout import DEFAULT_MARKING, PageInfo, policy_words, printed_words, render
from .panel_csv import data_dictionary, scrutiny_csv
from .panel_row import ScrutinyRow, scrutiny_row
from .panel_story import day, story

TITLE = "Scrutiny report"
__all__ = ["data_dictionary", "scrutiny_csv", "scrutiny_pdf", "scrutiny_rows",
           "period_bounds", "in_period"]


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


def scrutiny_pdf(rows: Sequence[ScrutinyRow], date_from: date, date_to: date,
                 force: str | None = None, suite: str | None = None, *, judged_at: datetime | None = None,
                 printed_at: datetime | None = None, printed_by: str | None = None,
                 marking: str | None = None, policy: Policy = DEFAULT_POLICY, store_head: str | None = None) -> bytes:
    """The report; `judged_at` is the instant the findings were judged at (the end of the period,
    or now for a period not over); `store_head` (STORE:N:H) the store it was made from."""
    forces = sorted({r.force for r in rows})
    suites = sorted({r.suite for r in rows})
    judged = judged_at or max((r.end for r in rows), default=period_bounds(date_from, date_to)[1])
    info = PageInfo(
        title=f"{TITLE}, {day(date_from)} to {day(date_to)}",
        force=force or (", ".join(forces) if forces else "All forces"),
        suite=suite or (", ".join(suites) if suites else "All suites"),
        subject="Scrutiny of children detained in police custody",
        marking=marking or policy.protective_marking or DEFAULT_MARKING,
        printed=printed_words(printed_at or judged, printed_by),
        policy=policy_words(policy),
        check=f"Judged at {show(judged)}; the CSV holds one row per detention with a data dictionary."
              + (f" Store head {store_head} (custody-app verify --head)." if store_head else ""),
    )
    return render(story(rows, date_from, date_to, judged), info)
