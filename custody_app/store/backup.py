"""Backup (SQLite's online backup API, the copy verified) and restore (a verified file only)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .connection import Base, copy_database, create_private_file, plain
from .errors import Problem, StoreError


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
        """Copy the database to `to_path` (owner-only), verify the copy wholly (integrity,
        schema, chains, users and settings, derived state), then put it in place; the head
        is witnessed and the witness file copied beside it (`<backup>.witness`)."""
        from .store import open_store
        from .witness import copy_witness, witness_path

        target = Path(to_path)
        self._check_backup_target(target)
        partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
        try:
            with self._read():
                head = self.store_head()
                copy_database(self.conn, partial, atomic=False)
            with open_store(partial, create=False, migrate=False, readonly=True) as copy:
                problems = copy.verify(default_witness=False)
                copied = copy.store_head()
            if problems:
                raise StoreError(f"the backup copy failed verification ({problems[0]}); nothing was written "
                                 f"to {target}")
            if copied != head:
                raise StoreError(f"the backup copy does not end where the database did; nothing was written "
                                 f"to {target}")
            if target.exists() or target.is_symlink():
                raise StoreError(f"{target} appeared while the backup was made; nothing was written")
            os.replace(partial, target)
            os.chmod(target, 0o600)
            self.witness(f"backup {target.name}")
            if self.witness_file is not None:
                copy_witness(self.witness_file, witness_path(target))
        except OSError as exc:
            raise StoreError(f"cannot write the backup {target}: {exc.strerror or exc}") from None
        except sqlite3.Error as exc:
            raise plain(exc, str(target)) from None
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        return target

    def _check_backup_target(self, target: Path) -> None:
        from ..outputs import protected_paths
        from .connection import remove_stale_partials

        if target.is_symlink():
            raise StoreError(f"{target} is a symbolic link; give the backup file's own name")
        if target.is_dir():
            raise StoreError(f"{target} is a folder; give the backup file's name")
        if not target.parent.is_dir():
            raise StoreError(f"cannot write the backup {target}: the folder {target.parent} does not exist")
        for p in protected_paths(self.path):
            if target.absolute() == p.absolute() or (target.exists() and p.exists() and os.path.samefile(target, p)):
                raise StoreError("the backup file must not be the database itself or one of its own files")
        if target.name.endswith(".witness"):
            raise StoreError(f"{target} is a witness file's name; give the backup another")
        if target.exists():
            raise StoreError(f"{target} already exists; a backup never overwrites a file: give a new name")
        remove_stale_partials(target)

    def restore_from(self, path: str | os.PathLike[str]) -> Path | None:
        """Replace this database's content with a backup that passes every check.

        The backup is opened read-only (it may be on read-only media) and verified wholly:
        SQLite's integrity check, the schema exactly as the application makes it (no trigger,
        table or index of its own), every chain, its users and settings against their log,
        the derived state, and the witness file beside it when there is one. The current
        database is copied aside first (the path is returned; None for an in-memory store).
        Anything refused changes nothing."""
        from .store import open_store

        source = Path(path)
        if not source.is_file():
            raise StoreError(f"there is no backup file {source}")
        if self.path is not None and source.resolve() == self.path.resolve():
            raise StoreError("the backup file is the database itself")
        with open_store(source, create=False, migrate=False, readonly=True) as backup:
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
        self.witness(f"restore {source.name}")
        return aside

    if TYPE_CHECKING:
        from .witness import StoreHead

        @property
        def witness_file(self) -> Path | None: ...

        def _migrate(self, create: bool, migrate: bool) -> None: ...  # provided by Store

        def store_head(self) -> StoreHead: ...  # provided by WitnessMixin

        def witness(self, what: str = "write", at: str | None = None) -> None: ...

        def verify(self, witnesses: Sequence[Path] = (), heads: Sequence[str] = (),
                   default_witness: bool = True) -> list[Problem]: ...


__all__ = ["BackupMixin", "create_private_file", "unique_aside"]
