"""The scrutiny CSV: one row per detention, with its data dictionary.

Date-times are written twice: Europe/London local time as "YYYY-MM-DD HH:MM:SS" (a
spreadsheet reads it as a date and time), with the zone (GMT or BST) beside it, and
UTC in the same form. Text that a spreadsheet would take for a formula (starting
with = + - @, a tab or a carriage return) is written with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from ..domain import LONDON
from ..rules.timecalc import zone_abbreviation
from .panel_row import ScrutinyRow

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _local(v: datetime | None) -> str:
    return "" if v is None else v.astimezone(LONDON).strftime("%Y-%m-%d %H:%M:%S")


def _zone(v: datetime | None) -> str:
    return "" if v is None else zone_abbreviation(v)


def _utc(v: datetime | None) -> str:
    return "" if v is None else v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _num(v: float | None) -> str:
    return "" if v is None else f"{v:.1f}"


def _int(v: int | None) -> str:
    return "" if v is None else str(v)


def _yn(v: bool) -> str:
    return "yes" if v else "no"


# (column, meaning, values or unit, how it is computed from the row)
COLUMNS: tuple[tuple[str, str, str, Callable[[ScrutinyRow], str]], ...] = (
    ("custody_number", "The custody record's number", "text", lambda r: r.custody_number),
    ("force", "The force", "text", lambda r: r.force),
    ("suite", "The custody suite the record names", "text", lambda r: r.suite),
    ("sex", "The child's sex as recorded", "female, male, not_known", lambda r: r.sex),
    ("age_at_arrival", "Age in whole years on the UK date of arrival", "years; empty: not known",
     lambda r: _int(r.age_at_arrival)),
    ("looked_after", "Looked after by a local authority (in care, or accommodated under Children Act 1989 s20)",
     "yes, no", lambda r: _yn(r.looked_after)),
    ("arrived_local", "Arrival at the station (else the arrest), UK local time", "date and time",
     lambda r: _local(r.arrived_at)),
    ("arrived_zone", "The UK zone of arrived_local", "GMT, BST", lambda r: _zone(r.arrived_at)),
    ("arrived_utc", "Arrival, UTC", "date and time", lambda r: _utc(r.arrived_at)),
    ("left_local", "Left police detention (released or transferred), UK local time",
     "date and time; empty: still detained", lambda r: _local(r.left_at)),
    ("left_zone", "The UK zone of left_local", "GMT, BST", lambda r: _zone(r.left_at)),
    ("left_utc", "Left police detention, UTC", "date and time", lambda r: _utc(r.left_at)),
    ("hours_in_custody", "Arrival to leaving, elapsed", "hours, 1 decimal", lambda r: _num(r.hours_in_custody)),
    ("overnight", "Held at least 4 hours between 00:00 and 08:00 UK time on one night", "yes, no",
     lambda r: _yn(r.overnight)),
    ("overnight_hours", "The most hours between 00:00 and 08:00 UK time on any one night", "hours, 1 decimal",
     lambda r: _num(r.overnight_minutes / 60)),
    ("overnight_after_charge", "Held overnight (as above) after charge", "yes, no",
     lambda r: _yn(r.overnight_after_charge)),
    ("charged_local", "The first charge, UK local time", "date and time; empty: not charged",
     lambda r: _local(r.charged_at)),
    ("charged_utc", "The first charge, UTC", "date and time", lambda r: _utc(r.charged_at)),
    ("bail_refused", "Bail refused after charge (or no decision recorded in time: counted as refused)",
     "yes, no", lambda r: _yn(r.bail_refused)),
    ("la_requests_non_secure", "Requests to the local authority for non-secure accommodation", "count",
     lambda r: str(r.la_requests_non_secure)),
    ("la_requests_secure", "Requests to the local authority for secure accommodation", "count",
     lambda r: str(r.la_requests_secure)),
    ("la_refusals", "Answers from the local authority: not provided", "count", lambda r: str(r.la_refusals)),
    ("first_answer_minutes", "First request to the authority's first answer", "minutes",
     lambda r: _int(r.first_answer_minutes)),
    ("escalations", "Escalations when accommodation was not found", "count", lambda r: str(r.escalations)),
    ("transferred_to", "Where the child was transferred",
     "la_non_secure, la_secure, other_station, court, hospital; empty: not transferred",
     lambda r: r.transferred_to or ""),
    ("hours_charge_to_departure", "Charge to leaving, elapsed", "hours, 1 decimal",
     lambda r: _num(r.hours_charge_to_departure)),
    ("aa_wait_minutes", "Appropriate adult: first request to first arrival", "minutes",
     lambda r: _int(r.aa_wait_minutes)),
    ("certificates", "s38(6) certificates made", "count", lambda r: str(len(r.certificates))),
    ("certificates_printable", "Of those, certificates the application would print", "count",
     lambda r: str(sum(1 for c in r.certificates if c.printable))),
    ("certificate_grounds", "Ground of each certificate, in order",
     "impracticable, no_secure_accommodation; separated by ;", lambda r: ";".join(c.ground for c in r.certificates)),
    ("certificates_not_printable_because", "Codes that stop a certificate printing",
     "finding codes separated by ;", lambda r: ";".join(dict.fromkeys(
         code for c in r.certificates for code in c.reasons))),
    ("findings_count", "Findings (RULES.md section 3)", "count", lambda r: str(len(r.findings))),
    ("findings", "Finding codes, in the engine's order", "codes separated by ;", lambda r: ";".join(r.finding_codes)),
)
CSV_COLUMNS = tuple(c[0] for c in COLUMNS)


def neutralised(value: str) -> str:
    """Text a spreadsheet would run as a formula, made plain text."""
    return "'" + value if value.startswith(FORMULA_START) else value


def scrutiny_csv(rows: Sequence[ScrutinyRow]) -> str:
    """One row per detention, exactly the columns of CSV_COLUMNS."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([neutralised(get(row)) for _, _, _, get in COLUMNS])
    return out.getvalue()


def data_dictionary(judged_at: datetime) -> str:
    """What each column means, as a CSV of its own."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["column", "meaning", "values or unit"])
    for name, meaning, unit, _ in COLUMNS:
        writer.writerow([name, meaning, unit])
    writer.writerow(["(all)", f"Findings judged at {_local(judged_at)} {_zone(judged_at)} ({_utc(judged_at)} UTC); "
                     "text starting with = + - @ is written with a leading apostrophe", ""])
    return out.getvalue()
