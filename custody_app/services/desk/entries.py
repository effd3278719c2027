"""Adding an entry to a record: checks, defaults, corrections, the one-key visit."""


from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from ...domain import Record, RecordError, as_of, parse_document
from ...rules.assessment import Assessment
from ...rules.timecalc import iso, show
from .access import DeskError, DeskStore, Session, as_stored, rank_for, refusal
from .correction_rank import check_correction
from .observation import Level, proposed_level


def new_id() -> str:
    import uuid  # here, not at start-up: on 3.11 it pulls in `platform` (~14 ms)

    return "d" + uuid.uuid4().hex[:12]


# --- late entries -------------------------------------------------------------------

LATE_PREFIX = "Late entry: "


def entry_instant(value: Any) -> datetime | None:
    """An entry's `at` as an aware instant, or None when it is not one (the domain's
    validation then says what is wrong with it)."""
    if isinstance(value, datetime):
        at = value
    elif isinstance(value, str):
        try:
            at = datetime.fromisoformat(value)
        except ValueError:
            return None
    else:
        return None
    return at if at.tzinfo is not None and at.utcoffset() is not None else None


EARLIEST_YEAR, LATEST_YEAR = 1900, 2999  # a custody entry outside these years is a typing slip


def last_entry_at(record: Record) -> datetime | None:
    """The latest `at` already in the record (every entry's own time, corrections included)."""
    return max((e.at for e in record.events), default=None)


def is_late(record: Record, at: datetime) -> bool:
    """True when `at` is earlier than the latest entry already in the record: the entry is
    late (or this computer's clock is wrong), and needs its reason."""
    last = last_entry_at(record)
    return last is not None and at < last


def late_reason(event: Mapping[str, Any]) -> str | None:
    """The reason a late entry gives (its `note` after "Late entry: "), or None."""
    note = event.get("note")
    if isinstance(note, str) and note.startswith(LATE_PREFIX):
        reason = note[len(LATE_PREFIX):].strip()
        return reason or None
    return None


def late_note(reason: str | None, note: str | None) -> str | None:
    """The `note` of an entry: "Late entry: <reason>" first when it is late, then the note."""
    parts = []
    if reason and reason.strip():
        parts.append(LATE_PREFIX + reason.strip())
    if note and note.strip():
        parts.append(note.strip())
    return "\n".join(parts) or None


def _blank(value: Any) -> bool:
    """Nothing entered (None or only spaces); a value of the wrong type is not blank (the
    domain's validation names the type)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _check_storable(event: Mapping[str, Any]) -> None:
    """Refuse what cannot be written as UTF-8 JSON (a lone surrogate, NaN, a non-JSON value),
    naming the field, before the store is asked."""
    for name, value in event.items():
        try:
            json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
        except (TypeError, ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
            raise DeskError(f"The {str(name).replace('_', ' ')} holds a character or a value that "
                            "cannot be stored; retype it.", str(name)) from None


def _shown(at: datetime | None) -> str:
    try:
        return show(at)
    except (OverflowError, ValueError):  # a year at the edge of the calendar: as it was typed
        return at.isoformat() if at is not None else "—"


def _check_late(record: Record, event: Mapping[str, Any]) -> None:
    at = entry_instant(event.get("at"))
    if at is None or not is_late(record, at):
        return
    if late_reason(event) is None:
        last = last_entry_at(record)
        raise DeskError(f"That time ({_shown(at)}) is earlier than the last entry in this record "
                        f"({_shown(last)}). If this is a late entry, give the reason it is late; if not, "
                        "check the time (and that this computer's clock is right).", "late_reason")


# --- entries ------------------------------------------------------------------------

def check_entry(record: Record, session: Session, event: Mapping[str, Any], stage: str) -> None:
    """Refuse an entry before it is stored: rank, then a time earlier than the last entry
    without a late reason, then the desk's own refusals, then the domain's validation of the
    whole record with the entry added (never re-implemented here)."""
    etype = str(event.get("type"))
    why = refusal(session, etype, stage)
    if why:
        raise DeskError(why)
    check_correction(record, session, event)  # correction_rank.py: a correction keeps the rank rules
    _check_storable(event)
    at = entry_instant(event.get("at"))
    if at is not None and not EARLIEST_YEAR <= at.year <= LATEST_YEAR:
        raise DeskError("That date is not a real one for a custody entry: check the year.", "at")
    _check_late(record, event)
    if etype == "aa_arrived" and not any(e.type == "aa_requested" for e in record.events):
        raise DeskError("No appropriate adult has been requested yet: record the request first "
                        "(Appropriate adult, 'Request').")
    if etype == "interview_started" and not event.get("aa_present") and _blank(event.get("urgent_authorised_by")):
        raise DeskError("A child is interviewed with an appropriate adult. Without one, only on a "
                        "superintendent's urgent authority (Code C 11.1, 11.18): enter who authorised it.",
                        "urgent_authorised_by")
    if etype == "placement":
        if event.get("with_adult"):
            raise DeskError("A child is never placed with a detained adult (Code C 8.8). Choose another place.",
                            "with_adult")
        if event.get("location") in ("juvenile_cell", "adult_cell") and _blank(event.get("reason", "")):
            raise DeskError("A child goes in a cell only when no other secure place is practicable, "
                            "and the reason is recorded (Code C 8.8). Enter the reason.", "reason")
    if etype == "strip_search" and not event.get("aa_present") and _blank(event.get("urgent_without_aa_reason")):
        raise DeskError("A strip search of a child is with an appropriate adult present, unless it is "
                        "urgent: enter why it could not wait.", "urgent_without_aa_reason")
    doc = dict(record.raw)
    events = list(doc.get("events", []))
    index = len(events)
    doc["events"] = [*events, dict(event)]
    try:
        parse_document(doc)
    except RecordError as exc:
        prefix = f"events[{index}]."
        field = exc.path[len(prefix):] if exc.path.startswith(prefix) else None
        if field in ("type", "at") and "after the child left" in exc.message:
            raise DeskError("The child has left custody: only a note, a court appearance, a "
                            "safeguarding referral or a correction may follow.", "at") from None
        raise DeskError(exc.message if field else str(exc), field) from None


def build_event(event_type: str, at: datetime, session: Session, values: Mapping[str, Any],
                note: str | None = None, late: str | None = None) -> dict[str, Any]:
    """The entry as stored; `late`: why it is entered late (kept in its note as
    "Late entry: <reason>"), needed when `at` is earlier than the record's last entry."""
    event: dict[str, Any] = {"type": event_type, "id": new_id(), "at": iso(at), "by": session.signature}
    if event_type in ("review", "extension_authorised"):
        event["rank"] = rank_for(session)
    event.update({k: v for k, v in values.items() if k not in ("type", "id", "at", "by", "note")})
    given = values.get("note")
    text = late_note(late, note if note and note.strip() else given if isinstance(given, str) else None)
    if text:
        event["note"] = text
    return event


