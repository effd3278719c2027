"""The store on a suite server (PostgreSQL, psycopg 3): the same Store, another engine.

The records, chain, ledger, users and verify code is the SQLite store's own
(the mixins); this module supplies what differs: the connection (psycopg, with
the mixins' `?` placeholders translated), transactions (one writer at a time,
on a transaction-scoped advisory lock, as SQLite's BEGIN IMMEDIATE), the schema
check, custody numbers from a server sequence, and words for a server that is
gone. A connection that drops is made again by the next call.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import datetime
from types import TracebackType
from typing import Any

import psycopg
from psycopg import sql

from .connection import Clock, system_clock
from .errors import StoreError
from .pg_conn import PgConn, ServerDown, connect_raw, pg_sql, plain_pg, reason
from .pg_schema import (
    APP_ROLE,
    CUSTODY_SEQUENCE,
    GRANTS,
    PG_MIGRATION_NAMES,
    PG_MIGRATIONS,
    SCHEMA_TABLE,
    WRITE_LOCK,
)
from .records import RecordsMixin
from .schema import CUSTODY_SEQUENCE_KEY
from .target import ServerURL, redact
from .user_admin import UserAdminMixin
from .verify import VerifyMixin
from .witness import WitnessMixin

SCAN_ROWS = 5000  # rows fetched at a time by a whole-store scan


class PgStore(WitnessMixin, RecordsMixin, VerifyMixin, UserAdminMixin):
    """A custody store on a PostgreSQL server. Use as a context manager, or call close()."""

    engine = "postgresql"
    conn: Any  # a PgConn (WitnessMixin names sqlite3's Connection: only its execute is used)
    _errors: tuple[type[Exception], ...] = (psycopg.Error,)
    _suite_sql = "(header::jsonb ->> 'suite')"

    def __init__(self, url: str, *, create: bool = True, clock: Clock | None = None,
                 migrate: bool = True, readonly: bool = False) -> None:
        self.url = ServerURL(url)
        self.path = None
        self.clock = clock or system_clock
        self._depth = 0
        self.down_since: datetime | None = None
        self.conn = PgConn(self._connect())
        try:
            self._check_schema()
        except BaseException:
            self.conn.close()
            raise

    # --- the connection ------------------------------------------------------------

    @property
    def _name(self) -> str:
        return self.url.shown

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            raw = connect_raw(self.url)
        except psycopg.Error as exc:
            raise self._down(exc) from None
        self.down_since = None
        return raw

    def _down(self, exc: BaseException, uncertain: bool = False) -> ServerDown:
        if self.down_since is None:
            self.down_since = self.clock()
        why = reason(exc)
        if "does not exist" in why and "database" in why:
            self.down_since = None
            raise StoreError(f"there is no database {self._name} on the server ({why})")
        if any(w in why for w in ("authentication failed", "no pg_hba.conf entry", "does not exist",
                                   "permission denied", "password")):  # it answered: a refusal
            self.down_since = None
            raise StoreError(f"the server {self._name} refused this terminal: {why}")
        text = (f"the custody server {self._name} cannot be reached (since "
                f"{self.down_since.astimezone():%H:%M:%S}): {why}")
        if uncertain:
            text += "; the last entry may not have been saved: check the record when the server is back"
        return ServerDown(text, self.down_since, uncertain)

    def reconnect(self) -> bool:
        """Make the connection again if it was lost; True when the server answers."""
        if self.conn.usable:
            try:
                self.conn.raw.execute("SELECT 1")
                return True
            except psycopg.Error:
                pass
        self.conn.close()
        try:
            self.conn = PgConn(self._connect())
        except StoreError:
            return False
        return True

    def _ensure(self) -> None:
        if not self.conn.usable:
            self.conn.close()
            self.conn = PgConn(self._connect())

    def _plain(self, exc: Exception) -> StoreError:
        if isinstance(exc, psycopg.OperationalError) and not self.conn.usable:
            return self._down(exc, uncertain=self._committing)
        return plain_pg(exc, self._name)

    def _begin_write(self) -> None:
        self.conn.execute("BEGIN")
        self.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def _begin_read(self) -> None:
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def _scan(self, text: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        self._scans = getattr(self, "_scans", 0) + 1
        cur = self.conn.raw.cursor(name=f"custody_scan_{self._scans}")  # server-side: rows as they are read
        cur.itersize = SCAN_ROWS
        try:
            cur.execute(pg_sql(text), params or None)
            yield from cur
        finally:
            with contextlib.suppress(psycopg.Error):
                cur.close()

    # --- the schema ------------------------------------------------------------------

    def _applied(self) -> list[str] | None:
        """The schema steps applied on the server (None: not a custody store): one round trip."""
        if self.conn.in_transaction:
            with self._read() as conn:
                return [str(r[0]) for r in conn.execute(f"SELECT name FROM {SCHEMA_TABLE} ORDER BY name")]
        try:
            self._ensure()
            return [str(r[0]) for r in self.conn.execute(f"SELECT name FROM {SCHEMA_TABLE} ORDER BY name")]
        except psycopg.errors.UndefinedTable:
            return None
        except psycopg.Error as exc:
            raise self._plain(exc) from None

    def _check_schema(self) -> None:
        applied = self._applied()
        if applied is None:
            raise StoreError(f"the server database {self._name} has no custody store yet; the suite's "
                             f"administrator prepares it with `custody-app init-server URL`")
        check_applied(applied, self._name)
        pending = [n for n in PG_MIGRATION_NAMES if n not in applied]
        if pending:
            raise StoreError(f"the server {self._name} has an older custody schema (missing "
                             f"{pending[0]}); the suite's administrator upgrades it with "
                             "`custody-app init-server URL`")

    def schema_version(self) -> list[str]:
        return self._applied() or []

    # --- what differs from SQLite ---------------------------------------------------------

    def next_custody_sequence(self) -> int:
        """From the server's sequence (never the same number twice); the figure is also kept
        as the setting, chained like every setting, inside the one write."""
        with self.transaction():
            seq = int(self.conn.execute(f"SELECT nextval('{CUSTODY_SEQUENCE}')").fetchone()[0])
            super().set_setting(CUSTODY_SEQUENCE_KEY, str(seq))
        return seq

    def set_setting(self, key: str, value: str, by: str | None = None) -> None:
        with self.transaction():
            super().set_setting(key, value, by)
            if key == CUSTODY_SEQUENCE_KEY:
                self.sync_custody_sequence()

    def sync_custody_sequence(self) -> None:
        """Move the server's sequence on to the kept figure (only ever forward)."""
        figure = self.get_setting(CUSTODY_SEQUENCE_KEY)
        if figure is None or not figure.isdigit():
            return
        with self.transaction():
            last, called = self.conn.execute(f"SELECT last_value, is_called FROM {CUSTODY_SEQUENCE}").fetchone()
            if int(figure) > (last if called else 0):
                self.conn.execute(f"SELECT setval('{CUSTODY_SEQUENCE}', ?)", (int(figure),))

    def verify(self, witnesses: Sequence[Any] = (), heads: Sequence[str] = (),
               default_witness: bool = True) -> list[Any]:
        """As the SQLite store's verify, less what is SQLite's own (its integrity check, its
        witness file beside the database): the schema against the application's own (tables,
        indexes, triggers enabled, their functions' bodies), every chain and the write ledger,
        the users and settings log against the tables, the derived list, and any witness
        files and printed heads given."""

        from .admin_log import check as check_admin
        from .derived import DerivedCheck
        from .errors import Problem
        from .pg_schema_check import schema_problems
        from .witness import check_witnesses

        problems: list[Problem] = []
        with self._read() as conn:
            problems += schema_problems(conn)
            derived = DerivedCheck(conn)
            problems += self.verify_chains(derived.record)
            problems += check_admin(conn)
            problems += derived.finish()
            problems += check_witnesses(conn, witnesses, heads)
        return problems

    def _insert_bodies(self, record_id: int, number: str, start: int, bodies: Sequence[str],
                       prev: bytes, now: str, user: str | None,
                       chains: Sequence[bytes] | None = None) -> bytes:
        if len(bodies) < 16:
            return super()._insert_bodies(record_id, number, start, bodies, prev, now, user, chains)
        from . import chain as ch

        h = prev
        with self.conn.raw.cursor().copy(
                "COPY events (record_id, seq, body, recorded_at, recorded_by, chain, seal) FROM STDIN") as cp:
            for k, (i, body) in enumerate(enumerate(bodies, start)):
                h = chains[k] if chains is not None else ch.link(h, body)
                cp.write_row((record_id, i, body, now, user, h, ch.seal(h, i, now, user)))
        return h

    def backup(self, to_path: Any) -> Any:
        """The application's own backup of a server: a verified SQLite copy (copy_store)."""
        from .copy import copy_store

        return copy_store(self, to_path).dest

    def restore_from(self, path: Any) -> None:
        raise StoreError("a suite server is restored by copying the backup into an empty database: "
                         "`custody-app copy-store --from BACKUP --to URL` (see the README)")

    def ping(self) -> None:
        """A round trip to the server (ServerDown when it does not answer)."""
        with self._read() as conn:
            conn.execute("SELECT 1").fetchone()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PgStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def check_applied(applied: list[str], name: str) -> None:
    newer = [n for n in applied if n not in PG_MIGRATION_NAMES]
    if newer:
        raise StoreError(f"the server {name} was prepared by a newer version of custody-app (schema "
                         f"{newer[-1]}); use that version; nothing was changed")


