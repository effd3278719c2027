"""The custody store (SQLite; sqlite-utils for the migrations): the only package that knows SQL.

Append-only events with a hash chain, users, settings, backup. Opening an
up-to-date store and reading it use the standard library only; sqlite-utils
(and argon2) are imported when a migration (or a PIN) needs them.
"""

from .chain import (
    canonical_json as canonical_json,
    record_fingerprint as record_fingerprint,
)
from .connection import (
    Clock as Clock,
    system_clock as system_clock,
)
from .errors import (
    AuthError as AuthError,
    ClashError as ClashError,
    Problem as Problem,
    StoreError as StoreError,
)
from .schema import (
    ROLES as ROLES,
)
from .store import (
    Store as Store,
    open_store as open_store,
)
from .users import (
    User as User,
)

__all__ = [
    "AuthError",
    "ClashError",
    "Clock",
    "Problem",
    "ROLES",
    "Store",
    "StoreError",
    "User",
    "canonical_json",
    "open_store",
    "record_fingerprint",
    "system_clock",
]
