"""The PACE s38(6) detention certificate, produced to the court under s38(7) (RULES.md 6.1).

Printed only when the engine's verdict on the certificate allows it: the refusal
comes from the Assessment, never from a second reading of the law here. What it
prints comes from the certified facts (cert_facts.py), the same facts its
fingerprint is computed from, so the paper and `custody-app check` agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from reportlab.platypus import Flowable, KeepTogether

from .. import RULESET_VERSION
from ..domain import Record
from ..rules.assessment import Assessment
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show, show_duration
from . import words as W
from .cert_facts import Certified, certificates_in, certified
from .certificate_parts import (
    accommodation,
    certification,
    corrections,
    court,
    date_words,
    deemed_since,
    lines,
    offence_lines,
    others,
    oversight,
    signature,
    when,
)
from .layout import (
    DEFAULT_MARKING,
    PageInfo,
    facts,
    grid,
    heading,
    para,
    policy_figures,
    policy_words,
    printed_words,
    render,
    section,
    spacer,
)
from .verdicts import Verdict, verdict

TITLE = "Detention certificate, PACE s38(6)"
LEAVING_TO_COURT = ("certificate_produced", "appeared_in_court")


class CertificateRefused(Exception):
    """The certificate may not be printed; `lines` say why, one line per reason."""

    def __init__(self, reason: str, codes: tuple[str, ...] = (), lines: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.codes = codes
        self.lines = lines or (reason,)


@dataclass(frozen=True)
class CheckedCertificate:
    entry: int  # 1-based
    assessment: Assessment
    verdict: Verdict
    certified: Certified


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    return datetime.fromisoformat(value).astimezone(UTC)


def choose(record: Record, cert_id: str | None = None) -> int:
    """The 1-based entry of the certificate asked for: by id, or the last in at order."""
    entries = certificates_in(record)
    if cert_id is not None:
        for entry in entries:
            if record.events[entry - 1].id == cert_id:
                return entry
        raise CertificateRefused(f"{record.custody_number} has no certificate with id {cert_id!r}")
    if not entries:
        raise CertificateRefused(
            f"{record.custody_number} has no s38(6) certificate: the record holds no "
            "'certificate issued' entry, so there is nothing to print.")
    from ..domain import apply_corrections

    listed = apply_corrections(record, None, strict=False)
    return max(entries, key=lambda e: (listed[e - 1].at, e))


def judge(record: Record, policy: Policy = DEFAULT_POLICY) -> Assessment:
    from ..rules import evaluate
    from .facts import record_end

    return evaluate(record, record_end(record), policy, whole_record=True)


def check_certificate(record: Record, policy: Policy = DEFAULT_POLICY, cert_id: str | None = None,
                      assessment: Assessment | None = None) -> CheckedCertificate:
    """The certificate asked for, if the engine's verdict allows it; else CertificateRefused."""
    entry = choose(record, cert_id)
    a = assessment if assessment is not None else judge(record, policy)
    v = verdict(a, entry)
    if not v.printable:
        cert = record.events[entry - 1]
        lines = tuple(v.refusal)
        reason = (f"the certificate of {show(cert.at)} by {cert.by} in {record.custody_number} "
                  f"cannot be printed:\n" + "\n".join(f"  {line}" for line in lines))
        raise CertificateRefused(reason, v.reason_codes, lines)
    return CheckedCertificate(entry, a, v, certified(record, entry))


def certificate_pdf(record: Record, policy: Policy = DEFAULT_POLICY, *, cert_id: str | None = None,
                    printed_at: datetime | None = None, printed_by: str | None = None,
                    marking: str | None = None) -> bytes:
    """The certificate as PDF bytes; raises CertificateRefused when it may not be printed."""
    checked = check_certificate(record, policy, cert_id)
    c = checked.certified
    info = PageInfo(
        title=TITLE, force=record.force, suite=record.suite, custody_number=record.custody_number,
        check=f"{c.line}  ·  check code {c.check}",
        subject="Certificate under section 38(6) of the Police and Criminal Evidence Act 1984",
        marking=marking or policy.protective_marking or DEFAULT_MARKING,
        printed=printed_words(printed_at or datetime.now(UTC), printed_by),
        policy=policy_words(policy),
    )
    return render(_story(record, checked, policy), info)


