"""UK clock changes and the London wall clock, computed in UTC (no wall-clock arithmetic).

A document's timeline is kept in whole minutes after the arrest; `Clock` turns
those minutes into instants and tells the London local time of day of each.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache

BST = timezone(timedelta(hours=1))
HOUR = 60
DAY = 24 * HOUR


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)  # March and October have 31 days
    return day - timedelta(days=(day.weekday() + 1) % 7)


@cache
def clock_changes(year: int) -> tuple[datetime, datetime]:
    """The instants (UTC) the clocks go forward and back in `year`: last Sundays of March, October, 01:00 UTC."""
    spring, autumn = _last_sunday(year, 3), _last_sunday(year, 10)
    return (datetime(spring.year, spring.month, spring.day, 1, tzinfo=UTC),
            datetime(autumn.year, autumn.month, autumn.day, 1, tzinfo=UTC))


def is_bst(instant: datetime) -> bool:
    spring, autumn = clock_changes(instant.astimezone(UTC).year)
    return spring <= instant < autumn


def changes_between(a: datetime, b: datetime) -> list[datetime]:
    """Clock changes c with a < c <= b."""
    out: list[datetime] = []
    for year in range(a.astimezone(UTC).year, b.astimezone(UTC).year + 1):
        out.extend(c for c in clock_changes(year) if a < c <= b)
    return out


def last_change_before(instant: datetime) -> datetime:
    year = instant.astimezone(UTC).year
    candidates = [c for y in (year - 1, year) for c in clock_changes(y) if c <= instant]
    return max(candidates)


class Clock:
    """Minutes after `start` (an aware instant) as instants and London local times."""

    def __init__(self, start: datetime) -> None:
        self.start = start.astimezone(UTC).replace(microsecond=0)
        lo = self.start - timedelta(days=2)
        hi = self.start + timedelta(days=6)
        # (minute from which the offset applies, offset in minutes), in order
        self._segments: list[tuple[int, int]] = [(-10 * DAY, 60 if is_bst(lo) else 0)]
        for change in changes_between(lo, hi):
            minute = int((change - self.start).total_seconds() // 60)
            self._segments.append((minute, 60 if is_bst(change) else 0))
        base = self.start.hour * 60 + self.start.minute
        self._utc_minute_of_day = base

    def instant(self, t: int) -> datetime:
        return self.start + timedelta(minutes=t)

    def offset(self, t: int) -> int:
        """London's UTC offset in minutes at minute t (0 or 60)."""
        off = self._segments[0][1]
        for minute, value in self._segments:
            if minute <= t:
                off = value
            else:
                break
        return off

    def local_abs(self, t: int) -> int:
        """Minutes since the London-local midnight of the arrest's UTC day (wall clock)."""
        return self._utc_minute_of_day + t + self.offset(t)

    def local_minute_of_day(self, t: int) -> int:
        return self.local_abs(t) % DAY

    def next_local(self, t: int, minute_of_day: int) -> int:
        """The first minute >= t at which the London wall clock shows minute_of_day (roughly,
        across a clock change it may be an hour off: fine for planning)."""
        now = self.local_minute_of_day(t)
        return t + (minute_of_day - now) % DAY

    def render(self, t: int, local: bool) -> str:
        """ISO 8601 with offset: London local (+01:00 in BST) when `local`, else +00:00."""
        inst = self.instant(t)
        if local and self.offset(t):
            return inst.astimezone(BST).isoformat()
        return inst.isoformat()
