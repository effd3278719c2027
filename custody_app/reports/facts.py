"""Small readings of a record the documents share (no reportlab here).

Everything the law decides (does s38(6) apply, is a certificate lawful, which
findings stand) comes from the engine's Assessment; this module only reads what
the record says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain import Event, Record, age_on, as_of, london_date

if TYPE_CHECKING:
    from ..rules.assessment import Assessment


def events_in_order(record: Record) -> tuple[Event, ...]:
    """The whole record, every correction applied, in time order."""
    return as_of(record, None)


def record_end(record: Record) -> datetime:
    """The latest instant the record mentions (a correction's own time included)."""
    return max(e.at for e in record.events)


def first(events: Iterable[Event], event_type: str) -> Event | None:
    return next((e for e in events if e.type == event_type), None)


def age_at_charge(record: Record, events: Sequence[Event], assessment: Assessment | None = None) -> int | None:
    """Age in whole years on the day of the first charge."""
    if assessment is not None and assessment.accommodation.age_at_charge is not None:
        return assessment.accommodation.age_at_charge
    charge = first(events, "charged")
    dob = record.child.date_of_birth
    if charge is None or dob is None:
        return None
    return age_on(dob, london_date(charge.at))


def arrival_of(record: Record) -> datetime:
    """When the detention counts as having arrived: at the station, else the arrest."""
    events = events_in_order(record)
    arrived = first(events, "arrived_at_station") or first(events, "arrested")
    return arrived.at if arrived is not None else record_end(record)
