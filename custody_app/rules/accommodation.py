"""PACE s38(6): after charge and a refusal of bail, a move to local authority accommodation.

The duty applies from a post-charge refusal of bail until a later post-charge
grant; each spell's clocks run from the refusal that started it (RULES.md s.4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain import Event
from .assessment import AccommodationState, DueItem, Finding
from .facts import Facts
from .findings_base import finding
from .timecalc import after, show, show_duration

SECURE_CATEGORIES = ("violent", "sexual")
VALID_IMPRACTICABLE = frozenset({"weather_or_transport_impossible", "court_imminent"})
INVALID_IMPRACTICABLE = ("childs_behaviour", "nature_of_offence", "no_secure_available")
LA_DESTINATIONS = ("la_non_secure", "la_secure")


@dataclass
class Spell:
    refusal: Event
    window_start: datetime  # requests from here count (the charge, or the grant before this spell)
    ended: Event | None = None  # the grant of bail that ended it
    requests: list[Event] = field(default_factory=list)
    responses: list[Event] = field(default_factory=list)
    certificates: list[Event] = field(default_factory=list)
    escalations: list[Event] = field(default_factory=list)
    last_refusal: Event | None = None


@dataclass
class S38:
    findings: list[Finding]
    due: list[DueItem]
    state: AccommodationState
    spells: list[Spell]


def secure_problems(f: Facts, refusal: Event | None) -> list[str]:
    """Why a secure request would not be justified now (PACE s38(6)(b), (6A)); empty when it is."""
    problems = []
    age = f.age_at_charge
    if age is None:
        problems.append("the child is not shown to be 12 or over at charge (no date of birth)")
    elif age < 12:
        problems.append(f"the child was {age} at charge (secure accommodation is for 12 or over)")
    if not any(c["category"] in SECURE_CATEGORIES for c in f.all("charged")):
        problems.append("the charge is not for a violent or sexual offence")
    if refusal is None or "serious_harm_to_public" not in refusal["grounds"]:
        problems.append("bail was not refused to protect the public from serious harm")
    return problems


def evaluate_s38(f: Facts) -> S38:
    spells: list[Spell] = []
    findings: list[Finding] = []
    current: Spell | None = None
    charged_at: datetime | None = None
    window_start: datetime | None = None
    all_secure_requests: list[Event] = []
    last_request: Event | None = None
    for ev in f.events:
        t = ev.type
        if t == "charged":
            if charged_at is None:
                charged_at = window_start = ev.at
        elif t == "bail_decision" and charged_at is not None:
            if not ev["granted"]:
                if current is None:
                    assert window_start is not None
                    current = Spell(ev, window_start)
                    spells.append(current)
                current.last_refusal = ev
            elif current is not None:
                current.ended = ev
                current = None
                window_start = ev.at
        elif t == "la_accommodation_requested":
            if ev["kind"] == "secure":
                all_secure_requests.append(ev)
                if current is None:
                    findings.append(_not_applicable(f, ev, "A secure accommodation request"))
                else:
                    findings += _secure_check(f, ev, current, "A secure request")
            if current is not None:
                current.requests.append(ev)
            last_request = ev
        elif t == "la_response" and current is not None:
            current.responses.append(ev)
        elif t == "escalated" and current is not None:
            current.escalations.append(ev)
        elif t == "certificate_issued":
            if current is None:
                findings.append(_not_applicable(f, ev, "A certificate"))
            else:
                current.certificates.append(ev)
                findings += _certificate_checks(f, ev, current, all_secure_requests, last_request)
    all_requests = f.all("la_accommodation_requested")
    due: list[DueItem] = []
    for spell in spells:
        findings += _spell_clocks(f, spell, all_requests, due)
    findings += _certificate_missing(f, current)
    state = _state(f, current, charged_at)
    if current is not None and f.left_at is None and not current.certificates:
        due.append(DueItem("CERTIFICATE", None, False,
                           "s38(6) certificate, if the child cannot be moved to local authority accommodation"))
    return S38(findings, due, state, spells)


def _not_applicable(f: Facts, ev: Event, what: str) -> Finding:
    charged = f.first_charge is not None and f.before(f.first_charge, ev)
    why = ("bail has not been refused after charge" if charged else "the child has not been charged")
    reason = f.arrest["reason"]
    if not charged and reason in ("breach_of_court_bail", "warrant"):
        why = ("the arrest was for breach of court bail: the child goes before the court (Bail Act s7)"
               if reason == "breach_of_court_bail" else "the arrest was on a warrant: the child goes before the court")
    return finding("S38_NOT_APPLICABLE", ev.at, f"{what} was made when PACE s38(6) did not apply: {why}.", event=ev)


def _secure_check(f: Facts, ev: Event, spell: Spell, what: str) -> list[Finding]:
    problems = secure_problems(f, spell.last_refusal)
    if not problems:
        return []
    return [finding("SECURE_NOT_JUSTIFIED", ev.at, f"{what} is not justified: {'; '.join(problems)}.", event=ev)]


def _certificate_checks(f: Facts, ev: Event, spell: Spell, secure_requests: list[Event],
                        last_request: Event | None) -> list[Finding]:
    out: list[Finding] = []
    ground = ev["ground"]
    if ground == "no_secure_accommodation":
        out += _secure_check(f, ev, spell, "A certificate on the ground of no secure accommodation")
    if ground == "impracticable":
        bad = [r for r in INVALID_IMPRACTICABLE if r in ev["reasons"]]
        if bad:
            out.append(finding("IMPRACTICABLE_INVALID_REASON", ev.at,
                               "A certificate of impracticability may not rest on "
                               f"{', '.join(r.replace('_', ' ') for r in bad)} (Code C Note 16D): "
                               "only the real circumstances of the move count.", event=ev))
    problems = []
    if ground == "no_secure_accommodation":
        if not secure_requests:
            problems.append("it says no secure accommodation, but no secure request was logged")
        if ev["accommodation_required"] != "secure":
            problems.append("it says no secure accommodation, but the accommodation required is not secure")
    if last_request is not None and ev["accommodation_required"] != last_request["kind"]:
        problems.append(f"it says {ev['accommodation_required'].replace('_', '-')} accommodation was required, "
                        f"but the last request was for {last_request['kind'].replace('_', '-')}")
    if not str(ev["circumstances"]).strip():
        problems.append("the circumstances are empty")
    if problems:
        out.append(finding("CERTIFICATE_INCONSISTENT", ev.at,
                           f"The certificate contradicts the record: {'; '.join(problems)}.", event=ev))
    return out


def _spell_clocks(f: Facts, spell: Spell, all_requests: list[Event], due: list[DueItem]) -> list[Finding]:
    p = f.policy
    out: list[Finding] = []
    refusal = spell.refusal
    stop = min(f.end, spell.ended.at) if spell.ended else f.end
    live = spell.ended is None and f.left_at is None

    def missed(deadline: datetime) -> bool:
        return deadline < stop

    # Ask the local authority within [60 min] of the refusal.
    deadline = after(refusal.at, minutes=p.transfer_request_minutes)
    requested = any(spell.window_start <= r.at <= deadline for r in all_requests)
    excused = any(c["ground"] == "impracticable" and c["reasons"] and set(c["reasons"]) <= VALID_IMPRACTICABLE
                  and spell.window_start <= c.at <= deadline for c in f.all("certificate_issued"))
    if not requested and not excused:
        if missed(deadline):
            first = next((r for r in all_requests if r.at > deadline and r.at >= spell.window_start), None)
            when = (f"asked for {show_duration(first.at - refusal.at)} after" if first and first.at <= stop
                    else "not asked for after")
            out.append(finding("TRANSFER_NOT_REQUESTED", deadline,
                               f"Local authority accommodation {when} bail was refused ({show(refusal.at)}).",
                               {"transfer_request_minutes": p.transfer_request_minutes}))
        if live and not spell.requests:
            due.append(DueItem("LA_REQUEST", deadline, deadline < f.now,
                               "Ask the local authority for accommodation (PACE s38(6))"))
    # Escalate every refusal by the authority within [60 min], before any certificate.
    for response in spell.responses:
        if response["provided"]:
            continue
        esc_deadline = after(response.at, minutes=p.escalation_minutes)
        cert = next((c for c in spell.certificates if f.before(response, c)), None)
        escalated = any(f.before(response, e) and e.at <= esc_deadline and (cert is None or f.before(e, cert))
                        for e in spell.escalations)
        if escalated:
            continue
        policy = {"escalation_minutes": p.escalation_minutes}
        if cert is not None and cert.at <= esc_deadline:
            out.append(finding("NOT_ESCALATED", cert.at,
                               f"The local authority could not provide accommodation ({show(response.at)}); a "
                               "certificate was issued without escalating first.", policy, cert))
        elif missed(esc_deadline):
            out.append(finding("NOT_ESCALATED", esc_deadline,
                               f"The local authority could not provide accommodation ({show(response.at)}); "
                               f"not escalated within {p.escalation_minutes} min.", policy))
        elif live and cert is None:
            due.append(DueItem("ESCALATION", esc_deadline, esc_deadline < f.now,
                               "Escalate: the local authority has not provided accommodation"))
    # Not held in the suite more than [12 h] after bail was refused.
    long_deadline = after(refusal.at, hours=p.post_charge_max_hours)
    if missed(long_deadline):
        out.append(finding("POST_CHARGE_DETENTION_LONG", long_deadline,
                           f"Still in the suite {show_duration(stop - refusal.at)} after bail was refused "
                           f"({show(refusal.at)}).", {"post_charge_max_hours": p.post_charge_max_hours}))
    return out


def _certificate_missing(f: Facts, current: Spell | None) -> list[Finding]:
    left = f.leaving
    if current is None or left is None:
        return []
    if left.type == "released" or (left.type == "transferred" and left["to"] in LA_DESTINATIONS):
        return []
    if f.all("certificate_issued"):
        return []
    return [finding("CERTIFICATE_MISSING", left.at,
                    f"Bail was refused after charge and the child left ({left['to'].replace('_', ' ')}) "
                    "without moving to local authority accommodation, and no s38(6) certificate was made.",
                    event=left)]


def _state(f: Facts, current: Spell | None, charged_at: datetime | None) -> AccommodationState:
    reason = f.arrest["reason"]
    charged = charged_at is not None
    if current is not None:
        why = ("Bail was refused after charge: the child must be moved to local authority accommodation "
               "unless that is impracticable or, for secure, none is available (PACE s38(6)).")
    elif charged:
        why = "Charged; the duty to move the child applies only if bail is refused."
    elif reason == "breach_of_court_bail":
        why = ("Arrested for breach of court bail with no new charge: PACE s38(6) does not apply. The child "
               "must go before the court within 24 hours of arrest (Bail Act s7): no transfer duty, no "
               "certificate and no secure request.")
    elif reason == "warrant":
        why = ("Arrested on a warrant with no new charge: PACE s38(6) does not apply; the child goes before "
               "the court. No transfer duty, no certificate and no secure request.")
    else:
        why = "Not charged: the s38(6) duty can arise only after charge and a refusal of bail."
    problems = secure_problems(f, current.last_refusal if current else None) if current else []
    if current is None:
        secure_why = "A secure request can be made only while the s38(6) duty applies."
    elif problems:
        secure_why = "Secure accommodation cannot be asked for: " + "; ".join(problems) + "."
    else:
        secure_why = ("Secure accommodation may be asked for: 12 or over at charge, a violent or sexual "
                      "offence, and bail refused to protect the public from serious harm.")
    unescalated = False
    if current is not None:
        for response in current.responses:
            if not response["provided"] and not any(f.before(response, e) for e in current.escalations):
                unescalated = True
    return AccommodationState(
        charged=charged, applies=current is not None, why=why,
        refused_at=current.refusal.at if current else None, age_at_charge=f.age_at_charge,
        secure_allowed=current is not None and not problems, secure_why=secure_why,
        requests=len(current.requests) if current else 0, not_provided_unescalated=unescalated,
        certificate_issued=bool(current.certificates) if current else False)
