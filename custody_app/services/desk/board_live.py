"""The suite board: one row per child in custody, worded from the engine's Assessment.

Nothing here decides the law: every time, state and name comes from the Assessment
(`due`, `aa`, `detention_limit`, `next_review_due`); this module only words it.
"""

from __future__ import annotations

from datetime import datetime

from ...rules.assessment import Assessment, DueItem
from ...rules.policy import Policy
from ...rules.timecalc import show_duration
from .access import DeskStore, Evaluate
from .board_rows import FAR, BoardRow, Cell, countdown, most_urgent_first
from .observation import observation_level

# how much earlier than the warning window the detention limit turns amber (2 hours at 30)
LIMIT_WARNING_FACTOR = 4


def warning_minutes(code: str, policy: Policy) -> int:
    """The warning window of a due item: amber from this many minutes before it is due.
    A visit (due every 30 minutes or less) warns within the visit's grace (5 minutes), or
    it would be amber all the time; the detention limit warns four times earlier."""
    if code == "OBSERVATION":
        return min(policy.observation_grace_minutes, policy.due_soon_minutes)
    if code == "DETENTION_LIMIT":
        return policy.due_soon_minutes * LIMIT_WARNING_FACTOR
    return policy.due_soon_minutes


def due_cell(a: Assessment, item: DueItem | None) -> Cell:
    """A due item as the engine gave it: overdue (red), due within its window (amber), or neutral."""
    if item is None:
        return Cell("—")
    if item.due is None:
        return Cell("before the child leaves", "overdue" if item.overdue else "")
    return countdown(item.due, a.now, warning_minutes(item.code, a.policy), item.overdue)


def due_item(a: Assessment, code: str) -> DueItem | None:
    return next((d for d in a.due if d.code == code), None)


def aa_cell(a: Assessment) -> Cell:
    """The appropriate adult as the engine reads the record (`Assessment.aa`): the board,
    the record page and the forms show these words."""
    aa, now = a.aa, a.now
    if aa.state == "present":
        return Cell("present: " + ", ".join(aa.present) if aa.present else "present")
    if aa.state == "left":
        return Cell("left: none with the child now")
    if aa.state == "awaited":
        since = aa.awaited_since or aa.requested_at
        waited = f"awaited {show_duration(now - since)}" if since is not None else "awaited"
        arrival = due_cell(a, due_item(a, "AA_ARRIVAL"))
        lines = []
        if aa.inspector_alert:
            lines.append("INSPECTOR ALERT")
        if arrival.level == "overdue":
            lines.append(arrival.text.splitlines()[0])
        lines.append(waited)
        level = "overdue" if aa.inspector_alert or arrival.level == "overdue" else arrival.level
        return Cell("\n".join(lines), level)
    request = due_item(a, "AA_REQUEST")
    if request is None:
        return Cell("not requested")
    c = due_cell(a, request)
    first = c.text.splitlines()[0]
    return Cell(f"not requested\n{'request ' if c.level != 'overdue' else ''}{first}", c.level)


def stage_text(a: Assessment) -> str:
    if a.stage == "left":
        return f"left: {(a.left_how or '').replace('_', ' ')}".strip(": ")
    if a.stage == "pre_charge":
        reason = next((e.get("reason") for e in a.record.events if e.type == "arrested"), "offence")
        extra = {"warrant": " (warrant)", "breach_of_court_bail": " (breach of court bail)"}.get(reason, "")
        return "pre-charge" + extra
    acc = a.accommodation
    if not acc.applies:
        return "charged"
    if acc.certificate_issued:
        return "charged: certificate issued"
    if acc.requests:
        return "charged: awaiting accommodation"
    return "charged: bail refused"


def age_text(a: Assessment) -> str:
    doubt = a.record.child.age_in_doubt
    if a.age_at_arrival is None:
        return "age in doubt"
    return f"{a.age_at_arrival}" + (" (in doubt)" if doubt else "")


