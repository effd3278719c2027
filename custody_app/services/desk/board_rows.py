"""The board's rows: what the engine decided about a child, without the clock, and
that decision read at an instant.

`BoardFacts` is the engine's judgement of one child with every time kept as an
instant ("the review is due at 05:25"), so it stays true until an entry is added,
the policy changes, or `until` passes. `row_at(facts, now)` turns it into the
words on the board ("in 25 min", "OVERDUE 10 min"). The live board and the board
of a start-up (from the facts kept in the store) both go through `row_at`, so they
cannot word anything differently. This module does not import the engine: the
desk's first paint needs only this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from ...domain.age import london_date
from ...rules.timecalc import show, show_duration

FAR = timedelta(days=3650)


@dataclass(frozen=True)
class Cell:
    """One board cell: its words, and a level that only reinforces them."""

    text: str
    level: str = ""  # "" | "soon" | "overdue" (shown with words, never colour alone)


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


@dataclass(frozen=True)
class Due:
    """One item of the engine's `due`, without its overdue flag (that is `at` < now)."""

    code: str
    label: str
    at: datetime | None


@dataclass(frozen=True)
class BoardFacts:
    """The engine's judgement of one child in custody, every time an instant."""

    custody_number: str
    name: str
    age: str
    start: datetime  # arrival (or arrest): time in custody counts from here
    limit: str  # "pace" (limit_at), "warrant" (no PACE limit), "unknown" (no arrival yet) or "charged"
    limit_at: datetime | None
    next_review: datetime | None
    aa: str  # "not requested" | "waiting" | "present" | "left"
    aa_since: datetime | None
    aa_due: datetime | None  # the request (not requested) or the arrival (waiting) is due
    next_visit: datetime | None
    stage: str
    due: tuple[Due, ...]
    soon_minutes: int
    judged_at: datetime
    until: datetime | None  # the judgement may change here without any entry (None: it does not)

    def holds_at(self, now: datetime) -> bool:
        """Whether the engine, judging now, would decide the same (only the clock has moved)."""
        return self.judged_at <= now and (self.until is None or now < self.until)

    def same_judgement(self, other: BoardFacts) -> bool:
        """The same decisions, whenever each was made."""
        return replace(self, judged_at=other.judged_at, until=other.until) == other

    def to_json(self) -> str:
        d: dict[str, Any] = {k: _iso(v) for k, v in self.__dict__.items() if k != "due"}
        d["due"] = [[x.code, x.label, _iso(x.at)] for x in self.due]
        return json.dumps(d, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BoardFacts:
        """Raises ValueError (or KeyError, TypeError) when the text is not what to_json wrote."""
        d = json.loads(text)
        due = tuple(Due(str(c), str(label), _instant(at)) for c, label, at in d.pop("due"))
        times = ("start", "limit_at", "next_review", "aa_since", "aa_due", "next_visit", "judged_at", "until")
        fields: dict[str, Any] = {k: _instant(v) if k in times else v for k, v in d.items()}
        facts = cls(due=due, **fields)
        if not isinstance(facts.start, datetime) or not isinstance(facts.judged_at, datetime):
            raise ValueError("board facts without a start or a judgement time")
        return facts


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


# --- wording at an instant ----------------------------------------------------------

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


def _overdue(at: datetime | None, now: datetime) -> bool:
    return at is not None and at < now


def _aa_cell(f: BoardFacts, now: datetime) -> Cell:
    late = _overdue(f.aa_due, now)
    if f.aa == "waiting" and f.aa_since is not None:
        return Cell(("OVERDUE\n" if late else "") + f"waiting {show_duration(now - f.aa_since)}",
                    "overdue" if late else "")
    if f.aa == "not requested":
        return Cell(("OVERDUE\n" if late else "") + "not requested", "overdue" if late else "soon")
    return Cell(f.aa)


def _limit_cell(f: BoardFacts, now: datetime) -> Cell:
    if f.limit == "pace":
        return countdown(f.limit_at, now, f.soon_minutes * 4)  # the limit warns earlier: 2 hours at 30
    if f.limit == "warrant":
        return Cell("no PACE limit (warrant)")
    if f.limit == "unknown":
        return Cell("not yet known:\nno arrival at the station")
    return Cell("charged: limit no longer applies")


def row_at(f: BoardFacts, now: datetime) -> BoardRow:
    """The board's words for this child at `now`."""
    soon = f.soon_minutes
    dated = [d for d in f.due if d.at is not None]
    overdue = [d for d in f.due if _overdue(d.at, now)]
    first = min(dated, key=lambda d: d.at or now) if dated else None
    if overdue:
        worst = min(overdue, key=lambda d: d.at or now)
        next_due = Cell(f"OVERDUE: {worst.label}" + (f" (+{len(overdue) - 1} more)" if len(overdue) > 1 else ""),
                        "overdue")
    elif first is not None and first.at is not None:
        c = countdown(first.at, now, soon)
        next_due = Cell(f"{first.label} {c.text.splitlines()[0]}", c.level)
    else:
        next_due = Cell("nothing due")
    far = now + FAR
    sort_key = (0 if overdue else 1, min((d.at or far for d in (overdue or dated)), default=far))
    return BoardRow(
        custody_number=f.custody_number, name=f.name, age=Cell(f.age),
        in_custody=Cell(show_duration(now - f.start) if f.start <= now else "not yet arrived"),
        limit=_limit_cell(f, now), next_review=countdown(f.next_review, now, soon),
        appropriate_adult=_aa_cell(f, now),
        next_visit=countdown(f.next_visit, now, soon) if f.next_visit is not None else Cell("—"),
        stage=Cell(f.stage), next_due=next_due, overdue_count=len(overdue), sort_key=sort_key,
    )


def suite_summary(rows: list[BoardRow]) -> str:
    """'6 children; 2 with something OVERDUE' (no names: the sign-in screen shows it too)."""
    overdue = sum(1 for r in rows if r.overdue_count)
    return (f"{len(rows)} {'child' if len(rows) == 1 else 'children'}"
            + (f"; {overdue} with something OVERDUE" if overdue else "; nothing overdue"))


def most_urgent_first(rows: list[BoardRow]) -> list[BoardRow]:
    """Overdue first, then the soonest due."""
    return sorted(rows, key=lambda r: r.sort_key)
