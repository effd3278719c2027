"""Record use cases on a database file: import, export, verify, backup, restore.

Each opens the store, does one transaction, and returns a result; refusals
are StoreError (plain message). Nothing here prints.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import RecordError, parse_text

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    custody_number: str | None
    outcome: str  # "stored" | "unchanged" | "appended" | "refused"
    reason: str | None = None


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def refused(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.outcome == "refused"]

    @property
    def ok(self) -> bool:
        """True when everything was stored; False: nothing was (one transaction)."""
        return not self.refused


class _Refused(Exception):
    pass


def record_files(paths: Iterable[PathLike]) -> Iterator[Path]:
    """The files named, and each folder's `*.json` records (not `*.expect.json`), sorted."""
    for item in paths:
        p = Path(item)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*.json")
                              if f.is_file() and not f.name.endswith(".expect.json"))
        else:
            yield p


PARALLEL_FROM = 200  # files: fewer are read and checked in this process
CHUNK = 16


def _prepare_file(path: Path) -> tuple[Path, Any, str | None]:
    """Read, validate and prepare one record file: (path, PreparedRecord or None, refusal)."""
    from ..domain.bounds import read_record_file
    from ..store.records import prepare

    try:
        return path, prepare(parse_text(read_record_file(path))), None
    except OSError as exc:
        return path, None, f"cannot read it: {exc.strerror or exc}"
    except RecordError as exc:
        return path, None, str(exc)


def _prepare_chunk(paths: list[Path]) -> list[tuple[Path, Any, str | None]]:
    return [_prepare_file(p) for p in paths]


def _prepared(files: list[Path], workers: int | None) -> Iterator[tuple[Path, Any, str | None]]:
    """The files prepared in order; many files are prepared by worker processes."""
    n = workers if workers is not None else min(4, os.cpu_count() or 1)
    if n < 2 or len(files) < PARALLEL_FROM:
        for path in files:
            yield _prepare_file(path)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    chunks = [files[k:k + CHUNK] for k in range(0, len(files), CHUNK)]
    with ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn")) as pool:
        window: deque[Future[list[tuple[Path, Any, str | None]]]] = deque()
        todo = iter(chunks)
        for chunk in todo:  # keep a bounded number of chunks in flight (memory)
            window.append(pool.submit(_prepare_chunk, chunk))
            if len(window) >= 4 * n:
                break
        while window:
            done = window.popleft().result()
            nxt = next(todo, None)
            if nxt is not None:
                window.append(pool.submit(_prepare_chunk, nxt))
            yield from done


def import_paths(db_path: PathLike, paths: Iterable[PathLike], *, user: str | None = None,
                 workers: int | None = None, store_kwargs: dict[str, Any] | None = None) -> ImportReport:
    """Import record files and folders in one transaction: all of it, or nothing.

    Every file is still read and checked after a refusal, so each reason is
    reported. Many files are validated in worker processes (`workers`: how
    many; default up to 4) while this one writes."""
    from ..store import ClashError, open_store

    files = list(record_files(paths))
    report = ImportReport()
    # Everything is read and checked before the database is opened: the write lock is not
    # held while files are read (the desk's entries go on), and a refused import creates no
    # database at a mistyped path.
    prepared_all = list(_prepared(files, workers))
    for path, _prepared_record, refusal in prepared_all:
        if refusal is not None:
            report.outcomes.append(FileOutcome(path, None, "refused", refusal))
    if report.refused or not prepared_all:
        return report
    with open_store(db_path, create=True, **(store_kwargs or {})) as store:
        try:
            with store.transaction():
                for path, prepared, _refusal in prepared_all:
                    try:
                        outcome = store.import_prepared(prepared, user)
                    except ClashError as exc:
                        report.outcomes.append(FileOutcome(path, prepared.custody_number, "refused",
                                                           str(exc)))
                        continue
                    report.outcomes.append(FileOutcome(path, prepared.custody_number, outcome))
                if report.refused:
                    raise _Refused
        except _Refused:
            pass
    return report


def export_record(db_path: PathLike, number: str) -> dict[str, Any]:
    from ..store import open_store

    with open_store(db_path, create=False, readonly=True) as store:
        return store.export_document(number)


def verify_store(db_path: PathLike, witnesses: Iterable[PathLike] = (), heads: Iterable[str] = (),
                 repair: bool = False) -> list[Any]:
    """The problems `verify` finds (store.Problem); empty when the store is intact. Opened
    read-only (read-only media work), unless `repair` rebuilds the derived state first."""
    from ..store import open_store

    if repair:
        with open_store(db_path, create=False) as store:
            store.rebuild_derived()
    with open_store(db_path, create=False, migrate=False, readonly=True) as store:
        return store.verify([Path(w) for w in witnesses], list(heads))


def backup_store(db_path: PathLike, to: PathLike) -> Path:
    from ..store import StoreError, open_store
    from ..store.target import is_server_url

    if is_server_url(to):
        raise StoreError("a backup is a file; to copy a store into a server use "
                         "`custody-app copy-store --from DB --to URL`")

    with open_store(db_path, create=False) as store:
        return store.backup(to)


def restore_store(db_path: PathLike, backup_file: PathLike) -> Path | None:
    """Restore a verified backup into the database; returns where the old one was copied."""
    from ..store import open_store

    with open_store(db_path, create=True) as store:
        return store.restore_from(backup_file)
