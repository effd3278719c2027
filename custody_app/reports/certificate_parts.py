"""The parts of the s38(6) certificate (RULES.md 6.1, items 2 to 11), from its certified facts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from ..domain import Record
from ..rules.assessment import Assessment
from ..rules.policy import Policy
from ..rules.timecalc import show, show_duration
from . import words as W
from .layout import DARK, facts, grid, para, spacer, text
from .verdicts import Verdict, verdict

LEAVING_TO_COURT = ("certificate_produced", "appeared_in_court")


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    return datetime.fromisoformat(value).astimezone(UTC)


def date_words(d: object) -> str:
    if not isinstance(d, str):
        return "not known: age in doubt"
    day = date.fromisoformat(d)
    return f"{day.day} {day:%B %Y}"


def when(value: object) -> str:
    return show(_instant(value))


def lines(items: Sequence[str]) -> Flowable:
    return para("<br/>".join(text(i) for i in items) if items else text(None), "cell", markup=True)


def officer(cert: Mapping[str, Any]) -> str:
    name = cert.get("officer_name") or "name not recorded"
    rank = W.RANKS.get(str(cert.get("officer_rank")), None) if cert.get("officer_rank") else "rank not recorded"
    return f"{name}, {rank} ({cert.get('by')})"


def deemed_since(a: Assessment) -> datetime | None:
    s38 = getattr(a, "s38", None)
    since = getattr(s38, "since", None)
    if isinstance(since, datetime):
        return since
    return a.accommodation.refused_at


def offence_lines(charge: Mapping[str, Any], policy: Policy) -> list[str]:
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


def accommodation(f: Mapping[str, Any]) -> Flowable:
    rows: list[list[object]] = [["Entry", "Time", "By", "What"]]
    items: list[tuple[str, int, str, dict[str, Any]]] = []
    last_request: datetime | None = None
    for kind, group in (("request", f["requests"]), ("answer", f["answers"]), ("escalation", f["escalations"])):
        for e in group:
            items.append((e["at"], int(e["entry"]), kind, e))
    items.sort(key=lambda t: (t[0], t[1]))
    for _, _, kind, e in items:
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
        rows.append([str(e["entry"]), when(e["at"]), e["by"], what])
    if len(rows) == 1:
        return para("No request to the local authority, answer or escalation is recorded before the certificate.")
    return grid(rows, [0.7, 3.1, 1.1, 5.6])


def certification(f: Mapping[str, Any], letter: str, ground_words: str) -> list[Flowable]:
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
        para(f"I, {text(officer(cert))}, the custody officer, certify under section 38(6){text(letter)} "
             f"that, in the case of <b>{text(name)}</b>, "
             + text(_certified_words(cert["ground"])), "body", markup=True),
    ]
    rows: list[tuple[str, object]] = [
        ("Circumstances, as written", cert.get("circumstances")),
        ("Reasons", lines(reasons)),
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


def court(f: Mapping[str, Any]) -> str:
    court = f["court"]
    if court is None:
        return "no court sitting recorded"
    words = f"{court['court']}, sitting {when(court['sitting_at'])} (entry {court['entry']})"
    if court.get("first_sitting") is False:
        words += ": not the first sitting after charge"
    return words


def signature(cert: Mapping[str, Any]) -> Flowable:
    return facts([
        ("Custody officer", officer(cert)),
        ("Date and time of the certificate", when(cert["at"])),
        ("Signature", spacer(9)),
    ], label_width=0.34)


def oversight(f: Mapping[str, Any], v: Verdict) -> list[Flowable]:
    out: list[Flowable] = []
    if f["endorsements"]:
        rows: list[list[object]] = [["Entry", "Time", "By", "Rank", "Override", "Reason"]]
        for e in f["endorsements"]:
            rows.append([str(e["entry"]), when(e["at"]), e["by"], W.word(W.RANKS, e["rank"]),
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


def corrections(record: Record, f: Mapping[str, Any]) -> list[Flowable]:
    if not f["corrections"]:
        return [para("No correction of anything printed above is recorded.")]
    produced = _produced_at(record)
    rows: list[list[object]] = [["Entry", "Corrects entry", "Field", "Original", "Now", "By, when, why"]]
    for c in f["corrections"]:
        at = _instant(c["at"])
        why = f"{c['by']}, {when(c['at'])}: {c['reason']}"
        if produced is not None and at is not None and at > produced:
            why += " (made after the child was produced at court)"
        changes = c["fields"] if isinstance(c["fields"], dict) else {}
        for k, (name, new) in enumerate(changes.items()):
            rows.append([str(c["entry"]) if k == 0 else "", str(c["corrects_entry"]) if k == 0 else "",
                         _field_name(name), _shown(name, c["original"].get(name)), _shown(name, new),
                         why if k == 0 else ""])
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
        return when(value)
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


def others(f: Mapping[str, Any], a: Assessment) -> Flowable:
    if not f["other_certificates"]:
        return para("No other certificate is recorded.")
    rows: list[list[object]] = [["Entry", "Time", "Ground", "Could it be printed?"]]
    for o in f["other_certificates"]:
        v = verdict(a, int(o["entry"]))
        state = "yes" if v.printable else "no: " + ", ".join(v.reason_codes)
        rows.append([str(o["entry"]), when(o["at"]), W.GROUND_SHORT.get(str(o["ground"]), str(o["ground"])),
                     state])
    return grid(rows, [0.7, 3.1, 3.4, 3.4])
