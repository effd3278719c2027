"""Writing a file the user named: never over the database, a backup, a witness, a folder or a device.

Every command that writes a file (export, documents, reports, CSV, backup, the desk's
"Save as PDF") goes through `check_output` and `write_private`:

- the path must not be the database, its `-wal`/`-shm`/`-journal`, a copy set aside
  (`*.bak`), a backup, the witness file, or any SQLite file at all (checked by its
  header, so a backup under another name is refused too);
- it must not be a folder, a device, a FIFO or a socket; its folder must exist;
- a symbolic link at the path is refused (never followed for a new file);
- the data goes to a temporary file in the same folder (0600), is flushed to disk,
  then renamed over the path: the file is whole or absent, never half written.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
DB_SUFFIXES = ("-wal", "-shm", "-journal")
PROTECTED_SUFFIXES = (".bak", ".witness", ".sqlite3", ".sqlite", ".db")


class OutputRefused(Exception):
    """The output path is not one the application may write; the message says why."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def protected_paths(db: Path | None) -> list[Path]:
    """The database and its companions (WAL, SHM, journal, witness)."""
    if db is None:
        return []
    out = [db] + [db.with_name(db.name + s) for s in DB_SUFFIXES]
    from .store.witness import witness_path

    out.append(witness_path(db))
    return out


def check_output(name: str | os.PathLike[str], db: Path | str | None = None,
                 also: Iterable[Path] = ()) -> Path:
    """The path to write, or OutputRefused naming why it may not be written."""
    path = Path(name)
    text = str(name)
    if not text or "\x00" in text:
        raise OutputRefused("give the name of the file to write")
    folder = path.parent
    if not folder.is_dir():
        raise OutputRefused(f"cannot write {path}: the folder {folder} does not exist")
    if path.is_symlink():
        raise OutputRefused(f"cannot write {path}: it is a symbolic link (give the real file's name)")
    for protected in [*protected_paths(db if isinstance(db, Path) else None), *also]:  # a server: no file
        if path.absolute() == protected.absolute() or _same_file(path, protected):
            raise OutputRefused(f"cannot write {path}: it is the database or one of its own files")
    lower = path.name.lower()
    if lower.endswith(DB_SUFFIXES) or lower.endswith(PROTECTED_SUFFIXES):
        raise OutputRefused(f"cannot write {path}: a name ending {path.suffix or path.name[-4:]} is kept for "
                            "databases, backups and witness files")
    try:
        st = path.lstat()
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise OutputRefused(f"cannot write {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputRefused(f"cannot write {path}: it is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise OutputRefused(f"cannot write {path}: it is a device, pipe or socket, not a file")
    try:
        with open(path, "rb") as fh:
            if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                raise OutputRefused(f"cannot write {path}: it is a database (a custody database or a "
                                    "backup); it is never overwritten")
    except OSError:
        pass  # unreadable: the rename replaces it, as any file of the user's
    return path


def write_private(outputs: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file whole, or none: temporary files (0600) in the same folder, renamed."""
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in outputs:
            import tempfile

            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            temps.append((tmp, path))
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        for tmp, path in temps:
            if path.is_symlink():  # appeared since the check: still never followed
                raise OutputRefused(f"cannot write {path}: it is a symbolic link")
            os.replace(tmp, path)
        for _tmp, path in temps:
            _fsync_dir(path.parent)
    finally:
        for tmp, _ in temps:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def private_folder(folder: Path) -> Path:
    """Create `folder` (and parents) readable by its owner only; an existing one is made 0700."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder
