"""The commands, through cli.main and through the installed `custody-app` (exit codes)."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from custody_app.cli import main

from .conftest import EXAMPLES, SCENARIOS, example_doc

APP = str(Path(sys.executable).parent / "custody-app")


def test_import_export_verify_backup_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite3")
    assert main(["import", str(SCENARIOS), "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.count("stored\t") == len(EXAMPLES)
    assert main(["import", *map(str, EXAMPLES), "--db", db]) == 0
    assert capsys.readouterr().out.count("unchanged\t") == len(EXAMPLES)
    out_file = tmp_path / "out.json"
    assert main(["export", "EX-26-000002", "-o", str(out_file), "--db", db]) == 0
    assert json.loads(out_file.read_text())["custody_number"] == "EX-26-000002"
    assert main(["export", "EX-26-000001", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["events"] == example_doc()["events"]
    assert main(["export", "NOPE", "--db", db]) == 2
    assert main(["verify", "--db", db]) == 0
    backup = tmp_path / "b.sqlite3"
    assert main(["backup", "--to", str(backup), "--db", db]) == 0
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert main(["restore", str(backup), "--db", db]) == 0
    assert main(["audit", "EX-26-000001", "--db", db]) in (0, 1)
    capsys.readouterr()


def test_refusals_store_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite3")
    bad = example_doc()
    bad["custody_number"] = "BAD-1"
    bad["events"][2]["at"] = "2026-01-01T10:00"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.json").write_text(json.dumps(bad))
    (tmp_path / "in" / "good.json").write_text(json.dumps({**example_doc(), "custody_number": "GOOD-1"}))
    assert main(["import", str(tmp_path / "in"), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and "events[2].at" in err and "Traceback" not in err
    assert main(["import", str(SCENARIOS / "example_bailed.json"), "--db", db]) == 0
    clash = example_doc()
    clash["events"][1]["by"] = "someone else"
    (tmp_path / "clash.json").write_text(json.dumps(clash))
    assert main(["import", str(tmp_path / "clash.json"), "--db", db]) == 2
    assert "events[1]" in capsys.readouterr().err
    conn = sqlite3.connect(db)
    try:
        assert [r[0] for r in conn.execute("SELECT custody_number FROM records")] == ["EX-26-000001"]
    finally:
        conn.close()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([APP, *args], capture_output=True, text=True, timeout=60, check=False)


def test_exit_codes_from_outside(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    r = _run("import", str(SCENARIOS), "--db", db)
    assert r.returncode == 0, r.stderr
    assert _run("verify", "--db", db).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET body = replace(body, 'a', 'b') WHERE seq = 3 AND record_id = 2")
    conn.commit()
    conn.close()
    r = _run("verify", "--db", db)
    assert r.returncode == 1
    number = sqlite3.connect(db)
    try:
        name = number.execute("SELECT custody_number FROM records WHERE id = 2").fetchone()[0]
    finally:
        number.close()
    assert f"{name} events[3]" in r.stdout
    r = _run("restore", db, "--db", str(tmp_path / "other.sqlite3"))
    assert r.returncode == 2 and "fails verification" in r.stderr and "Traceback" not in r.stderr
    r = _run("verify", "--db", str(tmp_path / "missing.sqlite3"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    (tmp_path / "junk.json").write_text("{not json")
    r = _run("import", str(tmp_path / "junk.json"), "--db", db)
    assert r.returncode == 2 and "not valid JSON" in r.stderr


def test_import_many_files_in_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from custody_app.services import records as svc

    monkeypatch.setattr(svc, "PARALLEL_FROM", 2)
    monkeypatch.setattr(svc, "CHUNK", 2)
    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(7):
        (folder / f"r{k}.json").write_text(json.dumps({**example_doc(), "custody_number": f"M-{k}"}))
    report = svc.import_paths(tmp_path / "c.sqlite3", [folder], workers=2)
    assert report.ok and [o.outcome for o in report.outcomes] == ["stored"] * 7
    assert [o.custody_number for o in report.outcomes] == [f"M-{k}" for k in range(7)]
    (folder / "r3.json").write_text("[]")
    report = svc.import_paths(tmp_path / "c.sqlite3", [folder], workers=2)
    assert not report.ok and [o.path.name for o in report.refused] == ["r3.json"]
