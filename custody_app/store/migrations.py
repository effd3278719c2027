"""The schema, as named migrations (sqlite-utils `Migrations`), applied in order.

Never edit a migration that has shipped: add a new one. Each runs in the
transaction the store opens around them, after the file was copied aside.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Migrations

from .schema import MIGRATION_NAMES, MIGRATION_SET, MIGRATIONS_TABLE, ROLES

MIGRATIONS = Migrations(MIGRATION_SET)


def _refuse_changes(db: Any, table: str, what: str) -> None:
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{what} cannot be changed or deleted; "
            f"a correction is a new event'); END"
        )


@MIGRATIONS(name="0001_records")
def records_events_ledger(db: Any) -> None:
    # One row per record: the document without its events (canonical JSON), never changed.
    db.execute("""
        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            custody_number TEXT NOT NULL UNIQUE,
            header TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT
        )""")
    # The events, append-only: canonical JSON, when and by whom entered, chain and seal.
    db.execute("""
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            record_id INTEGER NOT NULL REFERENCES records(id),
            seq INTEGER NOT NULL,
            body TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT,
            chain BLOB NOT NULL,
            seal BLOB NOT NULL,
            UNIQUE (record_id, seq)
        )""")
    # One row per record written by a transaction, chained across the whole store:
    # a record or an event deleted or added behind the application's back shows.
    db.execute("""
        CREATE TABLE ledger (
            seq INTEGER PRIMARY KEY,
            custody_number TEXT NOT NULL,
            event_count INTEGER NOT NULL,
            head BLOB NOT NULL,
            header_hash BLOB NOT NULL,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT,
            hash BLOB NOT NULL
        )""")
    db.execute("CREATE INDEX ledger_by_number ON ledger (custody_number, seq)")
    # Derived from the events on every write (may be rebuilt): the fast lists.
    db.execute("""
        CREATE TABLE record_state (
            record_id INTEGER PRIMARY KEY REFERENCES records(id),
            event_count INTEGER NOT NULL,
            arrived_at TEXT NOT NULL,
            left_at TEXT,
            in_custody INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX record_state_in_custody ON record_state (in_custody) WHERE in_custody = 1")
    db.execute("CREATE INDEX record_state_arrived ON record_state (arrived_at)")
    _refuse_changes(db, "events", "custody events")
    _refuse_changes(db, "records", "custody records")
    _refuse_changes(db, "ledger", "the write ledger")


@MIGRATIONS(name="0002_users_settings")
def users_settings(db: Any) -> None:
    roles = ", ".join(f"'{r}'" for r in ROLES)
    db.execute(f"""
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ({roles})),
            pin_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL
        )""")
    db["settings"].create({"key": str, "value": str, "updated_at": str}, pk="key",
                          not_null={"value", "updated_at"})


@MIGRATIONS(name="0003_board_cache")
def board_cache(db: Any) -> None:
    # What the engine last decided for the suite board, per child in custody (derived:
    # may be emptied at any time; not part of the chain). See board_cache.py.
    db.execute("""
        CREATE TABLE board_cache (
            record_id INTEGER PRIMARY KEY REFERENCES records(id),
            basis TEXT NOT NULL,
            facts TEXT NOT NULL
        )""")


@MIGRATIONS(name="0004_no_board_cache")
def no_board_cache(db: Any) -> None:
    # The desk no longer keeps the engine's judgements: it judges after the first paint.
    db.execute("DROP TABLE IF EXISTS board_cache")


@MIGRATIONS(name="0005_user_changes")
def user_changes(db: Any) -> None:
    # Who changed which user, and how (a new role, a PIN reset, disabled or enabled), never
    # changed or deleted: see user_admin.py.
    db.execute("""
        CREATE TABLE user_changes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            username TEXT NOT NULL,
            change TEXT NOT NULL,
            detail TEXT NOT NULL
        )""")
    _refuse_changes(db, "user_changes", "the record of changes to users")


@MIGRATIONS(name="0006_admin_log")
def admin_log(db: Any) -> None:
    # Every change to users and settings, chained (see admin_log.py); the tables stay what
    # the application reads, and verify checks them against this log.
    db.execute("""
        CREATE TABLE admin_log (
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT,
            hash BLOB NOT NULL
        )""")
    db.execute("CREATE INDEX admin_log_by_subject ON admin_log (kind, subject COLLATE NOCASE, seq)")
    _refuse_changes(db, "admin_log", "the users and settings log")
    from datetime import UTC, datetime

    from .admin_log import adopt_existing

    adopt_existing(db.conn, datetime.now(UTC).isoformat(timespec="microseconds"))


if tuple(m.name for m in MIGRATIONS._migrations) != MIGRATION_NAMES or Migrations.migrations_table != MIGRATIONS_TABLE:
    raise RuntimeError("schema.MIGRATION_NAMES must list every migration here, in order")  # pragma: no cover

__all__ = ["MIGRATIONS", "MIGRATION_NAMES", "ROLES"]
