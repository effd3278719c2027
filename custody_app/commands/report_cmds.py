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
from typing import TYPE_CHECKING

from ..domain import Record
from .source import SourceError, load_record

if TYPE_CHECKING:
    from ..rules.policy import Policy

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


def _run(make: Callable[[], Sequence[tuple[Path, bytes]]], report: bool = True) -> int:
    from ..reports.certificate import CertificateRefused

    try:
        outputs = make()
        write_files(outputs)
    except CertificateRefused as exc:
        for line in exc.lines:
            _say(f"refused: {line}")
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
        print(f"wrote {path} ({len(data):,} bytes)", file=sys.stdout if report else sys.stderr)
    return 0


def _left(record: Record) -> bool:
    return any(e.type in ("released", "transferred") for e in record.events)


def printing(args: argparse.Namespace) -> tuple[datetime, str, str | None]:
    """When and by whom a document is printed, and the protective marking asked for (None: the
    suite's policy, OFFICIAL-SENSITIVE by default)."""
    import getpass

    by = getattr(args, "by", None)
    if not by:
        try:
            by = getpass.getuser()
        except (OSError, KeyError):
            by = "not recorded"
    return _now(), str(by), getattr(args, "marking", None) or None


def source_policy(args: argparse.Namespace) -> Policy:
    """The suite's policy for a record from the store (its figures, marking and offence table);
    the defaults for a record file."""
    from ..paths import resolve_db_path
    from ..rules.policy import DEFAULT_POLICY

    if getattr(args, "db", None) is None and Path(str(args.source)).is_file():
        return DEFAULT_POLICY
    db_path = resolve_db_path(getattr(args, "db", None))
    if not db_path.exists():
        return DEFAULT_POLICY
    from ..store import StoreError, open_store

    try:
        with open_store(db_path, create=False) as store:
            return store.get_policy()
    except StoreError:
        return DEFAULT_POLICY


def run_certificate(args: argparse.Namespace) -> int:
    if getattr(args, "json", False):
        return _certificate_json(args)

    def make() -> list[tuple[Path, bytes]]:
        from ..reports.certificate import certificate_pdf

        if not getattr(args, "output", None):
            raise Refusal("give -o OUT.pdf for the PDF, or --json for the certified facts")
        out = _output(args.output)
        record = load_record(args)
        at, by, marking = printing(args)
        return [(out, certificate_pdf(record, source_policy(args), cert_id=getattr(args, "id", None),
                                      printed_at=at, printed_by=by, marking=marking))]

    return _run(make)


def _certificate_json(args: argparse.Namespace) -> int:
    import json

    from ..reports.certificate import CertificateRefused, check_certificate

    try:
        record = load_record(args)
        policy = source_policy(args)
        checked = check_certificate(record, policy, cert_id=getattr(args, "id", None))
    except CertificateRefused as exc:
        for line in exc.lines:
            _say(f"refused: {line}")
        return REFUSED
    except SourceError as exc:
        _say(str(exc))
        return REFUSED
    if getattr(args, "output", None):
        def make() -> list[tuple[Path, bytes]]:
            from ..reports.certificate import certificate_pdf

            at, by, marking = printing(args)
            return [(_output(args.output), certificate_pdf(record, policy, cert_id=getattr(args, "id", None),
                                                           printed_at=at, printed_by=by, marking=marking))]

        status = _run(make, report=False)  # standard output is the JSON alone
        if status:
            return status
    print(json.dumps(checked.certified.to_json(), indent=2, ensure_ascii=False))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from ..reports.cert_facts import CheckError, check

    try:
        record = load_record(args)
        result = check(record, args.code)
    except (SourceError, CheckError) as exc:
        _say(str(exc))
        return REFUSED
    print(f"{args.code.strip()}: {result.message}")
    print(f"chain {result.chain} (entries 1–{args.code.strip().split(':')[1]} of {record.custody_number})")
    return result.status


def run_summary(args: argparse.Namespace) -> int:
    def make() -> list[tuple[Path, bytes]]:
        from ..reports.facts import record_end
        from ..reports.summary import summary_pdf

        out = _output(args.output)
        record = load_record(args)
        policy = source_policy(args)
        at, by, marking = printing(args)
        if _left(record):  # the whole record, as it stands
            pdf = summary_pdf(record, record_end(record), policy, whole_record=True, printed_at=at,
                              printed_by=by, marking=marking)
        else:
            pdf = summary_pdf(record, at, policy, printed_at=at, printed_by=by, marking=marking)
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
        from ..reports.scrutiny import data_dictionary, period_bounds, scrutiny_csv, scrutiny_pdf
        from ..services.scrutiny_store import scrutiny_rows_from_store

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

        at, by, marking = printing(args)
        judged = at  # the findings as they stand now (stated on the report and in the dictionary)
        try:
            with open_store(db_path, create=False) as store:
                policy = store.get_policy()  # the suite's own figures and marking
                only = getattr(args, "suite", None)  # a store holding several suites: one of them
                if only is not None and only not in (known := store.suites()):
                    raise Refusal(f"no suite {only!r} in the store; its suites: {', '.join(known) or 'none'}")
                head = store.store_head().code  # the store the figures came from, checkable with verify --head
            rows = scrutiny_rows_from_store(str(db_path), start, end, judged, policy, suite=only)
        except StoreError as exc:
            raise Refusal(str(exc)) from None
        outputs = [(out, scrutiny_pdf(rows, date_from, date_to, judged_at=judged, printed_at=at, printed_by=by,
                                      marking=marking, policy=policy, store_head=head))]
        if csv_path is not None:
            dictionary = _output(str(csv_path.with_name(csv_path.stem + ".dictionary.csv")))
            outputs.append((csv_path, scrutiny_csv(rows).encode("utf-8-sig")))  # the BOM: spreadsheets read UTF-8
            outputs.append((dictionary, data_dictionary(judged).encode("utf-8-sig")))
        return outputs

    return _run(make)
