"""Benchmarks of the documents: a certificate in-process, and a year's scrutiny report.

    .venv/bin/python benchmarks/reports.py [--runs 30] [--detentions 1500]

Prints a markdown table. Targets (issue 6): a certificate under 100 ms in-process;
the report for one year of a busy suite (1,500 detentions) under 3 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from custody_app.domain import Record, parse_document  # noqa: E402
from custody_app.reports.certificate import CertificateRefused, certificate_pdf  # noqa: E402
from custody_app.reports.scrutiny import scrutiny_csv, scrutiny_pdf, scrutiny_rows  # noqa: E402
from custody_app.sample import generate_documents  # noqa: E402

START = datetime(2026, 1, 1, tzinfo=UTC)
NOW = datetime(2027, 3, 1, tzinfo=UTC)


def timed(fn: Callable[[], Any], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--detentions", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rows: list[tuple[str, str, str]] = []

    docs = list(generate_documents(args.detentions, seed=args.seed, start=START, span_days=365))
    records: list[Record] = [parse_document(d) for d in docs]

    # the certificate: the first generated record with a lawful one
    lawful: Record | None = None
    for r in records:
        if any(e.type == "certificate_issued" for e in r.events):
            try:
                certificate_pdf(r)
            except CertificateRefused:
                continue
            lawful = r
            break
    if lawful is not None:
        certificate_pdf(lawful)  # warm: fonts registered, modules imported
        times = timed(lambda: certificate_pdf(lawful), args.runs)
        rows.append(("Certificate, in-process (engine + PDF), median",
                     f"{ms(statistics.median(times))} (p90 {ms(sorted(times)[int(len(times) * 0.9) - 1])})",
                     "< 100 ms"))

    # the scrutiny report, in-process from parsed records
    t0 = time.perf_counter()
    report_rows = scrutiny_rows(records, NOW)
    t1 = time.perf_counter()
    pdf = scrutiny_pdf(report_rows, date(2026, 1, 1), date(2026, 12, 31))
    t2 = time.perf_counter()
    scrutiny_csv(report_rows)
    t3 = time.perf_counter()
    rows.append((f"Report rows: engine over {len(records):,} records", ms(t1 - t0), ""))
    rows.append(("Report PDF", f"{ms(t2 - t1)} ({len(pdf):,} bytes)", ""))
    rows.append(("Report CSV", ms(t3 - t2), ""))
    rows.append(("Report in-process from parsed records", ms(t3 - t0), "< 3 s"))

    # the whole command, from the store (when the store is in this tree)
    try:
        from custody_app.store import open_store
    except ImportError:
        open_store = None  # type: ignore[assignment]
    if open_store is not None:
        from custody_app.cli import main as cli

        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.sqlite3"
            with open_store(db, create=True) as store:
                for r in records:
                    store.import_record(r)
            argv = ["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(Path(tmp) / "r.pdf"),
                    "--csv", str(Path(tmp) / "r.csv"), "--db", str(db)]
            import os
            import resource

            def cpu() -> float:
                me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
                return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

            t, c = time.perf_counter(), cpu()
            code = cli(argv)
            took, used = time.perf_counter() - t, cpu() - c
            load = os.getloadavg()[0]
            rows.append((f"`custody-app report` for a year from the store (exit {code})",
                         f"{ms(took)} wall; {ms(used)} CPU over all processes; load average {load:.1f} "
                         f"on {os.cpu_count()} cores", "< 3 s"))

    print("| measure | time | target |")
    print("|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
