"""Secure requests and certificates judged one by one (RULES.md sections 3, 4 and 6.1):
S38_NOT_APPLICABLE, SECURE_NOT_JUSTIFIED, IMPRACTICABLE_INVALID_REASON,
CERTIFICATE_INCONSISTENT, CERTIFICATE_NOT_SUPERVISED, CERTIFICATE_NOT_PRODUCED, the
wording warning, and whether each certificate may be printed."""

from __future__ import annotations

from datetime import datetime

from ..domain import Event
from .assessment import CertificateVerdict, Finding
from .facts import Facts
from .findings_base import finding
from .s38_duty import (
    SENIOR_TO_SERGEANT,
    Duty,
    counted_requests,
    endorsements_for,
    is_exempt,
    refusal_answers,
    request_deadline,
    supported_court_imminent,
)
from .timecalc import after, show

INVALID_IMPRACTICABLE = ("childs_behaviour", "nature_of_offence", "no_secure_available", "serious_harm_to_public")
REFUSING_CODES = ("S38_NOT_APPLICABLE", "SECURE_NOT_JUSTIFIED", "IMPRACTICABLE_INVALID_REASON",
                  "CERTIFICATE_INCONSISTENT")
REASON_WORDS = {
    "childs_behaviour": "the child's behaviour", "nature_of_offence": "the nature of the offence",
    "no_secure_available": "no secure accommodation being available",
    "serious_harm_to_public": "a risk of serious harm to the public",
}


def _empty(value: object) -> bool:
    return value is None or not str(value).strip()


def secure_problems(f: Facts, ev: Event, duty: Duty) -> list[str]:
    """Why a secure request or ground (b) certificate is not justified (PACE s38(6)(b), (6A));
    judged on its own date and on the charges before it. Empty when it is justified."""
    charges = [c for c in f.all("charged") if f.before(c, ev)]
    refusal = duty.refusal_in_force(f, ev)
    return _problems(f, ev.at, charges, ev.get("serious_harm_reasons"),
                     refusal is not None and "serious_harm_to_public" in refusal["grounds"])


def secure_problems_now(f: Facts, duty: Duty) -> list[str]:
    """What would stop a secure request made now (the officer's reasons aside, in 1.1)."""
    last = f.events[-1] if f.events else None
    refusal = duty.refusal_in_force(f, last) if last is not None else None
    harm = refusal is not None and "serious_harm_to_public" in refusal["grounds"] or (
        last is not None and last.type == "bail_decision" and "serious_harm_to_public" in last["grounds"])
    return _problems(f, f.now, f.all("charged"), "given" if f.v11 else None, harm)


def _problems(f: Facts, at: datetime, charges: list[Event], reasons: object, harm_ground: bool) -> list[str]:
    problems = []
    age = f.age_on_instant(at)
    if age is None:
        problems.append("the child is not shown to be 12 or over (no date of birth)")
    elif age < 12:
        problems.append(f"the child was {age} on the day (secure accommodation is for 12 or over)")
    if f.policy.secure_needs_violent_or_sexual and not any(f.shows_violent_or_sexual(c) for c in charges):
        problems.append("no charge before it shows a violent or sexual offence"
                        + (" in the offence table" if f.v11 else ""))
    if f.v11:
        if _empty(reasons):
            problems.append("no reasons are recorded for believing that other accommodation would not protect "
                            "the public from serious harm from the child")
    elif not harm_ground:
        problems.append("bail was not refused to protect the public from serious harm")
    return problems


def not_applicable(f: Facts, ev: Event, duty: Duty, what: str) -> Finding:
    if duty.charge is None or not f.before(duty.charge, ev):
        reason = f.arrest["reason"]
        why = {
            "breach_of_court_bail": "the arrest was for breach of court bail: the child goes before the court "
                                    "within 24 hours (Bail Act s7)",
            "warrant": "the arrest was on a warrant: the child goes before the court",
            "breach_of_remand_conditions": "the arrest was for breach of remand conditions: the child goes "
                                           "before the court (LASPO 2012 s97)",
        }.get(reason, "the child had not been charged")
    else:
        why = "bail had not been refused after charge (or had since been granted)"
    return finding("S38_NOT_APPLICABLE", ev.at, f"{what} was made when PACE s38(6) did not apply: {why}.", event=ev)


def judge_secure_request(f: Facts, ev: Event, duty: Duty) -> list[Finding]:
    if not duty.applies_to(ev):
        return [not_applicable(f, ev, duty, "A secure accommodation request")]
    problems = secure_problems(f, ev, duty)
    if not problems:
        return []
    return [finding("SECURE_NOT_JUSTIFIED", ev.at, f"A secure request is not justified: {'; '.join(problems)}.",
                    _secure_policy(f), event=ev)]


