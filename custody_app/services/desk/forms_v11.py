"""What the desk's forms need for custody-record/1.1 (no Qt here): which types and fields a
record's format takes, the offence table's choices, the certificates an inspector can
supervise, the bail grounds as s38(1) cites them, and the engine's judgement of a draft.

The law stays the engine's: a draft entry is judged by evaluating the record with it
appended (`decisions.would_be`) and reading the findings it draws.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...domain import Record
from ...domain.schema import BAIL_GROUNDS, BAIL_GROUNDS_10, event_types
from ...rules.assessment import Assessment, Finding
from ...rules.policy import Policy
from ...rules.timecalc import show
from .access import DeskError, Evaluate, Session

NEW_RECORD_FORMAT = "custody-record/1.1"  # a record begun in the application (INTERCHANGE.md "Versions")

# RULES.md section 4, step 1: each ground as recorded and as a certificate cites it for a child.
BAIL_GROUND_WORDS: dict[str, str] = {  # the citation first, so a narrow list still shows it
    "name_or_address_unknown": "s38(1)(b)(i) with (a)(i): name or address cannot be ascertained, or is doubted",
    "fail_to_surrender": "s38(1)(b)(i) with (a)(ii): will fail to appear in court to answer to bail",
    "commit_offence": ("s38(1)(b)(i) with (a)(iii): arrested for an imprisonable offence, detention necessary "
                       "to prevent an offence"),
    "prevent_injury_or_damage": ("s38(1)(b)(i) with (a)(iv): arrested for an offence that is not imprisonable, "
                                 "to prevent physical injury to another, or loss of or damage to property"),
    "interfere_with_justice": ("s38(1)(b)(i) with (a)(v): to prevent interference with the administration of "
                               "justice or an investigation"),
    "own_protection": "s38(1)(b)(i) with (a)(vi): for the child's own protection",
    "own_interests": "s38(1)(b)(ii): the child ought to be detained in their own interests",
    "other": "other (not a ground listed in s38(1)): give the reason",
    "serious_harm_to_public": ("serious harm to the public (1.0 records only: not a s38(1) ground; read as the "
                               "officer's serious-harm belief for secure accommodation)"),
}

ENDORSING_ROLES = ("inspector", "superintendent")
# findings of a would-be entry that are shown before saving and need a second Save to
# record (what happened is recorded as it happened; the finding stands in the record)
WARN_FIRST = {
    "strip_search": ("STRIP_SEARCH_OPPOSITE_SEX", "STRIP_SEARCH_TOO_FEW_PRESENT",
                     "STRIP_SEARCH_URGENCY_UNSUPPORTED", "STRIP_SEARCH_WAIVER_INVALID"),
    "court_fixed": ("COURT_NOT_FIRST_SITTING",),
    "observation": ("ROUSING_MISSED",),
}


def format_refusal(record: Record, event_type: str) -> str:
    """Why this entry type cannot be added to this record (a 1.1 type on a 1.0 record)."""
    if event_type in event_types(NEW_RECORD_FORMAT):
        return (f"This record is in the {record.format} format, which has no such entry: a record keeps the "
                "format it came in with, and only entries of that format are added to it (the interchange "
                "format, 'Versions'). Record what happened as a note.")
    return f"There is no entry of type {event_type!r}."


def bail_grounds_for(record: Record) -> list[tuple[str, str]]:
    """The grounds the bail form offers for this record's format (1.1: no serious_harm_to_public)."""
    keys = BAIL_GROUNDS if record.is_v11 else BAIL_GROUNDS_10
    return [(k, BAIL_GROUND_WORDS[k]) for k in keys]


def offence_choices(policy: Policy) -> list[tuple[str, str]]:
    """The offence table's rows (RULES.md section 7, as the suite has it) as (code, words)."""
    return [(code, f"{row.title} — {row.category}") for code, row in policy.offence_table.items()]


def certificate_choices(record: Record) -> list[tuple[str | None, str]]:
    """Which certificate an endorsement is for: the last one (null), or one by its id."""
    out: list[tuple[str | None, str]] = [(None, "the last certificate before this entry")]
    for e in record.events:
        if e.type == "certificate_issued" and e.id:
            ground = "(a) impracticable" if e.get("ground") == "impracticable" else "(b) no secure accommodation"
            out.append((e.id, f"entry {e.index + 1}: {show(e.at)}, {ground}, by {e.by}"))
    return out


def endorsement_refusal(session: Session) -> str | None:
    """Code C 16.7: an inspector or above supervises a certificate (and alone may override)."""
    if session.role in ENDORSING_ROLES:
        return None
    return ("Supervision of a certificate, and an override, are for an inspector or above (Code C 16.7). "
            "Ask the duty inspector to sign in.")


def draft_findings(record: Record, event: Mapping[str, Any], now: datetime, policy: Policy,
                   evaluate: Evaluate) -> tuple[Assessment, list[Finding]]:
    """The engine's judgement of the record with this draft entry added, and the findings
    the draft itself draws (a draft the domain refuses raises DeskError)."""
    from .decisions import would_be

    return would_be(record, event, now, policy, evaluate)


