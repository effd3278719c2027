"""Power cuts (issue 7): writers killed with SIGKILL at random moments, many times, while
another process reads. After each kill: PRAGMA integrity_check, `verify` (the store's and
the command's), and every acknowledged entry present exactly once.

Reuses tests/store's writer process and checks; adds the concurrent reader.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from custody_app.cli import main as cli_main
from custody_app.store import open_store
from tests.store.test_crash_concurrency import NUMBER, _check, _writer

from .conftest import HERE, PYTHON, Stopwatch, example_record, subprocess_env, write_figures

pytestmark = pytest.mark.slow

KILLS = 60


def _verify_command(db: Path) -> int:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        return cli_main(["verify", "--db", str(db)])


def _ack(line: str, notes: set[str], imports: set[str]) -> None:
    kind, name = line.split()
    (notes if kind == "note" else imports).add(name)


def test_sigkill_while_another_process_reads(tmp_path: Path) -> None:
    watch = Stopwatch()
    db = tmp_path / "custody.sqlite3"
    with open_store(db) as s:
        s.import_record(example_record(), "PS 1")
    reader = subprocess.Popen([PYTHON, str(HERE / "reader.py"), str(db), NUMBER], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=subprocess_env())
    rng = random.Random(7)
    notes: set[str] = set()
    imports: set[str] = set()
    kills = 0
    try:
        for it in range(KILLS):
            proc = _writer(db, f"p{it}", 1000, imports=True)
            assert proc.stdout is not None
            for _ in range(rng.randint(0, 8)):
                line = proc.stdout.readline()
                if not line:
                    break
                _ack(line, notes, imports)
            time.sleep(rng.uniform(0, 0.01))  # a random moment inside the next write, not a wait for one
            os.kill(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            for line in out.splitlines():
                _ack(line, notes, imports)
            assert proc.returncode == -signal.SIGKILL, err
            kills += 1
            _check(db, notes, imports)  # integrity_check, verify, acked present once, imports whole
            assert _verify_command(db) == 0
            assert reader.poll() is None, reader.communicate()
    finally:
        out, err = reader.communicate(input="", timeout=60)
    assert reader.returncode == 0, out + err
    reads = int(out.split()[1])
    with open_store(db, create=False) as s:
        records, events = s.counts()
    assert reads > KILLS
    write_figures("power_cuts", {
        "kills": kills, "acknowledged_entries": len(notes), "acknowledged_imports": len(imports),
        "events_in_database": events, "records_in_database": records, "concurrent_reads": reads,
        "seconds": watch.seconds,
    })
