"""An honest verify (issue 12): what decides what a person sees is checked. One UPDATE of
the derived list hides a child from the board, the handover sheet and the report; a role
edited grants a rank; an INSERT of policy figures cuts a report's findings; a damaged
file looked intact. `verify` now names each (exit 1), and `verify --repair` rebuilds the
derived list from the events. Lock-outs end after their minutes or when the clock is
seen to jump, and an administrator can always unlock from the command line."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from custody_app.domain import parse_document
from custody_app.store import AuthError, open_store

from .attacks import copy_db, make_store, run_cli, sql
from .conftest import FixedClock, Stopwatch, example_doc, write_figures

pytestmark = pytest.mark.slow
WATCH = Stopwatch()  # the module's time, for the figures
FIG: dict[str, Any] = {}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("honest") / "custody.sqlite3"
    make_store(db, n_generated=2)
    doc = example_doc()
    left = min(e["at"] for e in doc["events"] if e["type"] in ("released", "transferred"))
    still_here = {**doc, "custody_number": "EX-26-000777",
                  "events": [e for e in doc["events"] if e["at"] < left]}
    with open_store(db) as s:
        s.import_record(parse_document(still_here), "PS 1")
        s.create_user("admin1", "Admin One", "admin", "2468")  # (who: the installer)
        s.create_user("ps1", "PS One", "sergeant", "1357")
        s.set_policy(s.get_policy())
    return db


def _in_custody(db: Path) -> list[str]:
    with open_store(db, create=False, readonly=True) as s:
        return [r.custody_number for r in s.in_custody()]


EDITS = {
    "a child hidden from the board": (["UPDATE record_state SET in_custody = 0, left_at = arrived_at WHERE "
                                       "in_custody = 1"], "list of records"),
    "a detention dropped from the report": (["UPDATE record_state SET arrived_at = '1999-01-01T00:00:00.000000+00:00'"
                                             " WHERE record_id = (SELECT min(record_id) FROM record_state)"],
                                            "list of records"),
    "a record's row deleted from the list": (["DELETE FROM record_state WHERE record_id = "
                                              "(SELECT max(record_id) FROM record_state)"], "missing from the list"),
    "a sergeant made superintendent": (["UPDATE users SET role = 'superintendent' WHERE username = 'ps1'"],
                                       "user ps1: role"),
    "a PIN hash swapped": (["UPDATE users SET pin_hash = (SELECT pin_hash FROM users WHERE username = 'ps1') "
                            "WHERE username = 'admin1'"], "user admin1: pin_hash"),
    "an administrator planted": (["INSERT INTO users (username, display_name, role, pin_hash, active, created_at) "
                                  "SELECT 'mallory', 'M', 'admin', pin_hash, 1, created_at FROM users LIMIT 1"],
                                 "user mallory was added"),
    "policy figures changed": (["UPDATE settings SET value = replace(value, '60', '600') WHERE key = 'policy'"],
                               "policy figures"),
    "a policy row inserted": (["INSERT INTO settings (key, value, updated_at) VALUES ('suite_name', 'X', 'now')"],
                              "setting suite_name"),
    "the users and settings log cut short": (["DELETE FROM admin_log WHERE seq = (SELECT max(seq) FROM admin_log)"],
                                             "outside the application"),
}


@pytest.mark.parametrize("what", sorted(EDITS))
def test_an_edit_behind_the_applications_back_is_named(what: str, base: Path, tmp_path: Path) -> None:
    db = copy_db(base, tmp_path / "c.sqlite3")
    statements, words = EDITS[what]
    sql(db, *statements, drop_triggers="log" in what)
    code, out, _err = run_cli("verify", "--db", str(db))
    assert code == 1 and words in out, (what, out)
    FIG.setdefault("edits_named", []).append(what)


def test_repair_rebuilds_the_derived_list(base: Path, tmp_path: Path) -> None:
    db = copy_db(base, tmp_path / "c.sqlite3")
    before = _in_custody(db)
    assert before, "the store should hold a child in custody"
    sql(db, "UPDATE record_state SET in_custody = 0, left_at = arrived_at WHERE in_custody = 1", drop_triggers=False)
    assert _in_custody(db) == []
    code, out, _ = run_cli("verify", "--repair", "--db", str(db))
    assert code == 0, out
    assert _in_custody(db) == before


def test_a_damaged_file_is_never_reported_intact(base: Path, tmp_path: Path) -> None:
    db = copy_db(base, tmp_path / "c.sqlite3")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'record_state_arrived'").fetchone()[0]
    conn.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page + 8)
        fh.write(b"\x07\xd3" * 40)
    code, out, err = run_cli("verify", "--db", str(db))
    assert code in (1, 2) and "intact" not in out and "damaged" in out + err, (out, err)
    FIG["damaged_file_named"] = True


def test_a_lock_out_ends_when_the_clock_is_seen_to_jump(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2099, 1, 1, tzinfo=UTC))
    db = tmp_path / "c.sqlite3"
    with open_store(db, clock=clock) as s:
        s.create_user("admin1", "Admin One", "admin", "2468")
        for _ in range(5):
            with pytest.raises(AuthError):
                s.authenticate("admin1", "0000")
        with pytest.raises(AuthError, match="locked"):
            s.authenticate("admin1", "2468")
        clock.now = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)  # the clock put right
        assert s.authenticate("admin1", "2468").role == "admin"
    FIG["clock_jump_unlocks"] = "locked at 2099; clock set back to 2026: signs in at once (was 72 years)"


def test_a_lock_out_lasts_its_minutes_and_an_administrator_can_end_it(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 29, 9, 0, tzinfo=UTC))
    db = tmp_path / "c.sqlite3"
    with open_store(db, clock=clock) as s:
        s.create_user("admin1", "Admin One", "admin", "2468")
        minutes = s.get_policy().pin_lockout_minutes
        for _ in range(s.get_policy().failed_pin_limit):
            with pytest.raises(AuthError):
                s.authenticate("admin1", "0000")
        clock.advance(minutes=minutes - 1)
        with pytest.raises(AuthError, match="locked"):
            s.authenticate("admin1", "2468")
        clock.advance(minutes=2)
        assert s.authenticate("admin1", "2468")
        for _ in range(s.get_policy().failed_pin_limit):
            with pytest.raises(AuthError):
                s.authenticate("admin1", "0000")
    code, out, err = run_cli("unlock", "admin1", "--db", str(db))
    assert code == 0, err
    with open_store(db, clock=clock) as s:
        assert s.authenticate("admin1", "2468")
        assert [e.kind for e in s.users_history("admin1")][:1] == ["user"]
    code, out, _ = run_cli("verify", "--db", str(db))
    assert code == 0, out
    FIG["lockout_minutes"] = minutes


def test_changes_made_through_the_application_stay_verified_with_who_made_them(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    with open_store(db) as s:
        s.add_user("admin1", "ps1", "PS One", "sergeant", "1357")
        s.set_user_role("admin1", "ps1", "inspector")
        s.reset_pin("admin1", "ps1", "9753")
        s.set_user_enabled("admin1", "ps1", False)
        s.set_policy(s.get_policy(), by="admin1")
        assert s.verify() == []
        history = s.users_history("ps1")
        assert [e.recorded_by for e in history] == ["admin1"] * 4
        assert [e.body["role"] for e in history] == ["sergeant", "inspector", "inspector", "inspector"]
        assert history[-1].body["active"] is False
    sql(db, "UPDATE users SET active = 1 WHERE username = 'ps1'", drop_triggers=False)
    code, out, _ = run_cli("verify", "--db", str(db))
    assert code == 1 and "user ps1: active" in out
    FIG["application_changes_chained"] = 5


def test_a_user_edited_behind_the_applications_back_cannot_sign_in(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    with open_store(db) as s:
        s.add_user("admin1", "ps1", "PS One", "sergeant", "1357")
        s.add_user("admin1", "do1", "DO One", "detention_officer", "2468")
        assert s.authenticate("ps1", "1357").role == "sergeant"
    sql(db, "UPDATE users SET role = 'superintendent' WHERE username = 'ps1'",
        "INSERT INTO users (username, display_name, role, pin_hash, active, created_at) "
        "SELECT 'mallory', 'M', 'admin', pin_hash, 1, created_at FROM users WHERE username = 'ps1'",
        drop_triggers=False)
    with open_store(db) as s:
        for name in ("ps1", "mallory"):
            with pytest.raises(AuthError, match="changed outside the application"):
                s.authenticate(name, "1357")
        assert s.authenticate("do1", "2468").role == "detention_officer"  # the others still sign in
    FIG["edited_users_refused_at_sign_in"] = 2


def test_policy_changed_behind_the_applications_back_is_never_used(tmp_path: Path) -> None:
    """One INSERT or UPDATE of the policy row cut a report's findings: the figures used are the
    ones entered through the application (from the log), and verify names the change."""
    db = tmp_path / "c.sqlite3"
    with open_store(db) as s:
        s.set_policy(s.get_policy(), by="admin1")
        before = s.get_policy()
    sql(db, "UPDATE settings SET value = '{\"aa_request_minutes\": 600}' WHERE key = 'policy'",
        "INSERT INTO settings (key, value, updated_at) VALUES ('suite_name', 'Elsewhere', 'now')",
        drop_triggers=False)
    with open_store(db) as s:
        assert s.get_policy() == before
        assert s.get_setting("suite_name") is None
    code, out, _ = run_cli("verify", "--db", str(db))
    assert code == 1 and "policy figures" in out and "suite_name" in out
    FIG["edited_policy_never_used"] = True


def teardown_module() -> None:
    write_figures("store_honesty", {**FIG, "seconds": WATCH.seconds})