def _secure_policy(f: Facts) -> dict[str, object]:
    return {"secure_needs_violent_or_sexual": f.policy.secure_needs_violent_or_sexual}


def inconsistencies(f: Facts, cert: Event) -> list[str]:
    problems = []
    ground, required, reasons = cert["ground"], cert["accommodation_required"], tuple(cert["reasons"])
    requests = [r for r in f.all("la_accommodation_requested") if f.before(r, cert)]
    if ground == "no_secure_accommodation":
        if required != "secure":
            problems.append("it says no secure accommodation, but the accommodation required is not secure")
        if not any(r["kind"] == "secure" for r in requests):
            problems.append("it says no secure accommodation, but no secure request was made before it")
        if not refusal_answers(f, "secure", cert):
            problems.append("it says no secure accommodation, but the local authority had not answered that "
                            "none was available")
    if requests and required != requests[-1]["kind"]:
        problems.append(f"it says {str(required).replace('_', '-')} accommodation was required, but the last "
                        f"request was for {str(requests[-1]['kind']).replace('_', '-')}")
    if _empty(cert["circumstances"]):
        problems.append("the circumstances are empty")
    if "no_la_accommodation" in reasons and not refusal_answers(f, "non_secure", cert):
        problems.append("it gives 'no local authority accommodation', but no answer from the authority that "
                        "non-secure accommodation could not be provided came before it")
    if "no_secure_available" in reasons and not refusal_answers(f, "secure", cert):
        problems.append("it gives 'no secure accommodation available', but no answer from the authority that "
                        "secure accommodation could not be provided came before it")
    if f.v11:
        if "court_imminent" in reasons and not supported_court_imminent(f, cert):
            problems.append(f"it gives 'court imminent', but no court sitting is recorded within "
                            f"{f.policy.court_imminent_window_hours} h after it")
        if "other" in reasons and _empty(cert.get("other_reason")):
            problems.append("it gives 'other' with no other reason written")
        if ground == "impracticable" and not reasons:
            problems.append("a certificate of impracticability gives no reason")
    return problems


def supervised(f: Facts, cert: Event, by: datetime | None) -> bool:
    """An endorsement for it by an inspector or above, at or before `by` (None: any time)."""
    return any(e["rank"] in SENIOR_TO_SERGEANT and (by is None or e.at <= by) for e in endorsements_for(f, cert))


def judge_certificate(f: Facts, cert: Event, duty: Duty) -> tuple[list[Finding], list[Finding]]:
    """(findings, warnings) for one certificate."""
    if not duty.applies_to(cert):
        return [not_applicable(f, cert, duty, "A certificate")], []
    out: list[Finding] = []
    warnings: list[Finding] = []
    ground = cert["ground"]
    if ground == "no_secure_accommodation":
        problems = secure_problems(f, cert, duty)
        if problems:
            out.append(finding("SECURE_NOT_JUSTIFIED", cert.at, "A certificate on the ground of no secure "
                               f"accommodation is not justified: {'; '.join(problems)}.", _secure_policy(f),
                               event=cert))
    if ground == "impracticable":
        bad = [r for r in INVALID_IMPRACTICABLE if r in cert["reasons"]]
        if bad:
            out.append(finding("IMPRACTICABLE_INVALID_REASON", cert.at,
                               "A certificate of impracticability may not rest on "
                               f"{', '.join(REASON_WORDS[r] for r in bad)} (Code C Note 16D): only the real "
                               "circumstances of the move count.", event=cert))
        phrases = f.policy.certificate_wording_phrases
        texts = [str(cert["circumstances"] or "")] + ([str(cert.get("other_reason") or "")] if f.v11 else [])
        hits = sorted({p for p in phrases for t in texts if p.casefold() in t.casefold()})
        if hits:
            warnings.append(finding("CERTIFICATE_WORDING_REVIEW", cert.at,
                                    f"The certificate's words mention {', '.join(repr(h) for h in hits)}: read them "
                                    "to be sure it rests only on the circumstances of the move.",
                                    {"certificate_wording_phrases": list(phrases)}, cert))
    problems = inconsistencies(f, cert)
    if problems:
        policy = ({"court_imminent_window_hours": f.policy.court_imminent_window_hours}
                  if f.v11 and "court_imminent" in cert["reasons"] else {})
        out.append(finding("CERTIFICATE_INCONSISTENT", cert.at,
                           f"The certificate contradicts the record: {'; '.join(problems)}.", policy, event=cert))
    if f.v11:
        minutes = f.policy.certificate_supervision_within_minutes
        deadline = after(cert.at, minutes=minutes)
        if f.missed(deadline) and not supervised(f, cert, deadline):
            out.append(finding("CERTIFICATE_NOT_SUPERVISED", deadline,
                               f"No inspector or above recorded supervising the certificate of {show(cert.at)} "
                               f"within {minutes} min.", {"certificate_supervision_within_minutes": minutes}))
        appearance = next((a for a in f.all("appeared_in_court") if f.before(cert, a)), None)
        if appearance is not None and not any(
                f.before(cert, p) and p.at <= appearance.at for p in f.all("certificate_produced")):
            out.append(finding("CERTIFICATE_NOT_PRODUCED", appearance.at,
                               f"The child appeared in court ({show(appearance.at)}) and the certificate of "
                               f"{show(cert.at)} was not recorded as produced to the court (s38(7)).", event=cert))
    return out, warnings


