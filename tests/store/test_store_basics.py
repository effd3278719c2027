"""Opening a database: pragmas, file mode, refusals; the triggers that keep events append-only."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from custody_app.store import Store, StoreError, open_store

from .conftest import FixedClock, example_record


def test_pragmas_and_private_file(store: Store, db_path: Path) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    store.import_record(example_record(), "PS 1")
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) & 0o077 == 0


@pytest.mark.parametrize("sql", [
    "UPDATE events SET body = '{}' WHERE seq = 0",
    "UPDATE events SET recorded_by = 'someone else'",
    "DELETE FROM events WHERE seq = 1",
    "UPDATE records SET header = '{}'",
    "DELETE FROM records",
    "UPDATE ledger SET event_count = 1",
    "DELETE FROM ledger",
])
def test_triggers_refuse_changes(sqlite_mem_store: Store, sql: str) -> None:
    mem_store = sqlite_mem_store  # the server's triggers: tests/store/test_server.py
    mem_store.import_record(example_record(), "PS 1")
    before = mem_store.export_document("EX-26-000001")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed or deleted"):
        mem_store.conn.execute(sql)
    mem_store.conn.rollback()
    assert mem_store.export_document("EX-26-000001") == before
    assert mem_store.verify() == []


def test_missing_database_is_refused_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


def test_not_a_custody_database(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello, this is not SQLite at all" * 100)
    with pytest.raises(StoreError, match="not a custody database"):
        open_store(text, create=False)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a custody database"):
        open_store(other)
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(StoreError, match="not a custody database"):
        open_store(empty, create=False)


def test_newer_schema_is_refused(db_path: Path) -> None:
    with open_store(db_path) as s:
        s.conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                       "VALUES ('custody-app', '9999_from_the_future', 'x')")
        s.conn.commit()
    with pytest.raises(StoreError, match="newer version"):
        open_store(db_path)


def test_locked_database_gives_a_plain_message(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import custody_app.store.connection as connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    with open_store(db_path) as a:
        a.conn.execute("BEGIN IMMEDIATE")
        try:
            with open_store(db_path, clock=FixedClock()) as b:
                b.conn.execute("PRAGMA busy_timeout = 100")
                with pytest.raises(StoreError, match="busy"):
                    b.import_record(example_record())
        finally:
            a.conn.rollback()


def test_clock_must_be_aware(db_path: Path) -> None:
    from datetime import datetime

    with open_store(db_path, clock=lambda: datetime(2026, 1, 1)) as s:  # noqa: DTZ001
        with pytest.raises(StoreError, match="time zone"):
            s.import_record(example_record())
        assert s.all_numbers() == []
