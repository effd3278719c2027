"""The PACE s38(6) detention certificate, produced to the court under s38(7) (RULES.md 6.1).

Printed only when the engine's verdict on the certificate allows it: the refusal
comes from the Assessment, never from a second reading of the law here. What it
prints comes from the certified facts (cert_facts.py), the same facts its
fingerprint is computed from, so the paper and `custody-app check` agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from .. import RULESET_VERSION
from ..domain import Record
from ..rules.assessment import Assessment
from ..rules.policy import DEFAULT_POLICY, Policy
from ..rules.timecalc import show, show_duration
from . import words as W
from .cert_facts import Certified, certificates_in, certified
from .layout import (
    DARK,
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
    text,
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


def _date(d: object) -> str:
    if not isinstance(d, str):
        return "not known: age in doubt"
    day = date.fromisoformat(d)
    return f"{day.day} {day:%B %Y}"


def _when(value: object) -> str:
    return show(_instant(value))


def _lines(items: Sequence[str]) -> Flowable:
    return para("<br/>".join(text(i) for i in items) if items else text(None), "cell", markup=True)


def _officer(cert: Mapping[str, Any]) -> str:
    name = cert.get("officer_name") or "name not recorded"
    rank = W.RANKS.get(str(cert.get("officer_rank")), None) if cert.get("officer_rank") else "rank not recorded"
    return f"{name}, {rank} ({cert.get('by')})"


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
               ("Certificate", f"entry {cert['entry']} of the custody record, made {_when(cert['at'])}")]),
    ]

    # 2. The child
    looked = "no"
    if child["looked_after"]:
        looked = "yes (in care, or accommodated under Children Act 1989 s20)"
        if child.get("local_authority"):
            looked += f": {child['local_authority']}"
    rows: list[tuple[str, object]] = [
        ("Name", f"{child['forenames']} {child['surname']}".strip()),
        ("Date of birth", _date(child["date_of_birth"])
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
        charge_rows.append([str(ch["entry"]), _when(ch["at"]), ch["by"], "; ".join(ch["offences"] or []),
                            _lines(_offence_lines(ch, policy))])
    body: Flowable = (grid(charge_rows, [0.7, 3.1, 1.1, 2.6, 3.5]) if f["charges"]
                      else para("No charge is recorded before the certificate."))
    story += section("4. Charges", body)

    # 5. Bail
    refusal = f["refusal"]
    if refusal is not None and not refusal["granted"]:
        grounds = W.words(W.BAIL_GROUNDS, refusal["grounds"] or [])
        story += section("5. Bail refused (s38(1))", facts([
            ("Time bail was refused", f"{_when(refusal['at'])} (entry {refusal['entry']})"),
            ("Refused by", refusal["by"]),
            ("Grounds", _lines(grounds)),
        ], label_width=0.34))
    else:
        since = _deemed_since(a)
        words = ("no bail decision recorded: bail counted as refused from "
                 f"{show(since) if since else 'charge + the grace period'}")
        if refusal is not None:
            words = f"bail granted {_when(refusal['at'])} (entry {refusal['entry']}); " + words
        story += section("5. Bail refused (s38(1))", para(words))

    # 6-8 and the signature: one page
    block: list[Flowable] = []
    block += section("6. Requests to the local authority, answers and escalations", _accommodation(f))
    block += section(f"7. The certification: s38(6){letter}", *_certification(f, letter, ground_words))
    block += section("8. The next court", para(_court(f)))
    block += section("Signature of the custody officer", _signature(cert))
    story.append(KeepTogether(block))

    story += section("9. Inspector's oversight (Code C 16.7 (verify))", *_oversight(f, checked.verdict))
    story += section("10. Corrections to what is certified", *_corrections(record, f))
    story += section("11. Other certificates in the record", _others(f, a))
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


def _deemed_since(a: Assessment) -> datetime | None:
    s38 = getattr(a, "s38", None)
    since = getattr(s38, "since", None)
    if isinstance(since, datetime):
        return since
    return a.accommodation.refused_at


def _offence_lines(charge: Mapping[str, Any], policy: Policy) -> list[str]:
    """The officer's category, and for each coded offence its row of the offence table (policy)."""
    recorded = W.word(W.CATEGORIES, charge.get("category"))
    codes = charge.get("offence_codes") or []
    if not codes:
        return [f"{recorded}: category as recorded by the officer, not checked against the statutory list"]
    lines = [f"category as recorded by the officer: {recorded}"]
    for code in codes:
        row = policy.offence_table.get(code)
        if row is None:
            lines.append(f"{code}: not in the offence table; category as recorded by the officer, not "
                         "checked against the statutory list")
        else:
            lines.append(f"{code}: {row.title}; {row.category}; {row.list}")
    return lines


