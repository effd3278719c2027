"""Where the database lives: --db, then CUSTODY_APP_DB, then the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "custody-app"


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get("CUSTODY_APP_DB")
    if env:
        return Path(env)
    return data_dir() / "custody.sqlite3"
