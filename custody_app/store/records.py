"""Records and their events: append-only rows, the chain, the write ledger, the fast lists."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from .connection import Base, from_utc_text, utc_text
from .errors import ClashError, StoreError

if TYPE_CHECKING:
    from ..domain import Record

# The domain (parsing) and the chain (hashlib: OpenSSL) are imported by the functions that
# use them, once per record: opening the store needs neither.

LEAVING = ("released", "transferred")
HEADER_ORDER = ("format", "custody_number", "suite", "force", "child")

Outcome = str  # "stored" | "unchanged" | "appended"


def document_from(header_text: str, bodies: Iterable[str]) -> dict[str, Any]:
    """The interchange document from the stored header and event bodies."""
    header: dict[str, Any] = json.loads(header_text)
    doc: dict[str, Any] = {k: header[k] for k in HEADER_ORDER if k in header}
    doc.update((k, v) for k, v in header.items() if k not in doc)
    # one decode for the whole list: a json.loads per event costs ~10 us each at 2M events
    doc["events"] = json.loads("[" + ",".join(bodies) + "]")
    return doc


def _state_of(record: Record) -> tuple[str, str | None]:
    """(arrived_at, left_at) in UTC text, corrections applied: for the fast lists."""
    from ..domain import apply_corrections

    events = apply_corrections(record, None, strict=False)
    arrivals = [e.at for e in events if e.type == "arrived_at_station"]
    arrests = [e.at for e in events if e.type == "arrested"]
    arrived = min(arrivals) if arrivals else min(arrests)
    leaving = [e.at for e in events if e.type in LEAVING]
    return utc_text(arrived), (utc_text(min(leaving)) if leaving else None)


@dataclass(frozen=True)
class PreparedRecord:
    """What the store keeps of a validated record, computed without the database
    (so an import can prepare records in other processes: plain, picklable data)."""

    custody_number: str
    header: str  # canonical JSON of the document without its events
    bodies: tuple[str, ...]  # canonical JSON of each event, as listed
    arrived_at: str  # UTC text: arrival at the station, or the arrest
    left_at: str | None  # UTC text: released or transferred; None while in custody
    chains: tuple[bytes, ...] = ()  # h_1..h_n from the genesis (computed where it was prepared)


def prepare(record: Record) -> PreparedRecord:
    from . import chain as ch

    arrived, left = _state_of(record)
    bodies = tuple(ch.canonical_json(e.raw) for e in record.events)
    return PreparedRecord(record.custody_number, ch.canonical_json(ch.header_of(record.raw)), bodies,
                          arrived, left, tuple(ch.chain(record.custody_number, bodies)))


class RecordsMixin(Base):
    # --- writing --------------------------------------------------------------

    def import_record(self, record: Record, user: str | None = None) -> Outcome:
        """Store a parsed record: "stored" (new), "unchanged" (already stored as it is),
        or "appended" (the stored events are a prefix of the record's). Any other
        clash raises ClashError and changes nothing."""
        return self.import_prepared(prepare(record), user)

    def import_prepared(self, prepared: PreparedRecord, user: str | None = None) -> Outcome:
        """import_record for a record prepared (validated) elsewhere, e.g. in a worker process."""
        with self.transaction():
            return self._import(prepared, user, self._now())

    def import_records(self, records: Iterable[Record], user: str | None = None) -> list[tuple[str, Outcome]]:
        """Several records in one transaction: all stored, or (on any clash) none."""
        now = self._now()
        out: list[tuple[str, Outcome]] = []
        with self.transaction():
            for record in records:
                out.append((record.custody_number, self._import(prepare(record), user, now)))
        return out

    def create_record(self, record: Record, user: str) -> Record:
        """A new record entered at the desk; refused if the custody number is taken."""
        with self.transaction():
            if self._record_row(record.custody_number) is not None:
                raise ClashError(f"custody number {record.custody_number} is already in use")
            self._import(prepare(record), user, self._now())
        return record

    def append_event(self, custody_number: str, event: Mapping[str, Any], user: str) -> Record:
        """Add one event to a stored record and return the record as it now stands.

        The whole document with the event appended is validated again
        (RecordError, naming events[i].field, when refused), so nothing invalid
        is ever stored."""
        from ..domain import RecordError, parse_document
        from . import chain as ch

        try:
            raw = json.loads(json.dumps(dict(event), ensure_ascii=False, allow_nan=False))
        except (TypeError, ValueError) as exc:
            raise RecordError("events[-1]", f"the entry cannot be written as JSON ({exc})") from None
        with self.transaction():
            row = self._record_row(custody_number)
            if row is None:
                raise StoreError(f"no custody number {custody_number} in the database")
            record_id, header = row
            bodies = self._bodies(record_id)
            doc = document_from(header, bodies)
            doc["events"].append(raw)
            record = parse_document(doc)
            now = self._now()
            prev = self._last_chain(record_id, custody_number, len(bodies))
            body = ch.canonical_json(record.events[-1].raw)
            head = self._insert_bodies(record_id, custody_number, len(bodies), [body], prev, now, user)
            arrived, left = _state_of(record)
            self._set_state(record_id, len(record.events), arrived, left)
            self._ledger(custody_number, len(record.events), head, header, now, user)
        return record

    def _import(self, p: PreparedRecord, user: str | None, now: str) -> Outcome:
        from . import chain as ch

        number, header, bodies = p.custody_number, p.header, list(p.bodies)
        row = self._record_row(number)
        if row is None:
            record_id = int(self.conn.execute(
                "INSERT INTO records (custody_number, header, created_at, created_by) VALUES (?, ?, ?, ?) "
                "RETURNING id", (number, header, now, user)).fetchone()[0])
            head = self._insert_bodies(record_id, number, 0, bodies, ch.genesis(number), now, user,
                                       p.chains if len(p.chains) == len(bodies) else None)
            self._set_state(record_id, len(bodies), p.arrived_at, p.left_at)
            self._ledger(number, len(bodies), head, header, now, user)
            return "stored"
        record_id, stored_header = row
        if stored_header != header:
            raise ClashError(f"{number} is already stored with a different child, suite, force or "
                             "format; nothing was changed")
        stored = self._bodies(record_id)
        if stored == bodies:
            return "unchanged"
        n = len(stored)
        if n < len(bodies) and bodies[:n] == stored:
            prev = self._last_chain(record_id, number, n)
            head = self._insert_bodies(record_id, number, n, bodies[n:], prev, now, user)
            self._set_state(record_id, len(bodies), p.arrived_at, p.left_at)
            self._ledger(number, len(bodies), head, header, now, user)
            return "appended"
        differ = next((i for i, (a, b) in enumerate(zip(stored, bodies, strict=False)) if a != b), None)
        if differ is not None:
            why = f"events[{differ}] differs from the stored entry"
        else:
            why = f"the database holds {n} events and the file only {len(bodies)}"
        raise ClashError(f"{number} is already stored and {why}; a stored entry is never changed "
                         "(add a correction); nothing was changed")

    def _insert_bodies(self, record_id: int, number: str, start: int, bodies: Sequence[str],
                       prev: bytes, now: str, user: str | None,
                       chains: Sequence[bytes] | None = None) -> bytes:
        """Insert events `start`.. chained from `prev`; `chains`: their hashes already computed
        from the genesis (a new record prepared in a worker), else computed here."""
        from . import chain as ch

        rows = []
        h = prev
        for k, (i, body) in enumerate(enumerate(bodies, start)):
            h = chains[k] if chains is not None else ch.link(h, body)
            rows.append((record_id, i, body, now, user, h, ch.seal(h, i, now, user)))
        self.conn.executemany(
            "INSERT INTO events (record_id, seq, body, recorded_at, recorded_by, chain, seal) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return h

    def _set_state(self, record_id: int, count: int, arrived: str, left: str | None) -> None:
        self.conn.execute(
            "INSERT INTO record_state (record_id, event_count, arrived_at, left_at, in_custody) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET event_count = excluded.event_count, "
            "arrived_at = excluded.arrived_at, left_at = excluded.left_at, in_custody = excluded.in_custody",
            (record_id, count, arrived, left, int(left is None)))

    def _ledger(self, number: str, count: int, head: bytes, header: str, now: str, user: str | None) -> None:
        from . import chain as ch

        # the writer holds the store's write lock, so the ledger's last entry is its own to follow
        row = self.conn.execute("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (int(row[0]) + 1, bytes(row[1])) if row else (1, ch.LEDGER_GENESIS)
        hh = ch.header_hash(header)
        h = ch.ledger_hash(prev, number, count, head, hh, now)
        self.conn.execute(
            "INSERT INTO ledger (seq, custody_number, event_count, head, header_hash, recorded_at, recorded_by, "
            "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (seq, number, count, head, hh, now, user, h))

    def _last_chain(self, record_id: int, number: str, count: int) -> bytes:
        from . import chain as ch

        if count == 0:
            return ch.genesis(number)
        row = self.conn.execute("SELECT chain FROM events WHERE record_id = ? AND seq = ?",
                                (record_id, count - 1)).fetchone()
        if row is None:
            raise StoreError(f"{number}: the stored events are not complete; run `custody-app verify`")
        return bytes(row[0])

    # --- reading --------------------------------------------------------------

    def _record_row(self, number: str) -> tuple[int, str] | None:
        row = self.conn.execute("SELECT id, header FROM records WHERE custody_number = ?",
                                (number,)).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def _bodies(self, record_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT body FROM events WHERE record_id = ? ORDER BY seq", (record_id,))]

    def _parse_stored(self, number: str, doc: dict[str, Any]) -> Record:
        from ..domain import RecordError, parse_stored

        try:
            return parse_stored(doc)  # validated when written; verify checks the chain
        except RecordError as exc:
            raise StoreError(f"{number}: the stored record no longer passes validation ({exc}); "
                             "run `custody-app verify`") from None

    def export_document(self, number: str) -> dict[str, Any]:
        """The stored record as an interchange document (every imported field kept)."""
        with self._read():
            row = self._record_row(number)
            if row is None:
                raise StoreError(f"no custody number {number} in the database")
            return document_from(row[1], self._bodies(row[0]))

    def load_record(self, number: str) -> Record | None:
        with self._read():
            row = self._record_row(number)
            if row is None:
                return None
            doc = document_from(row[1], self._bodies(row[0]))
        return self._parse_stored(number, doc)

    def _load_ids(self, ids: Sequence[int]) -> list[Record]:
        """Records by id, parsed; a record unchanged since last read comes from the cache
        (records only grow, so the event count says whether it changed)."""
        if not ids:
            return []
        cache: dict[int, tuple[int, Record]] = self.__dict__.setdefault("_record_cache", {})
        marks = ",".join("?" * len(ids))
        with self._read() as conn:
            counts = {int(r[0]): int(r[1]) for r in conn.execute(  # kept in the same write as the events
                f"SELECT record_id, event_count FROM record_state WHERE record_id IN ({marks})", list(ids))}
            missing = [i for i in ids if i not in cache or cache[i][0] != counts.get(i)]
            for rid, record in self._load_uncached(missing):
                cache[rid] = (len(record.events), record)
        if len(cache) > 512:
            for key in list(cache)[: len(cache) - 512]:
                del cache[key]
        return [cache[i][1] for i in ids if i in cache]

    def _load_uncached(self, ids: Sequence[int]) -> list[tuple[int, Record]]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        with self._read() as conn:
            heads = {int(r[0]): (str(r[1]), str(r[2])) for r in conn.execute(
                f"SELECT id, custody_number, header FROM records WHERE id IN ({marks})", list(ids))}
            bodies: dict[int, list[str]] = {i: [] for i in ids}
            for rid, body in conn.execute(
                    f"SELECT record_id, body FROM events WHERE record_id IN ({marks}) "
                    "ORDER BY record_id, seq", list(ids)):
                bodies[int(rid)].append(body)
        return [(i, self._parse_stored(heads[i][0], document_from(heads[i][1], bodies[i])))
                for i in ids if i in heads]

    # the suite named in a record's stored header (engine's own JSON function)
    _suite_sql = "json_extract(header, '$.suite')"

    def _in_suite(self, suite: str | None) -> tuple[str, tuple[str, ...]]:
        """A WHERE condition on record_state's record_id: only this suite's records (a store may
        hold several suites: a force-wide server)."""
        if suite is None:
            return "", ()
        return f" AND record_id IN (SELECT id FROM records WHERE {self._suite_sql} = ?)", (suite,)

    def suites(self) -> list[str]:
        """The suites the stored records name."""
        with self._read() as conn:
            return sorted(str(r[0]) for r in conn.execute(f"SELECT DISTINCT {self._suite_sql} FROM records")
                          if r[0] is not None)

    def in_custody(self, suite: str | None = None) -> list[Record]:
        """Records whose child has not left (no `released` or `transferred`), by arrival;
        `suite`: only the records of that suite."""
        where, params = self._in_suite(suite)
        with self._read() as conn:
            ids = [int(r[0]) for r in conn.execute(
                f"SELECT record_id FROM record_state WHERE in_custody = 1{where} ORDER BY arrived_at, record_id",
                params)]
        return self._load_ids(ids)

    def in_custody_at(self, at: datetime, suite: str | None = None) -> list[Record]:
        """Records whose child may have been in custody at `at`: arrived (or, with no arrival,
        arrested) no later than a day after it (detention may be authorised before the arrival),
        and not left at or before it. A reprint judges each as it stood at `at` and keeps those
        in custody then (RULES.md 6.2)."""
        where, params = self._in_suite(suite)
        with self._read() as conn:
            ids = [int(r[0]) for r in conn.execute(
                "SELECT record_id FROM record_state WHERE arrived_at <= ? AND (left_at IS NULL OR left_at > ?)"
                f"{where} ORDER BY arrived_at, record_id",
                (utc_text(at + timedelta(days=1)), utc_text(at), *params))]
        return self._load_ids(ids)

    def count_arrived_between(self, start: datetime, end: datetime, suite: str | None = None) -> int:
        where, params = self._in_suite(suite)
        with self._read() as conn:
            row = conn.execute(f"SELECT count(*) FROM record_state WHERE arrived_at >= ? AND arrived_at < ?{where}",
                               (utc_text(start), utc_text(end), *params)).fetchone()
        return int(row[0])

    def records_arrived_between(self, start: datetime, end: datetime, *, part: int = 0,
                                parts: int = 1, suite: str | None = None) -> Iterator[Record]:
        """Records whose child arrived (or, with no arrival, was arrested) in [start, end).
        part/parts: only every parts-th of them from the part-th, so that several processes
        can share the work; `suite`: only the records of that suite."""
        where, params = self._in_suite(suite)
        with self._read() as conn:
            ids = [int(r[0]) for r in conn.execute(
                f"SELECT record_id FROM record_state WHERE arrived_at >= ? AND arrived_at < ?{where} "
                "ORDER BY arrived_at, record_id", (utc_text(start), utc_text(end), *params))]
        ids = ids[part::parts]
        for k in range(0, len(ids), 50):
            yield from self._load_ids(ids[k:k + 50])

    def all_numbers(self) -> list[str]:
        with self._read() as conn:
            return [str(r[0]) for r in conn.execute("SELECT custody_number FROM records ORDER BY custody_number")]

    def event_meta(self, number: str) -> list[tuple[int, datetime, str | None]]:
        """(index, recorded_at, recorded_by) of each event: when and by whom it was entered."""
        with self._read() as conn:
            row = self._record_row(number)
            if row is None:
                raise StoreError(f"no custody number {number} in the database")
            return [(int(seq), from_utc_text(at), by) for seq, at, by in conn.execute(
                "SELECT seq, recorded_at, recorded_by FROM events WHERE record_id = ? ORDER BY seq",
                (row[0],))]

    def fingerprint(self, number: str) -> str:
        """The record's fingerprint from its stored chain (= chain.record_fingerprint of it)."""
        from . import chain as ch

        with self._read() as conn:
            row = self._record_row(number)
            if row is None:
                raise StoreError(f"no custody number {number} in the database")
            last = conn.execute("SELECT chain FROM events WHERE record_id = ? ORDER BY seq DESC LIMIT 1",
                                (row[0],)).fetchone()
        return ch.fingerprint_of(bytes(last[0]) if last else ch.genesis(number))

    def counts(self) -> tuple[int, int]:
        """(records, events) in the store."""
        with self._read() as conn:
            records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        return int(records), int(events)

