"""`custody-app certificate`, `summary` and `report`: the documents, written as files.

Each file is written whole or not at all (a temporary file renamed into place).
A refusal exits 2, leaves no file and says why in plain words on standard error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from ..domain import Record
from .source import SourceError, load_record

REFUSED = 2
FAILED = 1


class Refusal(Exception):
    """The command cannot do what was asked; the message says why."""


def _say(message: str) -> None:
    print(f"custody-app: {message}", file=sys.stderr)


def write_files(outputs: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file whole, or none (outputs.py: temporary files renamed, 0600)."""
    from ..outputs import write_private

    write_private(outputs)


def _output(name: str) -> Path:
    """The path to write; refused when it is a database, a backup, a witness, a folder,
    a device or a symbolic link (outputs.py)."""
    from ..outputs import OutputRefused, check_output
    from ..paths import resolve_db_path

    try:
        return check_output(name, resolve_db_path(None))
    except OutputRefused as exc:
        raise Refusal(str(exc)) from None


def _now() -> datetime:
    """The wall clock, read once at the edge (only for records whose child is still detained)."""
    return datetime.now(UTC)


def _run(make: Callable[[], Sequence[tuple[Path, bytes]]]) -> int:
    from ..reports.certificate import CertificateRefused

    try:
        outputs = make()
        write_files(outputs)
    except CertificateRefused as exc:
        _say(f"refused: {exc.reason}")
        return REFUSED
    except (SourceError, Refusal) as exc:
        _say(str(exc))
        return REFUSED
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        _say(f"cannot write{where}: {exc.strerror or exc}")
        return REFUSED
    except Exception as exc:  # never a traceback for the user; the message names the fault
        _say(f"could not make the document: {type(exc).__name__}: {exc}")
        return FAILED
    for path, data in outputs:
        print(f"wrote {path} ({len(data):,} bytes)")
    return 0


def _left(record: Record) -> bool:
    return any(e.type in ("released", "transferred") for e in record.events)


def run_certificate(args: argparse.Namespace) -> int:
    def make() -> list[tuple[Path, bytes]]:
        from ..reports.certificate import certificate_pdf

        out = _output(args.output)
        return [(out, certificate_pdf(load_record(args)))]

    return _run(make)


def run_summary(args: argparse.Namespace) -> int:
    def make() -> list[tuple[Path, bytes]]:
        from ..reports.facts import record_end
        from ..reports.summary import summary_pdf

        out = _output(args.output)
        record = load_record(args)
        if _left(record):  # the whole record, as it stands: the same document every time
            pdf = summary_pdf(record, record_end(record), whole_record=True)
        else:
            pdf = summary_pdf(record, _now())
        return [(out, pdf)]

    return _run(make)


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Refusal(f"{option} {value!r} is not a date; give it as YYYY-MM-DD") from None


def run_report(args: argparse.Namespace) -> int:
    def make() -> list[tuple[Path, bytes]]:
        from ..paths import resolve_db_path
        from ..reports.scrutiny import (
            period_bounds,
            scrutiny_csv,
            scrutiny_pdf,
            scrutiny_rows_from_store,
        )

        date_from = _day(args.date_from, "--from")
        date_to = _day(args.date_to, "--to")
        try:
            start, end = period_bounds(date_from, date_to)
        except ValueError as exc:
            raise Refusal(str(exc)) from None
        out = _output(args.output)
        csv_path = _output(args.csv) if getattr(args, "csv", None) else None
        db_path = resolve_db_path(getattr(args, "db", None))
        if not db_path.exists():
            raise Refusal(f"there is no database at {db_path}; give one with --db")
        from ..store import StoreError, open_store

        try:
            with open_store(db_path, create=False) as store:
                policy = store.get_policy()  # the suite's own figures
            rows = scrutiny_rows_from_store(str(db_path), start, end, _now(), policy)
        except StoreError as exc:
            raise Refusal(str(exc)) from None
        outputs = [(out, scrutiny_pdf(rows, date_from, date_to))]
        if csv_path is not None:
            outputs.append((csv_path, scrutiny_csv(rows).encode("utf-8")))
        return outputs

    return _run(make)
