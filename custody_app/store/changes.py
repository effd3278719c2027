"""Another terminal's entries, as they are committed: a subscription to the store's changes.

Every write ends with an entry in the store's write ledger. On a suite server the
ledger's trigger NOTIFYs the terminals that LISTEN (delivered at COMMIT); the feed
wakes on it and reads only the ledger entries after the last one it saw (an index
range: never the whole store), so a notification lost while the connection was
down is caught up on reconnecting. On an SQLite file there is no server to tell:
the feed looks at the ledger's last entry twice a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .errors import StoreError
from .target import is_server_url, redact

SQLITE_POLL_S = 0.5


class ChangeFeed:
    """`wait(timeout)` returns the custody numbers written since the last call (by any
    terminal), in order, without repeats; [] when nothing came within `timeout` seconds.
    On a server that is gone it raises store.pg_engine.ServerDown (a StoreError); the next
    call connects again and catches up."""

    def __init__(self, target: Any, *, clock: Callable[[], Any] | None = None) -> None:
        self.target = str(target)
        self.server = is_server_url(self.target)
        self._clock = clock
        self._conn: Any = None
        self._store: Any = None
        self._last: int | None = None
        self._connect()

    # --- connection ------------------------------------------------------------------

    def _connect(self) -> None:
        if self.server:
            import psycopg

            from .pg_conn import connect_raw
            from .pg_schema import CHANGES_CHANNEL

            try:
                self._conn = connect_raw(self.target)
                self._conn.execute(f"LISTEN {CHANGES_CHANNEL}")
                if self._last is None:
                    self._last = self._tail()
            except psycopg.Error as exc:
                self._drop()
                raise self._down(exc) from None
        else:
            from .store import open_store

            self._store = open_store(self.target, create=False, migrate=False)
            try:
                if self._last is None:
                    self._last = self._tail()
            except BaseException:
                self.close()
                raise

    def _drop(self) -> None:
        """Close the server connection (gone or half made) and forget it."""
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - closing a connection that is gone
                pass
            self._conn = None

    def _down(self, exc: BaseException) -> StoreError:
        from .connection import system_clock
        from .pg_conn import ServerDown, reason

        now = (self._clock or system_clock)()
        since = getattr(self, "_down_since", None) or now
        self._down_since = since
        return ServerDown(f"the custody server {redact(self.target)} cannot be reached (since "
                          f"{since.astimezone():%H:%M:%S}): {reason(exc)}", since)

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        if self.server:
            return list(self._conn.execute(sql.replace("?", "%s"), params or None).fetchall())
        with self._store._read() as conn:
            return list(conn.execute(sql, params).fetchall())

    def _tail(self) -> int:
        row = self._query("SELECT max(seq) FROM ledger")
        return int(row[0][0] or 0)

    def _since(self) -> list[str]:
        rows = self._query("SELECT seq, custody_number FROM ledger WHERE seq > ? ORDER BY seq", (self._last or 0,))
        numbers: list[str] = []
        for seq, number in rows:
            self._last = int(seq)
            if number not in numbers:
                numbers.append(str(number))
        return numbers

    # --- the subscription ---------------------------------------------------------------

    def wait(self, timeout: float) -> list[str]:
        if self.server:
            return self._wait_server(timeout)
        deadline = time.monotonic() + timeout
        while True:
            if self._tail() != self._last:
                return self._since()
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            time.sleep(min(SQLITE_POLL_S, left))

    def _wait_server(self, timeout: float) -> list[str]:
        import psycopg

        try:
            if self._conn is None or self._conn.closed or self._conn.broken:
                self._connect()
                self._down_since = None
                caught_up = self._since()  # what was written while this terminal was away
                if caught_up:
                    return caught_up
            deadline = time.monotonic() + timeout
            if self._tail() != self._last:  # written since the last call
                return self._since()
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    return []
                # sleeps on the connection's socket: a NOTIFY (or the server going) wakes it
                if any(True for _ in self._conn.notifies(timeout=left, stop_after=1)):
                    numbers = self._since()
                    if numbers:
                        return numbers
        except psycopg.Error as exc:
            self._drop()
            raise self._down(exc) from None

    def close(self) -> None:
        self._drop()
        if self._store is not None:
            self._store.close()
            self._store = None

    def __del__(self) -> None:  # a feed dropped without close() still lets go of its connection
        if getattr(self, "_conn", None) is not None:
            self._drop()

    def __enter__(self) -> ChangeFeed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
