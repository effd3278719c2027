"""The PACE s38(6) detention certificate, produced to the court under s38(7).

Printed only when the engine finds the record allows a lawful certificate:
the refusal comes from the same findings the audit reports, never from a
second reading of the law here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from ..domain import Event, Record
from ..rules.assessment import Assessment
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show
from . import words as W
from .facts import (
    CertificateFacts,
    certificate_facts,
    events_in_order,
    last_certificate,
    record_end,
    record_fingerprint,
    short_fingerprint,
)
from .layout import PageInfo, bold, facts, grid, heading, para, render, section, spacer, text

TITLE = "Detention certificate, PACE s38(6)"

REFUSAL_CODES: dict[str, str] = {
    "S38_NOT_APPLICABLE": (
        "the PACE s38(6) duty did not apply when the certificate was made: it arises only when the "
        "custody officer has charged the child and refused bail (and has not since granted it); an "
        "arrest for breach of court bail or on a warrant with no new charge never engages it"),
    "SECURE_NOT_JUSTIFIED": (
        "ground (b) needs a child shown to be 12 or over on the day of charge, charged with a violent "
        "or sexual offence, and refused bail to protect the public from serious harm"),
    "IMPRACTICABLE_INVALID_REASON": (
        "a transfer is not 'impracticable' because of the child's behaviour, the nature of the "
        "offence or the lack of a secure place (PACE Code C Note 16D)"),
    "CERTIFICATE_INCONSISTENT": "the certificate contradicts the record",
}


class CertificateRefused(Exception):
    """The record does not allow a lawful certificate; `reason` says why in plain words."""

    def __init__(self, reason: str, codes: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.codes = codes


@dataclass(frozen=True)
class CheckedCertificate:
    certificate: Event
    assessment: Assessment


def check_certificate(record: Record, policy: Policy = DEFAULT_POLICY) -> CheckedCertificate:
    """The record's last certificate, if the engine finds it lawful; else CertificateRefused."""
    certificate = last_certificate(events_in_order(record))
    if certificate is None:
        raise CertificateRefused(
            f"{record.custody_number} has no s38(6) certificate: the record holds no "
            "'certificate issued' entry, so there is nothing to print.")
    from ..rules import evaluate

    assessment = evaluate(record, record_end(record), policy, whole_record=True)
    found = [
        f for f in assessment.findings
        if f.code in REFUSAL_CODES
        and (f.event_index == certificate.index or (f.event_index is None and f.at == certificate.at))
    ]
    if found:
        codes = tuple(dict.fromkeys(f.code for f in found))
        lines = []
        for f in found:
            line = f"{f.code}: {REFUSAL_CODES[f.code]}"
            if f.message:
                line += f" ({f.message.rstrip('.')})"
            lines.append(line)
        reason = (
            f"no certificate can be printed for {record.custody_number}: the certificate made "
            f"{show(certificate.at)} by {certificate.by} is not lawful on the record — "
            + "; ".join(lines)
            + ". Correct the record, then print again.")
        raise CertificateRefused(reason, codes)
    return CheckedCertificate(certificate, assessment)


def certificate_pdf(record: Record, policy: Policy = DEFAULT_POLICY) -> bytes:
    """The certificate as PDF bytes; raises CertificateRefused when it may not be printed."""
    checked = check_certificate(record, policy)
    f = certificate_facts(record, checked.certificate, checked.assessment)
    info = PageInfo(
        title=TITLE,
        force=record.force,
        suite=record.suite,
        custody_number=record.custody_number,
        fingerprint=short_fingerprint(record_fingerprint(record)),
        subject="Certificate under section 38(6) of the Police and Criminal Evidence Act 1984",
    )
    return render(_story(record, f), info)


def _date(d: date | None) -> str:
    return "not known" if d is None else f"{d.day} {d:%B %Y}"


def _lines(items: list[str]) -> str:
    return "<br/>".join(text(i) for i in items) if items else text(None)


