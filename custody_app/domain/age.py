"""Age in whole years on the Europe/London calendar."""

from __future__ import annotations

import calendar
from datetime import date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def london_date(instant: datetime) -> date:
    return instant.astimezone(LONDON).date()


def age_on(dob: date, day: date) -> int:
    """Whole years; someone born on 29 February has a birthday on 1 March in other years."""
    if dob.month == 2 and dob.day == 29 and not calendar.isleap(day.year):
        birthday = (3, 1)
    else:
        birthday = (dob.month, dob.day)
    return day.year - dob.year - (1 if (day.month, day.day) < birthday else 0)
