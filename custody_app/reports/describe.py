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
}
_LIST_WORDS: dict[str, dict[str, str]] = {
    "grounds": W.BAIL_GROUNDS,
    "reasons": W.CERTIFICATE_REASONS,
}
_SKIP = {"corrects", "fields"}
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
        return ", ".join(f"{k.replace('_', ' ')}: {value_words(k, v)}" for k, v in value.items())
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
        if name in _SKIP:
            continue
        parts.append(f"{name.replace('_', ' ')}: {value_words(name, value, event_type)}")
    return "; ".join(parts)


def describe(event: Event, listed: tuple[Event, ...]) -> str:
    """The event's fields in words, and what any correction changed."""
    if event.type == "correction":
        target_id = event.get("corrects")
        target = next((e for e in listed if e.id == target_id), None)
        what = f"#{target.index} ({W.title(target.type).lower()})" if target else str(target_id)
        changes = event.get("fields") or {}
        changed = "; ".join(
            f"{k.replace('_', ' ')} → {value_words(k, v, target.type if target else '')}"
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
                    was.append(f"{k.replace('_', ' ')}: {value_words(k, v, event.type)}")
        marks = ", ".join(f"#{i}" for i in event.corrected_by)
        text += f" [corrected by {marks}"
        text += f"; as first entered: {'; '.join(was)}]" if was else "]"
    return text