def _story(record: Record, f: CertificateFacts) -> list[Flowable]:
    cert = f.certificate
    child = record.child
    ground = str(cert.get("ground"))
    letter, ground_words = W.GROUND_WORDS.get(ground, ("", ground))
    story: list[Flowable] = [
        para("Detention certificate", "title"),
        para("Police and Criminal Evidence Act 1984, section 38(6): an arrested juvenile kept in police "
             "detention after charge and not moved to local authority accommodation. To be produced to "
             "the court before which the child is first brought (section 38(7)). Times are UK time "
             "(GMT or BST as shown).", "subtitle"),
    ]

    if f.age_at_charge is not None:
        age = f"{f.age_at_charge} on the day of charge"
    else:
        age = "not shown (no date of birth: age in doubt)"
    story += section("1. The child", facts([
        ("Force", record.force),
        ("Custody suite", record.suite),
        ("Custody number", record.custody_number),
        ("Child's name", child.name),
        ("Date of birth", _date(child.date_of_birth) + (" (age in doubt)" if child.age_in_doubt else "")),
        ("Age at charge", age),
        ("In local authority care", W.yes_no(child.looked_after)
         + (f": {child.local_authority}" if child.looked_after and child.local_authority else "")),
    ]))

    charge_rows: list[list[object]] = [["Time of charge", "Offences charged", "Category", "Charged by"]]
    for c in f.charges:
        charge_rows.append([show(c.at), "; ".join(c.get("offences") or []),
                            W.word(W.CATEGORIES, c.get("category")), c.by])
    story += section("2. Charge", grid(charge_rows, [2.3, 4.2, 1.6, 1.3]))

    refusal = f.refusal
    if refusal is not None:
        grounds = W.words(W.BAIL_GROUNDS, refusal.get("grounds") or [])
        story += section("3. Bail refused (s38(1))", facts([
            ("Time bail was refused", show(refusal.at)),
            ("Refused by", refusal.by),
            ("Grounds", para(_lines(grounds), "cell", markup=True)),
        ]))
    else:
        story += section("3. Bail refused (s38(1))", para("No refusal of bail after charge is recorded."))

    if f.requests:
        rows: list[list[object]] = [["Asked at", "Authority", "Contact", "Kind asked for", "Answer", "Answered at"]]
        for r in f.requests:
            req = r.request
            answers = [_answer(a) for a in r.responses] or ["no answer recorded"]
            times = [show(a.at) for a in r.responses] or ["—"]
            rows.append([show(req.at), req.get("authority"), req.get("contact"),
                         W.word(W.KINDS, req.get("kind")),
                         para(_lines(answers), "cell", markup=True),
                         para(_lines(times), "cell", markup=True)])
        story += section("4. Requests to the local authority (s38(6))", grid(rows, [1.9, 1.9, 1.2, 1.1, 2.6, 1.9]))
    else:
        story += section("4. Requests to the local authority (s38(6))",
                         para("No request to the local authority is recorded."))

    if f.escalations:
        rows = [["Time", "Escalated to", "Outcome", "By"]]
        for e in f.escalations:
            rows.append([show(e.at), W.word(W.ESCALATED_TO, e.get("to")), e.get("outcome"), e.by])
        story += section("5. Escalations", grid(rows, [2.1, 2.0, 5.0, 1.2]))
    else:
        story += section("5. Escalations", para("No escalation is recorded."))

    reasons = W.words(W.CERTIFICATE_REASONS, cert.get("reasons") or [])
    story += section(
        f"6. Certificate: ground {letter}",
        para(f"I, {bold(cert.by)}, the custody officer, certify under section 38(6){text(letter)} of the "
             "Police and Criminal Evidence Act 1984:", markup=True),
        para(ground_words, "lawb"),
        para("Circumstances, as written by the custody officer:", "body"),
        facts([
            ("Circumstances", cert.get("circumstances")),
            ("Reasons recorded", para(_lines(reasons), "cell", markup=True)),
            ("Accommodation the child needed", W.word(W.KINDS, cert.get("accommodation_required"))),
        ], label_width=0.3),
    )
    if cert.corrected_by:
        story.append(para(f"This certificate entry was corrected (entries {', '.join('#' + str(i) for i in cert.corrected_by)} "
                          "of the record); it is printed as corrected.", "small"))

    story += section("7. Custody officer", facts([
        ("Custody officer", cert.by),
        ("Date and time of the certificate", show(cert.at)),
        ("Signature", spacer(9)),
    ]))
    story += [KeepTogether([
        heading("8. Received by the court (s38(7))"),
        facts([
            ("Court", spacer(6)),
            ("Received on (date and time)", spacer(6)),
            ("Name and signature", spacer(9)),
        ]),
        para(W.S38_7, "small"),
    ])]
    return story


def _answer(response: Event) -> str:
    if response.get("provided"):
        kind = W.word(W.KINDS, response.get("kind")) if response.get("kind") else ""
        answer = f"provided{' (' + kind + ')' if kind else ''}"
    else:
        answer = "not provided"
    reason = response.get("reason")
    return f"{answer}: {reason}" if reason else answer
