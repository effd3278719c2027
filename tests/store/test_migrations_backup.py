"""Migrations (an older database upgraded, copied aside first), backup and restore."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from custody_app.store import StoreError, open_store
from custody_app.store.migrations import MIGRATION_NAMES, MIGRATIONS
from custody_app.store.store import Store

from .conftest import FixedClock, example_record


def _first_schema_only(db_path: Path) -> None:
    """A database as the first release made it: migration 0001 only, one record."""
    from sqlite_utils import Database

    from custody_app.store.connection import connect

    conn = connect(db_path, create=True)
    try:
        db = Database(conn, execute_plugins=False)
        MIGRATIONS.apply(db, stop_before="0002_users_settings")
        assert "users" not in db.table_names()
    finally:
        conn.close()
    # a store of that era wrote the record (Store without migrating further)
    with Store(db_path, create=False, migrate=False, clock=FixedClock()) as old:
        assert old.schema_version() == ["0001_records"]
        old.import_record(example_record(), "PS 1")


def test_upgrade_from_first_schema_copies_aside(db_path: Path) -> None:
    _first_schema_only(db_path)
    with open_store(db_path) as s:
        assert s.schema_version() == list(MIGRATION_NAMES)
        assert s.all_numbers() == ["EX-26-000001"]
        assert s.verify() == []
        s.create_user("ps1", "PS 1", "sergeant", "1234")
    aside = db_path.with_name(f"{db_path.name}.before-0002_users_settings.bak")
    assert aside.is_file() and stat.S_IMODE(aside.stat().st_mode) == 0o600
    conn = sqlite3.connect(aside)
    try:
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == 1
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "users" not in names
    finally:
        conn.close()
    with open_store(db_path):  # nothing pending: no second copy
        pass
    assert not aside.with_name(aside.name + ".1").exists()


def test_backup_is_private_verified_and_restorable(db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path) as s:
        s.import_record(example_record())
        target = s.backup(tmp_path / "backup.sqlite3")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        s.import_record(example_record("example_missed_duties"))
        assert len(s.all_numbers()) == 2
        aside = s.restore_from(target)
        assert s.all_numbers() == ["EX-26-000001"]
        assert s.verify() == []
        assert aside is not None and stat.S_IMODE(aside.stat().st_mode) == 0o600
    with open_store(aside, create=False) as old:
        assert len(old.all_numbers()) == 2
    with open_store(db_path) as s:  # the restored database opens and is in WAL mode
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restore_refuses_a_tampered_or_foreign_file(db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path) as s:
        s.import_record(example_record())
        bad = s.backup(tmp_path / "bad.sqlite3")
    conn = sqlite3.connect(bad)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET body = body || ' ' WHERE seq = 0")
    conn.commit()
    conn.close()
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with open_store(db_path) as s:
        with pytest.raises(StoreError, match="fails verification"):
            s.restore_from(bad)
        with pytest.raises(StoreError, match="not a custody database"):
            s.restore_from(other)
        with pytest.raises(StoreError, match="no backup file"):
            s.restore_from(tmp_path / "missing.sqlite3")
        assert s.all_numbers() == ["EX-26-000001"]
    assert not list(tmp_path.glob("*.before-restore*"))
