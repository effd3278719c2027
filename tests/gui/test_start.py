"""Starting the desk as a sergeant does, in a real process: the sign-in page first, and a
store that cannot be opened explained in words and in the log, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "custody_app.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def _log(tmp_path: Path) -> str:
    logs = list((tmp_path / "state").rglob("custody-app.log"))
    return logs[0].read_text(encoding="utf-8") if logs else ""


def test_exit_when_shown_exits_once_the_sign_in_page_is_painted(tmp_path):
    done = _run(["--db", str(tmp_path / "new.sqlite3"), "--exit-when-shown"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_a_store_that_cannot_be_opened_gets_words_and_a_log_line(tmp_path, content):
    bad = tmp_path / "damaged.sqlite3"
    bad.write_bytes(content or b"SQLite format 3\x00" + b"\xff" * 200)
    done = _run(["--db", str(bad), "--exit-when-shown"], tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "could not be opened" in done.stderr and "paper custody record" in done.stderr
    assert "the database could not be opened" in _log(tmp_path)


def test_a_store_made_by_a_newer_version_is_refused_in_words(tmp_path):
    import sqlite3

    from custody_app.store import open_store

    db = tmp_path / "newer.sqlite3"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('custody-app', '9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    done = _run(["--db", str(db)], tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "newer version" in done.stderr


PAINT_PROBE = """
import sys
from custody_app.cli import main
from custody_app.gui.signin import SignInView

painted = SignInView.paintEvent


def probe(self, event):
    if not getattr(self, "probed", False):
        self.probed = True
        print("engine loaded at first paint:", "custody_app.rules.engine" in sys.modules, flush=True)
    painted(self, event)


SignInView.paintEvent = probe
sys.exit(main(["--db", sys.argv[1], "--exit-when-shown"]))
"""


def test_the_engine_is_loaded_after_the_sign_in_page_is_painted(tmp_path):
    """Paint first, then load the engine while the sergeant types (Anki's way)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", PAINT_PROBE, str(tmp_path / "desk.sqlite3")], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "engine loaded at first paint: False" in done.stdout
