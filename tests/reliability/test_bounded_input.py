"""Bounded input (issue 12): what `import` accepts can no longer break the board, the
handover sheet, the downtime pack or the report for every child in the suite, and no
input makes it hang or eat memory. Each case: one clear line, exit 2, no database made
or changed."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from custody_app.store import open_store

from .attacks import run_cli
from .conftest import PYTHON, Stopwatch, example_doc, subprocess_env, write_figures

pytestmark = pytest.mark.slow
WATCH = Stopwatch()  # the module's time, for the figures
FIG: dict[str, Any] = {}


def _nested(depth: int) -> str:
    """A placeholder replaced by JSON text nested `depth` lists deep (json.dumps cannot write it)."""
    return f"@@NESTED{depth}@@"


def _text(doc: dict[str, Any]) -> str:
    text = json.dumps(doc, ensure_ascii=False)
    for depth in (985, 20):
        text = text.replace(f'"@@NESTED{depth}@@"', "[" * depth + '"x"' + "]" * depth)
    return text


def _mutations() -> dict[str, dict[str, Any]]:
    base = example_doc()
    first = base["events"][0]
    return {
        "nested 985 deep": {**base, "events": [{**first, "extra": _nested(985)}, *base["events"][1:]]},
        "nested 20 deep": {**base, "events": [{**first, "extra": _nested(20)}, *base["events"][1:]]},
        "a 1,000-character name": {**base, "child": {**base["child"], "surname": "A" * 1000}},
        "a 100,000-character custody number": {**base, "custody_number": "9" * 100_000},
        "a 50,000-character note": {**base, "events": [{**first, "note": "word " * 10_000}, *base["events"][1:]]},
        "a custody number with a zero-width space": {**base, "custody_number": "EX-26-\u200b000001"},
        "a custody number with a line break": {**base, "custody_number": "EX-26-000001\nstored"},
        "a custody number not in NFC": {**base, "custody_number": "EX-26-00000e\u0301"},
        "a name with a direction override": {**base, "child": {**base["child"], "forenames": "Ril\u202eey"}},
        "a by with a control character": {**base, "events": [{**first, "by": "PC\x07 1"}, *base["events"][1:]]},
    }


def test_each_oversized_or_hidden_input_is_refused_with_one_line(tmp_path: Path) -> None:
    refused = []
    for what, doc in _mutations().items():
        f = tmp_path / "r.json"
        f.write_text(_text(doc), encoding="utf-8")
        db = tmp_path / "never.sqlite3"
        watch = Stopwatch()
        code, out, err = run_cli("import", str(f), "--db", str(db))
        assert code == 2, (what, out, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 2, (what, err)  # the file, the total
        assert not db.exists(), what  # a refused import makes no database
        assert watch.seconds < 5, what
        refused.append(what)
    FIG["refused"] = refused


def test_nan_and_infinity_are_refused_and_never_exported(tmp_path: Path) -> None:
    base = json.dumps(example_doc())
    for constant in ("NaN", "Infinity", "-Infinity"):
        text = base.replace('"rousing": false', f'"rousing": false, "extra": {constant}', 1)
        assert constant in text
        f = tmp_path / "n.json"
        f.write_text(text, encoding="utf-8")
        code, _out, err = run_cli("import", str(f), "--db", str(tmp_path / "n.sqlite3"))
        assert code == 2 and "JSON" in err, err
    FIG["non_numbers_refused"] = 3


def test_invisible_characters_never_make_two_records(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    base = example_doc()
    f1, f2 = tmp_path / "a.json", tmp_path / "b.json"
    f1.write_text(json.dumps(base), encoding="utf-8")
    f2.write_text(json.dumps({**base, "custody_number": base["custody_number"] + "\u200d"}), encoding="utf-8")
    assert run_cli("import", str(f1), "--db", str(db))[0] == 0
    code, _o, err = run_cli("import", str(f2), "--db", str(db))
    assert code == 2 and "invisible" in err
    with open_store(db, readonly=True, create=False) as s:
        assert s.all_numbers() == [base["custody_number"]]


def test_a_fifo_and_dev_zero_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    times = {}
    for name, path in (("fifo", fifo), ("/dev/zero", Path("/dev/zero"))):
        start = time.monotonic()
        r = subprocess.run([PYTHON, "-m", "custody_app.cli", "import", str(path), "--db", str(tmp_path / "z.db")],
                           capture_output=True, text=True, env=subprocess_env(), timeout=30)
        times[name] = round(time.monotonic() - start, 2)
        assert r.returncode == 2 and "not a regular file" in r.stderr, r.stderr
        assert not (tmp_path / "z.db").exists()
    r = subprocess.run([PYTHON, "-m", "custody_app.cli", "audit", str(fifo)], capture_output=True, text=True,
                       env=subprocess_env(), timeout=30)
    assert r.returncode == 2 and "not a regular file" in r.stderr, r.stderr  # audit FILE too, never hangs
    example = Path(__file__).resolve().parents[2] / "tests" / "reliability" / "conftest.py"  # any file
    r = subprocess.run([PYTHON, "-m", "custody_app.cli", "audit", str(example), "--policy", str(fifo)],
                       capture_output=True, text=True, env=subprocess_env(), timeout=30)
    assert r.returncode == 2 and "not a regular file" in r.stderr, r.stderr  # --policy FILE too
    FIG["fifo_and_dev_zero_seconds"] = times


def test_file_names_with_newlines_cannot_forge_the_output(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    forged = folder / "x.json\nstored\tFORGED-1\tinvented.json"
    forged.write_text(json.dumps(example_doc()), encoding="utf-8")
    code, out, err = run_cli("import", str(forged), "--db", str(tmp_path / "c.sqlite3"))
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 1 and not any(line.startswith("stored\tFORGED") for line in lines), out
    assert "\\n" in lines[0]


def test_import_reads_everything_before_it_takes_the_write_lock(tmp_path: Path, monkeypatch: Any) -> None:
    """While the files are read and checked, another writer (the desk) can still write."""
    import sqlite3

    from custody_app.services import records as svc

    db = tmp_path / "c.sqlite3"
    base = example_doc()
    f = tmp_path / "a.json"
    f.write_text(json.dumps(base), encoding="utf-8")
    assert run_cli("import", str(f), "--db", str(db))[0] == 0
    files = []
    for k in range(3):
        g = tmp_path / f"g{k}.json"
        g.write_text(json.dumps({**base, "custody_number": f"EX-26-00010{k}"}), encoding="utf-8")
        files.append(g)
    real = svc._prepare_file
    writes = []

    def prepare_while_the_desk_writes(path: Path) -> Any:
        other = sqlite3.connect(db, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")  # fails "database is locked" if import holds the lock
            other.execute("ROLLBACK")
            writes.append(path)
        finally:
            other.close()
        return real(path)

    monkeypatch.setattr(svc, "_prepare_file", prepare_while_the_desk_writes)
    report = svc.import_paths(db, files, workers=1)
    assert report.ok and len(writes) == 3


def test_a_newer_database_is_refused_before_any_change(tmp_path: Path) -> None:
    import hashlib
    import sqlite3

    db = tmp_path / "new.sqlite3"
    with open_store(db):
        pass
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
                 "('custody-app', '0099_future', '2030-01-01')")
    conn.commit()
    conn.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    names = sorted(p.name for p in tmp_path.iterdir())
    for argv in (["verify"], ["export", "EX-26-000001"], ["handover", "-o", str(tmp_path / "h.pdf")]):
        code, _o, err = run_cli(*argv, "--db", str(db))
        assert code == 2 and "newer version" in err, (argv, err)
    r = subprocess.run([PYTHON, "-c", "from custody_app.store import open_store, StoreError\n"
                        f"try:\n open_store({str(db)!r})\nexcept StoreError as e:\n print(e)"],
                       capture_output=True, text=True, env=subprocess_env(), timeout=30)
    assert "newer version" in r.stdout
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # not even put in WAL mode
    FIG["newer_database_unchanged"] = True


def teardown_module() -> None:
    write_figures("bounded_input", {**FIG, "seconds": WATCH.seconds})
