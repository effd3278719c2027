"""A record named on the command line: a file, or a custody number in the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain import Record, RecordError, parse_text
from ..paths import resolve_db_path


class SourceError(Exception):
    """The record could not be had; the message says why in plain words."""


def load_record(args: argparse.Namespace) -> Record:
    source: str = args.source
    path = Path(source)
    db = getattr(args, "db", None)
    if path.is_file() or (db is None and source.lower().endswith(".json")):
        from ..domain.bounds import (
            read_record_file,  # a size limit before parsing; no FIFO or device
        )

        try:
            data = read_record_file(path)
        except OSError as exc:
            raise SourceError(f"cannot read {source}: {exc.strerror}") from None
        except RecordError as exc:
            raise SourceError(f"{source}: refused: {exc}") from None
        try:
            return parse_text(data)
        except RecordError as exc:
            raise SourceError(f"{source}: refused: {exc}") from None
    if path.is_dir():
        raise SourceError(f"{source} is a folder; give one record file or a custody number")
    from ..store import StoreError, open_store

    db_path = resolve_db_path(db)
    if not db_path.exists():
        raise SourceError(f"{source} is not a file, and there is no database at {db_path} to look it up in")
    try:
        with open_store(db_path, create=False) as store:
            record = store.load_record(source)
    except StoreError as exc:
        raise SourceError(str(exc)) from None
    if record is None:
        raise SourceError(f"no file {source}, and no custody number {source} in {db_path}")
    assert isinstance(record, Record)
    return record
