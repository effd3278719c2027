"""Store benchmark: a ten-year store of a busy suite (15,000 detentions, ~2M events).

    .venv/bin/python benchmarks/store.py [--n 15000] [--seed 2026] [--dir DIR]
    .venv/bin/python benchmarks/store.py --server            # on a private PostgreSQL server
    .venv/bin/python benchmarks/store.py --db postgresql://... # on an empty prepared server database

Generates the records (seeded, custody_app.sample), writes them as files,
then times: bulk import (`import_paths`, one transaction), the list of
children in custody (open + in_custody), loading and evaluating one record,
and `verify` of the whole store. Prints a markdown table.
Targets: import < 60 s; in custody < 20 ms; load+evaluate < 20 ms; verify < 30 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from custody_app.rules import DEFAULT_POLICY, evaluate  # noqa: E402
from custody_app.sample import generate_document, generate_documents  # noqa: E402
from custody_app.services.records import import_paths  # noqa: E402
from custody_app.store import open_store  # noqa: E402

START = datetime(2016, 1, 1, tzinfo=UTC)
SPAN_DAYS = 3650


def _median_ms(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=15_000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--dir", help="work folder (kept); default a temporary one, removed")
    ap.add_argument("--workers", type=int, default=None, help="import worker processes")
    ap.add_argument("--server", action="store_true",
                    help="start a private PostgreSQL server (fsync on) in a temporary folder and use it")
    ap.add_argument("--db", help="an empty database on a suite server (prepared by init-server)")
    args = ap.parse_args()
    cluster = None
    if args.server:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.pg_cluster import Cluster

        cluster = Cluster(durable=True)
        args.db = cluster.url(cluster.new_database())
    try:
        return _bench(args)
    finally:
        if cluster is not None:
            cluster.close()


def _feed_latency_ms(db: str, number: str, now: datetime, repeat: int = 10) -> float:
    """Another terminal's entry on this terminal's board: from the other process's commit to
    the change feed waking here and the board's records read again."""
    import subprocess

    from custody_app.store.changes import ChangeFeed

    code = ("import sys, time, json; from custody_app.store import open_store\n"
            "with open_store(sys.argv[1], create=False) as s:\n"
            "    at = s.load_record(sys.argv[2]).events[-1].raw['at']\n"
            "    for line in sys.stdin:\n"
            "        s.append_event(sys.argv[2], {'type': 'note', 'at': at, 'by': 'PS 2', 'text': line.strip()}, 'PS 2')\n"
            "        print(time.time(), flush=True)\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    other = subprocess.Popen([sys.executable, "-c", code, db, number], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    assert other.stdin is not None and other.stdout is not None
    times = []
    with ChangeFeed(db) as feed, open_store(db, create=False, clock=lambda: now) as store:
        for i in range(repeat):
            other.stdin.write(f"visit {i}\n")
            other.stdin.flush()
            got: list[str] = []
            while number not in got:
                got = feed.wait(30)
            store.in_custody()  # the board's records, read again
            seen = time.time()
            committed = float(other.stdout.readline())
            times.append((seen - committed) * 1000)
    other.stdin.close()
    other.wait(30)
    return statistics.median(times)


def _bench(args: argparse.Namespace) -> int:

    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="custody-bench-"))
    files = work / "records"
    server = args.db is not None
    db: Any = args.db if server else work / "custody.sqlite3"
    try:
        files.mkdir(parents=True, exist_ok=True)
        if not server and db.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        t = time.perf_counter()
        events = 0
        reuse = sorted(files.glob("*.json"))
        if len(reuse) == args.n + 8:  # --dir kept from an earlier run: the same records
            events = sum(len(json.loads(p.read_text(encoding="utf-8"))["events"]) for p in reuse)
        kept = len(reuse) == args.n + 8
        fresh = [] if kept else enumerate(generate_documents(args.n, args.seed, START, span_days=SPAN_DAYS))
        for i, doc in fresh:
            events += len(doc["events"])
            (files / f"{i:06d}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        now = START + timedelta(days=SPAN_DAYS)
        live = random.Random(args.seed + 1)
        for k in range(0 if kept else 8):  # in custody now (arrested 1 to 30 hours ago)
            arrest = (now - timedelta(minutes=live.randint(60, 1800))).replace(second=0, microsecond=0)
            for _attempt in range(20):  # the generator sometimes gives up on a seed: try another
                try:
                    doc = generate_document(random.Random(live.getrandbits(64)), f"WK-25-9{k:05d}",
                                            arrest, now=now)
                    break
                except AssertionError:
                    continue
            events += len(doc["events"])
            (files / f"live-{k}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        gen_s = time.perf_counter() - t
        print(f"generated {args.n + 8:,} records, {events:,} events in {gen_s:.1f} s", file=sys.stderr)

        t = time.perf_counter()
        report = import_paths(db, [files], workers=args.workers)
        import_s = time.perf_counter() - t
        assert report.ok, report.refused[:3]
        if server:
            with open_store(db, create=False) as s:
                with s._read() as conn:
                    size_mb = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6
        else:
            size_mb = db.stat().st_size / 1e6

        def open_list() -> None:
            with open_store(db, create=False, clock=lambda: now) as s:
                s.in_custody()

        with open_store(db, create=False, clock=lambda: now) as store:
            in_custody = store.in_custody()
            list_ms = _median_ms(store.in_custody, 20)
            open_list_ms = _median_ms(open_list, 20)
            numbers = store.all_numbers()
            rng = random.Random(args.seed)
            sample = rng.sample(numbers, min(50, len(numbers)))

            def load_eval() -> None:
                number = sample[rng.randrange(len(sample))]
                record = store.load_record(number)
                assert record is not None
                evaluate(record, now, DEFAULT_POLICY)

            load_eval_ms = _median_ms(load_eval, 50)
            longest = max(sample, key=lambda n: store.event_meta(n)[-1][0])

            def load_eval_long() -> None:
                record = store.load_record(longest)
                assert record is not None
                evaluate(record, now, DEFAULT_POLICY)

            long_ms = _median_ms(load_eval_long, 20)
            long_events = len(store.event_meta(longest))
            t = time.perf_counter()
            problems = store.verify()
            verify_s = time.perf_counter() - t
            assert not problems, problems[:3]
            live_number = in_custody[0].custody_number

        feed_ms = _feed_latency_ms(str(db), live_number, now)
        rows = [
            ("bulk import (one transaction)", f"{import_s:.1f} s", "< 60 s" if not server else "< 120 s"),
            (f"in_custody() ({len(in_custody)} children)", f"{list_ms:.2f} ms", "< 20 ms"),
            ("open store + in_custody()", f"{open_list_ms:.2f} ms", "< 20 ms"),
            ("load + evaluate one record (median of 50)", f"{load_eval_ms:.2f} ms", "< 20 ms"),
            (f"load + evaluate the longest sampled ({long_events} events)", f"{long_ms:.2f} ms", "< 20 ms"),
            ("verify the whole store", f"{verify_s:.1f} s", "< 30 s" if not server else "< 60 s"),
            ("another terminal's entry on the board (commit to feed + board read, median of 10)",
             f"{feed_ms:.1f} ms", "< 2 s"),
        ]
        engine = "PostgreSQL server" if server else "SQLite"
        print(f"\nStore benchmark ({engine}): {args.n + 8:,} detentions, {events:,} events, database {size_mb:,.0f} MB, "
              f"{os.cpu_count()} CPU(s)\n")
        print("| measurement | time | target |")
        print("|---|---|---|")
        for name, value, target in rows:
            print(f"| {name} | {value} | {target} |")
        return 0
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
