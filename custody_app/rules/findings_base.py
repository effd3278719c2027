"""Building findings: the code's source from data, the policy figures used, plain words."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..domain import Event
from . import codes
from .assessment import Finding
from .timecalc import show, show_duration


def finding(code: str, at: datetime, message: str, policy: dict[str, Any] | None = None,
            event: Event | None = None) -> Finding:
    return Finding(code=code, at=at, source=codes.source(code), policy=dict(policy or {}),
                   message=message, event_index=event.index if event is not None else None)


def first_at_or_before(events: list[Event], deadline: datetime) -> Event | None:
    """The first of these events (in time order) at or before the deadline."""
    for ev in events:
        if ev.at <= deadline:
            return ev
        break
    return None


def deadline_message(duty: str, anchor_words: str, anchor: datetime, done: Event | None,
                     end: datetime) -> str:
    if done is not None:
        return f"{duty} {show_duration(done.at - anchor)} after {anchor_words} (at {show(done.at)})."
    return f"{duty}: not done {show_duration(end - anchor)} after {anchor_words} ({show(anchor)})."
