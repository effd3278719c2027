"""A reader process for the power-cut proof: reads the record while writers are killed.

    python reader.py DB NUMBER

Until standard input closes, reads the record again and again and checks that it
parses, never shrinks, and holds no entry twice; prints `reads N` at the end (exit 0),
or `ERROR <what>` (exit 1) at the first thing wrong.
"""

from __future__ import annotations

import select
import sys

from custody_app.store import open_store


def main() -> int:
    db, number = sys.argv[1], sys.argv[2]
    reads = 0
    seen = 0
    with open_store(db, create=False, migrate=False) as store:
        while True:
            ready, _, _ = select.select([sys.stdin], [], [], 0)
            if ready and not sys.stdin.read(1):
                break
            try:
                record = store.load_record(number)
            except Exception as exc:  # the proof reports any failure of a read
                print(f"ERROR {type(exc).__name__}: {exc}", flush=True)
                return 1
            if record is None:
                print("ERROR the record vanished", flush=True)
                return 1
            texts = [e.raw.get("text") for e in record.events if e.type == "note"]
            if len(texts) != len(set(texts)):
                print("ERROR an entry is there twice", flush=True)
                return 1
            if len(record.events) < seen:
                print(f"ERROR the record shrank from {seen} to {len(record.events)} events", flush=True)
                return 1
            seen = len(record.events)
            reads += 1
    print(f"reads {reads} events {seen}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
