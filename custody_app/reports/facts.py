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

from ..domain import Event, Record, age_on, apply_corrections, as_of, london_date

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


# --- the scrutiny report --------------------------------------------------------------------

CSV_COLUMNS = (
    "custody_number", "suite", "age_at_arrival", "looked_after", "arrived_at", "left_at",
    "hours_in_custody", "charged", "bail_refused", "la_request_kind", "transferred_to_la",
    "hours_charge_to_departure", "aa_wait_minutes", "certificate_ground", "findings",
)


@dataclass(frozen=True)
class ScrutinyRow:
    """One detention as the scrutiny report counts it."""

    custody_number: str
    force: str
    suite: str
    age_at_arrival: int | None
    looked_after: bool
    arrived_at: datetime | None
    left_at: datetime | None
    charged: bool
    bail_refused: bool
    la_request_kind: str | None  # the kind of the last request
    la_requests_secure: int
    la_requests_non_secure: int
    transferred_to_la: bool
    charged_at: datetime | None
    aa_wait_minutes: int | None
    certificate_ground: str | None  # the ground of the last certificate
    findings: tuple[tuple[str, str], ...]  # (code, source), in the engine's order

    @property
    def hours_in_custody(self) -> float | None:
        return _hours(self.arrived_at, self.left_at)

    @property
    def hours_charge_to_departure(self) -> float | None:
        return _hours(self.charged_at, self.left_at)

    @property
    def finding_codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.findings)

    def csv_values(self) -> dict[str, str]:
        def num(v: float | None) -> str:
            return "" if v is None else f"{v:.1f}"

        def when(v: datetime | None) -> str:
            return "" if v is None else v.isoformat()

        return {
            "custody_number": self.custody_number,
            "suite": self.suite,
            "age_at_arrival": "" if self.age_at_arrival is None else str(self.age_at_arrival),
            "looked_after": _yn(self.looked_after),
            "arrived_at": when(self.arrived_at),
            "left_at": when(self.left_at),
            "hours_in_custody": num(self.hours_in_custody),
            "charged": _yn(self.charged),
            "bail_refused": _yn(self.bail_refused),
            "la_request_kind": self.la_request_kind or "",
            "transferred_to_la": _yn(self.transferred_to_la),
            "hours_charge_to_departure": num(self.hours_charge_to_departure),
            "aa_wait_minutes": "" if self.aa_wait_minutes is None else str(self.aa_wait_minutes),
            "certificate_ground": self.certificate_ground or "",
            "findings": ";".join(self.finding_codes),
        }


def _yn(value: bool) -> str:
    return "yes" if value else "no"


def _hours(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return (end - start).total_seconds() / 3600


def arrival_of(record: Record) -> datetime:
    """When the detention counts as having arrived: at the station, else the arrest."""
    events = events_in_order(record)
    arrived = first(events, "arrived_at_station") or first(events, "arrested")
    return arrived.at if arrived is not None else record_end(record)


def _earliest(events: Iterable[Event], event_type: str, after: tuple[datetime, int] | None = None) -> Event | None:
    """The first event of a type in time order (equal times: listed order), without sorting all."""
    best: Event | None = None
    for e in events:
        if e.type != event_type or (after is not None and (e.at, e.index) < after):
            continue
        if best is None or (e.at, e.index) < (best.at, best.index):
            best = e
    return best


def _latest(events: Iterable[Event], event_type: str) -> Event | None:
    best: Event | None = None
    for e in events:
        if e.type == event_type and (best is None or (e.at, e.index) >= (best.at, best.index)):
            best = e
    return best


def scrutiny_row(assessment: Assessment) -> ScrutinyRow:
    """The row of one detention, from the engine's Assessment of the whole record."""
    record = assessment.record
    events = apply_corrections(record, None, strict=False)  # listed order; no sort needed here
    charged = _earliest(events, "charged")
    bail_refused = charged is not None and any(
        e.type == "bail_decision" and not e.get("granted") and (e.at, e.index) >= (charged.at, charged.index)
        for e in events
    )
    requests = [e for e in events if e.type == "la_accommodation_requested"]
    last_request = _latest(requests, "la_accommodation_requested")
    transferred_to_la = any(e.type == "transferred" and e.get("to") in LA_DESTINATIONS for e in events)
    aa_wait: int | None = None
    aa_requested = _earliest(events, "aa_requested")
    if aa_requested is not None:
        arrived = _earliest(events, "aa_arrived", after=(aa_requested.at, -1))
        if arrived is not None:
            aa_wait = int((arrived.at - aa_requested.at).total_seconds() // 60)
    certificate = _latest(events, "certificate_issued")
    return ScrutinyRow(
        custody_number=record.custody_number,
        force=record.force,
        suite=record.suite,
        age_at_arrival=assessment.age_at_arrival,
        looked_after=record.child.looked_after,
        arrived_at=assessment.arrived_at,
        left_at=assessment.left_at,
        charged=charged is not None,
        bail_refused=bail_refused,
        la_request_kind=str(last_request.get("kind")) if last_request is not None else None,
        la_requests_secure=sum(1 for e in requests if e.get("kind") == "secure"),
        la_requests_non_secure=sum(1 for e in requests if e.get("kind") == "non_secure"),
        transferred_to_la=transferred_to_la,
        charged_at=charged.at if charged is not None else None,
        aa_wait_minutes=aa_wait,
        certificate_ground=str(certificate.get("ground")) if certificate is not None else None,
        findings=tuple((f.code, f.source) for f in assessment.findings),
    )
