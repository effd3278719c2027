"""What opening a store needs to know of the schema, without sqlite-utils.

The migrations themselves (migrations.py) use sqlite-utils, which costs start-up
time; the desk opens an up-to-date store with the standard library only and
imports them when one is pending.
"""

from __future__ import annotations

import sqlite3

POLICY_KEY = "policy"  # the settings key of the policy figures (JSON)
CUSTODY_SEQUENCE_KEY = "last_custody_sequence"  # the last custody number's sequence figure
ROLES = ("detention_officer", "sergeant", "inspector", "superintendent", "healthcare", "admin")

MIGRATION_SET = "custody-app"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' table of applied migrations
# every migration in migrations.py, in order (checked there when it is imported)
MIGRATION_NAMES = ("0001_records", "0002_users_settings", "0003_board_cache",
                   "0004_no_board_cache", "0005_user_changes", "0006_admin_log")


def read_schema(conn: sqlite3.Connection) -> tuple[set[str], list[str]]:
    """(the tables, the names of this set's migrations applied, in the order applied)."""
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if MIGRATIONS_TABLE not in tables:
        return tables, []
    applied = [str(r[0]) for r in conn.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid", (MIGRATION_SET,))]
    return tables, applied
