"""Audit benchmark (issue 2): parse + evaluate 1,000 realistic custody records in one process.

    .venv/bin/python benchmarks/audit.py [--records N] [--seed S]

Generates the records first (seeded, custody-record/1.1 so every rule of version 2
applies, ~150 events each, arrests spread over a year so some cross the clock
changes) as JSON text, then times
`parse_text` + `evaluate(record, now=the moment the record ends)`. Target: under 3 s.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta

from custody_app.domain import parse_text
from custody_app.sample import PROFILE_WEIGHTS, PROFILES, Knobs, generate_document

# visits a little more often than the default mix: ~150 events a record on average
BENCH_KNOBS = Knobs(visit_gap=(0.1, 0.42))


def make_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    texts = []
    for i in range(n):
        arrest = (start + timedelta(minutes=rng.randint(0, 365 * 24 * 60)))
        profile = rng.choices(PROFILES, PROFILE_WEIGHTS)[0]
        doc = generate_document(random.Random(rng.getrandbits(64)), f"WK-26-{i + 1:06d}", arrest,
                                profile=profile, knobs=BENCH_KNOBS, v11=True)
        texts.append(json.dumps(doc))
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    texts = make_texts(args.records, args.seed)
    gen = time.perf_counter() - t0
    try:
        from custody_app.rules import DEFAULT_POLICY, evaluate
    except ImportError:
        evaluate = None  # type: ignore[assignment]
        print("custody_app.rules.evaluate is not importable yet: timing parsing only", file=sys.stderr)
    events = 0
    t0 = time.perf_counter()
    for text in texts:
        record = parse_text(text)
        events += len(record.events)
        if evaluate is not None:
            evaluate(record, max(e.at for e in record.events), DEFAULT_POLICY)  # the record's end
    elapsed = time.perf_counter() - t0
    what = "parse+evaluate" if evaluate is not None else "parse"
    print(f"{what} {len(texts):,} records ({events:,} events): {elapsed:.2f} s"
          f"  [generated in {gen:.1f} s; mean {events / len(texts):.0f} events a record]")
    print(f"reproduce: .venv/bin/python benchmarks/audit.py --records {args.records} --seed {args.seed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
