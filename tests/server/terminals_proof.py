"""The terminals proof: N processes entering notes on shared records of one store (SQLite
file or server) through the desk's add_entry, for a time; then none lost, none duplicated,
each terminal's entries interleaved with the others', every chain verified.

Used by tests/server/test_terminals.py (short) and benchmarks/terminals.py (60 s)."""

from __future__ import annotations

import subprocess
from collections import Counter
from typing import Any

from custody_app.domain import parse_document
from custody_app.store import open_store
from tests.reliability.conftest import HERE, PYTHON, example_doc, subprocess_env

NUMBERS = [f"WK-26-8{i:05d}" for i in range(6)]


def run_proof(target: str, *, seconds: float, terminals: int) -> dict[str, Any]:
    tags = [chr(ord("A") + i) for i in range(terminals)]
    with open_store(target) as s:
        for number in NUMBERS:
            s.import_record(parse_document({**example_doc("example_bailed"), "custody_number": number}), "PS 1")
        base = {n: len(s.export_document(n)["events"]) for n in NUMBERS}
    procs = {tag: subprocess.Popen([PYTHON, str(HERE / "terminal.py"), target, str(seconds), tag, *NUMBERS],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=subprocess_env())
             for tag in tags}
    acked: dict[str, set[str]] = {n: set() for n in NUMBERS}
    per_terminal: Counter[str] = Counter()
    for tag, proc in procs.items():
        out, err = proc.communicate(timeout=seconds + 180)
        assert proc.returncode == 0, err
        lines = out.splitlines()
        assert lines[-1] == f"done {len(lines) - 1}"
        for line in lines[:-1]:
            _, number, name = line.split()
            assert name not in acked[number]
            acked[number].add(name)
            per_terminal[tag] += 1
    assert set(per_terminal) == set(tags), "a terminal stored nothing"
    switches = 0
    with open_store(target, create=False) as s:
        assert s.verify() == []
        for number in NUMBERS:
            events = s.export_document(number)["events"]
            added = [e["text"] for e in events[base[number]:]]
            assert len(added) == len(set(added)), f"{number}: an entry is there twice"
            assert set(added) == acked[number], f"{number}: an acked entry is missing, or an unacked one is there"
            order = [t.split("-")[0] for t in added]
            switches += sum(1 for a, b in zip(order, order[1:], strict=False) if a != b)
        _, total = s.counts()
    return {"seconds_entering": seconds, "terminals": terminals, "records": len(NUMBERS),
            "events_written": sum(per_terminal.values()), "events_by_terminal": dict(per_terminal),
            "interleavings": switches, "lost": 0, "duplicated": 0, "events_in_database": total}
