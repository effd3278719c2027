"""Facts the documents print, read from a record and its Assessment (no reportlab here).

Everything the law decides (does s38(6) apply, is a certificate lawful, which
findings stand) comes from the engine's Assessment; this module only gathers
and arranges what the record says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain import Event, Record, age_on, as_of, london_date

if TYPE_CHECKING:
    from ..rules.assessment import Assessment

LEAVING = ("released", "transferred")
LA_DESTINATIONS = ("la_non_secure", "la_secure")
FINGERPRINT_CHARS = 16


def events_in_order(record: Record) -> tuple[Event, ...]:
    """The whole record, every correction applied, in time order."""
    return as_of(record, None)


def record_end(record: Record) -> datetime:
    """The latest instant the record mentions (a correction's own time included)."""
    return max(e.at for e in record.events)


def first(events: Iterable[Event], event_type: str) -> Event | None:
    return next((e for e in events if e.type == event_type), None)


def last(events: Sequence[Event], event_type: str) -> Event | None:
    return next((e for e in reversed(events) if e.type == event_type), None)


def record_fingerprint(record: Record) -> str:
    """The record's hash-chain fingerprint, as the store computes it (imported when needed)."""
    from ..store.chain import record_fingerprint as chain_fingerprint

    return str(chain_fingerprint(record))


def short_fingerprint(fingerprint: str) -> str:
    """The part printed on paper: enough to check a copy against the store."""
    return fingerprint.split(":", 1)[-1][:FINGERPRINT_CHARS]


def age_at_charge(record: Record, events: Sequence[Event], assessment: Assessment | None = None) -> int | None:
    """Age in whole years on the day of the first charge (RULES.md section 4)."""
    if assessment is not None and assessment.accommodation.age_at_charge is not None:
        return assessment.accommodation.age_at_charge
    charge = first(events, "charged")
    dob = record.child.date_of_birth
    if charge is None or dob is None:
        return None
    return age_on(dob, london_date(charge.at))


# --- the certificate ------------------------------------------------------------------------


@dataclass(frozen=True)
class LaRequest:
    request: Event
    responses: tuple[Event, ...]


@dataclass(frozen=True)
class CertificateFacts:
    certificate: Event
    charges: tuple[Event, ...]
    refusal: Event | None  # the refusal of bail that started the spell the certificate falls in
    requests: tuple[LaRequest, ...]
    escalations: tuple[Event, ...]
    age_at_charge: int | None


def last_certificate(events: Sequence[Event]) -> Event | None:
    return last(events, "certificate_issued")


def certificate_facts(record: Record, certificate: Event, assessment: Assessment | None = None) -> CertificateFacts:
    events = events_in_order(record)
    upto: list[Event] = []
    for e in events:
        upto.append(e)
        if e.index == certificate.index:
            break
    charges: list[Event] = []
    refusal: Event | None = None
    requests: list[tuple[Event, list[Event]]] = []
    escalations: list[Event] = []
    for e in upto:
        if e.type == "charged":
            charges.append(e)
        elif e.type == "bail_decision" and charges:
            if e.get("granted"):
                refusal = None
            elif refusal is None:
                refusal = e
        elif e.type == "la_accommodation_requested" and charges:
            requests.append((e, []))
        elif e.type == "la_response" and requests:
            requests[-1][1].append(e)
        elif e.type == "escalated" and charges:
            escalations.append(e)
    return CertificateFacts(
        certificate=certificate,
        charges=tuple(charges),
        refusal=refusal,
        requests=tuple(LaRequest(r, tuple(rs)) for r, rs in requests),
        escalations=tuple(escalations),
        age_at_charge=age_at_charge(record, events, assessment),
    )


def arrival_of(record: Record) -> datetime:
    """When the detention counts as having arrived: at the station, else the arrest."""
    events = events_in_order(record)
    arrived = first(events, "arrived_at_station") or first(events, "arrested")
    return arrived.at if arrived is not None else record_end(record)
