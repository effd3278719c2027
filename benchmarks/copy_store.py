"""Moving a ten-year store: SQLite -> PostgreSQL -> SQLite, and nothing differs.

    .venv/bin/python benchmarks/copy_store.py --dir DIR   # DIR/records from benchmarks/store.py --dir DIR

Imports the records into a new SQLite file, copies it to a private PostgreSQL server
(fsync on) and back into a second file with `copy-store`, then compares every record's
export and chain head, and the write ledger, across the three. Prints the times.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from custody_app.services.records import import_paths  # noqa: E402
from custody_app.store import open_store  # noqa: E402
from custody_app.store.copy import copy_store  # noqa: E402
from tests.pg_cluster import Cluster  # noqa: E402


def digest(target: str) -> tuple[int, str, str, str]:
    """(records, exports' digest, chain heads' digest, ledger digest)."""
    exports, heads, ledger = hashlib.sha256(), hashlib.sha256(), hashlib.sha256()
    with open_store(target, create=False) as s:
        numbers = s.all_numbers()
        for n in numbers:
            exports.update(json.dumps(s.export_document(n), sort_keys=True, ensure_ascii=False).encode())
            heads.update(f"{n}:{s.fingerprint(n)}\n".encode())
        with s._read() as conn:
            for row in conn.execute("SELECT seq, custody_number, event_count, head, header_hash, recorded_at, "
                                    "recorded_by, hash FROM ledger ORDER BY seq"):
                ledger.update(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)).encode())
    return len(numbers), exports.hexdigest(), heads.hexdigest(), ledger.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True)
    args = ap.parse_args()
    work = Path(args.dir)
    first, back = work / "copy-first.sqlite3", work / "copy-back.sqlite3"
    for p in (first, back):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    times = {}
    t = time.perf_counter()
    assert import_paths(first, [work / "records"]).ok
    times["import into SQLite"] = time.perf_counter() - t
    cluster = Cluster(durable=True)
    try:
        url = cluster.url(cluster.new_database(prepared=False))
        t = time.perf_counter()
        copy_store(str(first), url)
        times["copy SQLite -> PostgreSQL (with both verifies)"] = time.perf_counter() - t
        t = time.perf_counter()
        copy_store(url, str(back))
        times["copy PostgreSQL -> SQLite (with both verifies)"] = time.perf_counter() - t
        t = time.perf_counter()
        a, b, c = digest(str(first)), digest(url), digest(str(back))
        times["compare every export, chain head and the ledger"] = time.perf_counter() - t
    finally:
        cluster.close()
    print(json.dumps({"records": a[0], "identical": a == b == c, "digests": a,
                      "seconds": {k: round(v, 1) for k, v in times.items()}}, indent=2))
    return 0 if a == b == c else 1


if __name__ == "__main__":
    sys.exit(main())
