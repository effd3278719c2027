"""The one wall-clock reader of the application; tests give a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    """The time now, in UTC. The only place the GUI reads the wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock(Clock):
    """A clock that stands still until told to move (tests, screenshots)."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("a clock needs an aware datetime")
        self._at = at.astimezone(UTC)

    def now(self) -> datetime:
        return self._at

    def advance(self, *, minutes: float = 0, hours: float = 0) -> None:
        self._at += timedelta(minutes=minutes, hours=hours)

    def set(self, at: datetime) -> None:
        self._at = at.astimezone(UTC)
