"""PACE s38(6): after charge and a refusal of bail, a move to local authority accommodation
(RULES.md section 4). The duty's spells are in s38_duty, the clocks in s38_findings, each
request and certificate judged in s38_certificates; this module puts them together."""

from __future__ import annotations

from dataclasses import dataclass

from .assessment import AccommodationState, CertificateVerdict, DueItem, Finding, S38Position
from .facts import Facts
from .s38_certificates import judge_certificate, judge_secure_request, secure_problems_now, verdict
from .s38_duty import Duty, s38_duty
from .s38_findings import s38_due, spell_findings


@dataclass
class S38:
    findings: list[Finding]
    warnings: list[Finding]
    due: list[DueItem]
    state: AccommodationState
    certificates: tuple[CertificateVerdict, ...]
    position: S38Position | None
    duty: Duty


def evaluate_s38(f: Facts) -> S38:
    duty = s38_duty(f)
    findings: list[Finding] = []
    warnings: list[Finding] = []
    for ev in f.all("la_accommodation_requested"):
        if ev["kind"] == "secure":
            findings += judge_secure_request(f, ev, duty)
    for cert in f.all("certificate_issued"):
        found, warned = judge_certificate(f, cert, duty)
        findings += found
        warnings += warned
    findings += spell_findings(f, duty)
    verdicts = tuple(verdict(f, c, duty, findings) for c in f.all("certificate_issued"))
    current = duty.current
    position = S38Position(current.since, current.anchor, current.deemed) if current is not None else None
    return S38(findings, warnings, s38_due(f, duty), _state(f, duty), verdicts, position, duty)


def _state(f: Facts, duty: Duty) -> AccommodationState:
    reason = f.arrest["reason"]
    current = duty.current
    charged = duty.charge is not None
    if current is not None:
        why = ("Bail was refused after charge" if not current.deemed else
               "No bail decision was recorded within the grace after charge, so bail counts as refused")
        why += (": the child must be moved to local authority accommodation unless that is impracticable "
                "or, for secure, none is available (PACE s38(6)).")
    elif charged:
        why = "Charged; the duty to move the child applies only if bail is refused."
    elif reason == "breach_of_court_bail":
        why = ("Arrested for breach of court bail with no new charge: PACE s38(6) does not apply. The child "
               "must go before the court within 24 hours of arrest (Bail Act s7): no transfer duty, no "
               "certificate and no secure request.")
    elif reason == "breach_of_remand_conditions":
        why = ("Arrested for breach of remand conditions with no new charge: PACE s38(6) does not apply. The "
               "child goes before the court within 24 hours, not counting Sundays, Christmas Day or Good "
               "Friday (LASPO 2012 s97): no transfer duty, no certificate and no secure request.")
    elif reason == "warrant":
        why = ("Arrested on a warrant with no new charge: PACE s38(6) does not apply; the child goes before "
               "the court. No transfer duty, no certificate and no secure request.")
    else:
        why = "Not charged: the s38(6) duty can arise only after charge and a refusal of bail."
    problems: list[str] = []
    if current is None:
        secure_why = "A secure request can be made only while the s38(6) duty applies."
    else:
        problems = secure_problems_now(f, duty)
        if problems:
            secure_why = "Secure accommodation cannot be asked for: " + "; ".join(problems) + "."
        elif f.v11:
            secure_why = ("Secure accommodation may be asked for if you believe, and record why, that other local "
                          "authority accommodation would not protect the public from death or serious personal "
                          "injury from further such offences by the child (PACE s38(6A)).")
        else:
            secure_why = ("Secure accommodation may be asked for: 12 or over, a violent or sexual offence, and "
                          "bail refused to protect the public from serious harm.")
    unescalated = False
    certificate_issued = False
    if current is not None:
        responses = current.of_type("la_response")
        escalations = [e for e in f.all("escalated")]
        unescalated = any(not r["provided"] and not any(f.before(r, e) for e in escalations) for r in responses)
        certificate_issued = bool(current.certificates)
    return AccommodationState(
        charged=charged, applies=current is not None, why=why,
        refused_at=current.since if current else None, age_at_charge=f.age_on_instant(f.now) if current else
        f.age_at_charge, secure_allowed=current is not None and not problems, secure_why=secure_why,
        requests=len(current.of_type("la_accommodation_requested")) if current else 0,
        not_provided_unescalated=unescalated, certificate_issued=certificate_issued,
        deemed=bool(current and current.deemed), anchor=current.anchor if current else None)
