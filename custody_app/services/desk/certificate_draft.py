"""A draft s38(6) certificate judged before it is made (RULES.md 6.1; no Qt here).

The wizard shows this as the sergeant fills the form: the record is evaluated with the
draft certificate (and an inspector's override, when one is given) appended, and the
engine's verdict on that certificate is read back. Nothing here re-derives the law.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...domain import Record
from ...rules.assessment import CertificateVerdict, Finding
from ...rules.policy import Policy
from .access import DeskError, Evaluate, Session, rank_for
from .entries import build_event, new_id

STANDING = ("TRANSFER_NOT_REQUESTED", "NOT_ESCALATED")  # an inspector's override lets these print


@dataclass(frozen=True)
class DraftVerdict:
    makeable: bool  # the certificate may be made as it stands (with the override given, if any)
    lines: tuple[str, ...]  # why not, or what stands, in the engine's words with code and source
    needs_override: bool  # only TRANSFER_NOT_REQUESTED / NOT_ESCALATED stand: an inspector may override
    overridden: bool  # an override given with the draft lifts what stands


def override_event(session: Session, at: datetime, certificate_id: str, reason: str) -> dict[str, Any]:
    """The inspector's override: a certificate_endorsed for this certificate (Code C 16.7)."""
    event = build_event("certificate_endorsed", at, session, {
        "certificate": certificate_id, "override": True, "reason": reason.strip()})
    event["rank"] = rank_for(session)
    return event


def judge(record: Record, certificate: Mapping[str, Any], follow: Sequence[Mapping[str, Any]], now: datetime,
          policy: Policy, evaluate: Evaluate) -> DraftVerdict:
    """The engine's verdict on the draft certificate, with the entries that would follow it."""
    from ...domain import RecordError, parse_document

    cert = dict(certificate)
    cert.setdefault("id", new_id())
    doc = dict(record.raw)
    doc["events"] = [*doc.get("events", []), cert, *[dict(e) for e in follow]]
    try:
        trial = parse_document(doc)
    except RecordError as exc:
        raise DeskError(exc.message) from None
    at = max(datetime.fromisoformat(str(e["at"])) for e in (cert, *follow))
    a = evaluate(trial, max(now, at), policy)
    index = len(record.events)
    verdict: CertificateVerdict | None = next((c for c in a.certificates if c.event_index == index), None)
    own = [f for f in a.findings if f.event_index == index]
    if verdict is None:  # the engine did not take it as a certificate: say why, from its findings
        return DraftVerdict(False, _lines(own) or ("This certificate cannot be judged.",), False, False)
    if verdict.printable and verdict.standing and not record.is_v11:
        # a 1.0 record takes no override (certificate_endorsed is 1.1): the desk keeps refusing a
        # certificate while the transfer request or the escalation is missing, as it always has
        found = [f for f in a.findings if f.code in verdict.standing]
        return DraftVerdict(False, _lines(found) or verdict.standing, False, False)
    if verdict.printable:
        return DraftVerdict(True, (), False, verdict.override is not None)
    if any(c not in STANDING for c in verdict.findings):
        return DraftVerdict(False, _lines([f for f in own if f.code not in STANDING]) or tuple(verdict.refusal),
                            False, False)
    # only what stands: the engine's refusal lines, for an inspector to override or not
    return DraftVerdict(False, tuple(verdict.refusal), True, False)


def _lines(found: Sequence[Finding]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f"{f.message} [{f.code}, {f.source}]" for f in found))
