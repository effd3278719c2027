"""Recomputing every chain: what no longer matches what was entered.

Works on the stored rows alone, so it still names each change after someone
dropped the triggers and edited the file with another SQLite tool.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .connection import Base
from .errors import Problem


@dataclass
class _Last:
    count: int
    head: bytes
    header_hash: bytes


class VerifyMixin(Base):
    def verify(self, witnesses: Sequence[Path] = (), heads: Sequence[str] = (),
               default_witness: bool = True) -> list[Problem]:
        """Every problem found; an empty list means the store is intact. In order: SQLite's
        integrity check; the schema exactly as the application makes it; every record's
        chain and the write ledger; the users and settings log against the tables; the
        derived state (who is in custody) against the events; the witnesses (the witness
        file beside the database, `witnesses` files and `heads` as printed: STORE:N:H)."""
        from .admin_log import check as check_admin
        from .derived import DerivedCheck
        from .schema import read_schema
        from .schema_check import check_schema, foreign_keys, integrity_in_parallel
        from .witness import check_witnesses

        # SQLite's integrity check runs on its own connection while the chains are checked
        # here (it leaves Python's lock while it works): the two cores share the time.
        damaged = integrity_in_parallel(self.conn, self.path)
        problems: list[Problem] = []
        try:
            with self._read() as conn:
                applied = read_schema(conn)[1]
                problems += check_schema(conn, applied)
                problems += foreign_keys(conn)
                derived = DerivedCheck(conn)
                problems += self.verify_chains(derived.record)
                if "0006_admin_log" in applied:
                    problems += check_admin(conn)
                problems += derived.finish()
        except Exception:
            if damaged():
                return damaged()  # a damaged file: nothing read from it can be trusted
            raise
        if damaged():
            return damaged()
        with self._read() as conn:
            files = list(witnesses)
            own = getattr(self, "witness_file", None)
            if default_witness and own is not None and own.exists() and own not in files:
                files.insert(0, own)
            problems += check_witnesses(conn, files, heads)
        return problems

    def rebuild_derived(self) -> int:
        """Write the derived state (who is in custody, arrivals) afresh from the events."""
        from .derived import rebuild_derived

        with self.transaction():
            return rebuild_derived(self.conn)

    def verify_chains(self, each: Callable[[int, str, str, list[str]], None] | None = None) -> list[Problem]:
        """The hash chains alone: every record's events and the write ledger. `each` is given
        every record's (id, number, header, event bodies) on the way (the derived check)."""
        problems: list[Problem] = []
        with self._read() as conn:
            last = self._check_ledger(problems)
            records = {int(r[0]): (str(r[1]), str(r[2])) for r in conn.execute(
                "SELECT id, custody_number, header FROM records")}
            numbers = {num for num, _ in records.values()}
            for number in sorted(set(last) - numbers):
                problems.append(Problem(number, None, "the record was deleted (the write ledger holds "
                                        "it, the records table no longer does)"))
            seen: set[int] = set()
            cur = self._scan("SELECT record_id, seq, body, recorded_at, recorded_by, chain, seal "
                             "FROM events ORDER BY record_id, seq")  # a server's rows come as they are read
            current: int | None = None
            rows: list[tuple[int, str, str, str | None, bytes, bytes]] = []
            for rid, seq, body, at, by, stored_chain, stored_seal in cur:
                if rid != current:
                    if current is not None:
                        self._check_record(current, records, last, rows, problems)
                        seen.add(current)
                        if each is not None and current in records:
                            each(current, *records[current], [r[1] for r in rows])
                    current = rid
                    rows = []
                rows.append((int(seq), body, at, by, bytes(stored_chain), bytes(stored_seal)))
            if current is not None:
                self._check_record(current, records, last, rows, problems)
                seen.add(current)
                if each is not None and current in records:
                    each(current, *records[current], [r[1] for r in rows])
            for rid in sorted(set(records) - seen):
                self._check_record(rid, records, last, [], problems)
        return problems

    def _check_ledger(self, problems: list[Problem]) -> dict[str, _Last]:
        from . import chain as ch  # hashlib (OpenSSL) only when verifying

        last: dict[str, _Last] = {}
        prev = ch.LEDGER_GENESIS
        expected_seq = 1
        for seq, number, count, head, hh, at, stored in self.conn.execute(
                "SELECT seq, custody_number, event_count, head, header_hash, recorded_at, hash "
                "FROM ledger ORDER BY seq"):
            if seq != expected_seq:
                problems.append(Problem(None, None, f"write ledger entries {expected_seq} to {seq - 1} "
                                        "were deleted"))
            expected_seq = seq + 1
            h = ch.ledger_hash(prev, number, int(count), bytes(head), bytes(hh), at)
            if h != bytes(stored):
                problems.append(Problem(number, None, f"write ledger entry {seq} was changed"))
            prev = bytes(stored)
            last[number] = _Last(int(count), bytes(head), bytes(hh))
        return last

    def _check_record(self, rid: int, records: dict[int, tuple[str, str]], last: dict[str, _Last],
                      rows: list[tuple[int, str, str, str | None, bytes, bytes]],
                      problems: list[Problem]) -> None:
        from . import chain as ch  # hashlib (OpenSSL) only when verifying

        if rid not in records:
            problems.append(Problem(None, None, f"{len(rows)} events belong to no record "
                                    f"(record id {rid} was deleted)"))
            return
        number, header = records[rid]
        entry = last.get(number)
        if entry is None:
            problems.append(Problem(number, None, "the record was not entered through the application "
                                    "(it is not in the write ledger)"))
        elif ch.header_hash(header) != entry.header_hash:
            problems.append(Problem(number, None, "the record's child, suite, force or format was changed"))
        expected_count = entry.count if entry else len(rows)
        prev: bytes | None = ch.genesis(number)  # the stored chain hash of the event before
        full = ch.genesis(number)  # the chain over the bodies as they are now
        expected = 0
        intact = True
        for seq, body, at, by, stored_chain, stored_seal in rows:
            if seq < expected:  # a second row at one position (the unique index was dropped)
                problems.append(Problem(number, seq, "a second event at this position was inserted"))
                intact = False
                continue
            if seq > expected:
                for k in range(expected, seq):
                    problems.append(Problem(number, k, "the event was deleted"))
                intact = False
                prev = None  # the event after a gap cannot be linked to the one before
            expected = seq + 1
            full = ch.link(full, body)
            if seq >= expected_count:
                problems.append(Problem(number, seq, "the event was inserted outside the application "
                                        "(the write ledger does not count it)"))
                intact = False
            elif prev is not None and ch.link(prev, body) != stored_chain:
                problems.append(Problem(number, seq, "the stored content no longer matches its hash "
                                        "(changed after it was entered)"))
                intact = False
            elif ch.seal(stored_chain, seq, at, by) != stored_seal:
                problems.append(Problem(number, seq, "when or by whom the event was entered was changed"))
                intact = False
            prev = stored_chain
        for k in range(expected, expected_count):
            problems.append(Problem(number, k, "the event was deleted"))
            intact = False
        if entry is not None and intact and full != entry.head:
            problems.append(Problem(number, None, "the record's last hash does not match the write ledger"))
