"""`custody-app import | export | verify | backup | restore`.

Exit codes: 0 done; 2 refused (invalid record, clash, no such record or
database, unreadable file); 1 `verify` found something that no longer matches.
No traceback reaches the user: each failure is one line on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain import RecordError
from ..paths import resolve_db_path
from ..store.target import ServerURL

REFUSED = 2
PROBLEMS = 1


def _db(args: argparse.Namespace) -> Path | ServerURL:
    return resolve_db_path(getattr(args, "db", None))


def _fail(message: str, code: int = REFUSED) -> int:
    print(f"custody-app: {message}", file=sys.stderr)
    return code


def run_import(args: argparse.Namespace) -> int:
    from ..services.records import import_paths
    from ..store import StoreError

    db = _db(args)
    try:
        report = import_paths(db, args.paths)
    except (StoreError, RecordError) as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or db}: {exc.strerror or exc}")
    if not report.outcomes:
        return _fail("no record files (*.json) found in " + ", ".join(args.paths))
    if not report.ok:
        for o in report.refused:
            print(f"custody-app: {o.path}: refused: {o.reason}", file=sys.stderr)
        print(f"custody-app: nothing was imported ({len(report.refused)} of {len(report.outcomes)} "
              "files refused)", file=sys.stderr)
        return REFUSED
    counts: dict[str, int] = {}
    for o in report.outcomes:
        print(f"{o.outcome}\t{o.custody_number}\t{o.path}")
        counts[o.outcome] = counts.get(o.outcome, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    print(f"imported {len(report.outcomes)} file(s) into {db}: {summary}", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..services.records import export_record
    from ..store import StoreError

    try:
        doc = export_record(_db(args), args.number)
    except StoreError as exc:
        return _fail(str(exc))
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    output = getattr(args, "output", None)
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            return _fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        sys.stdout.write(text)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from ..services.records import verify_store
    from ..store import StoreError

    db = _db(args)
    try:
        problems = verify_store(db)
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{db}: {exc.strerror or exc}")
    if problems:
        for p in problems:
            print(f"MISMATCH {p}")
        print(f"custody-app: {len(problems)} problem(s) in {db}: stored content no longer matches "
              "what was entered", file=sys.stderr)
        return PROBLEMS
    print(f"verified {db}: every record's hash chain is intact")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from ..services.records import backup_store
    from ..store import StoreError

    try:
        target = backup_store(_db(args), args.to)
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.to}: {exc.strerror or exc}")
    print(f"backed up to {target} (verified)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from ..services.records import restore_store
    from ..store import StoreError

    db = _db(args)
    try:
        aside = restore_store(db, args.file)
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.file}: {exc.strerror or exc}")
    where = f"; the previous database was copied to {aside}" if aside else ""
    print(f"restored {db} from {args.file}{where}")
    return 0