def _story(record: Record, checked: CheckedCertificate, policy: Policy) -> list[Flowable]:
    f = checked.certified.facts
    a = checked.assessment
    cert = f["certificate"]
    cert_at = _instant(cert["at"])
    child = f["child"]
    ground = str(cert["ground"])
    letter, ground_words = W.GROUND_WORDS.get(ground, ("", ground))
    story: list[Flowable] = [
        para("Detention certificate: PACE s38(6), to be produced to the court (s38(7))", "title2"),
        heading("1. Force, suite and record"),
        facts([("Force", record.force), ("Custody suite", record.suite), ("Custody number", record.custody_number),
               ("Certificate", f"entry {cert['entry']} of the custody record, made {when(cert['at'])}")]),
    ]

    # 2. The child
    looked = "no"
    if child["looked_after"]:
        looked = "yes (in care, or accommodated under Children Act 1989 s20)"
        if child.get("local_authority"):
            looked += f": {child['local_authority']}"
    rows: list[tuple[str, object]] = [
        ("Name", f"{child['forenames']} {child['surname']}".strip()),
        ("Date of birth", date_words(child["date_of_birth"])
         + (" (age in doubt)" if child["age_in_doubt"] and child["date_of_birth"] else "")),
        ("Age on the day of the certificate", "not known" if f["age"] is None else f"{f['age']}"),
    ]
    if child.get("sex") and child["sex"] != "not_known":
        rows.append(("Sex", W.SEXES.get(str(child["sex"]), str(child["sex"]))))
    rows.append(("Looked after by a local authority", looked))
    story += section("2. The child", facts(rows, label_width=0.34))

    # 3. Arrest and arrival
    start = a.arrived_at or a.arrested_at
    so_far = show_duration(cert_at - start) if cert_at is not None and start is not None else "not known"
    story += section("3. Arrest and arrival", facts([
        ("Arrested", show(a.arrested_at)),
        ("Arrived at the station", show(a.arrived_at) if a.arrived_at else "no arrival recorded"),
        ("Time in police detention when certified", so_far),
    ], label_width=0.34))

    # 4. Charges
    charge_rows: list[list[object]] = [["Entry", "Time of charge", "By", "Offences", "Category and statutory list"]]
    for ch in f["charges"]:
        charge_rows.append([str(ch["entry"]), when(ch["at"]), ch["by"], "; ".join(ch["offences"] or []),
                            lines(offence_lines(ch, policy))])
    body: Flowable = (grid(charge_rows, [0.7, 3.1, 1.1, 2.6, 3.5]) if f["charges"]
                      else para("No charge is recorded before the certificate."))
    story += section("4. Charges", body)

    # 5. Bail
    refusal = f["refusal"]
    if refusal is not None and not refusal["granted"]:
        grounds = W.words(W.BAIL_GROUNDS, refusal["grounds"] or [])
        story += section("5. Bail refused (s38(1))", facts([
            ("Time bail was refused", f"{when(refusal['at'])} (entry {refusal['entry']})"),
            ("Refused by", refusal["by"]),
            ("Grounds", lines(grounds)),
        ], label_width=0.34))
    else:
        since = deemed_since(a)
        words = ("no bail decision recorded: bail counted as refused from "
                 f"{show(since) if since else 'charge + the grace period'}")
        if refusal is not None:
            words = f"bail granted {when(refusal['at'])} (entry {refusal['entry']}); " + words
        story += section("5. Bail refused (s38(1))", para(words))

    # 6-8 and the signature: one page
    block: list[Flowable] = []
    block += section("6. Requests to the local authority, answers and escalations", accommodation(f))
    block += section(f"7. The certification: s38(6){letter}", *certification(f, letter, ground_words))
    block += section("8. The next court", para(court(f)))
    block += section("Signature of the custody officer", signature(cert))
    story.append(KeepTogether(block))

    story += section("9. Inspector's oversight (Code C 16.7 (verify))", *oversight(f, checked.verdict))
    story += section("10. Corrections to what is certified", *corrections(record, f))
    story += section("11. Other certificates in the record", others(f, a))
    story += [KeepTogether([
        heading("12. Received by the court (s38(7))"),
        para(f"“{W.S38_7}” (PACE 1984 s38(7) (verify))", "law"),
        facts([
            ("Court", spacer(6)),
            ("Received on (date and time)", spacer(6)),
            ("Name and signature", spacer(9)),
        ], label_width=0.34),
    ])]
    story += [spacer(3), para(
        f"Judged under rule set {RULESET_VERSION}, {policy_words(policy)}: "
        + ", ".join(f"{k} {v}" for k, v in policy_figures(policy).items()) + ".", "small")]
    return story


