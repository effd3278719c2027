"""Where a store is: a database file (SQLite, the default) or a suite server (PostgreSQL URL).

`--db` and CUSTODY_APP_DB take either. A server is named by a libpq URL:
``postgresql://user@host/dbname``, ``postgresql://user@host:5432/dbname?sslmode=require``,
or on a Unix socket ``postgresql:///dbname?host=/run/postgresql`` (also
``postgresql://user@%2Frun%2Fpostgresql/dbname``). Passwords belong in ~/.pgpass or
PGPASSWORD, not in the URL; one in the URL is never shown in a message.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

SCHEMES = ("postgresql://", "postgres://")


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


class ServerURL(str):
    """A suite server's URL where a database path is expected: `str()` is the URL as given
    (what libpq connects with); `shown` is it without any password (for messages)."""

    def exists(self) -> bool:  # the server itself says whether the database is there
        return True

    @property
    def shown(self) -> str:
        return redact(self)

    def __format__(self, spec: str) -> str:  # in messages (f-strings): never the password
        return format(redact(self), spec)


def redact(url: str) -> str:
    """The URL without a password (user:secret@ becomes user@; password=... dropped)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "the server URL given"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        netloc = f"{userinfo.split(':', 1)[0]}@{hostport}"
    query = re.sub(r"(^|&)password=[^&]*", "", parts.query).lstrip("&")
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


def locate(target: str | os.PathLike[str]) -> Path | ServerURL:
    """A database path, or a ServerURL when the text names a server."""
    if isinstance(target, ServerURL):
        return target
    if is_server_url(target):
        return ServerURL(str(target))
    return Path(target)
