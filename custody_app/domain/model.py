"""Frozen data of one custody record: the child and the timed events."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


class RecordError(ValueError):
    """A custody record refused by validation; `path` names the place (events[3].at)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


@dataclass(frozen=True)
class Child:
    surname: str
    forenames: str
    date_of_birth: date | None
    age_in_doubt: bool
    looked_after: bool
    local_authority: str | None
    sex: str = "not_known"  # 1.1; a 1.0 record reads as not_known
    responsible_officer: str | None = None  # 1.1; a 1.0 record reads as null

    @property
    def name(self) -> str:
        return f"{self.forenames} {self.surname}".strip()


@dataclass(frozen=True, slots=True)
class Event:
    """One entry. `fields` holds the type's own fields with defaults applied;
    `raw` is the JSON object exactly as it came (unknown fields kept)."""

    index: int
    type: str
    at: datetime  # aware, UTC
    by: str
    id: str | None
    fields: Mapping[str, Any]
    raw: Mapping[str, Any]
    known: bool = True
    corrected_by: tuple[int, ...] = ()

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


@dataclass(frozen=True)
class Record:
    format: str
    custody_number: str
    suite: str
    force: str
    child: Child
    events: tuple[Event, ...]  # as listed (recorded order), corrections not applied
    raw: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def strict_types(self) -> bool:
        """custody-record/1 refuses unknown event types; 1.x keeps and ignores them."""
        return self.format == "custody-record/1"

    @property
    def is_v11(self) -> bool:
        """Read by the 1.1 table and rules (custody-record/1.N, N >= 1); else a 1.0 document."""
        from .schema import is_v11

        return is_v11(self.format)


_EVENT_SLOTS = tuple(getattr(Event, name).__set__ for name in
                     ("index", "type", "at", "by", "id", "fields", "raw", "known", "corrected_by"))
_new = object.__new__


def new_event(index: int, type: str, at: datetime, by: str, id: str | None,  # noqa: A002
              fields: Mapping[str, Any], raw: Mapping[str, Any], known: bool) -> Event:
    """Event(...) for the parser's hot loop: the frozen dataclass's __init__ sets each field
    through object.__setattr__, about twice as slow at two million events. Same object."""
    e: Event = _new(Event)
    s = _EVENT_SLOTS
    s[0](e, index); s[1](e, type); s[2](e, at); s[3](e, by); s[4](e, id)  # noqa: E702
    s[5](e, fields); s[6](e, raw); s[7](e, known); s[8](e, ())  # noqa: E702
    return e
