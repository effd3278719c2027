"""The custody store (SQLite via sqlite-utils): the only package that knows SQL.

Append-only events with a hash chain, users, settings, backup. Imported
lazily (sqlite-utils costs start-up time): never from cli or source eagerly.
"""

from .chain import canonical_json, record_fingerprint
from .connection import Clock, system_clock
from .errors import AuthError, ClashError, Problem, StoreError
from .migrations import ROLES
from .store import Store, open_store
from .users import User

__all__ = [
    "ROLES", "AuthError", "ClashError", "Clock", "Problem", "Store", "StoreError", "User",
    "canonical_json", "open_store", "record_fingerprint", "system_clock",
]
