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
            print(f"custody-app: {shown_path(o.path)}: refused: {shown_path(o.reason)}", file=sys.stderr)
        print(f"custody-app: nothing was imported ({len(report.refused)} of {len(report.outcomes)} "
              "files refused)", file=sys.stderr)
        return REFUSED
    counts: dict[str, int] = {}
    for o in report.outcomes:
        print(f"{o.outcome}\t{o.custody_number}\t{shown_path(o.path)}")
        counts[o.outcome] = counts.get(o.outcome, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    print(f"imported {len(report.outcomes)} file(s) into {db}: {summary}", file=sys.stderr)
    return 0


def shown_path(value: object) -> str:
    """A file name (or message) on one line: a newline or control character in a file name
    is shown escaped, so it cannot forge another line of the output."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def run_export(args: argparse.Namespace) -> int:
    from ..outputs import OutputRefused, check_output, write_private
    from ..services.records import export_record
    from ..store import StoreError

    db = _db(args)
    output = getattr(args, "output", None)
    try:
        target = check_output(output, db) if output and output != "-" else None
        doc = export_record(db, args.number)
        text = json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        if target is not None:
            write_private([(target, text.encode("utf-8"))])
        else:
            sys.stdout.write(text)
    except (StoreError, OutputRefused) as exc:
        return _fail(str(exc))
    except ValueError as exc:  # NaN or Infinity: never written as invalid JSON
        return _fail(f"{args.number}: the stored record holds a number JSON cannot carry ({exc}); "
                     "run `custody-app verify`")
    except OSError as exc:
        return _fail(f"cannot write {output}: {exc.strerror or exc}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from ..services.records import verify_store
    from ..store import StoreError

    db = _db(args)
    try:
        problems = verify_store(db, getattr(args, "witness", None) or (), getattr(args, "head", None) or (),
                                repair=bool(getattr(args, "repair", False)))
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
    head = _head(db)
    print(f"verified {db}: integrity, schema, every record's hash chain, users and settings, the list "
          f"of records, and the witnesses are intact; store head {head}")
    return 0


def _head(db: Path | ServerURL) -> str:
    from ..store import open_store

    with open_store(db, create=False, migrate=False, readonly=True) as store:
        return store.store_head().code


def run_backup(args: argparse.Namespace) -> int:
    from ..services.records import backup_store
    from ..store import StoreError

    try:
        target = backup_store(_db(args), args.to)
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.to}: {exc.strerror or exc}")
    print(f"backed up to {target} (verified; store head {_head(target)})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from ..services.records import restore_store
    from ..store import StoreError

    db = _db(args)
    source = getattr(args, "from_file", None) or getattr(args, "file", None)
    if not source:
        return _fail("give the backup to restore from: restore --from FILE")
    try:
        aside = restore_store(db, source)
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{source}: {exc.strerror or exc}")
    where = f"; the previous database was copied to {aside}" if aside else ""
    print(f"restored {db} from {source}{where}")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    """An administrator's recovery: end a user's lock-out now (see the README)."""
    from ..store import StoreError, open_store

    db = _db(args)
    try:
        with open_store(db, create=False) as store:
            store.unlock_user(args.username, by=f"custody-app unlock (operating system user {_os_user()})")
    except StoreError as exc:
        return _fail(str(exc))
    print(f"unlocked {args.username} in {db}")
    return 0


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name from the system: say so rather than fail
        return "unknown"
