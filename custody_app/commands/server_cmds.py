"""`custody-app init-server URL` and `custody-app copy-store --from SRC --to DEST`.

Exit codes: 0 done; 2 refused (nothing changed), with one line saying why.
"""

from __future__ import annotations

import argparse
import sys


def _fail(message: str) -> int:
    print(f"custody-app: {message}", file=sys.stderr)
    return 2


def run_init_server(args: argparse.Namespace) -> int:
    from ..store import StoreError
    from ..store.target import is_server_url, redact

    if not is_server_url(args.url):
        return _fail(f"{args.url} is not a server URL (postgresql://user@host/dbname)")
    try:
        from ..store.pg_engine import init_server

        done, role = init_server(args.url, app_role=args.app_role)
    except StoreError as exc:
        return _fail(str(exc))
    shown = redact(args.url)
    if done:
        print(f"prepared {shown}: schema {', '.join(done)} applied; the terminals connect as {role}")
    else:
        print(f"{shown} is up to date; the terminals connect as {role}")
    return 0


def run_copy_store(args: argparse.Namespace) -> int:
    from ..store import StoreError
    from ..store.copy import copy_store
    from ..store.target import locate

    source, dest = locate(args.source), locate(args.dest)
    if not source.exists():
        return _fail(f"there is no database at {source}")
    try:
        report = copy_store(source, dest)
    except StoreError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or dest}: {exc.strerror or exc}")
    print(f"copied {report.records} records ({report.events} events), {report.users} users and "
          f"{report.settings} settings from {report.source} to {report.dest}; both verified")
    return 0
