"""Opening a custody database: the file, the pragmas, the schema check, the migrations.

Every write is one `BEGIN IMMEDIATE` transaction (so two processes never
lose a write: the second waits for the first, up to the busy timeout); reads
run in a deferred transaction so they see one consistent snapshot.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import StoreError

BUSY_TIMEOUT_MS = 15_000
MEMORY = ":memory:"

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The one place the store reads the wall clock (the default for a Store)."""
    return datetime.now(UTC)


def utc_text(instant: datetime) -> str:
    """An aware instant as UTC ISO 8601 text with microseconds (sorts as time)."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise StoreError("the clock gave a time with no time zone; the store keeps UTC instants")
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def plain(exc: sqlite3.Error, path: str) -> StoreError:
    """A sqlite3 error as a StoreError with a message a sergeant can act on."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError(f"the database {path} is busy (another program is writing to it); "
                          "try again in a moment")
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return StoreError(f"{path} is not a custody database, or it is damaged")
    if "unable to open" in text:
        return StoreError(f"cannot open the database {path}")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"the database {path} cannot be written to (read-only)")
    if "disk" in text and ("full" in text or "I/O" in text):
        return StoreError(f"the database {path} could not be written: {text}")
    return StoreError(f"database error in {path}: {text}")


def create_private_file(path: Path) -> bool:
    """Create an empty file readable by its owner only; False when it already existed."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    os.chmod(path, 0o600)
    return True


def connect(path: Path | str, *, create: bool, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the file (nothing written yet: see `prepare_for_writing`); refuses
    what is not an SQLite file. `readonly`: opened so that not a byte of the file (or its
    folder) is changed, which also works on read-only media."""
    name = str(path)
    if name != MEMORY:
        p = Path(path)
        if p.is_dir():
            raise StoreError(f"{p} is a folder, not a database file")
        if not p.exists():
            if not create or readonly:
                raise StoreError(f"there is no database at {p}")
            try:
                create_private_file(p)
            except OSError as exc:
                raise StoreError(f"cannot create the database {p}: {exc.strerror}") from None
        elif not os.access(p, os.R_OK):
            raise StoreError(f"cannot read the database {p} (permission denied)")
        elif not p.is_file():
            raise StoreError(f"{p} is not a database file (a device, pipe or socket)")
    try:
        if readonly and name != MEMORY:
            conn = sqlite3.connect(readonly_uri(Path(name)), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlite3.connect(name, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise plain(exc, name) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA schema_version").fetchone()  # reads the header: "not a database"
        if readonly:
            conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise plain(exc, name) from None
    return conn


def readonly_uri(path: Path) -> str:
    """file: URI opening `path` read-only; `immutable` when nobody can write it (read-only
    media or permissions), so SQLite does not even create the -shm beside it."""
    from urllib.parse import quote

    uri = "file:" + quote(str(path.absolute())) + "?mode=ro"
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def prepare_for_writing(conn: sqlite3.Connection, name: str) -> None:
    """The store's pragmas for a connection that writes: WAL, full sync, foreign keys."""
    try:
        if name != MEMORY:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("PRAGMA journal_size_limit = 67108864")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB: a large import need not spill
    except sqlite3.Error as exc:
        raise plain(exc, name) from None


def copy_database(conn: sqlite3.Connection, target: Path, *, atomic: bool = True) -> None:
    """SQLite's online backup of `conn` into a new private file `target` (DELETE journal).

    Written under a hidden temporary name and renamed: a copy killed half way leaves no
    empty or partial file under the target's name (and the next copy removes the leftover).
    atomic=False: `target` is itself a hidden temporary name; written in place."""
    remove_stale_partials(target)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}") if atomic else target
    try:
        if partial.exists():
            partial.unlink()
        create_private_file(partial)
        dst = sqlite3.connect(str(partial))
        try:
            conn.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
            dst.commit()
        finally:
            dst.close()
        os.chmod(partial, 0o600)
        fsync_file(partial)
        if atomic:
            os.replace(partial, target)
            fsync_file(target)
    finally:
        if atomic:
            with contextlib.suppress(OSError):
                partial.unlink()


def remove_stale_partials(target: Path) -> None:
    """Hidden partial copies of `target` left by a process that was killed (its pid gone)."""
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{target.name}.partial-*"):
            pid_text = leftover.name.rsplit("-", 1)[-1]
            if pid_text.isdigit() and not _alive(int(pid_text)):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftover from an earlier attempt in this process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


class Base:
    """What every part of the Store shares: the connection, the clock, transactions.

    The engine's own parts are the hooks below (`_begin_write`, `_begin_read`,
    `_errors`, `_plain`, `_scan`): SQLite here, PostgreSQL in pg_engine.PgStore. The
    mixins' SQL is written for both (`?` placeholders; the server's connection
    translates them)."""

    conn: Any  # sqlite3.Connection, or pg_engine.PgConn
    path: Path | None
    clock: Clock
    _depth: int
    _errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    _committing = False

    @property
    def _name(self) -> str:
        return str(self.path) if self.path is not None else MEMORY

    def _now(self) -> str:
        return utc_text(self.clock())

    def _plain(self, exc: Exception) -> StoreError:
        assert isinstance(exc, sqlite3.Error)
        return plain(exc, self._name)

    def _ensure(self) -> None:
        """Before a transaction: the connection is there (a server's is made again if lost)."""

    def _begin_write(self) -> None:
        """Start a write transaction: the one writer at a time (SQLite: BEGIN IMMEDIATE)."""
        self.conn.execute("BEGIN IMMEDIATE")

    def _begin_read(self) -> None:
        """Start a read transaction: one consistent snapshot."""
        self.conn.execute("BEGIN")

    def _scan(self, sql: str, params: Sequence[Any] = ()) -> Iterable[Any]:
        """Rows of a query over the whole store (verify), read without holding them all."""
        return self.conn.execute(sql, params)  # type: ignore[no-any-return]

    def _rollback(self, to: str | None = None) -> None:
        conn = self.conn
        with contextlib.suppress(*self._errors):
            if conn.in_transaction:
                if to is None:
                    conn.execute("ROLLBACK")
                else:
                    conn.execute(f"ROLLBACK TO {to}")
                    conn.execute(f"RELEASE {to}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (one writer at a time); nested calls are savepoints of it.

        Everything inside is stored wholly or not at all; an exception rolls it back.
        """
        if self._depth == 0 and not self.conn.in_transaction:
            try:
                self._ensure()
            except self._errors as exc:
                raise self._plain(exc) from None
        conn = self.conn
        if self._depth > 0:
            name = f"sp{self._depth}"
            self._depth += 1
            try:
                conn.execute(f"SAVEPOINT {name}")
                yield
            except self._errors as exc:
                self._rollback(name)
                raise self._plain(exc) from None
            except BaseException:
                self._rollback(name)
                raise
            else:
                try:
                    conn.execute(f"RELEASE {name}")
                except self._errors as exc:
                    raise self._plain(exc) from None
            finally:
                self._depth -= 1
            return
        try:
            self._begin_write()
        except self._errors as exc:
            self._rollback()
            raise self._plain(exc) from None
        self._depth = 1
        try:
            yield
            self._committing = True  # a failure from here on may have stored it (a server gone)
            conn.execute("COMMIT")
        except self._errors as exc:
            self._rollback()
            raise self._plain(exc) from None
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0
            self._committing = False
        self._after_commit()

    def _after_commit(self) -> None:
        """Called after each committed write transaction (the witness appends the head)."""

    @contextlib.contextmanager
    def _read(self) -> Iterator[Any]:
        """A consistent snapshot for several SELECTs (joins an open write transaction)."""
        if not self.conn.in_transaction:
            try:
                self._ensure()
            except self._errors as exc:
                raise self._plain(exc) from None
        conn = self.conn
        if conn.in_transaction:
            try:
                yield conn
            except self._errors as exc:
                raise self._plain(exc) from None
            return
        try:
            self._begin_read()
            yield conn
        except self._errors as exc:
            self._rollback()
            raise self._plain(exc) from None
        finally:
            if conn.in_transaction:
                try:
                    conn.execute("COMMIT")
                except self._errors as exc:
                    self._rollback()
                    raise self._plain(exc) from None
