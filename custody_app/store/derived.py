"""Derived state checked against the events: who is in custody, when each child arrived and left.

`record_state` is what the board, the handover sheet, the downtime pack and the scrutiny
report use to find their records. It is derived from the events on every write; one
UPDATE behind the application's back could hide a child in custody from all of them.
`check_derived` recomputes it from the stored events and names every record whose row
differs, is missing, or belongs to no record; `rebuild_derived` writes it afresh.

Fast: only the events that decide it (arrest, arrival, release, transfer) are decoded;
a record with corrections is parsed whole, as the write did.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

from .errors import Problem

_DECIDING = re.compile(r'"type":"(?:arrested|arrived_at_station|released|transferred|correction)"')
LEAVING = ("released", "transferred")


def _utc(text: str) -> str:
    return datetime.fromisoformat(text).astimezone(UTC).isoformat(timespec="microseconds")


def _records(conn: sqlite3.Connection) -> Iterator[tuple[int, str, str, list[str]]]:
    heads = {int(r[0]): (str(r[1]), str(r[2])) for r in conn.execute("SELECT id, custody_number, header FROM records")}
    current: int | None = None
    bodies: list[str] = []
    for rid, body in conn.execute("SELECT record_id, body FROM events ORDER BY record_id, seq"):
        if rid != current:
            if current is not None and current in heads:
                yield current, heads[current][0], heads[current][1], bodies
            current, bodies = int(rid), []
        bodies.append(str(body))
    if current is not None and current in heads:
        yield current, heads[current][0], heads[current][1], bodies


def state_from(number: str, header: str, bodies: list[str]) -> tuple[int, str, str | None] | None:
    """(event count, arrived_at, left_at) as the write derives them; None if it cannot be told."""
    try:
        arrivals, arrests, leaving = [], [], []
        for body in bodies:
            if _DECIDING.search(body) is None:
                continue
            ev = json.loads(body)
            kind = ev.get("type")
            if kind == "correction":
                fields = ev.get("fields") or {}
                if "at" in fields or "fields" in fields:  # a time corrected: derive as the write did
                    return _state_parsed(number, header, bodies)
                continue
            at = _utc(ev["at"])
            if kind == "arrived_at_station":
                arrivals.append(at)
            elif kind == "arrested":
                arrests.append(at)
            elif kind in LEAVING:
                leaving.append(at)
        arrived = min(arrivals) if arrivals else min(arrests)
        return len(bodies), arrived, (min(leaving) if leaving else None)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _state_parsed(number: str, header: str, bodies: list[str]) -> tuple[int, str, str | None]:
    from ..domain import parse_stored
    from .records import _state_of, document_from

    arrived, left = _state_of(parse_stored(document_from(header, bodies)))
    return len(bodies), arrived, left


def check_derived(conn: sqlite3.Connection) -> list[Problem]:
    """Every record's derived row against its events (reads the events itself)."""
    check = DerivedCheck(conn)
    for rid, number, header, bodies in _records(conn):
        check.record(rid, number, header, bodies)
    return check.finish()


class DerivedCheck:
    """The derived check fed one record at a time (by the chain check, which reads the events
    anyway: one pass over the store, not two)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows = {int(r[0]): (int(r[1]), str(r[2]), r[3], int(r[4])) for r in conn.execute(
            "SELECT record_id, event_count, arrived_at, left_at, in_custody FROM record_state")}
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def record(self, rid: int, number: str, header: str, bodies: list[str]) -> None:
        self.seen.add(rid)
        want = state_from(number, header, bodies)
        have = self.rows.get(rid)
        if want is None:
            return  # the chain check names what is wrong with its events
        problems = self.problems
        if have is None:
            problems.append(Problem(number, None, "the record is missing from the list of records (who is in "
                                    "custody, arrivals): it would not show on the board or the reports",
                                    "derived"))
            return
        count, arrived, left = want
        differs = []
        if have[0] != count:
            differs.append("event count")
        if have[1] != arrived:
            differs.append("arrival time")
        if have[2] != left:
            differs.append("leaving time")
        if have[3] != int(left is None):
            differs.append("in custody or not")
        if differs:
            problems.append(Problem(number, None, f"the list of records was changed ({', '.join(differs)}) "
                                    "and no longer follows the events; `custody-app verify --repair` "
                                    "rebuilds it", "derived"))

    def finish(self) -> list[Problem]:
        for rid in sorted(set(self.rows) - self.seen):
            if not self.conn.execute("SELECT 1 FROM records WHERE id = ?", (rid,)).fetchone():
                self.problems.append(Problem(None, None, f"the list of records holds a record (id {rid}) that "
                                             "does not exist", "derived"))
        return self.problems


def rebuild_derived(conn: sqlite3.Connection) -> int:
    """Write record_state afresh from the events (inside a write transaction); rows rewritten."""
    n = 0
    conn.execute("DELETE FROM record_state WHERE record_id NOT IN (SELECT id FROM records)")
    for rid, number, header, bodies in list(_records(conn)):
        want = state_from(number, header, bodies)
        if want is None:
            continue
        count, arrived, left = want
        conn.execute("INSERT OR REPLACE INTO record_state (record_id, event_count, arrived_at, left_at, in_custody) "
                     "VALUES (?, ?, ?, ?, ?)", (rid, count, arrived, left, int(left is None)))
        n += 1
    return n