# --- may it be printed (RULES.md 6.1) -----------------------------------------------------

def standing(f: Facts, cert: Event, duty: Duty) -> list[tuple[str, str]]:
    """(code, words) of TRANSFER_NOT_REQUESTED and NOT_ESCALATED standing for the certificate,
    judged at its own time."""
    out = []
    spell = duty.spell_of(cert)
    if spell is not None:
        deadline = request_deadline(f, spell)
        requests = counted_requests(f, spell)
        if not is_exempt(f, cert, deadline):
            before = [r for r in requests if f.before(r, cert)]
            if not before:
                out.append(("TRANSFER_NOT_REQUESTED", "no local authority accommodation was asked for before it"))
            elif deadline <= cert.at and not any(r.at <= deadline for r in requests):
                out.append(("TRANSFER_NOT_REQUESTED", f"local authority accommodation was not asked for by "
                            f"{show(deadline)}"))
    minutes = f.policy.escalation_minutes
    for answer in f.all("la_response"):
        if answer["provided"] or not f.before(answer, cert) or not duty.applies_to(answer):
            continue
        deadline = after(answer.at, minutes=minutes)
        if not any(f.before(answer, e) and e.at <= deadline and f.before(e, cert) for e in f.all("escalated")):
            out.append(("NOT_ESCALATED", f"the local authority's refusal of {show(answer.at)} was not escalated "
                        f"within {minutes} min before it"))
            break
    return out


def override_for(f: Facts, cert: Event) -> Event | None:
    for e in endorsements_for(f, cert):
        if e["rank"] in SENIOR_TO_SERGEANT and e["override"] and not _empty(e["reason"]):
            return e
    return None


def verdict(f: Facts, cert: Event, duty: Duty, found: list[Finding]) -> CertificateVerdict:
    codes = tuple(dict.fromkeys(x.code for x in found if x.event_index == cert.index and x.code in REFUSING_CODES))
    stands = standing(f, cert, duty) if duty.applies_to(cert) else []
    override = override_for(f, cert) if f.v11 else None
    refusal: list[str] = []
    messages = {x.code: x.message for x in found if x.event_index == cert.index}
    for code in codes:
        refusal.append(f"{code}: {messages[code]}")
    blocking = [(c, w) for c, w in stands if f.v11 and override is None]
    for code, words in blocking:
        refusal.append(f"{code}: {words}.")
    if codes or blocking:
        refusal.append(what_the_law_requires(f, cert, duty, codes, [c for c, _ in blocking]))
    return CertificateVerdict(
        entry=cert.index + 1, event_index=cert.index, id=cert.id, at=cert.at, ground=str(cert["ground"]),
        applies=duty.applies_to(cert), findings=codes, standing=tuple(c for c, _ in stands),
        override=override, printable=not refusal, refusal=tuple(refusal))


def what_the_law_requires(f: Facts, cert: Event, duty: Duty, codes: tuple[str, ...], blocking: list[str]) -> str:
    if "S38_NOT_APPLICABLE" in codes:
        return ("No certificate is needed: PACE s38(6) did not apply when it was made. The child goes before "
                "the court by the deadline (or is released); ask the duty inspector if in doubt.")
    if blocking:
        return ("The child should be moved to local authority accommodation: ask the authority, escalate its "
                "refusals, and ask the duty inspector; only an inspector's override with a reason allows this "
                "certificate to be printed.")
    return ("The law does not allow this certificate as made: the child should be moved to local authority "
            "accommodation; ask the duty inspector.")