def warn_first(record: Record, event: Mapping[str, Any], now: datetime, policy: Policy,
               evaluate: Evaluate) -> list[Finding]:
    codes = WARN_FIRST.get(str(event.get("type")), ())
    if not codes:
        return []
    return [f for f in draft_findings(record, event, now, policy, evaluate)[1] if f.code in codes]


def finding_lines(found: Sequence[Finding]) -> str:
    """The engine's words for each finding, with its code and its source."""
    return "\n".join(dict.fromkeys(f"{f.message} [{f.code}, {f.source}]" for f in found))


def check_endorsement(session: Session, event: Mapping[str, Any]) -> None:
    if event.get("type") != "certificate_endorsed":
        return
    why = endorsement_refusal(session)
    if why:
        raise DeskError(why)
    if event.get("override") and not str(event.get("reason") or "").strip():
        raise DeskError("An override needs its reason: why the certificate may go to court while the finding "
                        "stands (RULES.md 6.1).", "reason")


# --- the wizard's last step: the court, the inspector's supervision, the production ------

@dataclass(frozen=True)
class CourtStep:
    v11: bool
    charged: bool
    court_text: str  # the court and sitting recorded after charge, in words
    court_due: str  # the engine's due item for the court, if any ("" when none)
    certificates: tuple[tuple[str | None, str], ...]  # what an endorsement may name
    supervision_text: str  # each certificate, supervised or not, in the engine's words
    supervise_refusal: str | None  # why this user may not supervise (None: they may)
    produced_text: str
    last_court: str  # to pre-fill the production


def court_step(record: Record, session: Session | None, now: datetime, policy: Policy,
               evaluate: Evaluate) -> CourtStep:
    from ...domain import as_of

    a = evaluate(record, now, policy)
    events = as_of(record, now)
    charge_at = a.charged_at
    courts = [e for e in events if e.type == "court_fixed" and charge_at is not None and e.at >= charge_at]
    if courts:
        c = courts[-1]
        first = "the first sitting after charge" if c["first_sitting"] else "NOT the first sitting after charge"
        court_text = f"Court fixed: {c['court']}, sitting {show(c['sitting_at'])} ({first}); entered by {c.by}."
    elif charge_at is None:
        court_text = "Not charged: the court is fixed after charge."
    else:
        court_text = "No court sitting recorded since the charge."
    due = next((d for d in a.due if d.code == "COURT"), None)
    court_due = "" if due is None else (f"{d_label(due.label)}: due {show(due.due)}" if due.due
                                        else d_label(due.label)) + (" (OVERDUE)" if due.overdue else "")
    lines = []
    for v in a.certificates:
        ends = [e for e in events if e.type == "certificate_endorsed"
                and (e["certificate"] == v.id if e["certificate"] else _last_cert_before(events, e) == v.event_index)]
        head = f"Certificate, entry {v.entry}, {'ground (a)' if v.ground == 'impracticable' else 'ground (b)'}"
        if ends:
            lines.append(f"{head}: supervised by " + "; ".join(
                f"{e.by} ({e['rank']}) {show(e.at)}" + (" — OVERRIDE: " + str(e["reason"]) if e["override"] else "")
                for e in ends) + ".")
        else:
            lines.append(f"{head}: no supervision by an inspector recorded (Code C 16.7).")
        if not v.printable:
            lines.append("   It cannot be printed: " + " ".join(v.refusal))
    produced = [e for e in events if e.type == "certificate_produced"]
    produced_text = ("Handed to the court: " + "; ".join(
        f"{e['court']} {show(e.at)}" + (f", received by {e['received_by']}" if e["received_by"] else "")
        for e in produced) + ".") if produced else "No certificate recorded as handed to the court."
    return CourtStep(record.is_v11, charge_at is not None, court_text, court_due,
                     tuple(certificate_choices(record)), "\n".join(lines) or "No certificate in this record.",
                     endorsement_refusal(session) if session is not None else "Sign in first.", produced_text,
                     str(courts[-1]["court"]) if courts else "")


def d_label(text: str) -> str:
    return text[:1].upper() + text[1:]


def _last_cert_before(events: Sequence[Any], endorsement: Any) -> int | None:
    before = [e for e in events if e.type == "certificate_issued" and e.at <= endorsement.at
              and e.index < endorsement.index]
    return before[-1].index if before else None


def draft_warnings(record: Record, event: Mapping[str, Any], now: datetime, policy: Policy,
                   evaluate: Evaluate) -> list[Finding]:
    """The engine's warnings (apart from findings) that this draft entry would draw, such as
    OFFENCE_CATEGORY_MISMATCH on a charge: shown at the form, never blocking."""
    a, _own = draft_findings(record, event, now, policy, evaluate)
    index = len(record.events)
    return [w for w in a.warnings if w.event_index == index]
