"""The server keeps the rules too: init-server, the application role, the triggers, the
schema check, tampering found by verify, and bad input refused in one line."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest

from custody_app.cli import main
from custody_app.store import StoreError, open_store
from custody_app.store.pg_engine import init_server
from custody_app.store.pg_schema import PG_MIGRATION_NAMES
from tests.pg_cluster import Cluster
from tests.reliability.conftest import subprocess_env
from tests.store.conftest import example_record

NUMBER = "EX-26-000001"


def _stored(app_url: str) -> dict[str, object]:
    with open_store(app_url) as s:
        s.import_record(example_record(), "PS 1")
        return s.export_document(NUMBER)


def test_init_server_prepares_then_is_up_to_date(pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_cluster.url(pg_cluster.new_database(prepared=False))
    assert main(["init-server", url]) == 0
    assert "schema 0001_suite_server applied" in capsys.readouterr().out
    assert main(["init-server", url]) == 0
    assert "up to date" in capsys.readouterr().out
    with open_store(url) as s:
        assert s.schema_version() == list(PG_MIGRATION_NAMES)


@pytest.mark.parametrize("sql", [
    "UPDATE events SET body = '{}' WHERE seq = 0",
    "UPDATE events SET recorded_by = 'someone else'",
    "DELETE FROM events WHERE seq = 1",
    "TRUNCATE events CASCADE",
    "UPDATE records SET header = '{}'",
    "DELETE FROM records",
    "UPDATE ledger SET event_count = 1",
    "DELETE FROM ledger",
    "TRUNCATE ledger",
])
def test_changes_are_refused_by_the_role_and_by_the_triggers(pg_cluster: Cluster, server_db: str,
                                                             app_url: str, sql: str) -> None:
    before = _stored(app_url)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the terminals' role: no right to
        pg_cluster.psql(server_db, sql, user="custody_app")
    with pytest.raises(psycopg.errors.RaiseException, match="cannot be changed or deleted"):
        pg_cluster.psql(server_db, sql)  # the owner: the triggers
    with open_store(app_url) as s:
        assert s.export_document(NUMBER) == before
        assert s.verify() == []


def test_the_application_role_cannot_drop_the_rules(pg_cluster: Cluster, server_db: str, app_url: str) -> None:
    _stored(app_url)
    for sql in ("DROP TRIGGER events_no_change ON events", "ALTER TABLE events DISABLE TRIGGER ALL",
                "DROP TABLE events CASCADE", "CREATE TABLE mine (x int)"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pg_cluster.psql(server_db, sql, user="custody_app")


def test_tampering_by_the_owner_is_named_by_verify(pg_cluster: Cluster, server_db: str, app_url: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _stored(app_url)
    pg_cluster.psql(server_db, "ALTER TABLE events DISABLE TRIGGER USER")
    pg_cluster.psql(server_db, "UPDATE events SET body = replace(body, '\"at\"', '\"at\" ') WHERE seq = 3")
    pg_cluster.psql(server_db, "UPDATE events SET recorded_by = 'someone else' WHERE seq = 5")
    pg_cluster.psql(server_db, "DELETE FROM events WHERE seq = 9")
    with open_store(app_url) as s:
        found = {(p.event_index, p.what.split(" (")[0]) for p in s.verify()}
    assert (3, "the stored content no longer matches its hash") in found
    assert (5, "when or by whom the event was entered was changed") in found
    assert (9, "the event was deleted") in found
    assert main(["verify", "--db", app_url]) == 1
    assert "MISMATCH EX-26-000001 events[9]: the event was deleted" in capsys.readouterr().out


def test_a_newer_server_schema_is_refused_and_left_unchanged(pg_cluster: Cluster, server_db: str,
                                                             app_url: str, admin_url: str) -> None:
    _stored(app_url)
    pg_cluster.psql(server_db, "INSERT INTO custody_schema VALUES ('0099_from_the_future', 'x')")
    with pytest.raises(StoreError, match="newer version of custody-app"):
        open_store(app_url)
    with pytest.raises(StoreError, match="newer version of custody-app"):
        init_server(admin_url)
    assert "0099_from_the_future" in pg_cluster.psql(server_db, "SELECT name FROM custody_schema")
    assert pg_cluster.psql(server_db, "SELECT count(*) FROM events") == str(len(example_record().events))


def test_an_older_server_schema_asks_for_init_server(pg_cluster: Cluster, server_db: str, app_url: str) -> None:
    pg_cluster.psql(server_db, "DELETE FROM custody_schema")  # as if made before the first migration
    pg_cluster.psql(server_db, "INSERT INTO custody_schema VALUES ('0000_older', 'x')")
    with pytest.raises(StoreError, match="newer version"):  # an unknown name is never guessed at
        open_store(app_url)
    pg_cluster.psql(server_db, "DELETE FROM custody_schema")
    with pytest.raises(StoreError, match="init-server"):
        open_store(app_url)


def test_a_database_with_other_tables_is_not_taken_over(pg_cluster: Cluster) -> None:
    name = pg_cluster.new_database(prepared=False)
    pg_cluster.psql(name, "CREATE TABLE payroll (id int)")
    with pytest.raises(StoreError, match="already holds other tables"):
        init_server(pg_cluster.url(name))
    assert pg_cluster.psql(name, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "1"


@pytest.mark.parametrize(("args", "words"), [
    (["verify", "--db", "postgresql:///nodb?host=/nonexistent/socket"], "cannot be reached"),
    (["export", "X", "--db", "postgresql://nobody@localhost:1/custody?connect_timeout=2"], "cannot be reached"),
    (["init-server", "/tmp/not-a-url.sqlite3"], "is not a server URL"),
    (["init-server", "postgresql:///x?host=/nonexistent"], "cannot reach the server"),
    (["copy-store", "--from", "/nonexistent/a.sqlite3", "--to", "/tmp/b.sqlite3"], "no database"),
])
def test_bad_server_input_is_one_line(args: list[str], words: str) -> None:
    r = subprocess.run([sys.executable, "-m", "custody_app.cli", *args], capture_output=True, text=True, env=subprocess_env(), timeout=60)
    assert r.returncode == 2, r.stderr
    assert words in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_a_missing_database_on_a_live_server(pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--db", pg_cluster.url("no_such_db", "custody_app")]) == 2
    assert "there is no database" in capsys.readouterr().err


def test_a_password_in_the_url_is_never_shown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--db", "postgresql://ps1:s3cret@/custody?host=/nonexistent&connect_timeout=1"]) == 2
    err = capsys.readouterr().err
    assert "s3cret" not in err and "ps1@" in err


@pytest.mark.parametrize(("sql", "what"), [
    ("INSERT INTO events (record_id, seq, body, recorded_at, recorded_by, chain, seal) "
     "SELECT record_id, 99, body, recorded_at, recorded_by, chain, seal FROM events WHERE seq = 0",
     "inserted outside the application"),
    ("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)", "the event was deleted"),
    ("UPDATE records SET header = replace(header, 'EX-26', 'EX-26')||' '", "was changed"),
    ("UPDATE ledger SET event_count = event_count + 1", "write ledger entry 1 was changed"),
    ("DELETE FROM ledger", "not in the write ledger"),
])
def test_more_tampering_is_named(pg_cluster: Cluster, server_db: str, app_url: str, sql: str, what: str) -> None:
    _stored(app_url)
    for table in ("events", "records", "ledger"):
        pg_cluster.psql(server_db, f"ALTER TABLE {table} DISABLE TRIGGER USER")
    pg_cluster.psql(server_db, sql)
    with open_store(app_url) as s:
        problems = [str(p) for p in s.verify()]
    assert any(what in p for p in problems), problems


def test_an_unknown_role_is_a_refusal_not_a_server_gone(pg_cluster: Cluster, server_db: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--db", pg_cluster.url(server_db, "nobody")]) == 2
    err = capsys.readouterr().err
    assert "refused this terminal" in err and "cannot be reached" not in err


def test_a_role_changed_behind_the_applications_back_is_named_and_grants_nothing(
        pg_cluster: Cluster, server_db: str, app_url: str) -> None:
    with open_store(app_url) as s:
        s.create_user("do1", "DO 1", "detention_officer", "2468")
        s.set_setting("suite_name", "Northtown")
        assert s.verify() == []
    pg_cluster.psql(server_db, "UPDATE users SET role = 'superintendent' WHERE username = 'do1'")
    pg_cluster.psql(server_db, "UPDATE settings SET value = 'Elsewhere' WHERE key = 'suite_name'")
    with open_store(app_url) as s:
        found = [str(p) for p in s.verify()]
        assert any("user do1: role changed outside the application" in p for p in found), found
        assert any("setting suite_name changed outside the application" in p for p in found), found
        assert s.get_setting("suite_name") == "Northtown"  # the log's value, not the table's
        with pytest.raises(StoreError):
            s.authenticate("do1", "2468")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        pg_cluster.psql(server_db, "DELETE FROM admin_log", user="custody_app")
    with pytest.raises(psycopg.errors.RaiseException, match="cannot be changed or deleted"):
        pg_cluster.psql(server_db, "DELETE FROM admin_log")


@pytest.mark.parametrize(("sql", "what"), [
    ("DROP TRIGGER events_no_change ON events", "the trigger events_no_change is missing"),
    ("ALTER TABLE ledger DISABLE TRIGGER ledger_no_change", "the trigger ledger_no_change on ledger is switched off"),
    ("CREATE OR REPLACE FUNCTION custody_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; "
     "END $$", "the function custody_refuse_change was changed"),
    ("CREATE FUNCTION swallow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$; "
     "CREATE TRIGGER quietly BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION swallow()",
     "an unknown trigger quietly is there"),
    ("DROP INDEX record_state_arrived", "the index record_state_arrived is missing"),
    ("CREATE TABLE extra (x int)", "an unknown table extra is there"),
])
def test_a_changed_server_schema_is_named_by_verify(pg_cluster: Cluster, server_db: str, app_url: str,
                                                    sql: str, what: str) -> None:
    _stored(app_url)
    with open_store(app_url) as s:
        assert [p for p in s.verify() if p.kind == "schema"] == []
    pg_cluster.psql(server_db, sql)
    with open_store(app_url) as s:
        problems = [str(p) for p in s.verify()]
    assert any(what in p for p in problems), problems
