"""Observation levels 1 to 4, as custody staff know them (the desk's words; the record
keeps the interval and whether to rouse: `observation_level_set`). See docs/observation-levels.md.

The child's cap (the policy's `observation_max_interval_minutes`, 30 by default) sets the
interval of level 1; levels 3 and 4 are constant watching, recorded at least every 15 min.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ...rules.policy import Policy

# the risk flags that call for rousing (level 2), and for constant observation (level 3)
ROUSE_FLAGS = frozenset({"alcohol", "drugs", "injury", "medical_condition"})
WATCH_FLAGS = frozenset({"self_harm", "suicide_history"})
RECORDED_EVERY = 15  # minutes: a visit entry while a child is watched constantly


@dataclass(frozen=True)
class Level:
    number: int
    name: str
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
    return (
        Level(1, "general observation", f"visited at least every {cap} min (the cap for a child)", cap, False),
        Level(2, "intermittent observation with rousing", f"visited and roused at least every {cap} min",
              cap, True),
        Level(3, "constant observation", "watched all the time (CCTV or an officer at the door); "
              f"recorded at least every {min(RECORDED_EVERY, cap)} min", min(RECORDED_EVERY, cap), True),
        Level(4, "close proximity", "an officer with the child, within arm's reach; "
              f"recorded at least every {min(RECORDED_EVERY, cap)} min", min(RECORDED_EVERY, cap), True),
    )


def proposed_level(flags: Iterable[str], policy: Policy) -> tuple[Level, str]:
    """The level a risk assessment suggests, and why in plain words (the sergeant confirms
    or changes it; never set without them)."""
    given = set(flags)
    table = levels(policy)
    watch = sorted(given & WATCH_FLAGS)
    if watch:
        return table[2], "the risk assessment records " + " and ".join(w.replace("_", " ") for w in watch)
    rouse = sorted(given & ROUSE_FLAGS)
    if rouse:
        return table[1], "the risk assessment records " + " and ".join(w.replace("_", " ") for w in rouse)
    return table[0], "no risk flag that calls for more"


def level_of(interval_minutes: int, rousing: bool, note: str | None, policy: Policy) -> Level | None:
    """The level an `observation_level_set` entry names (its note), or the one its figures fit."""
    table = levels(policy)
    for level in table:
        if note and note.startswith(level.label):
            return level
    return next((lv for lv in table[:2] if lv.interval_minutes == interval_minutes and lv.rousing == rousing), None)