def init_server(url: str, *, app_role: str = APP_ROLE, clock: Clock | None = None) -> tuple[list[str], str]:
    """Create or upgrade the custody schema on a server database and the application role
    (connecting as the administrator: the owner of the tables). Returns (the migrations
    applied now, the role). A schema newer than this version is refused, unchanged."""
    from .connection import utc_text

    name = redact(url)
    if not app_role.replace("_", "").isalnum():
        raise StoreError(f"{app_role!r} is not a role name (letters, digits and _ only)")
    try:
        conn = connect_raw(url)
    except psycopg.Error as exc:
        raise StoreError(f"cannot reach the server {name}: {reason(exc)}") from None
    now = utc_text((clock or system_clock)())
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            conn.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            applied = [str(r[0]) for r in conn.execute(f"SELECT name FROM {SCHEMA_TABLE}")]
            check_applied(applied, name)
            if not applied:
                tables = [str(r[0]) for r in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> %s",
                    (SCHEMA_TABLE,))]
                if tables:
                    raise StoreError(f"the server database {name} already holds other tables "
                                     f"({', '.join(sorted(tables)[:3])}); give an empty database")
            done = []
            for mig, text in PG_MIGRATIONS:
                if mig in applied:
                    continue
                conn.execute(text)
                conn.execute(f"INSERT INTO {SCHEMA_TABLE} (name, applied_at) VALUES (%s, %s)", (mig, now))
                done.append(mig)
            role = sql.Identifier(app_role)
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (app_role,)).fetchone()
            if not exists:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(conn.info.dbname), role))
            for grant in GRANTS:
                conn.execute(sql.SQL(grant).format(role=role))
    except psycopg.Error as exc:
        raise plain_pg(exc, name) from None
    finally:
        conn.close()
    return done, app_role
