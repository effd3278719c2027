"""Where the database lives: --db, then CUSTODY_APP_DB, then the user data directory."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store.target import ServerURL

APP_NAME = "custody-app"


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path | ServerURL:
    """The database file, or the suite server's URL (store.target.ServerURL: has `exists()`
    and is a str, so it goes wherever a path is handed on to the store)."""
    from .store.target import locate

    if explicit:
        return locate(explicit)
    env = os.environ.get("CUSTODY_APP_DB")
    if env:
        return locate(env)
    return data_dir() / "custody.sqlite3"
