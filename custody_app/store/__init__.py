"""The custody store (SQLite; sqlite-utils for the migrations): the only package that knows SQL.

Append-only events with a hash chain, users, settings, backup. Opening an
up-to-date store and reading it use the standard library only; sqlite-utils
(and argon2) are imported when a migration (or a PIN) needs them.
"""

from .chain import canonical_json, record_fingerprint
from .connection import Clock, system_clock
from .errors import AuthError, ClashError, Problem, StoreError
from .schema import ROLES
from .store import Store, open_store
from .users import User

__all__ = [
    "ROLES", "AuthError", "ClashError", "Clock", "Problem", "Store", "StoreError", "User",
    "canonical_json", "open_store", "record_fingerprint", "system_clock",
]
