"""The visits of a record summary: a table of each observation level with its gaps, then the
full visit log as an annex (RULES.md 6.3; issue 13)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from reportlab.platypus import Flowable

from ..domain import Event
from ..observation_levels import level_of
from ..rules.policy import Policy
from ..rules.timecalc import show, show_duration
from .layout import grid, para, section


def _level_periods(events: Sequence[Event], start: datetime, end: datetime,
                   max_interval: int) -> list[tuple[datetime, datetime, Event | None]]:
    """(from, to, the level set) for each stretch of one observation level."""
    levels = [e for e in events if e.type == "observation_level_set"]
    cuts: list[tuple[datetime, Event | None]] = [(start, None)] + [(e.at, e) for e in levels if e.at >= start]
    out = []
    for k, (at, level) in enumerate(cuts):
        until = cuts[k + 1][0] if k + 1 < len(cuts) else end
        if until > at:
            out.append((at, until, level))
    return out


def visits_table(events: Sequence[Event], start: datetime | None, end: datetime,
                 policy: Policy) -> list[Flowable]:
    """One row per observation level: its name (levels 1 to 4, observation_levels.py) and
    interval, the visits in it, the longest gap and the gaps longer than the level allows
    (the engine's findings say which were missed)."""
    max_interval = policy.observation_max_interval_minutes
    visits = [e for e in events if e.type == "observation"]
    if start is None:
        return section("Visits", para("No arrival recorded: no visits were due."))
    rows: list[list[object]] = [["From", "To", "Level", "Visits", "Longest gap", "Gaps longer than the level"]]
    for at, until, level in _level_periods(events, start, end, max_interval):
        interval = min(int(level.get("interval_minutes")), max_interval) if level is not None else max_interval
        if level is None:
            words = f"none set (policy: every {max_interval} min)"
        else:
            rousing = bool(level.get("rousing"))
            note = level.raw.get("note")
            named = level_of(int(level.get("interval_minutes")), rousing, note if isinstance(note, str) else None,
                             policy)
            words = ((f"{named.label}; " if named else "") + f"every {interval} min"
                     + (", rouse" if rousing else ""))
        inside = [v.at for v in visits if at <= v.at < until]
        marks = [at, *inside, until]
        gaps = [b - a for a, b in zip(marks, marks[1:], strict=False)]
        longest = max(gaps, default=timedelta(0))
        over = [g for g in gaps if g > timedelta(minutes=interval)]
        rows.append([show(at), show(until), words, str(len(inside)), show_duration(longest),
                     f"{len(over)}" + (f" (longest {show_duration(max(over))})" if over else "")])
    body: list[Flowable] = [grid(rows, [2.4, 2.4, 2.0, 0.9, 1.3, 2.2])]
    roused = sum(1 for v in visits if v.get("roused"))
    body.append(para(f"{len(visits)} visits recorded ({roused} roused). Every visit is listed in Annex A.",
                     "note"))
    return section("Visits and observation levels", *body)


def visit_annex(events: Sequence[Event]) -> list[Flowable]:
    visits = [e for e in events if e.type == "observation"]
    if not visits:
        return section("Annex A. Visit log", para("No visit recorded."))
    rows: list[list[object]] = [["Entry", "Time", "Roused", "Response", "By"]]
    for v in visits:
        roused = "yes" if v.get("roused") else ("awake, spoke" if v.get("awake_and_spoke") else "no")
        rows.append([str(v.index + 1), show(v.at), roused, v.get("response") or "—", v.by])
    return section("Annex A. Visit log", grid(rows, [0.8, 3.0, 1.4, 4.2, 1.4]))
