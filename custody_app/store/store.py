"""The Store: one custody database, opened, checked and migrated."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

from .backup import BackupMixin
from .connection import MEMORY, Clock, connect, plain, prepare_for_writing, system_clock
from .errors import StoreError
from .records import RecordsMixin
from .schema import MIGRATION_NAMES, MIGRATIONS_TABLE, read_schema
from .target import is_server_url
from .user_admin import UserAdminMixin
from .verify import VerifyMixin
from .witness import WitnessMixin


class Store(WitnessMixin, RecordsMixin, VerifyMixin, UserAdminMixin, BackupMixin):
    """A custody database. Use as a context manager, or call close().

    readonly: open without changing a byte of the file or its folder (works on read-only
    media; no migration, no witness); for verify, export and restoring from a backup."""

    engine = "sqlite"

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, clock: Clock | None = None,
                 migrate: bool = True, readonly: bool = False) -> None:
        self.path = None if str(path) == MEMORY else Path(path)
        self.clock = clock or system_clock
        self._depth = 0
        self._db: Any = None
        self.readonly = readonly
        self.conn = connect(self.path if self.path is not None else MEMORY, create=create and not readonly,
                            readonly=readonly)
        try:
            self._refuse_foreign(create and not readonly)  # before anything is written to the file
            if not readonly:
                prepare_for_writing(self.conn, self._name)
            self.conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
            self._migrate(create=create and not readonly, migrate=migrate and not readonly)
        except sqlite3.Error as exc:
            self.conn.close()
            raise plain(exc, self._name) from None
        except BaseException:
            self.conn.close()
            raise

    @property
    def db(self) -> Any:
        """The connection as a sqlite_utils.Database (imported when first needed: the migrations)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def _applied(self) -> tuple[set[str], list[str]]:
        return read_schema(self.conn)

    def _refuse_foreign(self, create: bool) -> None:
        """A file made by a newer version, or not a custody database, refused unchanged."""
        tables, applied = self._applied()
        newer = [n for n in applied if n not in MIGRATION_NAMES]
        if newer:
            raise StoreError(f"{self._name} was made by a newer version of custody-app (schema "
                             f"{newer[-1]}); use that version. Nothing was changed")
        if not applied and (tables - {MIGRATIONS_TABLE} or not create):
            raise StoreError(f"{self._name} is not a custody database")

    def _migrate(self, create: bool, migrate: bool) -> None:
        self._refuse_foreign(create)
        applied = self._applied()[1]
        pending = [n for n in MIGRATION_NAMES if n not in applied]
        if not pending:  # the usual case: sqlite-utils is not even imported
            return
        if not migrate:
            if MIGRATION_NAMES[0] not in applied:
                raise StoreError(f"{self._name} is not a custody database")
            return
        if applied and self.path is not None:
            self.copy_aside(f"before-{pending[0]}")
        from .migrations import MIGRATIONS

        with self.transaction():
            MIGRATIONS.apply(self.db)

    def schema_version(self) -> list[str]:
        """The names of the migrations applied, in order."""
        return self._applied()[1]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def open_store(path: str | os.PathLike[str], create: bool = True, *, clock: Clock | None = None,
               migrate: bool = True, readonly: bool = False) -> Store:
    """Open (create=True: or create) a custody database; StoreError with a plain message if not.

    `path` is a database file (SQLite), or a suite server's URL (postgresql://...: a
    pg_engine.PgStore, the same interface; psycopg is imported only then)."""
    if is_server_url(path):
        from .pg_engine import PgStore

        return PgStore(str(path), create=create, clock=clock, migrate=migrate,  # type: ignore[return-value]
                       readonly=readonly)
    return Store(path, create=create, clock=clock, migrate=migrate, readonly=readonly)
