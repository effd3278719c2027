"""The connection to a suite server (psycopg 3): the mixins' `?` placeholders translated,
a server that is gone put in words with the time it went, and a server's refusal as a
StoreError a person can act on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from .errors import StoreError

CONNECT_TIMEOUT_S = 5
# a server that stops answering is noticed within ~10 s even with no query running
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2}


class ServerDown(StoreError):
    """The suite server cannot be reached. `since`: when this terminal first lost it;
    `uncertain`: the connection went while a write was being committed (whether it was
    stored is known only when the server is back: nothing acknowledged is ever lost)."""

    def __init__(self, message: str, since: datetime, uncertain: bool = False) -> None:
        super().__init__(message)
        self.since = since
        self.uncertain = uncertain


@lru_cache(maxsize=256)
def pg_sql(text: str) -> str:
    """The mixins' SQL for psycopg: `?` outside string literals becomes `%s` (and `%` `%%`)."""
    parts = text.split("'")
    for i in range(0, len(parts), 2):  # even parts are outside quotes
        parts[i] = parts[i].replace("%", "%%").replace("?", "%s")
    return "'".join(parts)


_IN_TRANSACTION = (TransactionStatus.INTRANS, TransactionStatus.INERROR, TransactionStatus.ACTIVE)


class PgConn:
    """A psycopg connection (autocommit: the store opens its own transactions) with the
    little of sqlite3.Connection's interface that the mixins use."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, text: str, params: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        return self.raw.execute(pg_sql(text), params or None)

    def executemany(self, text: str, rows: Iterable[Sequence[Any]]) -> psycopg.Cursor[Any]:
        cur = self.raw.cursor()
        cur.executemany(pg_sql(text), list(rows))
        return cur

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status in _IN_TRANSACTION

    @property
    def usable(self) -> bool:
        return not self.raw.closed and not self.raw.broken

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self.raw.close()

    def __del__(self) -> None:  # a store dropped without close() still lets go of its server process
        with contextlib.suppress(Exception):
            self.raw.close()


def connect_raw(url: str, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    return psycopg.connect(url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT_S,
                           application_name="custody-app", **KEEPALIVE)  # type: ignore[arg-type]


def reason(exc: BaseException) -> str:
    """psycopg's message, first line, for a user."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def plain_pg(exc: Exception, name: str) -> StoreError:
    """A server error as a StoreError a sergeant (or the suite's administrator) can act on."""
    why = reason(exc)
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return StoreError(f"the server {name} refused: {why} (this terminal's role may only read and add "
                          "entries; changes of the schema are made with `custody-app init-server`)")
    if isinstance(exc, psycopg.errors.RaiseException):
        return StoreError(why)
    if isinstance(exc, psycopg.errors.UniqueViolation):
        return StoreError(f"the server {name} already holds that ({why}); nothing was changed")
    if isinstance(exc, psycopg.errors.DiskFull):
        return StoreError(f"the server {name} could not write: {why}")
    return StoreError(f"database error on the server {name}: {why}")
