"""Witnesses outside the database (issue 12): the tail cut off, an edit re-sealed with the
project's own code, and an older copy put back all pass the hash chains alone; the witness
file beside the database, a copy of it kept elsewhere, and a store head printed on paper
(`verify --head STORE:N:H`) catch every one, naming what is missing or differs."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from custody_app.store import open_store

from .attacks import copy_db, make_store, reseal, restore_triggers, run_cli, sql
from .conftest import FixedClock, Stopwatch, write_figures

pytestmark = pytest.mark.slow
WATCH = Stopwatch()  # the module's time, for the figures
FIG: dict[str, int | float] = {}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("witness") / "custody.sqlite3"
    sizes = make_store(path)
    return path, sizes


def _head(db: Path) -> str:
    with open_store(db, create=False, readonly=True) as s:
        return s.store_head().code


def _notes(db: Path, number: str, n: int) -> None:
    with open_store(db, create=False, clock=FixedClock()) as s:
        record = s.load_record(number)
        assert record is not None
        at = max(e.raw["at"] for e in record.events)
        for k in range(n):
            s.append_event(number, {"type": "note", "at": at, "by": "PS 1", "text": f"note {k}"}, "ps1")


def test_tail_truncation_is_caught(base: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    source, sizes = base
    rng = random.Random(12)
    cases = 0
    for k in range(1, 11):
        db = copy_db(source, tmp_path / f"t{k}.sqlite3")
        number = rng.choice(sorted(sizes))
        _notes(db, number, k)
        paper = _head(db)  # printed on the handover sheet before the attack
        elsewhere = tmp_path / f"t{k}.kept-witness"
        shutil.copyfile(db.with_name(db.name + ".witness"), elsewhere)
        n = sizes[number]
        sql(db, f"DELETE FROM events WHERE seq >= {n} AND record_id = (SELECT id FROM records "
                f"WHERE custody_number = '{number}')",
            f"DELETE FROM ledger WHERE seq > (SELECT max(seq) FROM ledger) - {k}",
            f"UPDATE record_state SET event_count = {n} WHERE record_id = (SELECT id FROM records "
            f"WHERE custody_number = '{number}')")
        restore_triggers(db, source)
        with open_store(db, create=False, readonly=True) as s:
            assert s.verify_chains() == []  # the chains alone cannot tell
        code, out, _err = run_cli("verify", "--db", str(db))
        assert code == 1 and "witness" in out and "entries were removed" in out, out
        code, out, _ = run_cli("verify", "--db", str(db), "--witness", str(elsewhere))
        assert code == 1 and str(elsewhere) in out
        db.with_name(db.name + ".witness").unlink()  # the attacker removes the witness too
        code, out, _ = run_cli("verify", "--db", str(db), "--head", paper)
        assert code == 1 and f"the head {paper}" in out, out
        cases += 1
    FIG["tail_truncations_caught"] = cases


def test_resealed_edit_is_caught(base: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    source, sizes = base
    rng = random.Random(21)
    cases = 0
    for k in range(10):
        db = copy_db(source, tmp_path / f"r{k}.sqlite3")
        paper = _head(db)
        number = rng.choice(sorted(sizes))
        seq = rng.randrange(sizes[number])
        sql(db, f"UPDATE events SET body = replace(body, '\"by\":\"', '\"by\":\"Forged ') WHERE seq = {seq} AND "
                f"record_id = (SELECT id FROM records WHERE custody_number = '{number}')")
        reseal(db)
        restore_triggers(db, source)
        with open_store(db, create=False, readonly=True) as s:
            assert s.verify_chains() == []  # re-sealed: every chain and the ledger agree again
        code, out, _ = run_cli("verify", "--db", str(db))
        assert code == 1 and "re-sealed" in out, out
        code, out, _ = run_cli("verify", "--db", str(db), "--head", paper)
        assert code == 1 and "re-sealed" in out
        cases += 1
    FIG["resealed_edits_caught"] = cases


def test_an_older_copy_put_back_is_caught(base: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    source, sizes = base
    cases = 0
    for k in range(1, 6):
        db = copy_db(source, tmp_path / f"o{k}.sqlite3")
        old = tmp_path / f"o{k}.old"
        shutil.copyfile(db, old)  # an older copy, taken with cp
        _notes(db, sorted(sizes)[0], k)
        paper = _head(db)
        shutil.copyfile(old, db)  # ...put back, the witness file left as it is
        code, out, _ = run_cli("verify", "--db", str(db))
        assert code == 1 and "older copy" in out, out
        code, out, _ = run_cli("verify", "--db", str(db), "--head", paper)
        assert code == 1
        cases += 1
    FIG["older_copies_caught"] = cases


def test_a_tampered_witness_fails_closed_and_a_clean_store_passes(base: tuple[Path, dict[str, int]],
                                                                  tmp_path: Path) -> None:
    source, _sizes = base
    db = copy_db(source, tmp_path / "w.sqlite3")
    paper = _head(db)
    code, out, _ = run_cli("verify", "--db", str(db), "--head", paper)
    assert code == 0 and paper in out
    witness = db.with_name(db.name + ".witness")
    lines = witness.read_text().splitlines()
    parts = lines[-1].split(" ")
    parts[3] = "0" * 64  # the witnessed hash changed
    witness.write_text("\n".join([*lines[:-1], " ".join(parts)]) + "\n")
    code, out, _ = run_cli("verify", "--db", str(db))
    assert code == 1 and "witness" in out  # a witness that disagrees is never passed over
    witness.write_text("\n".join(lines) + "\ngarbage line\n")
    code, out, _ = run_cli("verify", "--db", str(db))
    assert code == 1 and "cannot be read" in out
    code, _out, err = run_cli("verify", "--db", str(db), "--head", "STORE:x:zz")
    assert code == 2 and err.count("\n") == 1 and "STORE:N:H" in err
    FIG["witness_tamperings_caught"] = 2


def test_a_backup_and_a_restore_keep_the_witness_true(base: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    source, sizes = base
    db = copy_db(source, tmp_path / "b.sqlite3")
    backup = tmp_path / "backup.sqlite3"
    code, out, _ = run_cli("backup", "--to", str(backup), "--db", str(db))
    assert code == 0 and "STORE:" in out
    assert backup.with_name(backup.name + ".witness").exists()
    _notes(db, sorted(sizes)[0], 2)
    code, out, err = run_cli("restore", "--from", str(backup), "--db", str(db))
    assert code == 0, err
    code, out, _ = run_cli("verify", "--db", str(db))
    assert code == 0, out  # the lines before the restore witnessed the database it replaced
    assert "restore backup.sqlite3" in db.with_name(db.name + ".witness").read_text()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_head_printed_on_the_handover_sheet_is_a_witness(base: tuple[Path, dict[str, int]],
                                                              tmp_path: Path) -> None:
    import re
    import subprocess

    source, sizes = base
    db = copy_db(source, tmp_path / "h.sqlite3")
    sheet = tmp_path / "handover.pdf"
    assert run_cli("handover", "-o", str(sheet), "--db", str(db))[0] == 0
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"STORE:\d+:[0-9a-f]{16}", text)
    assert found, text[-400:]
    paper = found.group(0)
    assert paper == _head(db)
    assert run_cli("verify", "--db", str(db), "--head", paper)[0] == 0
    db.with_name(db.name + ".witness").unlink()
    sql(db, "DELETE FROM ledger WHERE seq = (SELECT max(seq) FROM ledger)")
    code, out, _ = run_cli("verify", "--db", str(db), "--head", paper)
    assert code == 1 and paper in out
    FIG["handover_head_checked"] = 1


def teardown_module() -> None:
    write_figures("witnesses", {**FIG, "seconds": WATCH.seconds})


def test_a_witness_that_cannot_be_written_is_warned_about_once_and_the_writes_are_kept(
        base: tuple[Path, dict[str, int]], tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source, sizes = base
    db = copy_db(source, tmp_path / "w.sqlite3")
    witness = db.with_name(db.name + ".witness")
    witness.unlink()
    witness.symlink_to(tmp_path / "elsewhere")  # never written through: every append fails
    number = sorted(sizes)[0]
    with caplog.at_level("WARNING", logger="custody_app"):
        _notes(db, number, 3)
    warnings = [r.getMessage() for r in caplog.records if "witness file" in r.getMessage()]
    assert len(warnings) == 1 and "could not be written" in warnings[0] and str(witness) in warnings[0]
    assert not (tmp_path / "elsewhere").exists()
    with open_store(db, create=False, readonly=True) as s:
        record = s.load_record(number)
        assert record is not None and len(record.events) == sizes[number] + 3