def add_entry(store: DeskStore, session: Session, number: str, event: Mapping[str, Any],
              stage: str, now: datetime) -> Record:
    """Store one entry after checking it against the record as stored, in one transaction
    (the check and the write see the same record); returns the record as stored. A store
    that refuses or cannot be reached (a suite server gone) is a DeskError: the form keeps
    the entry."""
    from ...store import StoreError
    from ..live import refusal_words

    at = entry_instant(event.get("at"))
    if at is not None and at > now + timedelta(minutes=5):
        raise DeskError("That time is in the future: enter when it happened.", "at")
    try:
        with store.transaction():
            session = as_stored(store, session)
            record = load(store, number)
            check_entry(record, session, event, stage)
            try:
                return store.append_event(number, dict(event), session.username)
            except RecordError as exc:
                raise DeskError(str(exc)) from None
    except StoreError as exc:
        raise DeskError(refusal_words(exc)) from None


def load(store: DeskStore, number: str) -> Record:
    record = store.load_record(number)
    if record is None:
        raise DeskError(f"No record {number} in this database.")
    return record


def correction(target_id: str, changes: Mapping[str, Any], reason: str, at: datetime,
               session: Session, late: str | None = None) -> dict[str, Any]:
    if not reason.strip():
        raise DeskError("A correction needs its reason.", "reason")
    if not changes:
        raise DeskError("Nothing was changed.")
    event = {"type": "correction", "id": new_id(), "at": iso(at), "by": session.signature,
             "corrects": target_id, "fields": dict(changes), "reason": reason.strip()}
    text = late_note(late, None)
    if text:
        event["note"] = text
    return event


def defaults_for(a: Assessment, event_type: str) -> dict[str, Any]:
    """Sensible starting values for a form, from what the record already says and what the
    engine decided of it (whether an appropriate adult is present: `Assessment.aa`)."""
    record = a.record
    events = as_of(record, None)

    def last(kind: str) -> Any:
        return next((e for e in reversed(events) if e.type == kind), None)

    if event_type in ("aa_arrived", "aa_left", "aa_contact_failed"):
        req = last("aa_arrived" if event_type == "aa_left" else "aa_requested")
        return {"name": req.get("name")} if req else {}
    if event_type == "solicitor_arrived":
        req = last("solicitor_requested")
        return {"name": req.get("name")} if req else {}
    if event_type in ("rights_given", "interview_started", "strip_search"):
        return {"aa_present": a.aa.is_present}
    if event_type == "observation_level_set":
        level, _why = _proposed(a)
        return {"interval_minutes": level.interval_minutes, "rousing": level.rousing, "level": level.number}
    if event_type == "local_authority_informed" and record.child.local_authority:
        return {"name": record.child.local_authority}
    if event_type == "la_accommodation_requested" and record.child.local_authority:
        return {"authority": record.child.local_authority, "kind": "non_secure"}
    return {}


def _proposed(a: Assessment) -> tuple[Level, str]:
    """The observation level the last risk assessment proposes, and why."""
    risk = next((e for e in reversed(as_of(a.record, None)) if e.type == "risk_assessment"), None)
    return proposed_level(risk.get("flags") or () if risk else (), a.policy)


def level_proposal(a: Assessment) -> str:
    """What the risk assessment proposes for the observation level, in words for the form."""
    level, why = _proposed(a)
    return f"Proposed: {level.label}, because {why}. Confirm it with Save, or choose another level."


def visit_event(record: Record, session: Session, at: datetime) -> dict[str, Any]:
    """The F5 visit: roused when the observation level says so."""
    level = next((e for e in reversed(as_of(record, at)) if e.type == "observation_level_set"), None)
    roused = bool(level.get("rousing")) if level else False
    return build_event("observation", at, session, {"roused": roused, "response": "Checked: child settled"})


def search_event_types(query: str, labels: Mapping[str, str], order: Sequence[str]) -> list[str]:
    q = query.strip().lower()
    return [t for t in order if not q or q in labels.get(t, t).lower() or q in t]


# --- first start and the demo -----------------------------------------------------------

