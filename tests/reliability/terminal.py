"""One desk terminal for the two-terminals proof: enters entries until a deadline.

    python terminal.py DB SECONDS TAG NUMBER [NUMBER ...]

Signs in as a sergeant and adds `note` entries through the desk's add_entry (the path
every entry form takes), turn about on each record, until SECONDS have passed; prints
`ack NUMBER TAG-i` after each entry is stored, `done N` at the end.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

from custody_app.services import desk
from custody_app.store import open_store


def main() -> int:
    db, seconds, tag, numbers = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4:]
    session = desk.Session(f"ps-{tag}", f"PS {tag}", "sergeant")
    deadline = time.monotonic() + seconds
    done = 0
    with open_store(db, create=False) as store:
        store.create_user(session.username, session.display_name, session.role, "2468")
        at = {n: max(e.at for e in store.load_record(n).events).isoformat()  # type: ignore[union-attr]
              for n in numbers}
        now = datetime.now(UTC)
        while time.monotonic() < deadline:
            number = numbers[done % len(numbers)]
            event = {"type": "note", "id": f"{tag}-{done}", "at": at[number], "by": session.signature,
                     "text": f"{tag}-{done}"}
            desk.add_entry(store, session, number, event, "left", max(now, datetime.now(UTC)))
            print(f"ack {number} {tag}-{done}", flush=True)
            done += 1
    print(f"done {done}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
