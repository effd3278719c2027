"""The state of one simulated detention, shared by the phases that write its events."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .clock import DAY, Clock
from .knobs import Knobs
from .log import Log
from .people import Offence, Staff

NIGHT_START = 22 * 60 + 30  # the child is asleep, unless busy, from 22:30 ...
NIGHT_END = 7 * 60  # ... to 07:00 London time


@dataclass
class State:
    rng: random.Random
    clock: Clock
    log: Log
    staff: Staff
    knobs: Knobs
    profile: str
    outcome: str
    defects: frozenset[str]
    offence: Offence
    looked_after: bool
    flags: list[str] = field(default_factory=list)
    arrival: int = 0
    authorised: int = 0
    end: int = 0  # the child leaves
    charged: int | None = None
    refused: int | None = None
    solicitor: str | None = None
    aa_name: str = ""
    aa_spells: list[tuple[int, int]] = field(default_factory=list)  # AA present [from, to)
    busy: list[tuple[int, int, str]] = field(default_factory=list)  # (from, to, what) out of the room
    levels: list[tuple[int, int, bool]] = field(default_factory=list)  # (from, interval, rousing)

    def shift(self, t: int) -> int:
        return ((self.clock.local_abs(t) - 7 * 60) // (12 * 60)) % 4

    def sergeant(self, t: int) -> str:
        return self.staff.sergeants[self.shift(t)]

    def detention_officer(self, t: int) -> str:
        return self.staff.detention_officers[self.shift(t)]

    def inspector(self, t: int) -> str:
        return self.staff.inspectors[self.shift(t)]

    def is_night(self, t: int) -> bool:
        m = self.clock.local_minute_of_day(t)
        return m >= NIGHT_START or m < NIGHT_END

    def next_morning(self, t: int, minute_of_day: int = 9 * 60) -> int:
        """The next `minute_of_day` London time after a night (not later the same night)."""
        m = self.clock.local_minute_of_day(t)
        later = self.clock.next_local(t, minute_of_day)
        if m >= NIGHT_START and later - t < 2 * 60:
            later += DAY
        return later

    def aa_present(self, t: int) -> bool:
        return any(a <= t < b for a, b in self.aa_spells)

    def busy_with(self, t: int) -> str | None:
        return next((what for a, b, what in self.busy if a <= t < b), None)

    def level_at(self, t: int) -> tuple[int, bool]:
        interval, rousing = 30, False
        for since, i, r in self.levels:
            if since <= t:
                interval, rousing = i, r
        return interval, rousing
