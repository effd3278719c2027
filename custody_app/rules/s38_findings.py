"""The findings and due items of the s38(6) duty's clocks (RULES.md sections 3 and 5):
bail decision, the request to the local authority, escalation, the move, the 12 hours,
the certificate that is missing, and the court (s46)."""

from __future__ import annotations

from datetime import datetime

from ..domain import Event
from .assessment import DueItem, Finding
from .facts import Facts
from .findings_base import finding
from .s38_duty import Duty, Spell, counted_requests, is_exempt, request_deadline
from .timecalc import after, show, show_duration

LA_DESTINATIONS = ("la_non_secure", "la_secure")


def _stop(f: Facts, spell: Spell) -> datetime:
    """A spell's clocks run until the grant that ends it, or the child leaves, or now."""
    return min(f.end, spell.ended.at) if spell.ended is not None else f.end


def bail_decision_not_recorded(f: Facts, duty: Duty) -> list[Finding]:
    charge, grace_end = duty.charge, duty.grace_end
    if charge is None or grace_end is None or not f.missed(grace_end):
        return []
    if any(f.before(charge, d) and d.at <= grace_end for d in f.all("bail_decision")):
        return []
    minutes = f.policy.bail_decision_grace_minutes
    return [finding("BAIL_DECISION_NOT_RECORDED", grace_end,
                    f"Charged {show(charge.at)} and still held {minutes} min later with no bail decision "
                    "recorded: bail counts as refused from then, and the s38(6) duty applies.",
                    {"bail_decision_grace_minutes": minutes})]


def transfer_not_requested(f: Facts, spell: Spell) -> list[Finding]:
    deadline = request_deadline(f, spell)
    if not deadline < _stop(f, spell):
        return []
    requests = counted_requests(f, spell)
    if any(r.at <= deadline for r in requests):
        return []
    if any(is_exempt(f, c, deadline) for c in spell.certificates):
        return []
    later = next((r for r in requests if r.at > deadline and r.at <= _stop(f, spell)), None)
    when = (f"asked for {show_duration(later.at - spell.anchor)} after" if later is not None
            else "not asked for after")
    what = "the charge (no bail decision: bail counted as refused)" if spell.deemed else "bail was refused"
    return [finding("TRANSFER_NOT_REQUESTED", deadline,
                    f"Local authority accommodation {when} {what} ({show(spell.anchor)}).",
                    {"transfer_request_minutes": f.policy.transfer_request_minutes})]


def not_escalated(f: Facts, duty: Duty) -> list[Finding]:
    out = []
    minutes = f.policy.escalation_minutes
    policy = {"escalation_minutes": minutes}
    for response in f.all("la_response"):
        spell = duty.spell_of(response)
        if spell is None or response["provided"]:
            continue
        deadline = after(response.at, minutes=minutes)
        if not deadline < _stop(f, spell):
            continue  # the spell ended, or the child left, at or before the deadline
        cert = next((c for c in f.all("certificate_issued")
                     if duty.applies_to(c) and f.before(response, c)), None)
        if any(f.before(response, e) and e.at <= deadline and (cert is None or f.before(e, cert))
               for e in f.all("escalated")):
            continue
        if cert is not None and cert.at <= deadline:
            out.append(finding("NOT_ESCALATED", cert.at,
                               f"The local authority could not provide accommodation ({show(response.at)}); "
                               "a certificate was made without escalating first.", policy, cert))
        else:
            out.append(finding("NOT_ESCALATED", deadline,
                               f"The local authority could not provide accommodation ({show(response.at)}); "
                               f"not escalated within {minutes} min.", policy))
    return out


def first_provided(f: Facts, spell: Spell) -> Event | None:
    """The first "provided" answer after the spell's anchor and before the grant ending it."""
    for a in f.all("la_response"):
        if a["provided"] and f.pos(a) > spell.anchor_pos and (spell.ended is None or f.before(a, spell.ended)):
            return a
    return None


def _refused_after(f: Facts, answer: Event, until: datetime | None) -> bool:
    return any(not a["provided"] and f.before(answer, a) and (until is None or a.at <= until)
               for a in f.all("la_response"))


def transfer_delayed(f: Facts, spell: Spell) -> list[Finding]:
    provided = first_provided(f, spell)
    if provided is None:
        return []
    minutes = f.policy.la_transfer_within_minutes
    deadline = after(provided.at, minutes=minutes)
    if not deadline < _stop(f, spell) or _refused_after(f, provided, deadline):
        return []
    if any(is_exempt(f, c, deadline) for c in spell.certificates):
        return []
    return [finding("TRANSFER_DELAYED", deadline,
                    f"The local authority provided accommodation ({show(provided.at)}); the child had not "
                    f"been moved {minutes} min later.", {"la_transfer_within_minutes": minutes})]