def _accommodation(f: Mapping[str, Any]) -> Flowable:
    rows: list[list[object]] = [["Entry", "Time", "By", "What"]]
    items: list[tuple[str, int, list[object]]] = []
    last_request: datetime | None = None
    for kind, group in (("request", f["requests"]), ("answer", f["answers"]), ("escalation", f["escalations"])):
        for e in group:
            items.append((e["at"], int(e["entry"]), [kind, e]))
    items.sort(key=lambda t: (t[0], t[1]))
    for _, _, (kind, e) in items:
        assert isinstance(e, dict)
        if kind == "request":
            last_request = _instant(e["at"])
            what = (f"Asked {e['authority']} for {W.word(W.KINDS, e['kind'])} accommodation"
                    + (f" (contact {e['contact']})" if e.get("contact") else ""))
            if e.get("serious_harm_reasons"):
                what += f"; serious-harm reasons: {e['serious_harm_reasons']}"
        elif kind == "answer":
            at = _instant(e["at"])
            taken = f" {show_duration(at - last_request)} after the request" if at and last_request else ""
            kind_words = f" {W.word(W.KINDS, e['kind'])}" if e.get("kind") else ""
            what = f"{'Provided' if e['provided'] else 'Not provided'}{kind_words},{taken}: {e['reason']}"
        else:
            what = f"Escalated to {W.word(W.ESCALATED_TO, e['to'])}: {e['outcome']}"
        rows.append([str(e["entry"]), _when(e["at"]), e["by"], what])
    if len(rows) == 1:
        return para("No request to the local authority, answer or escalation is recorded before the certificate.")
    return grid(rows, [0.7, 3.1, 1.1, 5.6])


def _certification(f: Mapping[str, Any], letter: str, ground_words: str) -> list[Flowable]:
    cert = f["certificate"]
    child = f["child"]
    name = f"{child['forenames']} {child['surname']}".strip()
    reasons = W.words(W.CERTIFICATE_REASONS, cert.get("reasons") or [])
    if cert.get("other_reason"):
        reasons.append(f"other: {cert['other_reason']}")
    out: list[Flowable] = [
        para("PACE 1984 s38(6), as enacted (verify):", "small"),
        para(f"“{W.S38_6_OPENING} {letter} {ground_words}; [the other limb not quoted] "
             f"{W.S38_6_CLOSING}”", "law"),
        para(f"I, {text(_officer(cert))}, the custody officer, certify under section 38(6){text(letter)} "
             f"that, in the case of <b>{text(name)}</b>, "
             + text(_certified_words(cert["ground"])), "body", markup=True),
    ]
    rows: list[tuple[str, object]] = [
        ("Circumstances, as written", cert.get("circumstances")),
        ("Reasons", _lines(reasons)),
        ("Accommodation the child needed", W.word(W.KINDS, cert.get("accommodation_required"))),
    ]
    if cert["ground"] == "no_secure_accommodation":
        rows.append(("Serious-harm reasons", cert.get("serious_harm_reasons") or "not recorded"))
        rows.append(("Age on the day", "not known" if f["age"] is None else str(f["age"])))
    out.append(facts(rows, label_width=0.34))
    return out


def _certified_words(ground: object) -> str:
    if ground == "impracticable":
        return ("by reason of the circumstances specified below, it is impracticable to move the child "
                "to local authority accommodation.")
    return ("no secure accommodation is available and keeping the child in other local authority "
            "accommodation would not be adequate to protect the public from serious harm from the child.")


