"""Malicious and damaged backups (issue 12): `restore` refuses a file that carries its own
trigger (entries shown "Saved" and never stored), a planted administrator, a changed role
or policy, or damage SQLite's integrity check finds; the healthy database is left exactly
as it was. `backup` says "verified" only of a copy that passes every check; backups and
databases on read-only media can be verified and restored from."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from custody_app.store import open_store

from .attacks import copy_db, make_store, run_cli, sql
from .conftest import PYTHON, Stopwatch, subprocess_env, write_figures

pytestmark = pytest.mark.slow
WATCH = Stopwatch()  # the module's time, for the figures
FIG: dict[str, object] = {}
REFUSED: list[str] = []


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("backups")
    db = folder / "custody.sqlite3"
    make_store(db)
    with open_store(db) as s:
        s.create_user("admin1", "Admin One", "admin", "2468")  # (who: the installer)
        s.create_user("ps1", "PS One", "sergeant", "1357")
    backup = folder / "good.backup"
    assert run_cli("backup", "--to", str(backup), "--db", str(db))[0] == 0
    return backup


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _healthy(tmp_path: Path, base: Path) -> Path:
    db = tmp_path / "live.sqlite3"
    make_store(db, n_generated=1)
    return db


MALICE = {
    "a trigger that drops every new event": [
        "CREATE TRIGGER events_keep BEFORE INSERT ON events BEGIN SELECT RAISE(IGNORE); END"],
    "a planted administrator": [
        "INSERT INTO users (username, display_name, role, pin_hash, active, created_at) VALUES "
        "('mallory', 'Mallory', 'admin', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA', 1, "
        "'2026-01-01')"],
    "a sergeant made superintendent": ["UPDATE users SET role = 'superintendent' WHERE username = 'ps1'"],
    "policy figures changed": ["INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES ('policy', "
                               "'{\"aa_request_minutes\": 600}', '2026-01-01')"],
    "a table of its own": ["CREATE TABLE notes_x (t TEXT)"],
    "an index dropped": ["DROP INDEX record_state_arrived"],
    "a child hidden from the board": ["UPDATE record_state SET in_custody = 0, left_at = arrived_at"],
}


@pytest.mark.parametrize("what", sorted(MALICE))
def test_restore_refuses_a_malicious_backup(what: str, base: Path, tmp_path: Path) -> None:
    bad = copy_db(base, tmp_path / "bad.backup", with_witness=False)
    sql(bad, *MALICE[what], drop_triggers=what == "a child hidden from the board")
    if what == "a child hidden from the board":  # put the application's triggers back
        clean = sqlite3.connect(base)
        triggers = [r[0] for r in clean.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
        clean.close()
        conn = sqlite3.connect(bad)
        for t in triggers:
            conn.execute(t)
        conn.commit()
        conn.close()
    live = _healthy(tmp_path, base)
    before = _digest(live)
    code, _out, err = run_cli("restore", str(bad), "--db", str(live))
    assert code == 2, err
    assert "nothing was restored" in err and err.count("\n") == 1, err
    assert _digest(live) == before
    assert not list(tmp_path.glob("live.sqlite3.before-restore*"))
    REFUSED.append(what)
    FIG["malicious_backups_refused"] = sorted(REFUSED)


def _damage(path: Path) -> None:
    """Overwrite the cell area of the events table's pages (the file header and the schema
    page left intact, so the file still opens as a database)."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE name IN "
                                            "('ledger_by_number', 'record_state_arrived', 'ledger')")]
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page_size + 8)
            fh.write(b"\x07\xd3" * 40)


def test_a_damaged_backup_is_refused_and_never_replaces_a_healthy_database(base: Path, tmp_path: Path) -> None:
    bad = copy_db(base, tmp_path / "damaged.backup", with_witness=False)
    _damage(bad)
    code, out, _ = run_cli("verify", "--db", str(bad))
    assert code in (1, 2) and ("damaged" in out or code == 2)
    live = _healthy(tmp_path, base)
    before = _digest(live)
    code, _out, err = run_cli("restore", str(bad), "--db", str(live))
    assert code == 2 and err.count("\n") == 1, err
    assert _digest(live) == before
    FIG["damaged_backup_refused"] = True


def test_backup_of_a_damaged_database_is_never_called_verified(base: Path, tmp_path: Path) -> None:
    db = copy_db(base, tmp_path / "sick.sqlite3", with_witness=False)
    _damage(db)
    target = tmp_path / "copy.backup"
    code, out, err = run_cli("backup", "--to", str(target), "--db", str(db))
    assert code == 2 and "verified" not in out and err.count("\n") == 1, (out, err)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]
    FIG["damaged_database_backup_refused"] = True


def test_a_backup_never_overwrites_and_never_follows_a_link(base: Path, tmp_path: Path) -> None:
    db = _healthy(tmp_path, base)
    existing = tmp_path / "exists.bin"
    existing.write_bytes(b"keep me")
    link = tmp_path / "link.backup"
    link.symlink_to(tmp_path / "elsewhere")
    for target in (existing, link, db, db.with_name(db.name + "-wal"), db.with_name(db.name + ".witness"), tmp_path):
        code, _out, err = run_cli("backup", "--to", str(target), "--db", str(db))
        assert code == 2 and err.count("\n") == 1, (target, err)
    assert existing.read_bytes() == b"keep me" and not (tmp_path / "elsewhere").exists()


RO_SCRIPT = """set -e
mount --bind "$MEDIA" "$MEDIA"
mount -o remount,ro,bind "$MEDIA"
"$PY" -m custody_app.cli verify --db "$MEDIA/custody.sqlite3"
"$PY" -m custody_app.cli export EX-26-000001 --db "$MEDIA/custody.sqlite3" > /dev/null
"$PY" -m custody_app.cli verify --db "$MEDIA/ro.backup"
"$PY" -m custody_app.cli restore --from "$MEDIA/ro.backup" --db "$LIVE"
"""


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare(1) to mount a folder read-only")
def test_read_only_media(base: Path, tmp_path: Path) -> None:
    """verify, export and restore --from on a truly read-only mount (a user namespace)."""
    media = tmp_path / "media"
    media.mkdir()
    copy_db(base, media / "ro.backup")
    db = tmp_path / "live.sqlite3"
    make_store(db, n_generated=1)
    with open_store(db) as s:  # a database left in WAL mode, as the desk leaves it
        s.conn.execute("PRAGMA wal_autocheckpoint = 0")
    copy_db(db, media / "custody.sqlite3")
    names = sorted(p.name for p in media.iterdir())
    digests = {p.name: _digest(p) for p in media.iterdir()}
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not allowed here")
    env = subprocess_env(MEDIA=str(media), LIVE=str(db), PY=PYTHON)
    r = subprocess.run(["unshare", "-rm", "sh", "-c", RO_SCRIPT], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert "restored" in r.stdout and r.stdout.count("verified") == 2, r.stdout
    assert sorted(p.name for p in media.iterdir()) == names  # no -wal, -shm or journal made
    assert {p.name: _digest(p) for p in media.iterdir()} == digests
    FIG["read_only_media"] = "verify, export and restore --from work on a read-only mount; nothing on it changed"


def teardown_module() -> None:
    write_figures("malicious_backups", {**FIG, "seconds": WATCH.seconds})
