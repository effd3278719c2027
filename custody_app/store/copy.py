"""Moving a suite: copy a whole store between engines (SQLite <-> PostgreSQL), row for row.

Every record with its events exactly as stored (bodies, entry times and users,
chain hashes and seals), the write ledger, the derived lists, the users (PIN
hashes and lock-outs) and the settings: so the copy's chains, ledger and exports
are byte-identical to the source's. Both are verified; a destination that already
holds anything is refused. A file destination is written beside itself and put in
place only once it verifies.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import StoreError
from .schema import CUSTODY_SEQUENCE_KEY
from .target import ServerURL, locate

BATCH = 5000
# (table, columns, the column it is ordered by): the order rows are copied in
TABLES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("records", ("id", "custody_number", "header", "created_at", "created_by"), "id"),
    ("events", ("id", "record_id", "seq", "body", "recorded_at", "recorded_by", "chain", "seal"), "id"),
    ("ledger", ("seq", "custody_number", "event_count", "head", "header_hash", "recorded_at",
                "recorded_by", "hash"), "seq"),
    ("record_state", ("record_id", "event_count", "arrived_at", "left_at", "in_custody"), "record_id"),
    ("users", ("id", "username", "display_name", "role", "pin_hash", "active", "failed_attempts",
               "locked_until", "created_at"), "id"),
    ("user_changes", ("id", "at", "by", "username", "change", "detail"), "id"),
    ("admin_log", ("seq", "kind", "subject", "body", "recorded_at", "recorded_by", "hash"), "seq"),
    ("settings", ("key", "value", "updated_at"), "key"),
)
IDENTITIES = (("records", "id"), ("events", "id"), ("users", "id"), ("user_changes", "id"))  # server sequences to move on


@dataclass(frozen=True)
class CopyReport:
    source: str
    dest: str
    records: int
    events: int
    users: int
    settings: int


def _open(target: Any, create: bool) -> Any:
    from .store import open_store

    return open_store(target, create=create)


def _is_empty(store: Any) -> bool:
    with store._read() as conn:
        for table, _, _ in TABLES:
            if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                return False
    return store.get_setting(CUSTODY_SEQUENCE_KEY) is None


def _copy_rows(src: Any, dest: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    with src._read(), dest.transaction():
        for table, cols, order in TABLES:
            names = ", ".join(cols)
            marks = ", ".join("?" * len(cols))
            insert = f"INSERT INTO {table} ({names}) VALUES ({marks})"
            n = 0
            batch: list[Any] = []
            for row in src._scan(f"SELECT {names} FROM {table} ORDER BY {order}"):
                batch.append(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))
                if len(batch) >= BATCH:
                    dest.conn.executemany(insert, batch)
                    n += len(batch)
                    batch = []
            if batch:
                dest.conn.executemany(insert, batch)
                n += len(batch)
            counts[table] = n
        if getattr(dest, "engine", "sqlite") == "postgresql":
            for table, col in IDENTITIES:
                dest.conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{col}'), "
                                  f"coalesce((SELECT max({col}) FROM {table}), 0) + 1, false)")
            dest.sync_custody_sequence()  # the server's sequence goes on from the copied figure
    return counts


def _heads(store: Any) -> dict[str, tuple[int, str]]:
    """Each record's event count and fingerprint (from its stored chain)."""
    with store._read() as conn:
        rows = conn.execute("SELECT r.custody_number, s.event_count FROM records r "
                            "JOIN record_state s ON s.record_id = r.id").fetchall()
    return {str(n): (int(c), store.fingerprint(str(n))) for n, c in rows}


def copy_store(source: Any, dest: str | os.PathLike[str]) -> CopyReport:
    """Copy the store `source` (an open store, a file or a server URL) into `dest` (a new
    file, or an empty server database, prepared here by init-server if it is not yet)."""
    if isinstance(source, (str, os.PathLike)):
        with _open(locate(source), create=False) as src:
            return copy_store(src, dest)
    src = source
    where = locate(dest)
    src_name = src._name
    problems = src.verify()
    if problems:
        raise StoreError(f"{src_name} fails verification ({problems[0]}); nothing was copied")
    if isinstance(where, ServerURL):
        return _copy_to_server(src, where)
    return _copy_to_file(src, where)


def _copy_to_server(src: Any, url: ServerURL) -> CopyReport:
    from .pg_engine import PgStore, init_server

    if src.engine == "postgresql" and src.url == url:
        raise StoreError("the destination is the source itself")
    try:
        dest = PgStore(url, create=False)
    except StoreError as exc:
        if "no custody store yet" not in str(exc):
            raise
        init_server(url)
        dest = PgStore(url, create=False)
    with dest:
        if not _is_empty(dest):
            raise StoreError(f"{url.shown} already holds a custody store; copy into an empty database "
                             "(nothing was changed)")
        counts = _copy_rows(src, dest)
        _check_copy(src, dest)
    return CopyReport(src._name, url.shown, counts["records"], counts["events"], counts["users"],
                      counts["settings"])


def _copy_to_file(src: Any, path: Path) -> CopyReport:
    from .connection import fsync_file

    if path.is_symlink():
        raise StoreError(f"{path} is a symbolic link; give the file itself")
    if path.is_dir():
        raise StoreError(f"{path} is a folder; give the new database file's name")
    if src.path is not None and path.exists() and path.resolve() == src.path.resolve():
        raise StoreError("the destination is the source itself")
    if path.exists():
        try:
            with _open(path, create=False) as existing:
                empty = _is_empty(existing)
        except StoreError:
            empty = False
        if not empty:
            raise StoreError(f"{path} already exists and is not an empty custody store; nothing was copied")
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        with _open(partial, create=True) as dest:
            counts = _copy_rows(src, dest)
            _check_copy(src, dest)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{partial}{suffix}").unlink()
        os.replace(partial, path)
        witness = Path(f"{partial}.witness")  # what the copy's writes were witnessed in goes with it
        if witness.exists():
            os.replace(witness, Path(f"{path}.witness"))
        os.chmod(path, 0o600)
        fsync_file(path)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        for suffix in ("", "-wal", "-shm", ".witness"):
            with contextlib.suppress(OSError):
                Path(f"{partial}{suffix}").unlink()
    return CopyReport(src._name, str(path), counts["records"], counts["events"], counts["users"],
                      counts["settings"])


def _check_copy(src: Any, dest: Any) -> None:
    problems = dest.verify()
    if problems:
        raise StoreError(f"the copy failed verification ({problems[0]})")
    if _heads(src) != _heads(dest) or src.counts() != dest.counts():
        raise StoreError("the copy's records differ from the source's")

