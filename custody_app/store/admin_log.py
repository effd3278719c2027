"""Users, roles and settings chained like events: every change is an entry with who and when.

The `users` and `settings` tables are what the application reads; `admin_log` is the
append-only record of every change made to them (triggers refuse UPDATE and DELETE),
each entry chained to the one before:

    a_0 = SHA-256("custody-app/admin/1")
    a_i = SHA-256(a_{i-1} || UTF-8(kind \\x1f subject \\x1f recorded_at \\x1f recorded_by \\x1f body))

`kind` is "user" (subject: the user name; body: canonical JSON of display_name, role,
pin_hash and active) or "setting" (subject: the key; body: {"value": ...}). Replaying
the entries gives what the two tables must hold; `verify` compares them, so a role
edited, a user planted or a policy figure changed behind the application's back shows.
The lock-out counters (failed_attempts, locked_until) are not chained: they only ever
keep someone out for minutes, and an administrator can always clear them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .errors import Problem

ADMIN_GENESIS = hashlib.sha256(b"custody-app/admin/1").digest()
USER_FIELDS = ("display_name", "role", "pin_hash", "active")
MIGRATED_BY = "(adopted when the store was upgraded)"


def admin_hash(previous: bytes, kind: str, subject: str, body: str, recorded_at: str,
               recorded_by: str | None) -> bytes:
    data = f"{kind}\x1f{subject}\x1f{recorded_at}\x1f{recorded_by or ''}\x1f{body}"
    return hashlib.sha256(previous + data.encode("utf-8")).digest()


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def user_body(conn: sqlite3.Connection, username: str) -> tuple[str, str] | None:
    """(the user name as stored, the chained body of the user's row), or None."""
    row = conn.execute("SELECT username, display_name, role, pin_hash, active FROM users WHERE username = ?",
                       (username,)).fetchone()
    if row is None:
        return None
    name, display, role, pin_hash, active = row
    return str(name), _canonical({"display_name": display, "role": role, "pin_hash": pin_hash,
                                  "active": bool(active)})


def setting_body(value: str | None) -> str:
    return _canonical({"value": value})


def append(conn: sqlite3.Connection, kind: str, subject: str, body: str, recorded_at: str,
           recorded_by: str | None) -> None:
    """One admin entry, chained to the last (call inside the write transaction that made the change)."""
    row = conn.execute("SELECT hash FROM admin_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = bytes(row[0]) if row else ADMIN_GENESIS
    h = admin_hash(prev, kind, subject, body, recorded_at, recorded_by)
    conn.execute("INSERT INTO admin_log (kind, subject, body, recorded_at, recorded_by, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?)", (kind, subject, body, recorded_at, recorded_by, h))


def chain_user(conn: sqlite3.Connection, username: str, recorded_at: str, recorded_by: str | None) -> None:
    found = user_body(conn, username)
    if found is not None:
        append(conn, "user", found[0], found[1], recorded_at, recorded_by)


def chain_setting(conn: sqlite3.Connection, key: str, recorded_at: str, recorded_by: str | None) -> None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    append(conn, "setting", key, setting_body(str(row[0]) if row else None), recorded_at, recorded_by)


def adopt_existing(conn: sqlite3.Connection, recorded_at: str) -> None:
    """The migration's first entries: the users and settings as they stood when upgraded."""
    for (name,) in conn.execute("SELECT username FROM users ORDER BY id").fetchall():
        chain_user(conn, str(name), recorded_at, MIGRATED_BY)
    for (key,) in conn.execute("SELECT key FROM settings ORDER BY key").fetchall():
        chain_setting(conn, str(key), recorded_at, MIGRATED_BY)


def user_as_chained(conn: sqlite3.Connection, username: str) -> bool:
    """Whether the user's row is what its last entry in the log says (True where the store has
    no log yet). Checked at every sign-in: a role edited or a user planted behind the
    application's back grants nothing."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'admin_log'").fetchone() is None:
        return True
    found = user_body(conn, username)
    row = conn.execute("SELECT body FROM admin_log WHERE kind = 'user' AND subject = ? COLLATE NOCASE "
                       "ORDER BY seq DESC LIMIT 1", (username,)).fetchone()
    return found is not None and row is not None and str(row[0]) == found[1]


@dataclass(frozen=True)
class AdminEntry:
    seq: int
    kind: str
    subject: str
    body: dict[str, Any]
    recorded_at: str
    recorded_by: str | None


def history(conn: sqlite3.Connection, kind: str | None = None, subject: str | None = None) -> list[AdminEntry]:
    """Every change (of one kind / subject), oldest first: who changed what, when."""
    out = []
    for seq, k, s, body, at, by in conn.execute(
            "SELECT seq, kind, subject, body, recorded_at, recorded_by FROM admin_log ORDER BY seq"):
        if (kind is None or k == kind) and (subject is None or str(s).lower() == subject.lower()):
            out.append(AdminEntry(int(seq), str(k), str(s), json.loads(body), str(at), by))
    return out


def check(conn: sqlite3.Connection) -> list[Problem]:
    """The admin chain intact, and the users and settings tables exactly what it says."""
    problems: list[Problem] = []
    prev = ADMIN_GENESIS
    expected_seq = 1
    users: dict[str, str] = {}
    settings: dict[str, str | None] = {}
    for seq, kind, subject, body, at, by, stored in conn.execute(
            "SELECT seq, kind, subject, body, recorded_at, recorded_by, hash FROM admin_log ORDER BY seq"):
        if seq != expected_seq:
            problems.append(Problem(None, None, f"users and settings log entries {expected_seq} to {seq - 1} "
                                    "were deleted", "admin"))
        expected_seq = int(seq) + 1
        if admin_hash(prev, kind, subject, body, at, by) != bytes(stored):
            problems.append(Problem(None, None, f"users and settings log entry {seq} ({kind} {subject}) "
                                    "was changed", "admin"))
        prev = bytes(stored)
        if kind == "user":
            users[str(subject).lower()] = body
        elif kind == "setting":
            settings[str(subject)] = json.loads(body).get("value")
    table_users = {}
    for (name,) in conn.execute("SELECT username FROM users"):
        found = user_body(conn, str(name))
        if found is not None:
            table_users[found[0].lower()] = (found[0], found[1])
    for key in sorted(set(table_users) - set(users)):
        problems.append(Problem(None, None, f"user {table_users[key][0]} was added outside the application "
                                "(no entry says who added it)", "admin"))
    for key in sorted(set(users) - set(table_users)):
        problems.append(Problem(None, None, f"user {key} was deleted outside the application", "admin"))
    for key in sorted(set(users) & set(table_users)):
        if users[key] != table_users[key][1]:
            want, have = json.loads(users[key]), json.loads(table_users[key][1])
            fields = [f for f in USER_FIELDS if want.get(f) != have.get(f)]
            problems.append(Problem(None, None, f"user {table_users[key][0]}: {', '.join(fields)} changed "
                                    "outside the application", "admin"))
    table_settings = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM settings")}
    for key in sorted(set(table_settings) | set(settings)):
        if settings.get(key) != table_settings.get(key):
            what = "policy figures" if key == "policy" else f"setting {key}"
            problems.append(Problem(None, None, f"the {what} changed outside the application", "admin"))
    return problems
