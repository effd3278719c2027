"""`custody-app downtime-pack` and `handover`: the shift's paper, for every child in custody now.

Read from the database (--db, CUSTODY_APP_DB or the user data directory), judged
with the suite's policy figures, at the wall clock read once here (or --at).
The PDF is written whole or not at all; a refusal exits 2 with one plain line.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .report_cmds import Refusal, _output, _run, printing  # one runner for every document command


def _instant(value: str | None) -> datetime:
    """--at, or the wall clock (read once, here at the edge)."""
    if value is None:
        return datetime.now(UTC)
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        raise Refusal(f"--at {value!r} is not a date and time; give it as ISO 8601 with its offset, "
                      "e.g. 2026-11-03T20:05:00+00:00") from None
    if at.tzinfo is None:
        raise Refusal(f"--at {value!r} has no offset; add one (+00:00 for GMT, +01:00 for BST)")
    return at.astimezone(UTC)


def _suite(args: argparse.Namespace, at: datetime) -> tuple[list[Any], Any, str | None, str | None]:
    """The records that may have been in custody at `at` (each is judged as it stood then),
    the policy, the force and suite names and the protective marking."""
    from ..paths import resolve_db_path

    db_path = resolve_db_path(getattr(args, "db", None))
    if not db_path.exists():
        raise Refusal(f"there is no database at {db_path}; give one with --db")
    from ..store import StoreError, open_store

    try:
        with open_store(db_path, create=False) as store:
            only = getattr(args, "suite", None)  # a store holding several suites: one of them
            if only is not None and only not in (known := store.suites()):
                raise Refusal(f"no suite {only!r} in the store; its suites: {', '.join(known) or 'none'}")
            records = store.in_custody_at(at, only)
            policy = store.get_policy()
            force = store.get_setting("force_name") or None
            suite = store.get_setting("suite_name") or None
    except StoreError as exc:
        raise Refusal(str(exc)) from None
    return records, policy, force, suite


def _store_head(args: argparse.Namespace) -> str | None:
    """The store's head now (STORE:N:H), printed as a witness; None when it cannot be read."""
    from ..paths import resolve_db_path
    from ..store import StoreError, open_store

    try:
        with open_store(resolve_db_path(getattr(args, "db", None)), create=False, readonly=True) as store:
            return store.store_head().code
    except StoreError:
        return None


def run_downtime_pack(args: argparse.Namespace) -> int:
    def make() -> list[tuple[Path, bytes]]:
        from ..reports.downtime import downtime_pdf

        out = _output(args.output)
        now = _instant(getattr(args, "at", None))
        records, policy, force, suite = _suite(args, now)
        at, by, marking = printing(args)
        return [(out, downtime_pdf(records, now, policy, force=force, suite=suite,
                                   only_suite=getattr(args, "suite", None), printed_at=at, printed_by=by,
                                   marking=marking, store_head=_store_head(args)))]

    code = _run(make)
    if code == 0:  # a terminal that loses its server points to the pack it printed last
        from ..services.live import remember_downtime_pack

        remember_downtime_pack(Path(args.output), datetime.now(UTC))
    return code


def run_handover(args: argparse.Namespace) -> int:
    def make() -> list[tuple[Path, bytes]]:
        from ..reports.handover import handover_pdf

        out = _output(args.output)
        now = _instant(getattr(args, "at", None))
        hours = int(getattr(args, "hours", 8))
        if not 1 <= hours <= 24:
            raise Refusal(f"--hours {hours}: give a number of hours from 1 to 24")
        records, policy, force, suite = _suite(args, now)
        at, by, marking = printing(args)
        return [(out, handover_pdf(records, now, policy, force=force, suite=suite, hours=hours,
                                   only_suite=getattr(args, "suite", None), printed_at=at, printed_by=by,
                                   marking=marking, store_head=_store_head(args)))]

    return _run(make)
