"""The board's kept judgements: derived data, never evidence.

For each child in custody the desk keeps what the engine last decided for the
suite board (as JSON it writes and reads itself), with the basis it was decided
on, so that a start-up can show the board before the engine is loaded. It is not
part of the hash chain, is never exported, and can be lost at any time: a
missing or outdated judgement only means the engine judges again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import NamedTuple

from .connection import BUSY_TIMEOUT_MS, Base


class KeptJudgement(NamedTuple):
    custody_number: str
    event_count: int  # the record's stored events now
    basis: str | None  # what the kept judgement was made on (None: nothing kept)
    facts: str | None


def forget_board(conn: sqlite3.Connection, record_id: int) -> None:
    """The judgement of a child who left, forgotten in the write that records the leaving."""
    try:
        conn.execute("DELETE FROM board_cache WHERE record_id = ?", (record_id,))
    except sqlite3.OperationalError:  # a store opened without migrating (verify, backup)
        pass


class BoardCacheMixin(Base):
    def board_cache(self) -> list[KeptJudgement]:
        """Every child in custody (by arrival), with the judgement kept for the board, if any."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT r.custody_number, s.event_count, b.basis, b.facts FROM record_state s "
                "JOIN records r ON r.id = s.record_id LEFT JOIN board_cache b ON b.record_id = s.record_id "
                "WHERE s.in_custody = 1 ORDER BY s.arrived_at, s.record_id").fetchall()
        return [KeptJudgement(str(n), int(c), b, f) for n, c, b, f in rows]

    def keep_board(self, judgements: Sequence[tuple[str, str, str]]) -> bool:
        """Keep (custody number, basis, facts) for the board, and forget children who left.
        Never waits for another terminal's write: False when the database is busy or
        cannot be written (the judgements are simply made again next time)."""
        conn = self.conn
        if conn.in_transaction:
            return False
        try:
            conn.execute("PRAGMA busy_timeout = 50")
            with self.transaction():
                conn.executemany(
                    "INSERT OR REPLACE INTO board_cache (record_id, basis, facts) "
                    "SELECT id, ?, ? FROM records WHERE custody_number = ?",
                    [(basis, facts, number) for number, basis, facts in judgements])
                conn.execute("DELETE FROM board_cache WHERE record_id NOT IN "
                             "(SELECT record_id FROM record_state WHERE in_custody = 1)")
        except Exception:  # busy, read-only, full: the cache is not worth an error
            return False
        finally:
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            except sqlite3.Error:
                pass
        return True
