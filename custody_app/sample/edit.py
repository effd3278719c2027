"""Editing a rendered sample document's events the way log.py would have written them.

log.py lists events in the order they were recorded (a late entry after later
events) and numbers their ids `e1`, `e2`, ... in the order they were made. An
added or moved event here is taken as recorded at its own `at`: it goes after
every event recorded by then (an event is recorded no earlier than the latest
`at` listed before it) and before the first one recorded later; an added event
gets the next free `eN`. Instants are UTC; `at` is written as log.py writes it,
London local (+01:00 in summer) or UTC, at random.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from ..domain import LONDON

Event = dict[str, Any]
MINUTE = timedelta(minutes=1)


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def local_minute_of_day(at: datetime) -> int:
    local = at.astimezone(LONDON)
    return local.hour * 60 + local.minute


def next_local(after: datetime, minute_of_day: int) -> datetime:
    """The first instant at or after `after` when the London wall clock shows minute_of_day."""
    local = after.astimezone(LONDON)
    day = local.date()
    for _ in range(3):
        candidate = datetime(day.year, day.month, day.day, minute_of_day // 60, minute_of_day % 60,
                             tzinfo=LONDON).astimezone(UTC)
        if candidate >= after:
            return candidate
        day += timedelta(days=1)
    raise AssertionError("no such local time in three days")  # pragma: no cover


class Events:
    """The events of one document, in listed order, with their instants."""

    def __init__(self, events: list[Event], rng: random.Random) -> None:
        self.items = events
        self.rng = rng
        self._at = {id(e): instant(e["at"]) for e in events}
        numbers = [int(e["id"][1:]) for e in events
                   if isinstance(e.get("id"), str) and e["id"][:1] == "e" and e["id"][1:].isdigit()]
        self._next = max(numbers, default=0) + 1

    def at(self, event: Event) -> datetime:
        return self._at[id(event)]

    def of(self, *types: str) -> list[Event]:
        """Events of these types in at order (equal times keep the listed order)."""
        return sorted((e for e in self.items if e["type"] in types), key=self.at)

    def first(self, *types: str) -> Event | None:
        found = self.of(*types)
        return found[0] if found else None

    def in_at_order(self) -> Iterator[Event]:
        yield from sorted(self.items, key=self.at)

    def render(self, at: datetime) -> str:
        return (at.astimezone(LONDON) if self.rng.random() < 0.5 else at.astimezone(UTC)).isoformat()

    def by_near(self, at: datetime, prefix: str, fallback: str) -> str:
        """The `by` of the event nearest in time entered by an officer whose name starts with prefix."""
        near = [(abs(self.at(e) - at), self.at(e) > at, e["by"]) for e in self.items
                if isinstance(e.get("by"), str) and e["by"].startswith(prefix)]
        return min(near)[2] if near else fallback

    def add(self, at: datetime, etype: str, by: str, **fields: Any) -> Event:
        event: Event = {"id": f"e{self._next}", "type": etype, "at": self.render(at), "by": by, **fields}
        self._next += 1
        self._insert(event, at)
        return event

    def move(self, event: Event, at: datetime) -> None:
        """The event happened (and was recorded) at `at` instead."""
        self.items.remove(event)
        event["at"] = self.render(at)
        self._insert(event, at)

    def _insert(self, event: Event, at: datetime) -> None:
        latest = None
        index = len(self.items)
        for i, other in enumerate(self.items):
            t = self.at(other)
            latest = t if latest is None or t > latest else latest
            if latest > at:
                index = i
                break
        self.items.insert(index, event)
        self._at[id(event)] = at

    def keep_until(self, now: datetime, leaving: tuple[str, ...]) -> None:
        """A live record: nothing after `now`, no leaving, no correction or endorsement of what went."""
        kept = [e for e in self.items if self.at(e) <= now and e["type"] not in leaving]
        ids = {e.get("id") for e in kept}
        self.items[:] = [e for e in kept
                         if not (e["type"] == "correction" and e["corrects"] not in ids)
                         and not (e["type"] == "certificate_endorsed" and e["certificate"] not in ids)]
