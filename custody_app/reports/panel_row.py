"""One detention as the scrutiny report and its CSV count it (no reportlab here).

Whether a certificate could be printed, the findings and the appropriate adult come
from the engine's Assessment; this module gathers what the record says and the
time spent overnight. Overnight: at least 4 hours between 00:00 and 08:00
Europe/London on one night (elapsed time, so a clock-change night counts its real
hours).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..domain import LONDON, Event, apply_corrections

if TYPE_CHECKING:
    from ..rules.assessment import Assessment

OVERNIGHT_FROM = time(0, 0)
OVERNIGHT_TO = time(8, 0)
OVERNIGHT_MIN = timedelta(hours=4)
LA_DESTINATIONS = ("la_non_secure", "la_secure")


@dataclass(frozen=True)
class CertificateCount:
    ground: str
    printable: bool
    reasons: tuple[str, ...]  # the codes that stop it printing
    stated: tuple[str, ...] = ()  # the reasons the certificate itself gives (its `reasons` field)


@dataclass(frozen=True)
class ScrutinyRow:
    """One detention as the scrutiny report counts it."""

    custody_number: str
    force: str
    suite: str
    child_key: str  # surname, forenames and date of birth: one child's detentions share it
    sex: str  # female | male | not_known
    age_at_arrival: int | None
    looked_after: bool
    arrived_at: datetime | None
    left_at: datetime | None
    end: datetime  # left_at, or the instant judged at for a child still detained
    charged_at: datetime | None
    bail_refused: bool
    la_requests_secure: int
    la_requests_non_secure: int
    la_refusals: int  # answers "not provided"
    first_answer_minutes: int | None  # from the first request to the first answer
    escalations: int
    transferred_to: str | None  # the destination of a transfer, if the child was transferred
    aa_wait_minutes: int | None
    overnight_minutes: int  # the most minutes between 00:00 and 08:00 on any one night
    overnight_after_charge_minutes: int
    certificates: tuple[CertificateCount, ...]
    findings: tuple[tuple[str, str], ...]  # (code, source), in the engine's order

    @property
    def charged(self) -> bool:
        return self.charged_at is not None

    @property
    def overnight(self) -> bool:
        return self.overnight_minutes >= OVERNIGHT_MIN.total_seconds() // 60

    @property
    def overnight_after_charge(self) -> bool:
        return self.overnight_after_charge_minutes >= OVERNIGHT_MIN.total_seconds() // 60

    @property
    def transferred_to_la(self) -> bool:
        return self.transferred_to in LA_DESTINATIONS

    @property
    def hours_in_custody(self) -> float | None:
        return _hours(self.arrived_at, self.left_at)

    @property
    def hours_charge_to_departure(self) -> float | None:
        return _hours(self.charged_at, self.left_at)

    @property
    def finding_codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.findings)

    @property
    def age_band(self) -> str:
        a = self.age_at_arrival
        if a is None:
            return "not known"
        if a < 10:
            return "under 10"
        if a <= 13:
            return "10–13"
        if a <= 15:
            return "14–15"
        return str(a)

    @property
    def month(self) -> str:
        at = self.arrived_at
        return at.astimezone(LONDON).strftime("%Y-%m") if at is not None else "not known"


def _hours(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return (end - start).total_seconds() / 3600


def overnight_minutes(start: datetime | None, end: datetime) -> int:
    """The most elapsed minutes between 00:00 and 08:00 Europe/London on any one night in
    [start, end)."""
    if start is None or end <= start:
        return 0
    best = timedelta(0)
    day: date = start.astimezone(LONDON).date()
    last = end.astimezone(LONDON).date()
    while day <= last:
        night_from = datetime.combine(day, OVERNIGHT_FROM, tzinfo=LONDON).astimezone(UTC)
        night_to = datetime.combine(day, OVERNIGHT_TO, tzinfo=LONDON).astimezone(UTC)
        overlap = min(end, night_to) - max(start, night_from)
        best = max(best, overlap)
        day += timedelta(days=1)
    return int(best.total_seconds() // 60)


def _child_key(assessment: Assessment) -> str:
    c = assessment.record.child
    return f"{c.surname.strip().lower()}|{c.forenames.strip().lower()}|{c.date_of_birth or ''}"


def scrutiny_row(assessment: Assessment) -> ScrutinyRow:
    """The row of one detention, from the engine's Assessment of the whole record."""
    from .verdicts import verdict

    record = assessment.record
    events = apply_corrections(record, None, strict=False)  # listed order; one pass, no sort
    charged: Event | None = None
    first_request: Event | None = None
    first_answer_at: datetime | None = None
    transfer: Event | None = None
    secure = non_secure = refusals = escalations = 0
    decisions: list[Event] = []
    answers: list[Event] = []
    certificates = []
    for e in events:
        t = e.type
        if t == "charged":
            if charged is None or (e.at, e.index) < (charged.at, charged.index):
                charged = e
        elif t == "bail_decision":
            decisions.append(e)
        elif t == "la_accommodation_requested":
            if e.get("kind") == "secure":
                secure += 1
            else:
                non_secure += 1
            if first_request is None or (e.at, e.index) < (first_request.at, first_request.index):
                first_request = e
        elif t == "la_response":
            answers.append(e)
            if not e.get("provided"):
                refusals += 1
        elif t == "escalated":
            escalations += 1
        elif t == "transferred":
            if transfer is None or (e.at, e.index) < (transfer.at, transfer.index):
                transfer = e
        elif t == "certificate_issued":
            v = verdict(assessment, e.index + 1)
            certificates.append(CertificateCount(str(e.get("ground")), v.printable, v.reason_codes,
                                                 tuple(str(x) for x in e.get("reasons") or ())))
    if first_request is not None:
        later = [a.at for a in answers if a.at >= first_request.at]
        first_answer_at = min(later) if later else None
    first_answer = (int((first_answer_at - first_request.at).total_seconds() // 60)
                    if first_answer_at is not None and first_request is not None else None)
    deemed = (assessment.s38 is not None and assessment.s38.deemed) or any(
        f.code == "BAIL_DECISION_NOT_RECORDED" for f in assessment.findings)
    bail_refused = deemed or (charged is not None and any(
        not d.get("granted") and (d.at, d.index) >= (charged.at, charged.index) for d in decisions))
    aa = assessment.aa
    aa_wait = (int((aa.first_arrived_at - aa.requested_at).total_seconds() // 60)
               if aa.requested_at is not None and aa.first_arrived_at is not None else None)
    start = assessment.arrived_at or assessment.arrested_at
    end = assessment.left_at or assessment.now
    child_raw = record.raw.get("child") if isinstance(record.raw, Mapping) else None
    sex = child_raw.get("sex", "not_known") if isinstance(child_raw, Mapping) else "not_known"
    if record.format in ("custody-record/1", "custody-record/1.0") or sex not in ("female", "male"):
        sex = "not_known"
    return ScrutinyRow(
        custody_number=record.custody_number,
        force=record.force,
        suite=record.suite,
        child_key=_child_key(assessment),
        sex=sex,
        age_at_arrival=assessment.age_at_arrival,
        looked_after=record.child.looked_after,
        arrived_at=assessment.arrived_at,
        left_at=assessment.left_at,
        end=end,
        charged_at=charged.at if charged is not None else None,
        bail_refused=bail_refused,
        la_requests_secure=secure,
        la_requests_non_secure=non_secure,
        la_refusals=refusals,
        first_answer_minutes=first_answer,
        escalations=escalations,
        transferred_to=str(transfer.get("to")) if transfer is not None else None,
        aa_wait_minutes=aa_wait,
        overnight_minutes=overnight_minutes(start, end),
        overnight_after_charge_minutes=overnight_minutes(charged.at, end) if charged is not None else 0,
        certificates=tuple(certificates),
        findings=tuple((f.code, f.source) for f in assessment.findings),
    )
