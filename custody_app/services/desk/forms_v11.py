"""What the desk's forms need for custody-record/1.1 (no Qt here): which types and fields a
record's format takes, the offence table's choices, the certificates an inspector can
supervise, the bail grounds as s38(1) cites them, and the engine's judgement of a draft.

The law stays the engine's: a draft entry is judged by evaluating the record with it
appended (`decisions.would_be`) and reading the findings it draws.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
BAIL_GROUND_WORDS: dict[str, str] = {
    "name_or_address_unknown": "name or address cannot be ascertained, or is doubted — s38(1)(b)(i) with (a)(i)",
    "fail_to_surrender": "will fail to appear in court to answer to bail — s38(1)(b)(i) with (a)(ii)",
    "commit_offence": ("arrested for an imprisonable offence: detention necessary to prevent an offence — "
                       "s38(1)(b)(i) with (a)(iii)"),
    "prevent_injury_or_damage": ("arrested for an offence that is not imprisonable: to prevent physical injury to "
                                 "another, or loss of or damage to property — s38(1)(b)(i) with (a)(iv)"),
    "interfere_with_justice": ("to prevent interference with the administration of justice or an investigation — "
                               "s38(1)(b)(i) with (a)(v)"),
    "own_protection": "for the child's own protection — s38(1)(b)(i) with (a)(vi)",
    "own_interests": "the child ought to be detained in their own interests — s38(1)(b)(ii)",
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
    rows = _offence_rows(policy)
    return [(code, f"{row['title']} — {row['category']}") for code, row in rows.items()]


def _offence_rows(policy: Policy) -> Mapping[str, Mapping[str, Any]]:
    try:
        from ...rules import offences  # type: ignore[attr-defined]
    except ImportError:  # until the engine's offence table lands  # TODO(merge)
        return {}
    return offences.table(policy)  # type: ignore[no-any-return]


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
