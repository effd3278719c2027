"""The board's words: cells and rows, and how a time is worded at an instant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ...domain.age import london_date
from ...rules.timecalc import show, show_duration

FAR = timedelta(days=3650)


@dataclass(frozen=True)
class Cell:
    """One board cell: its words, and a level that only reinforces them (one colour each:
    "overdue" red, "soon" amber: due within the warning window, "" neutral)."""

    text: str
    level: str = ""


@dataclass(frozen=True)
class BoardRow:
    """One child on the board, worded at an instant."""

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
    inspector_alert: bool = False


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
    """'in 25 min' (amber when due within `soon_minutes`) or 'OVERDUE 10 min' (red)."""
    if due is None:
        return Cell("—")
    left = due - now
    late = overdue if overdue is not None else left.total_seconds() < 0
    if late:
        return Cell(f"OVERDUE {show_duration(-left) if left.total_seconds() < 0 else ''}".strip()
                    + f"\n(due {show(due, with_date=False)})", "overdue")
    text = f"in {show_duration(left)}\n({show(due, with_date=False)})"
    return Cell(text, "soon" if left <= timedelta(minutes=soon_minutes) else "")


def suite_summary(rows: list[BoardRow]) -> str:
    """'6 children; 2 with something OVERDUE' (no names: the sign-in screen shows it too)."""
    overdue = sum(1 for r in rows if r.overdue_count)
    return (f"{len(rows)} {'child' if len(rows) == 1 else 'children'}"
            + (f"; {overdue} with something OVERDUE" if overdue else "; nothing overdue"))


def most_urgent_first(rows: list[BoardRow]) -> list[BoardRow]:
    """Overdue first, then the soonest due."""
    return sorted(rows, key=lambda r: r.sort_key)
