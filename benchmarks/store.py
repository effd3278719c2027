"""Store benchmark: a ten-year store of a busy suite (15,000 detentions, ~2M events).

    .venv/bin/python benchmarks/store.py [--n 15000] [--seed 2026] [--dir DIR]

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
    args = ap.parse_args()

    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="custody-bench-"))
    files = work / "records"
    db = work / "custody.sqlite3"
    try:
        files.mkdir(parents=True, exist_ok=True)
        if db.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        t = time.perf_counter()
        events = 0
        for i, doc in enumerate(generate_documents(args.n, args.seed, START, span_days=SPAN_DAYS)):
            events += len(doc["events"])
            (files / f"{i:06d}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        now = START + timedelta(days=SPAN_DAYS)
        live = random.Random(args.seed + 1)
        for k in range(8):  # children in custody now (arrested 1 to 30 hours ago)
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

        rows = [
            ("bulk import (one transaction)", f"{import_s:.1f} s", "< 60 s"),
            (f"in_custody() ({len(in_custody)} children)", f"{list_ms:.2f} ms", "< 20 ms"),
            ("open store + in_custody()", f"{open_list_ms:.2f} ms", "< 20 ms"),
            ("load + evaluate one record (median of 50)", f"{load_eval_ms:.2f} ms", "< 20 ms"),
            (f"load + evaluate the longest sampled ({long_events} events)", f"{long_ms:.2f} ms", "< 20 ms"),
            ("verify the whole store", f"{verify_s:.1f} s", "< 30 s"),
        ]
        print(f"\nStore benchmark: {args.n + 8:,} detentions, {events:,} events, database {size_mb:,.0f} MB, "
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
