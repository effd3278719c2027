"""Power loss and two terminals: SIGKILL a writer many times; two writers at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from custody_app.store import open_store

from .conftest import HERE, example_record

WRITER = str(HERE / "writer.py")
NUMBER = "EX-26-000001"


def _writer(db: Path | str, tag: str, count: int, imports: bool = False) -> subprocess.Popen[str]:
    args = [sys.executable, WRITER, str(db), NUMBER, str(count), tag] + (["--imports"] if imports else [])
    env = {**os.environ, "PYTHONPATH": str(HERE.parent.parent)}
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _check(db: Path | str, acked_notes: set[str], acked_imports: set[str]) -> None:
    if not str(db).startswith("postgresql://"):  # a server checks its own pages (WAL replay)
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    with open_store(db, create=False) as s:
        assert s.verify() == []
        record = s.load_record(NUMBER)
        assert record is not None
        texts = [e.raw.get("text") for e in record.events if e.type == "note"]
        assert len(texts) == len(set(texts)), "a write was stored twice"
        assert acked_notes <= set(texts)
        numbers = set(s.all_numbers())
        assert acked_imports <= numbers
        full = len(example_record().events)
        for n in numbers - {NUMBER}:  # an import is whole or absent
            assert len(s.export_document(n)["events"]) == full


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acknowledged_write(db_target: str) -> None:
    db_path = db_target  # an SQLite file, or a suite server
    with open_store(db_path) as s:
        s.import_record(example_record(), "PS 1")
    rng = random.Random(1234)
    acked_notes: set[str] = set()
    acked_imports: set[str] = set()
    for it in range(30):
        proc = _writer(db_path, f"k{it}", 1000, imports=True)
        assert proc.stdout is not None
        wanted = rng.randint(0, 6)
        for _ in range(wanted):  # let it commit a few, then kill it wherever it is
            line = proc.stdout.readline()
            if not line:
                break
            kind, name = line.split()
            (acked_notes if kind == "note" else acked_imports).add(name)
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        for line in out.splitlines():  # acks written before the kill landed
            kind, name = line.split()
            (acked_notes if kind == "note" else acked_imports).add(name)
        assert proc.returncode == -signal.SIGKILL, err
        _check(db_path, acked_notes, acked_imports)
    assert len(acked_notes) + len(acked_imports) > 30


def test_two_processes_appending_concurrently_lose_nothing(db_target: str) -> None:
    db_path = db_target  # an SQLite file, or a suite server
    with open_store(db_path) as s:
        s.import_record(example_record(), "PS 1")
    procs = [_writer(db_path, tag, 40) for tag in ("a", "b")]
    acked: set[str] = set()
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        acked |= {line.split()[1] for line in out.splitlines()}
    assert len(acked) == 80
    _check(db_path, acked, set())
    with open_store(db_path, create=False) as s:
        record = s.load_record(NUMBER)
        assert record is not None
        assert len(record.events) == len(example_record().events) + 80