def post_charge_long(f: Facts, spell: Spell) -> list[Finding]:
    hours = f.policy.post_charge_max_hours
    deadline = after(spell.anchor, hours=hours)
    stop = _stop(f, spell)
    if not deadline < stop:
        return []
    what = "charge (bail counted as refused)" if spell.deemed else "bail was refused"
    return [finding("POST_CHARGE_DETENTION_LONG", deadline,
                    f"Still in the suite {show_duration(stop - spell.anchor)} after {what} ({show(spell.anchor)}).",
                    {"post_charge_max_hours": hours})]


def certificate_missing(f: Facts, duty: Duty) -> list[Finding]:
    left = f.leaving
    if left is None or not duty.applies_to(left):
        return []
    if left.type == "released" or left["to"] in LA_DESTINATIONS:
        return []
    if any(duty.applies_to(c) for c in f.all("certificate_issued")):
        return []
    return [finding("CERTIFICATE_MISSING", left.at,
                    f"The s38(6) duty applied and the child left ({str(left['to']).replace('_', ' ')}) "
                    "without moving to local authority accommodation, and no s38(6) certificate was made.",
                    event=left)]


def court_not_first_sitting(f: Facts, duty: Duty) -> list[Finding]:
    if not f.v11:
        return []
    fixed = [c for c in f.all("court_fixed") if duty.post_charge(f, c)]
    out = []
    for i, c in enumerate(fixed):
        sitting: datetime = c["sitting_at"]
        if not c["first_sitting"]:
            out.append(finding("COURT_NOT_FIRST_SITTING", c.at,
                               f"The court sitting fixed for {show(sitting)} ({c['court']}) is recorded as not "
                               "the first sitting after charge (PACE s46).", event=c))
            continue
        replaced = any(later.at <= sitting for later in fixed[i + 1:])
        if not replaced and f.missed(sitting):
            out.append(finding("COURT_NOT_FIRST_SITTING", sitting,
                               f"The court sitting of {show(sitting)} ({c['court']}) passed with the child "
                               "still in the suite.", event=c))
    return out


def spell_findings(f: Facts, duty: Duty) -> list[Finding]:
    out = bail_decision_not_recorded(f, duty)
    for spell in duty.spells:
        out += transfer_not_requested(f, spell) + transfer_delayed(f, spell) + post_charge_long(f, spell)
    return out + not_escalated(f, duty) + certificate_missing(f, duty) + court_not_first_sitting(f, duty)


# --- due items (RULES.md section 5) ---------------------------------------------------------

def _item(f: Facts, code: str, due: datetime | None, label: str) -> DueItem:
    return DueItem(code, due, due is not None and due < f.now, label)


def s38_due(f: Facts, duty: Duty) -> list[DueItem]:
    if f.left_at is not None:
        return []
    out = []
    charge = duty.charge
    if charge is not None and duty.grace_end is not None and \
            not any(duty.post_charge(f, d) for d in f.all("bail_decision")):
        out.append(_item(f, "BAIL_DECISION", duty.grace_end, "Decide bail after charge (PACE s38(1))"))
    spell = duty.current
    if spell is None:
        return out
    deadline = request_deadline(f, spell)
    if not counted_requests(f, spell) and not any(is_exempt(f, c, deadline) for c in spell.certificates):
        out.append(_item(f, "LA_REQUEST", deadline, "Ask the local authority for accommodation (PACE s38(6))"))
    certs = spell.certificates
    for answer in spell.of_type("la_response"):
        if answer["provided"]:
            continue
        if any(f.before(answer, e) for e in f.all("escalated")) or any(f.before(answer, c) for c in certs):
            continue
        out.append(_item(f, "ESCALATION", after(answer.at, minutes=f.policy.escalation_minutes),
                         "Escalate: the local authority has not provided accommodation"))
    provided = first_provided(f, spell)
    if provided is not None and not _refused_after(f, provided, None):
        out.append(_item(f, "TRANSFER", after(provided.at, minutes=f.policy.la_transfer_within_minutes),
                         "Move the child to the accommodation provided"))
    if not certs:
        out.append(_item(f, "CERTIFICATE", None,
                         "s38(6) certificate, if the child cannot be moved to local authority accommodation"))
    if f.v11:
        fixed = [c for c in f.all("court_fixed") if duty.post_charge(f, c)]
        out.append(_item(f, "COURT", fixed[-1]["sitting_at"] if fixed else None,
                         "Court: the first sitting after charge (PACE s46)"))
        if certs:
            from .s38_certificates import supervised

            last = certs[-1]
            if not supervised(f, last, None):
                out.append(_item(f, "CERTIFICATE_SUPERVISION",
                                 after(last.at, minutes=f.policy.certificate_supervision_within_minutes),
                                 "An inspector to supervise the certificate (Code C 16.7)"))
    return out
