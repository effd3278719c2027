"""Witnesses outside the database: the store's head, written down where the database is not.

The **store head** is the position and hash of the last entry of the store-wide write
ledger (every write of a record adds one entry, chained to the one before: chain.py),
printed as `STORE:N:H`: N is the number of ledger entries, H the first 16 hex digits
of entry N's hash (N = 0: the ledger's genesis hash). The users and settings log
(admin_log.py) has its own head, `ADMIN:M:G`, witnessed beside it.

After every committed write the store appends a line to its **witness file**
(`<database>.witness`, beside the database and the copies set aside, owner-only):

    W1 <UTC time> <N> <64 hex: ledger hash N> <M> <64 hex: admin hash M> <what>

`what` is `write`, `backup <file>` or `restore <file>`. A backup also gets a copy of the
witness file beside it (`<backup>.witness`).

`verify --witness FILE` and `verify --head STORE:N:H` fail, naming what differs, when
the store's chain is shorter than, or differs from, anything ever witnessed: the tail
cut off, an edit re-sealed with the project's own code (every hash after it changes),
or an older copy of the database put back. Lines before the last `restore` witness the
database that the restore replaced, and are not held against the restored one.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import Problem, StoreError

MAGIC = "W1"
SHORT = 16
HEAD_RE = re.compile(r"^(?:(STORE|ADMIN):)?(\d{1,12}):([0-9a-fA-F]{8,64})$")


def _genesis(table: str) -> bytes:
    # hashlib (OpenSSL) only when a head is asked for: the desk's start-up needs none
    if table == "ledger":
        from .chain import LEDGER_GENESIS

        return LEDGER_GENESIS
    from .admin_log import ADMIN_GENESIS

    return ADMIN_GENESIS


def witness_path(db: Path) -> Path:
    return db.with_name(db.name + ".witness")


@dataclass(frozen=True)
class StoreHead:
    entries: int
    hash: bytes
    admin_entries: int
    admin_hash: bytes

    @property
    def code(self) -> str:
        """`STORE:N:H`, as printed on paper."""
        return f"STORE:{self.entries}:{self.hash.hex()[:SHORT]}"

    @property
    def admin_code(self) -> str:
        return f"ADMIN:{self.admin_entries}:{self.admin_hash.hex()[:SHORT]}"


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def head_of(conn: sqlite3.Connection) -> StoreHead:
    """The store's head now; StoreError when the ledger cannot be read (a damaged file)."""
    try:
        return _head_of(conn)
    except (TypeError, ValueError, sqlite3.DatabaseError) as exc:
        raise StoreError(f"the write ledger cannot be read ({exc}): the database is damaged; run "
                         "`custody-app verify`") from None


