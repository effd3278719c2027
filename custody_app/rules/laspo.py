"""LASPO 2012 s97: a child arrested for breaking the conditions of a remand to local authority
accommodation goes before the court within 24 hours, counting no time that falls on
Christmas Day, Good Friday or a Sunday (whole Europe/London days, midnight to midnight)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ..domain.age import LONDON

COUNTED_HOURS = 24


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def excluded(day: date) -> bool:
    return day.weekday() == 6 or (day.month, day.day) == (12, 25) or day == easter_sunday(day.year) - timedelta(days=2)


def _next_midnight(instant: datetime) -> datetime:
    """The next Europe/London midnight after the instant, in UTC."""
    day = instant.astimezone(LONDON).date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, tzinfo=LONDON).astimezone(UTC)


def laspo_limit(arrest: datetime) -> datetime:
    """The earliest instant at which 24 counted hours have elapsed since the arrest."""
    remaining = timedelta(hours=COUNTED_HOURS)
    t = arrest.astimezone(UTC)
    while True:
        end_of_day = _next_midnight(t)
        if excluded(t.astimezone(LONDON).date()):
            t = end_of_day
            continue
        available = end_of_day - t
        if remaining <= available:
            return t + remaining
        remaining -= available
        t = end_of_day
