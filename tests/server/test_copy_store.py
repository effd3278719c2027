"""copy-store: SQLite -> PostgreSQL -> SQLite gives identical exports, chains, ledger and users."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from custody_app.cli import main
from custody_app.domain import parse_document
from custody_app.store import StoreError, open_store
from custody_app.store.copy import copy_store
from tests.pg_cluster import Cluster
from tests.reliability.conftest import generated_docs

ROWS = {
    "events": "SELECT r.custody_number, e.seq, e.body, e.recorded_at, e.recorded_by, e.chain, e.seal "
              "FROM events e JOIN records r ON r.id = e.record_id ORDER BY r.custody_number, e.seq",
    "ledger": "SELECT seq, custody_number, event_count, head, header_hash, recorded_at, recorded_by, hash "
              "FROM ledger ORDER BY seq",
    "users": "SELECT username, display_name, role, pin_hash, active, failed_attempts, locked_until FROM users "
             "ORDER BY username",
}


def _filled(path: Path) -> None:
    with open_store(path) as s:
        for doc in generated_docs(12):
            s.import_record(parse_document(doc), "PS 1")
        number = s.all_numbers()[0]
        s.append_event(number, {"type": "note", "at": "2026-03-28T09:00:00Z", "by": "PS 1",
                                "text": "checked, asleep"}, "PS 1")
        s.create_user("ps1", "PS 1", "sergeant", "4711")
        s.set_setting("suite_name", "Northtown")
        assert s.next_custody_sequence() == 1


def _snapshot(target: str) -> dict[str, object]:
    with open_store(target, create=False) as s:
        out: dict[str, object] = {"exports": {n: json.dumps(s.export_document(n), sort_keys=True)
                                              for n in s.all_numbers()},
                                  "heads": {n: s.fingerprint(n) for n in s.all_numbers()},
                                  "suite": s.get_setting("suite_name"),
                                  "sequence": s.get_setting("last_custody_sequence")}
        with s._read() as conn:
            for name, sql in ROWS.items():
                out[name] = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r)
                             for r in conn.execute(sql).fetchall()]
        assert s.verify() == []
    return out


def test_sqlite_to_server_to_sqlite_is_identical(tmp_path: Path, pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "first.sqlite3"
    _filled(first)
    url = pg_cluster.url(pg_cluster.new_database(prepared=False))  # empty: copy-store prepares it
    assert main(["copy-store", "--from", str(first), "--to", url]) == 0
    assert "both verified" in capsys.readouterr().out
    back = tmp_path / "back.sqlite3"
    assert main(["copy-store", "--from", url, "--to", str(back)]) == 0
    a, b, c = _snapshot(str(first)), _snapshot(url), _snapshot(str(back))
    assert a == b == c
    assert (back.stat().st_mode & 0o777) == 0o600
    conn = sqlite3.connect(back)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with open_store(url) as s:  # the server goes on from where the file was
        assert s.next_custody_sequence() == 2
        assert s.authenticate("ps1", "4711").role == "sergeant"


def test_a_destination_that_holds_anything_is_refused(tmp_path: Path, pg_cluster: Cluster,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "first.sqlite3"
    _filled(first)
    url = pg_cluster.url(pg_cluster.new_database())
    assert main(["copy-store", "--from", str(first), "--to", url]) == 0
    before = _snapshot(url)
    assert main(["copy-store", "--from", str(first), "--to", url]) == 2
    assert "already holds" in capsys.readouterr().err
    assert _snapshot(url) == before
    other = tmp_path / "other.sqlite3"
    _filled(other)
    size = other.read_bytes()
    assert main(["copy-store", "--from", str(first), "--to", str(other)]) == 2
    assert "not an empty custody store" in capsys.readouterr().err
    assert other.read_bytes() == size
    with pytest.raises(StoreError, match="source itself"):
        copy_store(str(first), str(first))


def test_a_source_that_fails_verification_is_not_copied(tmp_path: Path, pg_cluster: Cluster) -> None:
    first = tmp_path / "first.sqlite3"
    _filled(first)
    conn = sqlite3.connect(first)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET body = replace(body, 'asleep', 'awake')")
    conn.commit()
    conn.close()
    url = pg_cluster.url(pg_cluster.new_database())
    with pytest.raises(StoreError, match="fails verification"):
        copy_store(str(first), url)
    with open_store(url) as s:
        assert s.counts() == (0, 0)


def test_backup_of_a_server_is_a_verified_file_and_restore_says_how(tmp_path: Path, pg_cluster: Cluster,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "first.sqlite3"
    _filled(first)
    url = pg_cluster.url(pg_cluster.new_database())
    assert main(["copy-store", "--from", str(first), "--to", url]) == 0
    app = url.replace("user=postgres", "user=custody_app")
    backup = tmp_path / "server-backup.sqlite3"
    assert main(["backup", "--to", str(backup), "--db", app]) == 0
    assert _snapshot(str(backup)) == _snapshot(str(first))
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", app]) == 2
    assert "copy-store --from BACKUP --to URL" in capsys.readouterr().err


def test_copying_into_a_server_as_the_terminals_role_is_refused_in_words(tmp_path: Path, pg_cluster: Cluster,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "first.sqlite3"
    _filled(first)
    app = pg_cluster.url(pg_cluster.new_database(), "custody_app")
    assert main(["copy-store", "--from", str(first), "--to", app]) == 2
    err = capsys.readouterr().err
    assert "refused" in err and "permission denied" in err and len(err.strip().splitlines()) == 1
    with open_store(app) as s:
        assert s.counts() == (0, 0)
