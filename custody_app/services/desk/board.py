"""The suite board: one row per child in custody, from the engine's assessment."""


from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ...domain import Record, as_of, london_date
from ...rules.assessment import Assessment
from ...rules.policy import Policy
from ...rules.timecalc import show, show_duration
from .access import DeskStore, Evaluate


@dataclass(frozen=True)
class Cell:
    text: str
    level: str = ""  # "" | "soon" | "overdue" (shown with words, never colour alone)


@dataclass(frozen=True)
class BoardRow:
    custody_number: str
    name: str
    age: Cell
    in_custody: Cell
    limit: Cell
    next_review: Cell
    appropriate_adult: Cell
    next_visit: Cell
    stage: Cell
    next_due: Cell
    overdue_count: int
    sort_key: tuple[int, datetime]


def short_time(dt: datetime | None, now: datetime) -> str:
    """'05:25 BST' today, 'Sat 23:10 GMT' within a week, else with the date."""
    if dt is None:
        return "—"
    days = abs((london_date(dt) - london_date(now)).days)
    if days == 0:
        return show(dt, with_date=False)
    local = show(dt)
    return local[:4] + local[-9:] if days < 6 else local


def countdown(due: datetime | None, now: datetime, soon_minutes: int, overdue: bool | None = None) -> Cell:
    """'in 25 min' (amber when due within the policy figure) or 'OVERDUE 10 min' (red)."""
    if due is None:
        return Cell("—")
    left = due - now
    late = overdue if overdue is not None else left.total_seconds() < 0
    if late:
        return Cell(f"OVERDUE {show_duration(-left) if left.total_seconds() < 0 else ''}".strip()
                    + f"\n(due {show(due, with_date=False)})", "overdue")
    text = f"in {show_duration(left)}\n({show(due, with_date=False)})"
    return Cell(text, "soon" if left <= timedelta(minutes=soon_minutes) else "")


def aa_state(record: Record, now: datetime) -> tuple[str, datetime | None, bool]:
    """('not requested' | 'waiting' | 'present' | 'left', since, present)."""
    state, since = "not requested", None
    for ev in as_of(record, now):
        if ev.type == "aa_requested" and state in ("not requested", "left"):
            state, since = "waiting", ev.at
        elif ev.type == "aa_arrived":
            state, since = "present", ev.at
        elif ev.type == "aa_left" and state == "present":
            state, since = "left", ev.at
    return state, since, state == "present"


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


def board_row(a: Assessment) -> BoardRow:
    now, soon = a.now, a.policy.due_soon_minutes
    record = a.record
    due_by_code = {d.code: d for d in a.due}
    start = a.arrived_at or a.arrested_at
    age = Cell("age in doubt" if record.child.age_in_doubt and a.age_at_arrival is None
               else f"{a.age_at_arrival}" + (" (in doubt)" if record.child.age_in_doubt else ""))
    if a.detention_limit is not None and a.stage == "pre_charge":
        limit = countdown(a.detention_limit, now, soon * 4)  # the limit warns earlier: 2 hours at 30
    elif a.stage == "pre_charge":
        limit = Cell("no PACE limit (warrant)")
    else:
        limit = Cell("charged: limit no longer applies")
    review_item = due_by_code.get("REVIEW")
    next_review = countdown(a.next_review_due, now, soon, review_item.overdue if review_item else None)
    state, since, _ = aa_state(record, now)
    if state == "waiting" and since is not None:
        aa_item = due_by_code.get("AA_ARRIVAL")
        waited = show_duration(now - since)
        level = "overdue" if aa_item and aa_item.overdue else ""
        aa = Cell(("OVERDUE\n" if level else "") + f"waiting {waited}", level)
    elif state == "not requested":
        item = due_by_code.get("AA_REQUEST")
        aa = Cell(("OVERDUE\n" if item and item.overdue else "") + "not requested",
                  "overdue" if item and item.overdue else "soon")
    else:
        aa = Cell(state)
    visit = due_by_code.get("OBSERVATION")
    next_visit = countdown(visit.due, now, soon, visit.overdue) if visit else Cell("—")
    dated = [d for d in a.due if d.due is not None]
    overdue = [d for d in a.due if d.overdue]
    first = min(dated, key=lambda d: d.due or now) if dated else None
    if overdue:
        worst = min(overdue, key=lambda d: d.due or now)
        next_due = Cell(f"OVERDUE: {worst.label}" + (f" (+{len(overdue) - 1} more)" if len(overdue) > 1 else ""),
                        "overdue")
    elif first is not None and first.due is not None:
        c = countdown(first.due, now, soon)
        next_due = Cell(f"{first.label} {c.text.splitlines()[0]}", c.level)
    else:
        next_due = Cell("nothing due")
    far = now + timedelta(days=3650)
    sort_key = (0 if overdue else 1, min((d.due or far for d in (overdue or dated)), default=far))
    return BoardRow(
        custody_number=record.custody_number, name=record.child.name, age=age,
        in_custody=Cell(show_duration(now - start) if start <= now else "not yet arrived"),
        limit=limit, next_review=next_review, appropriate_adult=aa, next_visit=next_visit,
        stage=Cell(stage_text(a)), next_due=next_due, overdue_count=len(overdue), sort_key=sort_key,
    )


def board(store: DeskStore, now: datetime, policy: Policy, evaluate: Evaluate) -> list[BoardRow]:
    """Every child in custody now, most urgent first (overdue first, then the soonest due)."""
    rows = [board_row(evaluate(r, now, policy)) for r in store.in_custody()]
    return sorted(rows, key=lambda r: r.sort_key)


# --- booking in ---------------------------------------------------------------------

