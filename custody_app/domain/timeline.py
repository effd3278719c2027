"""Corrections applied, and events in time order: the record as the rules see it.

A correction applies from its own `at` (when it was made): as of an earlier
instant the original entry stands. Corrections apply in the order listed; one
that corrects a correction changes that correction before it is applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from types import MappingProxyType

from .fields import ABSENT, check_field, parse_instant
from .model import Event, Record, RecordError
from .schema import event_types


def apply_corrections(record: Record, upto: datetime | None, strict: bool = True) -> tuple[Event, ...]:
    """The events as listed, each with the corrections made up to `upto` applied.

    strict: a correction that leaves an event invalid raises RecordError; when
    False (views of a record already validated as a whole) it is skipped.
    """
    events = list(record.events)
    if not any(e.type == "correction" for e in events):
        return tuple(events)
    index_of = {e.id: e.index for e in events if e.id is not None}
    corrections = [e.index for e in events if e.type == "correction"]

    def targets_correction(ci: int) -> bool:
        t = index_of.get(str(events[ci].fields.get("corrects")))
        return t is not None and events[t].type == "correction"

    for first_pass in (True, False):
        for ci in corrections:
            c = events[ci]
            if targets_correction(ci) != first_pass:
                continue
            if upto is not None and c.at > upto:
                continue
            ti = index_of.get(str(c.fields.get("corrects")))
            if ti is None or ti >= ci:
                continue
            try:
                events[ti] = corrected(events[ti], c, record.format)
            except RecordError:
                if strict:
                    raise
    return tuple(events)


def corrected(target: Event, correction: Event, fmt: str = "custody-record/1.1") -> Event:
    changes = correction.fields.get("fields") or {}
    raw = {**target.raw, **changes}
    where = f"events[{correction.index}].fields"
    at = parse_instant(raw.get("at"), f"{where}.at") if "at" in changes else target.at
    by = target.by
    if "by" in changes:
        if not isinstance(raw["by"], str):
            raise RecordError(f"{where}.by", "expected text")
        by = raw["by"]
    fields = dict(target.fields)
    if target.known:
        for name, spec in event_types(fmt)[target.type].items():
            if name in changes:
                fields[name] = check_field(spec, raw.get(name, ABSENT), f"{where}.{name}")
    return Event(
        index=target.index,
        type=target.type,
        at=at,
        by=by,
        id=target.id,
        fields=MappingProxyType(fields),
        raw=MappingProxyType(raw),
        known=target.known,
        corrected_by=(*target.corrected_by, correction.index),
    )


def in_time_order(events: Iterable[Event]) -> tuple[Event, ...]:
    """Rules take events in `at` order; equal times keep the listed order."""
    return tuple(sorted(events, key=lambda e: (e.at, e.index)))


def as_of(record: Record, upto: datetime | None) -> tuple[Event, ...]:
    """The record as it stood at `upto` (None: all of it), corrected, in time order."""
    events = apply_corrections(record, upto, strict=False)
    ordered = in_time_order(events)
    if upto is None:
        return ordered
    return tuple(e for e in ordered if e.at <= upto)