def limit_cell(a: Assessment) -> Cell:
    if a.stage != "pre_charge":
        return Cell("charged: limit no longer applies")
    if a.detention_limit is not None:
        item = due_item(a, "DETENTION_LIMIT")
        overdue = item.overdue if item is not None else None
        return countdown(a.detention_limit, a.now, warning_minutes("DETENTION_LIMIT", a.policy), overdue)
    reason = next((e.get("reason") for e in a.record.events if e.type == "arrested"), "offence")
    if reason == "warrant":
        return Cell("no PACE limit (warrant)")
    return Cell("not yet known:\nno arrival at the station")


def next_due_cell(a: Assessment) -> tuple[Cell, int, tuple[int, datetime]]:
    """The most urgent item, the count overdue, and the row's sort key."""
    overdue = [d for d in a.due if d.overdue]
    dated = [d for d in a.due if d.due is not None]
    far = a.now + FAR
    if overdue:
        worst = min(overdue, key=lambda d: d.due or a.now)
        more = f" (+{len(overdue) - 1} more)" if len(overdue) > 1 else ""
        cell = Cell(f"OVERDUE: {worst.label}{more}", "overdue")
    elif dated:
        first = min(dated, key=lambda d: d.due or far)
        c = due_cell(a, first)
        cell = Cell(f"{first.label} {c.text.splitlines()[0]}", c.level)
    else:
        cell = Cell("nothing due")
    key = (0 if overdue else 1, min((d.due or far for d in (overdue or dated)), default=far))
    return cell, len(overdue), key


def review_cell(a: Assessment) -> Cell:
    item = due_item(a, "REVIEW")
    if item is not None:
        return due_cell(a, item)
    return countdown(a.next_review_due, a.now, a.policy.due_soon_minutes) if a.next_review_due else Cell("—")


def board_row(a: Assessment) -> BoardRow:
    """The board's words for this child at the Assessment's instant."""
    start = a.arrived_at or a.arrested_at
    visit = due_item(a, "OBSERVATION")
    next_visit = due_cell(a, visit)
    if visit is not None:  # the level in force under its countdown: "Level 2: rousing"
        next_visit = Cell(f"{next_visit.text}\n{observation_level(a).short}", next_visit.level)
    next_due, overdue_count, key = next_due_cell(a)
    return BoardRow(
        custody_number=a.record.custody_number, name=a.record.child.name, age=Cell(age_text(a)),
        in_custody=Cell(show_duration(a.now - start) if start <= a.now else "not yet arrived"),
        limit=limit_cell(a), next_review=review_cell(a),
        appropriate_adult=aa_cell(a), next_visit=next_visit, stage=Cell(stage_text(a)),
        next_due=next_due, overdue_count=overdue_count, sort_key=key, inspector_alert=a.aa.inspector_alert,
    )


def board(store: DeskStore, now: datetime, policy: Policy, evaluate: Evaluate) -> list[BoardRow]:
    """Every child in custody now, most urgent first, judged by the engine now."""
    return most_urgent_first([board_row(evaluate(record, now, policy)) for record in store.in_custody()])


def clock_line(a: Assessment, item: DueItem) -> Cell:
    """One line of the record page's "due" list, worded as the board words it, at its own level."""
    cell = due_cell(a, item)
    when = cell.text.splitlines()[0] if item.due else "before the child leaves"
    return Cell(f"{'OVERDUE: ' if item.overdue else ''}{item.label} — {when}", cell.level)


def clock_lines(a: Assessment) -> list[Cell]:
    """The record page's "due" list: the appropriate adult, then each due item, overdue first,
    each line at its own level (an inspector alert reddens the adult's line, not the others)."""
    aa = aa_cell(a)
    far = a.now + FAR
    due = sorted(a.due, key=lambda d: (not d.overdue, d.due or far))
    return [Cell(f"Appropriate adult: {aa.text.replace(chr(10), '; ')}", aa.level),
            *(clock_line(a, d) for d in due)]
