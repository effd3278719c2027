"""A writer process for the crash and concurrency tests.

    python writer.py DB NUMBER COUNT TAG [--imports]

Appends COUNT `note` events to record NUMBER (every third operation, with
--imports, imports a whole new record instead) and prints one ack line after
each commit: `note TAG-i` or `import NUMBER`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from custody_app.domain import parse_document
from custody_app.store import open_store

SCENARIO = Path(__file__).resolve().parents[1] / "data" / "records" / "example_bailed.json"


def main() -> int:
    db, number, count, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    imports = "--imports" in sys.argv
    doc = json.loads(SCENARIO.read_text(encoding="utf-8"))
    with open_store(db, create=False) as store:
        at = store.load_record(number).events[-1].raw["at"]  # type: ignore[union-attr]
        for i in range(count):
            if imports and i % 3 == 2:
                new = f"{tag}-R{i}"
                store.import_record(parse_document({**doc, "custody_number": new}), "writer")
                print(f"import {new}", flush=True)
            else:
                store.append_event(number, {"type": "note", "at": at, "by": "PS 1", "text": f"{tag}-{i}"},
                                   "writer")
                print(f"note {tag}-{i}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
