"""Two terminals (issue 7): two processes entering events on the same records of one
database for a minute. None lost, none duplicated, the hash chains intact.

Each terminal prints an ack after every stored entry; afterwards every acked entry is
in its record exactly once, nothing unacked is there, both terminals wrote to every
record (their entries interleave), `verify` is clean and PRAGMA integrity_check is ok.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from custody_app.cli import main as cli_main
from custody_app.domain import parse_document
from custody_app.store import open_store

from .conftest import HERE, PYTHON, Stopwatch, example_doc, subprocess_env, write_figures

pytestmark = pytest.mark.slow

SECONDS = 60
NUMBERS = [f"WK-26-7{i:05d}" for i in range(6)]  # several records: each stays under 10,000 events


def test_two_terminals_for_a_minute_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    watch = Stopwatch()
    db = tmp_path / "custody.sqlite3"
    with open_store(db) as s:
        for number in NUMBERS:
            s.import_record(parse_document({**example_doc("example_bailed"), "custody_number": number}), "PS 1")
        base = {n: len(s.export_document(n)["events"]) for n in NUMBERS}
    procs = {tag: subprocess.Popen([PYTHON, str(HERE / "terminal.py"), str(db), str(SECONDS), tag, *NUMBERS],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=subprocess_env())
             for tag in ("A", "B")}
    acked: dict[str, set[str]] = {n: set() for n in NUMBERS}
    per_terminal: Counter[str] = Counter()
    for tag, proc in procs.items():
        out, err = proc.communicate(timeout=SECONDS + 120)
        assert proc.returncode == 0, err
        lines = out.splitlines()
        assert lines[-1] == f"done {len(lines) - 1}"
        for line in lines[:-1]:
            _, number, name = line.split()
            assert name not in acked[number]
            acked[number].add(name)
            per_terminal[tag] += 1
    assert min(per_terminal.values()) > 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    switches = 0
    with open_store(db, create=False) as s:
        assert s.verify() == []
        for number in NUMBERS:
            events = s.export_document(number)["events"]
            added = [e["text"] for e in events[base[number]:]]
            assert len(added) == len(set(added)), f"{number}: an entry is there twice"
            assert set(added) == acked[number], f"{number}: an acked entry is missing, or an unacked one is there"
            tags = [t.split("-")[0] for t in added]
            switches += sum(1 for a, b in zip(tags, tags[1:], strict=False) if a != b)
            assert {"A", "B"} <= set(tags)
        records, total = s.counts()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert cli_main(["verify", "--db", str(db)]) == 0
    assert switches > 0, "the two terminals never interleaved"
    write_figures("two_terminals", {
        "seconds_entering": SECONDS, "terminals": 2, "records": len(NUMBERS),
        "events_written": sum(per_terminal.values()), "events_by_terminal": dict(per_terminal),
        "interleavings": switches, "lost": 0, "duplicated": 0, "events_in_database": total,
        "seconds": watch.seconds,
    })
