"""Time: UTC inside, elapsed arithmetic, Europe/London for people.

Adding a timedelta to an aware datetime in a zone with daylight saving is
wall-clock arithmetic in Python, an hour wrong across a clock change: every
sum here is done on UTC instants.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ..domain.age import LONDON

UTC = UTC


class LocalTimeError(ValueError):
    """A typed local time that cannot be taken as it stands."""


class SkippedLocalTime(LocalTimeError):
    pass


class AmbiguousLocalTime(LocalTimeError):
    pass


def utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime: every instant needs its zone")
    return dt.astimezone(UTC)


def after(instant: datetime, *, minutes: float = 0, hours: float = 0) -> datetime:
    """Elapsed time after an instant (never wall-clock)."""
    if instant.tzinfo is not UTC:
        instant = utc(instant)
    return instant + timedelta(minutes=minutes + 60 * hours)


def iso(dt: datetime) -> str:
    return utc(dt).isoformat()


def zone_abbreviation(dt: datetime) -> str:
    return "BST" if dt.astimezone(LONDON).dst() else "GMT"


def show(dt: datetime | None, with_date: bool = True) -> str:
    """'Sun 29 Mar 2026 02:30 BST' style, in Europe/London."""
    if dt is None:
        return "—"
    local = dt.astimezone(LONDON)
    fmt = "%a %d %b %Y %H:%M" if with_date else "%H:%M"
    return f"{local.strftime(fmt)} {zone_abbreviation(dt)}"


def show_duration(delta: timedelta) -> str:
    total = int(delta.total_seconds() // 60)
    sign = "-" if total < 0 else ""
    total = abs(total)
    h, m = divmod(total, 60)
    return f"{sign}{h} h {m} min" if h else f"{sign}{m} min"


def local_to_utc(day: date, clock: time, zone: str | None = None) -> datetime:
    """A time typed on the Europe/London wall clock, as a UTC instant.

    A time in the hour skipped in spring is refused; one in the hour repeated
    in autumn must be given `zone` "GMT" or "BST".
    """
    naive = datetime.combine(day, clock.replace(tzinfo=None))
    first = naive.replace(tzinfo=LONDON, fold=0)
    second = naive.replace(tzinfo=LONDON, fold=1)
    if first.astimezone(UTC).astimezone(LONDON).replace(tzinfo=None) != naive:
        raise SkippedLocalTime(
            f"{naive:%H:%M} on {naive:%d %b %Y} did not happen in the UK: the clocks went "
            "forward from 01:00 GMT to 02:00 BST. Check the time and enter it again.")
    if first.utcoffset() == second.utcoffset():
        if zone is not None and zone != zone_abbreviation(first):
            raise LocalTimeError(f"{naive:%H:%M} on {naive:%d %b %Y} was {zone_abbreviation(first)}, not {zone}")
        return first.astimezone(UTC)
    if zone is None:
        raise AmbiguousLocalTime(
            f"{naive:%H:%M} on {naive:%d %b %Y} happened twice (the clocks went back from 02:00 BST "
            "to 01:00 GMT): say whether it was BST (the first time) or GMT (the second).")
    if zone == "BST":
        return first.astimezone(UTC)
    if zone == "GMT":
        return second.astimezone(UTC)
    raise LocalTimeError(f"zone must be GMT or BST, not {zone!r}")
