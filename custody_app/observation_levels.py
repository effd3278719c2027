"""Observation levels 1 to 4, as custody staff know them (docs/observation-levels.md).

Words for people, not law: the record keeps the interval and whether to rouse
(`observation_level_set`), the desk writes the level's name at the start of the entry's note,
and the engine judges only the interval and rousing in force. The desk, the record page,
the board and the shift documents all name the level from this one table.

The child's cap (the policy's `observation_max_interval_minutes`, 30 by default) sets the
interval of levels 1 and 2; levels 3 and 4 are constant watching, recorded at least every 15 min.
Rousing is part of level 2 only: a child watched constantly (for self-harm, say) is not woken
every 15 minutes unless drink, drugs or an injury call for it, when the sergeant ticks it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from .domain import Event
from .rules.findings_care import interval_in_force
from .rules.policy import Policy

RECORDED_EVERY = 15  # minutes: a visit entry while a child is watched constantly


@dataclass(frozen=True)
class Level:
    number: int
    name: str
    short: str  # the board's word for it
    meaning: str
    interval_minutes: int
    rousing: bool

    @property
    def label(self) -> str:
        return f"Level {self.number}: {self.name}"

    def note(self) -> str:
        return f"{self.label} ({self.meaning})"


def levels(policy: Policy) -> tuple[Level, ...]:
    cap = policy.observation_max_interval_minutes
    watched = min(RECORDED_EVERY, cap)
    return (
        Level(1, "general observation", "general", f"visited at least every {cap} min (the cap for a child)",
              cap, False),
        Level(2, "intermittent observation with rousing", "rousing",
              f"visited and roused at least every {cap} min", cap, True),
        Level(3, "constant observation", "constant", "watched all the time (CCTV or an officer at the door); "
              f"recorded at least every {watched} min", watched, False),
        Level(4, "close proximity", "close proximity", "an officer with the child, within arm's reach; "
              f"recorded at least every {watched} min", watched, False),
    )


def level_of(interval_minutes: int, rousing: bool, note: str | None, policy: Policy) -> Level | None:
    """The level an `observation_level_set` entry names (its note), or the one its figures fit."""
    table = levels(policy)
    for level in table:
        if note and note.startswith(level.label):
            return level
    return next((lv for lv in table[:2] if lv.interval_minutes == interval_minutes and lv.rousing == rousing), None)


@dataclass(frozen=True)
class LevelInForce:
    """The observation level in force: its name (when the entry names one or its figures fit
    one), and the interval and rousing the rules apply."""

    level: Level | None
    interval_minutes: int
    rousing: bool
    set_at: datetime | None  # None: no level set yet (the child cap applies)

    def _figures(self) -> str:
        return f"visited{' and roused' if self.rousing else ''} at least every {self.interval_minutes} min"

    @property
    def words(self) -> str:
        """'Level 2: intermittent observation with rousing — visited and roused at least every 30 min'."""
        lv = self.level
        if self.set_at is None:
            return f"No level set — {self._figures()} (the cap for a child)"
        if lv is None:
            return f"Level not named — {self._figures()}"
        if lv.interval_minutes != self.interval_minutes:
            return f"{lv.label} — {self._figures()}"
        if self.rousing and not lv.rousing:  # levels 3 and 4 with rousing ticked (drink, drugs, injury)
            return f"{lv.label} — {lv.meaning}; roused at each visit"
        return f"{lv.label} — {lv.meaning if lv.rousing == self.rousing else self._figures()}"

    @property
    def short(self) -> str:
        """'Level 2: rousing', for the board."""
        if self.set_at is None:
            return "no level set"
        if self.level is None:
            return f"every {self.interval_minutes} min" + (", rouse" if self.rousing else "")
        rouse = ", rouse" if self.rousing and not self.level.rousing else ""
        return f"Level {self.level.number}: {self.level.short}{rouse}"


def last_level_set(events: Sequence[Event]) -> Event | None:
    """The last observation level set among `events` (the record as it stood, in time order)."""
    return next((e for e in reversed(events) if e.type == "observation_level_set"), None)


def in_force(events: Sequence[Event], policy: Policy) -> LevelInForce:
    """The level in force at the end of `events` (the record as it stood, corrected, in time order)."""
    event = last_level_set(events)
    interval = interval_in_force(policy, event)
    if event is None:
        return LevelInForce(None, interval, False, None)
    rousing = bool(event.get("rousing"))
    note = event.raw.get("note")
    level = level_of(int(event["interval_minutes"]), rousing, note if isinstance(note, str) else None, policy)
    return LevelInForce(level, interval, rousing, event.at)
