"""Backup (SQLite's online backup API, the copy verified) and restore (a verified file only)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .connection import Base, copy_database, create_private_file, plain
from .errors import StoreError


def unique_aside(base: Path) -> Path:
    """`base`, or `base.1`, `base.2`... : a copy set aside never overwrites another."""
    candidate = base
    n = 0
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}.{n}")
    return candidate


class BackupMixin(Base):
    def copy_aside(self, label: str) -> Path:
        """A verified-format copy of the database next to it: `<db>.<label>.bak`."""
        if self.path is None:
            raise StoreError("an in-memory database has no file to copy aside")
        target = unique_aside(self.path.with_name(f"{self.path.name}.{label}.bak"))
        try:
            copy_database(self.conn, target)
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            raise StoreError(f"cannot copy the database aside to {target}: {exc}") from None
        return target

    def backup(self, to_path: str | os.PathLike[str]) -> Path:
        """Copy the database to `to_path` (owner-only), verify the copy, then put it in place."""
        from .store import open_store

        target = Path(to_path)
        if self.path is not None and target.exists() and target.resolve() == self.path.resolve():
            raise StoreError("the backup file must not be the database itself")
        if target.is_dir():
            raise StoreError(f"{target} is a folder; give the backup file's name")
        partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
        try:
            copy_database(self.conn, partial)
            with open_store(partial, create=False, migrate=False) as copy:
                problems = copy.verify()
            if problems:
                raise StoreError(f"the backup copy failed verification ({problems[0]}); nothing was written "
                                 f"to {target}")
            os.replace(partial, target)
            os.chmod(target, 0o600)
        except OSError as exc:
            raise StoreError(f"cannot write the backup {target}: {exc.strerror or exc}") from None
        except sqlite3.Error as exc:
            raise plain(exc, str(target)) from None
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        return target

    def restore_from(self, path: str | os.PathLike[str]) -> Path | None:
        """Replace this database's content with a backup that passes verify.

        The current database is copied aside first (the path is returned; None
        for an in-memory store). Refuses a file that is not a custody database
        or fails verification, with nothing changed."""
        from .store import open_store

        source = Path(path)
        if not source.is_file():
            raise StoreError(f"there is no backup file {source}")
        if self.path is not None and source.resolve() == self.path.resolve():
            raise StoreError("the backup file is the database itself")
        with open_store(source, create=False, migrate=False) as backup:
            problems = backup.verify()
            if problems:
                shown = "; ".join(str(p) for p in problems[:3])
                more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
                raise StoreError(f"{source} fails verification: {shown}{more}; nothing was restored")
            aside = self.copy_aside("before-restore") if self.path is not None else None
            try:
                backup.conn.backup(self.conn)
            except sqlite3.Error as exc:
                raise plain(exc, self._name) from None
        if self.path is not None:
            self.conn.execute("PRAGMA journal_mode = WAL").fetchone()
        self._migrate(create=False, migrate=True)
        return aside

    if TYPE_CHECKING:
        def _migrate(self, create: bool, migrate: bool) -> None: ...  # provided by Store


__all__ = ["BackupMixin", "create_private_file", "unique_aside"]
