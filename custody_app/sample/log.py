"""An event log in minutes after the arrest, rendered as custody-record/1 events."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock

LEAVING = ("released", "transferred")


@dataclass
class Entry:
    t: int  # minutes after the arrest: the event's `at`
    recorded: int  # when it was written (a late entry is listed after later events)
    seq: int
    body: dict[str, Any]  # id, type, by and the type's fields (no `at`)


@dataclass
class Log:
    clock: Clock
    rng: random.Random
    entries: list[Entry] = field(default_factory=list)
    count: int = 0

    def add(self, t: int, etype: str, by: str, **fields: Any) -> dict[str, Any]:
        self.count += 1
        body: dict[str, Any] = {"id": f"e{self.count}", "type": etype, "by": by, **fields}
        self.entries.append(Entry(t, t, self.count, body))
        return body

    def late(self, body: dict[str, Any], minutes: int) -> None:
        """Mark an entry as written `minutes` after the thing happened."""
        for entry in self.entries:
            if entry.body is body:
                entry.recorded = entry.t + minutes
                return

    def recorded_at(self, body: dict[str, Any]) -> int:
        return next(e.recorded for e in self.entries if e.body is body)

    def events(self, now: int | None = None) -> list[dict[str, Any]]:
        """The events as listed (in recorded order), each with its `at`.

        now: keep only what happened up to that minute, and no leaving (a live record).
        """
        keep = self.entries
        if now is not None:
            keep = [e for e in keep if e.t <= now and e.body["type"] not in LEAVING]
            kept_ids = {e.body["id"] for e in keep}
            keep = [e for e in keep if e.body["type"] != "correction" or e.body["corrects"] in kept_ids]
        out: list[dict[str, Any]] = []
        rng = self.rng
        render = self.clock.render
        for entry in sorted(keep, key=lambda e: (e.recorded, e.seq)):
            body = entry.body
            ev = {"id": body["id"], "type": body["type"],
                  "at": render(entry.t, rng.random() < 0.5), **body}
            out.append(ev)
        return out


ALLOWED_AFTER_LEAVING = ("appeared_in_court", "safeguarding_referral", "note", "correction")


def trim_after(log: Log, end: int) -> None:
    """Drop what was planned for after the child left (only the leaving itself stays at `end`)."""
    log.entries = [e for e in log.entries
                   if e.t < end or e.body["type"] in LEAVING or e.body["type"] in ALLOWED_AFTER_LEAVING]
