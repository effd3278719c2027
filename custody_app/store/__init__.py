"""The custody store (SQLite; sqlite-utils for the migrations): the only package that knows SQL.

Append-only events with a hash chain, users, settings, backup. Opening an
up-to-date store and reading it use the standard library only; sqlite-utils
(and argon2) are imported when a migration (or a PIN) needs them.
"""

from typing import TYPE_CHECKING

from ..lazy import exports

if TYPE_CHECKING:
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

__getattr__, __all__ = exports(__name__, {
    ".chain": ("canonical_json", "record_fingerprint"),
    ".connection": ("Clock", "system_clock"),
    ".errors": ("AuthError", "ClashError", "Problem", "StoreError"),
    ".schema": ("ROLES",),
    ".store": ("Store", "open_store"),
    ".users": ("User",),
})
