"""Output paths (issue 12): every command that writes a file refuses the database, its WAL
and SHM, a backup, the witness file, a folder, a device and a symbolic link, with one
line and no file changed; what it does write is whole (a temporary file renamed in the
same folder) and 0600 whatever the umask; spreadsheet formulas never reach the CSV as
formulas; a killed backup or migration leaves no partial or empty copy behind."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from custody_app.store import open_store

from .attacks import make_store, run_cli
from .conftest import PYTHON, Stopwatch, example_doc, subprocess_env, write_figures

pytestmark = pytest.mark.slow
WATCH = Stopwatch()  # the module's time, for the figures
FIG: dict[str, object] = {}
COMMANDS = {
    "export": ["export", "EX-26-000001", "-o", "{T}"],
    "certificate": ["certificate", "EX-26-000001", "-o", "{T}"],
    "summary": ["summary", "EX-26-000001", "-o", "{T}"],
    "report": ["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", "{T}"],
    "report --csv": ["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", "{OK}", "--csv", "{T}"],
    "downtime-pack": ["downtime-pack", "-o", "{T}"],
    "handover": ["handover", "-o", "{T}"],
    "backup": ["backup", "--to", "{T}"],
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outputs")
    db = folder / "custody.sqlite3"
    make_store(db)
    assert run_cli("backup", "--to", str(folder / "monday.backup"), "--db", str(db))[0] == 0
    (folder / "a-folder").mkdir()
    (folder / "link-to-db").symlink_to(db)
    (folder / "link-to-new").symlink_to(folder / "created-through-link")
    return folder


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
            and not p.is_symlink() and not p.name.endswith(("-wal", "-shm"))}


def test_every_writing_command_refuses_every_protected_path(site: Path) -> None:
    db = site / "custody.sqlite3"
    targets = {
        "the database": db, "its WAL": site / "custody.sqlite3-wal", "its SHM": site / "custody.sqlite3-shm",
        "the witness": site / "custody.sqlite3.witness", "a backup": site / "monday.backup",
        "a folder": site / "a-folder", "a device": Path("/dev/null"), "a link to the database": site / "link-to-db",
        "a link to a new file": site / "link-to-new", "a missing folder": site / "nowhere" / "x.pdf",
    }
    cases = 0
    for command, argv in COMMANDS.items():
        for what, target in targets.items():
            before = _digests(site)
            args = [a.replace("{T}", str(target)).replace("{OK}", str(site / "ok.pdf")) for a in argv]
            code, out, err = run_cli(*args, "--db", str(db))
            assert code == 2, (command, what, out, err)
            assert err.count("\n") == 1 and "Traceback" not in err, (command, what, err)
            assert _digests(site) == before, (command, what)
            assert not (site / "created-through-link").exists()
            assert not (site / "ok.pdf").exists()
            assert not [p for p in site.iterdir() if p.name.startswith(".") or ".partial-" in p.name]
            cases += 1
    FIG["refusals"] = cases
    FIG["commands"] = sorted(COMMANDS)
    FIG["targets"] = sorted(targets)


def test_what_is_written_is_private_and_whole(site: Path, tmp_path: Path) -> None:
    db = site / "custody.sqlite3"
    old = os.umask(0o022)
    try:
        outs = {"export": tmp_path / "r.json", "summary": tmp_path / "s.pdf", "handover": tmp_path / "h.pdf",
                "report": tmp_path / "y.pdf"}
        assert run_cli("export", "EX-26-000001", "-o", str(outs["export"]), "--db", str(db))[0] == 0
        assert run_cli("summary", "EX-26-000001", "-o", str(outs["summary"]), "--db", str(db))[0] == 0
        assert run_cli("handover", "-o", str(outs["handover"]), "--db", str(db))[0] == 0
        code, _o, err = run_cli("report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(outs["report"]),
                                "--csv", str(tmp_path / "y.csv"), "--db", str(db))
        assert code == 0, err
    finally:
        os.umask(old)
    for p in tmp_path.iterdir():
        assert p.stat().st_mode & 0o777 == 0o600, p
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.pdf", "r.json", "s.pdf", "y.csv", "y.dictionary.csv", "y.pdf"]
    FIG["written_mode"] = "0600 under umask 022, no temporary file left"


def test_csv_cells_that_look_like_formulas_are_text(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    doc = example_doc()
    formulas = ['=HYPERLINK("http://evil.example","Click")', "+1+1", "-2+3", "@SUM(A1:A9)"]
    files = []
    for k, suite in enumerate(formulas):
        d = {**doc, "custody_number": f"EX-26-00009{k}", "suite": suite}
        f = tmp_path / f"r{k}.json"
        f.write_text(json.dumps(d), encoding="utf-8")
        files.append(str(f))
    assert run_cli("import", *files, "--db", str(db))[0] == 0
    out = tmp_path / "y.csv"
    code, _o, err = run_cli("report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(tmp_path / "y.pdf"),
                            "--csv", str(out), "--db", str(db))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(r["suite"] for r in rows) == sorted("'" + f for f in formulas)
    assert all(not r[k].startswith(("=", "+", "@")) for r in rows for k in r)
    FIG["csv_formulas_neutralised"] = len(formulas)


KILL_IN_COPY = """
import os, signal, sys
import custody_app.store.connection as c
c.fsync_file = lambda path: os.kill(os.getpid(), signal.SIGKILL)
from custody_app.store import open_store
open_store(sys.argv[1])
"""


def test_a_killed_migration_leaves_no_empty_copy(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    from sqlite_utils import Database

    from custody_app.store.connection import connect, prepare_for_writing
    from custody_app.store.migrations import MIGRATIONS

    conn = connect(db, create=True)
    prepare_for_writing(conn, str(db))
    MIGRATIONS.apply(Database(conn, execute_plugins=False), stop_before="0006_admin_log")
    conn.close()
    r = subprocess.run([PYTHON, "-c", KILL_IN_COPY, str(db)], env=subprocess_env(), capture_output=True, timeout=60)
    assert r.returncode == -9
    assert not list(tmp_path.glob("*.bak")), list(tmp_path.iterdir())  # no empty or partial .before-…bak
    with open_store(db) as s:  # the next start migrates, and tidies the killed copy away
        assert s.schema_version()[-1] == "0006_admin_log"
    assert [p.name for p in tmp_path.glob("*.bak")] == ["old.sqlite3.before-0006_admin_log.bak"]
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]
    FIG["killed_migration"] = "no .bak left; the next start migrates and removes the partial copy"


def test_a_killed_backup_leaves_no_hidden_copy_behind(site: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    make_store(db, n_generated=1)
    target = tmp_path / "nightly.backup"
    r = subprocess.run([PYTHON, "-c", KILL_IN_COPY.replace("open_store(sys.argv[1])",
                        "open_store(sys.argv[1]).backup(sys.argv[2])"), str(db), str(target)],
                       env=subprocess_env(), capture_output=True, timeout=60)
    assert r.returncode == -9
    assert not target.exists()
    assert run_cli("backup", "--to", str(target), "--db", str(db))[0] == 0
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name], list(tmp_path.iterdir())
    with open_store(target, create=False, readonly=True) as s:
        assert s.verify(default_witness=False) == []


def test_the_desks_save_as_pdf_and_the_log_are_private(site: Path, tmp_path: Path, monkeypatch: Any) -> None:
    pytest.importorskip("PySide6")
    import logging

    from custody_app.gui import crash
    from custody_app.gui.documents import write_atomic
    from custody_app.outputs import OutputRefused

    db = site / "custody.sqlite3"
    monkeypatch.setenv("CUSTODY_APP_DB", str(db))
    before = _digests(site)
    for target in (db, site / "custody.sqlite3-wal", site / "monday.backup", site / "link-to-new"):
        with pytest.raises(OutputRefused):
            write_atomic(target, b"%PDF-1.4 not a database")
    assert _digests(site) == before and not (site / "created-through-link").exists()
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "c.pdf", b"%PDF-1.4")
        log_path = crash.setup_logging(tmp_path / "logs" / "custody-app")
        crash.log.info("a line")
    finally:
        os.umask(old)
        for h in list(crash.log.handlers):
            if isinstance(h, logging.FileHandler):
                crash.log.removeHandler(h)
                h.close()
    assert (tmp_path / "c.pdf").stat().st_mode & 0o777 == 0o600
    assert log_path.stat().st_mode & 0o777 == 0o600
    assert log_path.parent.stat().st_mode & 0o777 == 0o700
    FIG["desk_pdf_and_log"] = "Save as PDF refuses the database, WAL, a backup and a link; PDF and log 0600, log folder 0700"


def teardown_module() -> None:
    write_figures("output_paths", {**FIG, "seconds": WATCH.seconds})


def _screenshots(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**subprocess_env(), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([PYTHON, "-m", "custody_app.cli", "screenshots", str(folder)], capture_output=True,
                          text=True, env=env, timeout=300)


def test_screenshots_refuse_a_linked_folder_or_a_linked_file_and_write_all_or_none(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("not a picture", encoding="utf-8")
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for folder, words in ((tmp_path / "link", "symbolic link"), (tmp_path / "file", "not a folder"),
                          (tmp_path / "no" / "such", "does not exist")):
        done = _screenshots(folder)
        assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr
    assert list(real.iterdir()) == []
    (real / "02-board.png").symlink_to(victim)  # planted where a screenshot will be written
    done = _screenshots(real)
    assert done.returncode == 2 and "symbolic link" in done.stderr and "Traceback" not in done.stderr
    assert victim.read_text(encoding="utf-8") == "not a picture"
    assert [p.name for p in real.iterdir()] == ["02-board.png"]  # none written: all or none
    (real / "02-board.png").unlink()
    done = _screenshots(real)
    assert done.returncode == 0, done.stderr
    pictures = sorted(real.iterdir())
    assert len(pictures) >= 40 and all(p.read_bytes().startswith(b"\x89PNG") for p in pictures)
    assert {oct(p.stat().st_mode & 0o777) for p in pictures} == {"0o600"}