def _head_of(conn: sqlite3.Connection) -> StoreHead:
    row = conn.execute("SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
    n, h = (int(row[0]), bytes(row[1])) if row else (0, _genesis("ledger"))
    arow = None
    if _table_exists(conn, "admin_log"):
        arow = conn.execute("SELECT seq, hash FROM admin_log ORDER BY seq DESC LIMIT 1").fetchone()
    m, g = (int(arow[0]), bytes(arow[1])) if arow else (0, _genesis("admin_log"))
    return StoreHead(n, h, m, g)


def line_for(head: StoreHead, at: str, what: str) -> str:
    what = " ".join(what.split())  # one line, whatever a file name holds
    return f"{MAGIC} {at} {head.entries} {head.hash.hex()} {head.admin_entries} {head.admin_hash.hex()} {what}\n"


def append_line(path: Path, line: str) -> None:
    """Append one line (one write call: lines from two processes never interleave); 0600,
    never through a symbolic link."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Witnessed:
    line: int
    at: str
    entries: int
    hash: bytes
    admin_entries: int | None
    admin_hash: bytes | None
    what: str


def parse_witness(text: str) -> tuple[list[Witnessed], list[str]]:
    """The lines of a witness file, and the line numbers that could not be read."""
    out: list[Witnessed] = []
    bad: list[str] = []
    for k, raw in enumerate(text.splitlines(), 1):
        parts = raw.split(" ", 6)
        if not raw.strip():
            continue
        try:
            if len(parts) < 6 or parts[0] != MAGIC:
                raise ValueError
            out.append(Witnessed(k, parts[1], int(parts[2]), bytes.fromhex(parts[3]), int(parts[4]),
                                 bytes.fromhex(parts[5]), parts[6] if len(parts) > 6 else ""))
        except ValueError:
            bad.append(str(k))
    return out, bad


KEEP_LAST = 64


def read_witness(path: Path) -> tuple[list[Witnessed], list[str]]:
    """The lines of a witness file that decide (read line by line: the file grows by one line a
    write, hundreds of megabytes in ten years): since its last `restore` line, the line with the
    furthest ledger position, the one with the furthest users and settings position, and the
    last KEEP_LAST lines. A chain that matches the furthest witnessed entry matches every
    earlier one, since each hash covers all before it. Also the numbers of unreadable lines."""
    import stat as st

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise StoreError(f"cannot read the witness file {path}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        if not st.S_ISREG(os.fstat(fd).st_mode):
            raise StoreError(f"the witness file {path} is not a regular file")
        bad: list[str] = []
        furthest: Witnessed | None = None
        furthest_admin: Witnessed | None = None
        recent: list[Witnessed] = []
        for k, raw in enumerate(fh, 1):
            entries, unreadable = parse_witness(raw[:4096].decode("utf-8", errors="replace"))
            if unreadable:
                bad.append(str(k))
                continue
            for w in entries:
                w = Witnessed(k, w.at, w.entries, w.hash, w.admin_entries, w.admin_hash, w.what)
                if w.what.startswith("restore"):  # what came before witnessed the replaced database
                    furthest, furthest_admin, recent = None, None, []
                if furthest is None or w.entries > furthest.entries:
                    furthest = w
                if furthest_admin is None or (w.admin_entries or 0) > (furthest_admin.admin_entries or 0):
                    furthest_admin = w
                recent = [*recent[-(KEEP_LAST - 1):], w]
    kept = {w.line: w for w in [*(x for x in (furthest, furthest_admin) if x is not None), *recent]}
    return [kept[k] for k in sorted(kept)], bad


def parse_head(text: str) -> tuple[str, int, str]:
    """("STORE" or "ADMIN", N, hex digits) from `STORE:N:H` (or `N:H`), as printed."""
    m = HEAD_RE.match(text.strip())
    if not m:
        raise StoreError(f"{text!r} is not a store head: give it as printed, STORE:N:H (N a number, "
                         "H 16 hex digits)")
    return (m.group(1) or "STORE"), int(m.group(2)), m.group(3).lower()


def _hash_at(conn: sqlite3.Connection, table: str, position: int) -> bytes | None:
    if position == 0:
        return _genesis(table)
    if table == "admin_log" and not _table_exists(conn, table):
        return None
    row = conn.execute(f"SELECT hash FROM {table} WHERE seq = ?", (position,)).fetchone()
    return bytes(row[0]) if row else None


def _compare(conn: sqlite3.Connection, table: str, label: str, position: int, digits: str,
             source: str, current: int) -> Problem | None:
    stored = _hash_at(conn, table, position)
    if stored is None or position > current:
        return Problem(None, None, f"{source} saw {label} entry {position}, but the store holds only "
                       f"{current}: entries were removed, or this is an older copy of the database", "witness")
    if not stored.hex().startswith(digits):
        return Problem(None, None, f"{source} saw {label} entry {position} with hash {digits[:SHORT]}, the store "
                       f"has {stored.hex()[:SHORT]}: the store was changed (and re-sealed) at or before "
                       f"entry {position}", "witness")
    return None


def check_witnessed(conn: sqlite3.Connection, entries: Iterable[Witnessed], source: str) -> list[Problem]:
    """Each witnessed head against the store (from the last `restore` line on)."""
    listed = list(entries)
    restores = [k for k, w in enumerate(listed) if w.what.startswith("restore")]
    if restores:
        listed = listed[restores[-1]:]
    head = head_of(conn)
    problems: list[Problem] = []
    for w in listed:
        where = f"{source} (line {w.line}, {w.at})"
        p = _compare(conn, "ledger", "write ledger", w.entries, w.hash.hex(), where, head.entries)
        if p is None and w.admin_entries is not None and w.admin_hash is not None:
            p = _compare(conn, "admin_log", "users and settings log", w.admin_entries, w.admin_hash.hex(),
                         where, head.admin_entries)
        if p is not None:
            problems.append(p)
            if len(problems) >= 20:
                problems.append(Problem(None, None, f"{source}: further lines not checked", "witness"))
                break
    return problems


def check_head(conn: sqlite3.Connection, text: str) -> list[Problem]:
    kind, position, digits = parse_head(text)
    head = head_of(conn)
    if kind == "ADMIN":
        p = _compare(conn, "admin_log", "users and settings log", position, digits, f"the head {text}",
                     head.admin_entries)
    else:
        p = _compare(conn, "ledger", "write ledger", position, digits, f"the head {text}", head.entries)
    return [p] if p else []


def check_witnesses(conn: sqlite3.Connection, files: Iterable[Path | str], heads: Iterable[str]) -> list[Problem]:
    """`verify --witness FILE` and `--head STORE:N:H`: every witness file and printed head
    against the store's ledger and log."""
    problems: list[Problem] = []
    for path in files:
        entries, bad = read_witness(Path(path))
        if bad:
            problems.append(Problem(None, None, f"the witness file {path}: line(s) {', '.join(bad[:5])} "
                                    "cannot be read", "witness"))
        problems += check_witnessed(conn, entries, f"the witness file {path}")
    for text in heads:
        problems += check_head(conn, text)
    return problems


def copy_witness(source: Path, target: Path) -> None:
    """The witness file copied beside a backup (`<backup>.witness`), 0600."""
    if not source.exists():
        return
    from ..outputs import write_private

    write_private([(target, source.read_bytes())])


class WitnessMixin:
    """Appends the store head to the witness file after every committed write."""

    conn: sqlite3.Connection
    path: Path | None
    _witnessed: StoreHead | None = None
    _witness_warned: bool = False
    readonly: bool = False

    @property
    def witness_file(self) -> Path | None:
        return witness_path(self.path) if self.path is not None else None

    def store_head(self) -> StoreHead:
        """The store's head now (`.code` is `STORE:N:H`, as the documents print it)."""
        return head_of(self.conn)

    def witness(self, what: str = "write", at: str | None = None) -> None:
        """Append the head to the witness file (nothing for an in-memory store). A witness
        that cannot be written (a full or read-only disk) does not undo the write."""
        target = self.witness_file
        if target is None or self.readonly:
            return
        try:
            head = head_of(self.conn)
            if what == "write" and head == self._witnessed:
                return
            from datetime import UTC, datetime

            when = at or datetime.now(UTC).isoformat(timespec="seconds")
            append_line(target, line_for(head, when, what))
            self._witnessed = head
        except (sqlite3.Error, OSError, StoreError) as exc:
            if not self._witness_warned:  # once per store: the log (and a command's terminal) says so
                self._witness_warned = True
                logging.getLogger("custody_app").warning(
                    "the witness file %s could not be written (%s): the writes are stored, but are not "
                    "witnessed outside the database until it can be; free space or fix its permissions",
                    target, getattr(exc, "strerror", None) or exc)

    def _after_commit(self) -> None:
        self.witness("write")
