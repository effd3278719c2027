"""What the engine decides about a record at an instant: the one thing views render."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..domain import Record
from .policy import Policy
from .timecalc import iso


@dataclass(frozen=True)
class Finding:
    code: str
    at: datetime
    source: str
    policy: dict[str, Any]
    message: str
    event_index: int | None = None  # the listed event that broke the rule, when one did

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "at": iso(self.at), "source": self.source,
                "policy": dict(self.policy), "message": self.message}


@dataclass(frozen=True)
class DueItem:
    code: str
    due: datetime | None  # None: due before the child leaves, no fixed time
    overdue: bool
    label: str  # plain words for the desk

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "due": iso(self.due) if self.due else None, "overdue": self.overdue}


CHECKLIST_STAGES = (
    "Booking in", "Notifications", "Appropriate adult", "Health and risk", "Care and visits",
    "Interview", "Reviews", "Charge and bail", "Accommodation", "Certificate", "Leaving custody",
    "Safeguarding referral",
)


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the record's guided checklist, as the engine decided it.

    state: "done" | "due" | "overdue" | "not_applicable" | "pending" (not yet relevant)
    event_type: the interchange event type whose form completes the item (None: nothing to enter).
    """

    stage: str
    key: str
    label: str
    state: str
    event_type: str | None = None
    due: datetime | None = None
    done_at: datetime | None = None
    done_by: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class ReviewSlot:
    number: int  # 1-based
    due: datetime
    done: datetime | None
    event_index: int | None
    postponed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"due": iso(self.due), "done": iso(self.done) if self.done else None}


@dataclass(frozen=True)
class CertificateVerdict:
    """One s38(6) certificate as the engine judges it (RULES.md 6.1): printable or why not."""

    entry: int  # 1-based position in `events`
    event_index: int
    id: str | None
    at: datetime
    ground: str
    applies: bool  # made while the s38(6) duty applied
    findings: tuple[str, ...]  # refusing codes raised on it
    standing: tuple[str, ...]  # TRANSFER_NOT_REQUESTED / NOT_ESCALATED standing at its own time
    override: Any  # the inspector's override endorsement (an Event), or None
    printable: bool
    refusal: tuple[str, ...]  # one line per reason, then what the law requires now


@dataclass(frozen=True)
class S38Position:
    """The s38(6) duty at the instant judged (status `s38_6`)."""

    since: datetime
    anchor: datetime
    deemed: bool

    def to_json(self) -> dict[str, Any]:
        return {"since": iso(self.since), "anchor": iso(self.anchor), "deemed": self.deemed}


@dataclass(frozen=True)
class AccommodationState:
    """The s38(6) position (RULES.md section 4) as the wizard and certificate need it."""

    charged: bool
    applies: bool  # the duty applies now (bail refused after charge, not since granted)
    why: str  # plain words: why the duty does or does not apply
    refused_at: datetime | None  # the refusal that started the current spell
    age_at_charge: int | None
    secure_allowed: bool
    secure_why: str  # plain words: why a secure request is or is not allowed
    requests: int = 0
    not_provided_unescalated: bool = False
    certificate_issued: bool = False
    deemed: bool = False  # the spell was opened by the deemed refusal (no bail decision recorded)
    anchor: datetime | None = None  # the current spell's anchor: its clocks run from here


@dataclass(frozen=True)
class AAPosition:
    """The appropriate adult as the engine reads the record (RULES.md section 3, "Who is
    present"): the one answer every view and document shows."""

    state: str  # "not_requested" | "awaited" | "present" | "left"
    present: tuple[str, ...]  # the names of the AAs with the child now
    requested_at: datetime | None  # the first aa_requested
    first_arrived_at: datetime | None  # the first aa_arrived
    awaited_since: datetime | None  # the first request, while no AA has yet arrived
    inspector_alert: bool  # awaited for at least the policy's aa_inspector_alert_minutes

    @property
    def is_present(self) -> bool:
        return self.state == "present"


NO_AA = AAPosition("not_requested", (), None, None, None, False)


@dataclass(frozen=True)
class Assessment:
    record: Record
    now: datetime
    policy: Policy
    stage: str  # pre_charge | post_charge | left
    relevant_time: datetime | None
    relevant_time_rule: str
    detention_limit: datetime | None
    next_review_due: datetime | None
    reviews: tuple[ReviewSlot, ...]
    due: tuple[DueItem, ...]
    findings: tuple[Finding, ...]
    accommodation: AccommodationState
    checklist: tuple[ChecklistItem, ...]
    arrested_at: datetime
    arrived_at: datetime | None
    authorised_at: datetime | None
    charged_at: datetime | None
    left_at: datetime | None
    left_how: str | None
    age_at_arrival: int | None
    aa: AAPosition = NO_AA
    warnings: tuple[Finding, ...] = ()
    certificates: tuple[CertificateVerdict, ...] = ()
    s38: S38Position | None = None
    detention_limit_applied: datetime | None = None
    detention_limit_met: bool | None = None  # None: no limit applied, or it still runs
    extra: dict[str, Any] = field(default_factory=dict)

    def status_json(self) -> dict[str, Any]:
        return {
            "custody_number": self.record.custody_number,
            "at": iso(self.now),
            "stage": self.stage,
            "relevant_time": iso(self.relevant_time) if self.relevant_time else None,
            "relevant_time_rule": self.relevant_time_rule,
            "detention_limit": iso(self.detention_limit) if self.detention_limit else None,
            "detention_limit_applied": iso(self.detention_limit_applied) if self.detention_limit_applied else None,
            "next_review_due": iso(self.next_review_due) if self.next_review_due else None,
            "reviews": [r.to_json() for r in self.reviews],
            "s38_6": self.s38.to_json() if self.s38 is not None else None,
            "due": [d.to_json() for d in self.due],
            "findings": [f.to_json() for f in self.findings],
            "warnings": [w.to_json() for w in self.warnings],
        }

    def audit_json(self) -> dict[str, Any]:
        return {"custody_number": self.record.custody_number,
                "findings": [f.to_json() for f in self.findings],
                "warnings": [w.to_json() for w in self.warnings]}

    def certificate(self, cert_id: str | None = None) -> CertificateVerdict | None:
        """The certificate with this id, or else the last one in at order."""
        if cert_id is not None:
            return next((c for c in self.certificates if c.id == cert_id), None)
        return max(self.certificates, key=lambda c: (c.at, c.event_index), default=None)


def age_years(dob: date | None, day: date) -> int | None:
    from ..domain import age_on

    return None if dob is None else age_on(dob, day)
