"""One line of plain words for an event's fields (the timeline of the record summary)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..domain import Event
from ..rules.timecalc import show
from . import words as W

_ENUM_WORDS: dict[str, dict[str, str]] = {
    "reason": W.ARREST_REASONS,
    "category": W.CATEGORIES,
    "kind": {**W.KINDS, "light": "light", "main": "main"},
    "to": {**W.TRANSFER_TO, **W.ESCALATED_TO},
    "outcome": W.RELEASE_OUTCOMES,
    "ground": W.GROUND_SHORT,
    "location": W.PLACEMENTS,
    "accommodation_required": W.KINDS,
    "rank": W.RANKS,
    "urgent_rank": W.RANKS,
    "officer_rank": W.RANKS,
    "mode": {"in_person": "in person", "video": "by video", "telephone": "by telephone"},
}
_LIST_WORDS: dict[str, dict[str, str]] = {
    "grounds": W.BAIL_GROUNDS,
    "reasons": W.CERTIFICATE_REASONS,
    "flags": W.RISK_FLAGS,
}
_SKIP = {"corrects", "fields"}
LABELS = {  # field names in words (never the raw name on paper)
    "offences": "offences", "offence_codes": "offence codes", "reason": "reason",
    "outside_force_area": "arrested outside the force area", "force_used": "force used",
    "indictable": "indictable", "grounds": "grounds", "name": "name", "relationship": "relationship",
    "aa_present": "appropriate adult present", "contact": "contact", "outcome": "outcome",
    "flags": "risk flags", "notes": "notes", "professional": "seen by", "fit_to_detain": "fit to detain",
    "fit_to_interview": "fit to interview", "interval_minutes": "visit every (minutes)",
    "rousing": "rouse at each visit", "roused": "roused", "response": "response",
    "awake_and_spoke": "awake and spoke", "location": "where", "with_adult": "with an adult",
    "kind": "kind", "urgent_authorised_by": "urgent interview authorised by", "urgent_rank": "rank",
    "urgent_grounds": "urgent grounds", "authorised_by": "authorised by",
    "urgent_without_aa_reason": "urgent without the AA because", "rank": "rank", "mode": "how",
    "child_asleep": "child asleep", "representations": "representations", "bail_considered": "bail considered",
    "welfare_considered": "welfare considered", "limit_hours": "limit (hours from the relevant time)",
    "category": "category", "granted": "bail granted", "other_reason": "other reason",
    "authority": "authority", "provided": "provided", "to": "to", "ground": "ground",
    "circumstances": "circumstances", "reasons": "reasons", "accommodation_required": "accommodation needed",
    "reference": "reference", "text": "text", "court": "court", "sitting_at": "sitting",
    "first_sitting": "first sitting after charge", "received_by": "received by", "override": "override",
    "officer_name": "officer", "officer_rank": "officer's rank", "serious_harm_reasons": "serious-harm reasons",
    "exclusions_checked": "exclusions checked", "reviewer_not_involved": "reviewer not involved",
    "remote_reason": "why not in person", "certificate": "certificate",
}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or value == ()
_CODE = re.compile(r"^[a-z]+(_[a-z]+)+$")


def value_words(name: str, value: Any, event_type: str = "") -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return W.yes_no(value)
    if isinstance(value, list | tuple):
        table = _LIST_WORDS.get(name)
        if name == "grounds" and event_type == "detention_authorised":
            table = None
        items = [W.word(table, v) if table else str(v) for v in value]
        return "; ".join(items) if items else "none"
    if isinstance(value, Mapping):
        return ", ".join(f"{LABELS.get(k, k.replace('_', ' '))}: {value_words(k, v)}"
                         for k, v in value.items() if not _empty(v)) or "none"
    if isinstance(value, str):
        table = _ENUM_WORDS.get(name)
        if table and value in table:
            return table[value]
        if _CODE.match(value):
            return value.replace("_", " ")
        return value
    return str(value)


def field_words(event_type: str, fields: Mapping[str, Any]) -> str:
    parts = []
    for name, value in fields.items():
        if name in _SKIP or _empty(value):
            continue
        if name == "sitting_at" and isinstance(value, str):
            from datetime import datetime

            value = show(datetime.fromisoformat(value))
        label = LABELS.get(name, name.replace("_", " "))
        parts.append(f"{label}: {value_words(name, value, event_type)}")
    return "; ".join(parts)


def describe(event: Event, listed: tuple[Event, ...]) -> str:
    """The event's fields in words, and what any correction changed."""
    if event.type == "correction":
        target_id = event.get("corrects")
        target = next((e for e in listed if e.id == target_id), None)
        what = f"entry {target.index + 1} ({W.title(target.type).lower()})" if target else str(target_id)
        changes = event.get("fields") or {}
        changed = "; ".join(
            f"{LABELS.get(k, k.replace('_', ' '))} → {value_words(k, v, target.type if target else '')}"
            for k, v in changes.items())
        return f"corrects {what}: {changed}. Reason: {event.get('reason')}"
    text = field_words(event.type, event.fields)
    note = event.raw.get("note")
    if isinstance(note, str) and note:
        text = f"{text}; note: {note}" if text else f"note: {note}"
    if event.corrected_by:
        original = listed[event.index] if event.index < len(listed) else None
        was = []
        if original is not None:
            if original.at != event.at:
                was.append(f"time: {show(original.at)}")
            for k, v in original.fields.items():
                if event.fields.get(k) != v:
                    was.append(f"{LABELS.get(k, k.replace('_', ' '))}: {value_words(k, v, event.type)}")
        marks = ", ".join(str(i + 1) for i in event.corrected_by)
        text += f" [corrected by entry {marks}"
        text += f"; as first entered: {'; '.join(was)}]" if was else "]"
    return text