def _court(f: Mapping[str, Any]) -> str:
    court = f["court"]
    if court is None:
        return "no court sitting recorded"
    words = f"{court['court']}, sitting {_when(court['sitting_at'])} (entry {court['entry']})"
    if court.get("first_sitting") is False:
        words += ": not the first sitting after charge"
    return words


def _signature(cert: Mapping[str, Any]) -> Flowable:
    return facts([
        ("Custody officer", _officer(cert)),
        ("Date and time of the certificate", _when(cert["at"])),
        ("Signature", spacer(9)),
    ], label_width=0.34)


def _oversight(f: Mapping[str, Any], v: Verdict) -> list[Flowable]:
    out: list[Flowable] = []
    if f["endorsements"]:
        rows: list[list[object]] = [["Entry", "Time", "By", "Rank", "Override", "Reason"]]
        for e in f["endorsements"]:
            rows.append([str(e["entry"]), _when(e["at"]), e["by"], W.word(W.RANKS, e["rank"]),
                         "yes" if e["override"] else "no", e["reason"] or "—"])
        out.append(grid(rows, [0.7, 3.1, 1.1, 1.6, 1.1, 2.9]))
    else:
        out.append(para("No oversight by an inspector recorded."))
    if v.standing:
        lines = [f"{code}: {W.STANDING_WORDS.get(code, code)}" for code in v.standing]
        o = v.override
        if o is not None:
            lines.append(f"Printed under an override by {o.by}, {W.word(W.RANKS, o.get('rank'))}, "
                         f"{show(o.at)}: {o.get('reason')}")
        else:
            lines.append("No override is recorded (an older record).")
        box = Table([[para("<b>Findings the court should know of</b><br/>" + "<br/>".join(text(x) for x in lines),
                           "body", markup=True)]], hAlign="LEFT")
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, DARK), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        out.append(box)
    return out


def _corrections(record: Record, f: Mapping[str, Any]) -> list[Flowable]:
    if not f["corrections"]:
        return [para("No correction of anything printed above is recorded.")]
    produced = _produced_at(record)
    rows: list[list[object]] = [["Entry", "Corrects entry", "Field", "Original", "Now", "By, when, why"]]
    for c in f["corrections"]:
        at = _instant(c["at"])
        when = f"{c['by']}, {_when(c['at'])}: {c['reason']}"
        if produced is not None and at is not None and at > produced:
            when += " (made after the child was produced at court)"
        changes = c["fields"] if isinstance(c["fields"], dict) else {}
        for k, (name, new) in enumerate(changes.items()):
            rows.append([str(c["entry"]) if k == 0 else "", str(c["corrects_entry"]) if k == 0 else "",
                         _field_name(name), _shown(name, c["original"].get(name)), _shown(name, new),
                         when if k == 0 else ""])
    return [para("This certificate prints the record as corrected. Each correction of an entry printed "
                 "above is listed with the original words: the corrected words were not certified at the "
                 "original time.", "body"),
            grid(rows, [0.8, 1.1, 2.0, 2.5, 2.5, 2.7])]


def _field_name(name: str) -> str:
    from .describe import LABELS

    return LABELS.get(name, name.replace("_", " "))


def _shown(name: str, value: object) -> str:
    if value is None:
        return "(none)"
    if name in ("at", "sitting_at"):
        return _when(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or "(none)"
    if isinstance(value, bool):
        return W.yes_no(value)
    return str(value)


def _produced_at(record: Record) -> datetime | None:
    from ..domain import apply_corrections

    times = [e.at for e in apply_corrections(record, None, strict=False)
             if e.type in LEAVING_TO_COURT or (e.type == "transferred" and e.get("to") == "court")]
    return min(times) if times else None


def _others(f: Mapping[str, Any], a: Assessment) -> Flowable:
    if not f["other_certificates"]:
        return para("No other certificate is recorded.")
    rows: list[list[object]] = [["Entry", "Time", "Ground", "Could it be printed?"]]
    for o in f["other_certificates"]:
        v = verdict(a, int(o["entry"]))
        state = "yes" if v.printable else "no: " + ", ".join(v.reason_codes)
        rows.append([str(o["entry"]), _when(o["at"]), W.GROUND_SHORT.get(str(o["ground"]), str(o["ground"])),
                     state])
    return grid(rows, [0.7, 3.1, 3.4, 3.4])
