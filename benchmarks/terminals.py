"""The terminals proof at full length: 4 processes entering notes on 6 shared records for 60 s,
through the desk's add_entry, on a private PostgreSQL server (and, with --sqlite, on one file).

    .venv/bin/python benchmarks/terminals.py [--seconds 60] [--terminals 4] [--sqlite]

Checks as tests/server/test_terminals.py does (none lost, none duplicated, every chain
verified, the terminals' entries interleaved) and prints the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.pg_cluster import Cluster  # noqa: E402
from tests.server.terminals_proof import run_proof  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--terminals", type=int, default=4)
    ap.add_argument("--sqlite", action="store_true", help="also on an SQLite file")
    args = ap.parse_args()
    results = {}
    cluster = Cluster(durable=True)
    try:
        t = time.monotonic()
        url = cluster.url(cluster.new_database(), "custody_app")
        results["postgresql"] = {**run_proof(url, seconds=args.seconds, terminals=args.terminals),
                                 "wall_seconds": round(time.monotonic() - t, 1)}
    finally:
        cluster.close()
    if args.sqlite:
        with tempfile.TemporaryDirectory(prefix="custody-terminals-") as tmp:
            t = time.monotonic()
            results["sqlite"] = {**run_proof(str(Path(tmp) / "custody.sqlite3"), seconds=args.seconds,
                                             terminals=args.terminals),
                                 "wall_seconds": round(time.monotonic() - t, 1)}
    print(json.dumps(results, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
