"""The database's own make-up, checked exactly: SQLite's integrity check, and the tables,
indexes and triggers the application makes (no more, no fewer, none changed).

A file can pass the hash chains and still carry its own trigger (one that drops every
new event, so the desk says "Saved" for an entry that is never stored) or a table the
application does not know. `expected_schema` builds the schema the application makes,
by running its migrations on an empty database in memory, and `check_schema` compares
the file's `sqlite_master` with it, object by object.

(For PostgreSQL the same check reads pg_catalog: pg_tables, pg_indexes with
pg_get_indexdef, pg_trigger with pg_get_triggerdef, and pg_proc for trigger functions,
in the store's own schema; `amcheck` stands in for integrity_check.)
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path

from .errors import Problem
from .schema import MIGRATIONS_TABLE

KINDS = ("table", "index", "trigger", "view")


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").strip())


def read_objects(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, name) -> (table, normalised SQL) of every schema object but SQLite's own and the
    migrations table (which sqlite-utils makes, and whose rows are checked by name)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if str(name).startswith("sqlite_") or table == MIGRATIONS_TABLE:
            continue
        out[(str(kind), str(name))] = (str(table), _normal(sql))
    return out


@cache
def expected_schema(applied: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, str]]:
    """The objects the application's migrations `applied` (in order) make in an empty database."""
    from sqlite_utils import Database

    from .migrations import MIGRATIONS

    conn = sqlite3.connect(":memory:")
    try:
        db = Database(conn, execute_plugins=False)
        by_name = {m.name: m for m in MIGRATIONS._migrations}
        for name in applied:
            migration = by_name.get(name)
            if migration is not None:
                migration.fn(db)
        return read_objects(conn)
    finally:
        conn.close()


def check_schema(conn: sqlite3.Connection, applied: list[str]) -> list[Problem]:
    """What differs between the file's schema and the one the application makes."""
    expected = expected_schema(tuple(applied))
    actual = read_objects(conn)
    problems: list[Problem] = []
    for key in sorted(set(actual) - set(expected)):
        kind, name = key
        problems.append(Problem(None, None, f"the database holds a {kind} {name} on {actual[key][0]} that the "
                                "application never made", "schema"))
    for key in sorted(set(expected) - set(actual)):
        kind, name = key
        problems.append(Problem(None, None, f"the {kind} {name} the application makes is missing", "schema"))
    for key in sorted(set(expected) & set(actual)):
        if expected[key] != actual[key]:
            kind, name = key
            problems.append(Problem(None, None, f"the {kind} {name} was changed from what the application "
                                    "makes", "schema"))
    return problems


def integrity(conn: sqlite3.Connection, quick: bool = False) -> list[Problem]:
    """SQLite's own check of the file (pages, indexes, free list); one problem per line it reports."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [Problem(None, None, f"the file is damaged ({exc})", "integrity")]
    if rows == ["ok"]:
        return []
    shown = rows[:5]
    more = f" (and {len(rows) - 5} more)" if len(rows) > 5 else ""
    return [Problem(None, None, f"the file is damaged: {line}", "integrity") for line in shown[:-1]] + \
        [Problem(None, None, f"the file is damaged: {shown[-1]}{more}", "integrity")]


def foreign_keys(conn: sqlite3.Connection) -> list[Problem]:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    return [Problem(None, None, f"a row of {r[0]} refers to a {r[2]} row that does not exist", "integrity")
            for r in rows[:5]]


def integrity_in_parallel(conn: sqlite3.Connection, path: Path | None) -> Callable[[], list[Problem]]:
    """Start SQLite's integrity check of the file on its own read-only connection, in a thread
    (SQLite leaves Python's lock while it works); returns the function that waits for its
    problems. An in-memory database is checked here and now."""
    if path is None:
        found = integrity(conn)
        return lambda: found
    import threading

    from .connection import readonly_uri

    result: list[list[Problem]] = []

    def work() -> None:
        try:
            other = sqlite3.connect(readonly_uri(path), uri=True)
        except sqlite3.Error as exc:
            result.append([Problem(None, None, f"the file cannot be opened to check it ({exc})", "integrity")])
            return
        try:
            result.append(integrity(other))
        finally:
            other.close()

    thread = threading.Thread(target=work, name="integrity-check", daemon=True)
    thread.start()

    def wait() -> list[Problem]:
        thread.join()
        return result[0] if result else [Problem(None, None, "the integrity check did not finish", "integrity")]

    return wait
