"""`verify` on a suite server: the schema is exactly what `init-server` makes.

The server's rules live in its catalogue: the triggers that refuse changes, the functions
they run, the tables and indexes. An owner can drop a trigger, switch it off, give its
function a body that does nothing, or add a trigger that quietly drops entries; the chains
would still verify until the next change. So `verify` compares the catalogue with the
migrations' own text: the same tables, views, sequences, indexes and triggers (each
enabled, on its table, running its function), and every function's body the same.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .errors import Problem
from .pg_schema import PG_MIGRATIONS, SCHEMA_TABLE

_TABLE = re.compile(r"CREATE TABLE (\w+)")
_VIEW = re.compile(r"CREATE VIEW (\w+)")
_SEQUENCE = re.compile(r"CREATE SEQUENCE (\w+)")
_INDEX = re.compile(r"CREATE (?:UNIQUE )?INDEX (\w+)")
_TRIGGER = re.compile(r"CREATE TRIGGER (\w+)\s.*?\sON (\w+)\s+FOR EACH \w+ EXECUTE FUNCTION (\w+)\(", re.S)
_FUNCTION = re.compile(r"CREATE (?:OR REPLACE )?FUNCTION (\w+)\(\).*?AS \$\$(.*?)\$\$", re.S)


def _words(text: str) -> str:
    return " ".join(text.split())


@cache
def expected() -> dict[str, Any]:
    text = "\n".join(sql for _, sql in PG_MIGRATIONS)
    return {
        "tables": {*_TABLE.findall(text), SCHEMA_TABLE},
        "views": set(_VIEW.findall(text)),
        "sequences": set(_SEQUENCE.findall(text)),
        "indexes": set(_INDEX.findall(text)),
        "triggers": {name: (table, function) for name, table, function in _TRIGGER.findall(text)},
        "functions": {name: _words(body) for name, body in _FUNCTION.findall(text)},
    }


def _names(conn: Any, sql: str) -> set[str]:
    return {str(r[0]) for r in conn.execute(sql).fetchall()}


def schema_problems(conn: Any) -> list[Problem]:
    """What differs between the server's catalogue and the application's schema."""
    want = expected()
    problems: list[str] = []

    def compare(kind: str, have: set[str], should: set[str]) -> None:
        for name in sorted(should - have):
            problems.append(f"the {kind} {name} is missing")
        for name in sorted(have - should):
            problems.append(f"an unknown {kind} {name} is there (not made by the application)")

    compare("table", _names(conn, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"),
            want["tables"])
    compare("view", _names(conn, "SELECT viewname FROM pg_views WHERE schemaname = current_schema()"), want["views"])
    compare("sequence", _names(conn, (  # an identity column's own sequence belongs to its table
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'S' AND n.nspname = current_schema() AND NOT EXISTS "
        "(SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))")), want["sequences"])
    compare("index", _names(conn, (
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")), want["indexes"])
    triggers = {str(r[0]): (str(r[1]), str(r[2]), str(r[3])) for r in conn.execute(
        "SELECT t.tgname, c.relname, p.proname, t.tgenabled FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal AND n.nspname = current_schema()").fetchall()}
    compare("trigger", set(triggers), set(want["triggers"]))
    for name, (table, function) in want["triggers"].items():
        have = triggers.get(name)
        if have is None:
            continue
        if (have[0], have[1]) != (table, function):
            problems.append(f"the trigger {name} is on {have[0]} running {have[1]}, not on {table} running {function}")
        if have[2] != "O":
            problems.append(f"the trigger {name} on {table} is switched off")
    functions = {str(r[0]): _words(str(r[1])) for r in conn.execute(
        "SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = current_schema()").fetchall()}
    compare("function", set(functions), set(want["functions"]))
    for name, body in want["functions"].items():
        if name in functions and functions[name] != body:
            problems.append(f"the function {name} was changed: it no longer does what the application made it do")
    return [Problem(None, None, what, "schema") for what in problems]
