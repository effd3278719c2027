"""Starting the desk as a sergeant does, in a real process: the sign-in page first, and a
store that cannot be opened explained in words and in the log, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
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


def test_exit_when_shown_exits_once_the_sign_in_page_is_painted_before_the_store_is_opened(tmp_path):
    db = tmp_path / "new.sqlite3"
    done = _run(["--db", str(db), "--exit-when-shown"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()  # the paint comes first: the store is opened after it


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_a_store_that_cannot_be_opened_gets_words_and_a_log_line(tmp_path, content):
    bad = tmp_path / "damaged.sqlite3"
    bad.write_bytes(content or b"SQLite format 3\x00" + b"\xff" * 200)
    done = _run(["--db", str(bad)], tmp_path)  # offscreen, the box is not waited on: exit 2
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
LATER = ("custody_app.store", "custody_app.services", "custody_app.rules", "custody_app.domain", "sqlite3")


def probe(self, event):
    if not getattr(self, "probed", False):
        self.probed = True
        loaded = [name for name in LATER if name in sys.modules]
        print("loaded at first paint:", ", ".join(loaded) or "none of them", file=sys.stderr, flush=True)
    painted(self, event)


SignInView.paintEvent = probe
sys.exit(main(["--db", *sys.argv[1:]]))
"""


def _probe(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state")}
    return subprocess.run([sys.executable, "-c", PAINT_PROBE, *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_the_sign_in_page_is_painted_before_the_store_the_services_and_the_engine_are_loaded(tmp_path):
    """Paint first, then open the store and load the engine while the sergeant types (Anki's way)."""
    done = _probe(tmp_path, str(tmp_path / "desk.sqlite3"), "--exit-when-shown")
    assert done.returncode == 0, done.stderr
    assert "loaded at first paint: none of them" in done.stderr


def test_a_damaged_store_is_explained_after_the_sign_in_page_is_painted(tmp_path):
    bad = tmp_path / "damaged.sqlite3"
    bad.write_bytes(b"not a database" * 300)
    done = _probe(tmp_path, str(bad))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert 0 <= done.stderr.index("loaded at first paint: none") < done.stderr.index("could not be opened")


FAULT_PROBE = """
import sys
from PySide6.QtWidgets import QMessageBox
from custody_app.cli import main
from custody_app.commands import app

QMessageBox.exec = lambda box: print("shown:", box.text(), file=sys.stderr) or 0  # no modal loop offscreen


def broken(db):
    raise RuntimeError("a fault while opening the store")


app.open_desk_store = broken
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_a_fault_while_opening_the_store_is_logged_explained_and_ends_the_desk(tmp_path):
    """Not a refusal but a bug: the crash hook logs it and says what to do; the desk does
    not stay on a sign-in page that can never sign anyone in."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", FAULT_PROBE, str(tmp_path / "desk.sqlite3")], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 1
    assert "shown: Something went wrong inside the custody desk" in done.stderr
    assert "a fault while opening the store" in _log(tmp_path)


READY_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from custody_app.cli import main
from custody_app.gui.main_window import MainWindow

ready = MainWindow.after_first_paint


def probe(self):
    ready(self)
    print("suite:", self.signin.ui.suiteLabel.text(), file=sys.stderr)
    print("state:", self.signin.ui.suiteStateLabel.text(), file=sys.stderr, flush=True)
    QApplication.instance().exit(0)


MainWindow.after_first_paint = probe
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_after_the_paint_the_desk_opens_its_store_and_judges_the_suite(tmp_path):
    from custody_app.sample import demo_documents
    from custody_app.services import desk
    from custody_app.store import open_store

    db = tmp_path / "desk.sqlite3"
    with open_store(db) as store:
        desk.seed_demo(store, demo_documents(datetime.now(UTC)))
        store.set_setting("suite_name", "Leamington Spa")
        live = len(store.in_custody())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", READY_PROBE, str(db)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "suite: Leamington Spa" in done.stderr
    assert f"state: In custody now: {live} children" in done.stderr
