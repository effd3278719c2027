"""Several terminals on one store: custody numbers never given twice, a lock-out that holds at
every terminal, another terminal's entry seen through the change feed, and the server itself
killed (SIGKILL) while terminals write: nothing acknowledged lost, every chain intact."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import replace

import pytest

from custody_app.rules.policy import DEFAULT_POLICY
from custody_app.store import AuthError, open_store
from custody_app.store.changes import ChangeFeed
from custody_app.store.pg_engine import ServerDown
from tests.pg_cluster import Cluster
from tests.reliability.conftest import subprocess_env
from tests.store.conftest import example_record
from tests.store.test_crash_concurrency import NUMBER, _check, _writer

NOTE = {"type": "note", "at": "2026-03-28T09:00:00Z", "by": "PS 1", "text": "checked"}
TAKE = "import sys; from custody_app.store import open_store\n" \
       "with open_store(sys.argv[1], create=False) as s:\n" \
       "    for _ in range(40): print(s.next_custody_sequence(), flush=True)\n"


def test_custody_numbers_are_never_given_twice(db_target: str) -> None:
    with open_store(db_target) as s:
        s.set_setting("suite_name", "Northtown")
    procs = [subprocess.Popen([sys.executable, "-c", TAKE, db_target], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=subprocess_env()) for _ in range(4)]
    taken: list[int] = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        taken += [int(x) for x in out.split()]
    assert len(taken) == 160 and len(set(taken)) == 160
    with open_store(db_target) as s:
        assert s.next_custody_sequence() > max(taken)


def test_a_lock_out_holds_at_every_terminal(db_target: str) -> None:
    with open_store(db_target) as a, open_store(db_target) as b:
        a.set_policy(replace(DEFAULT_POLICY, failed_pin_limit=3, pin_lockout_minutes=10))
        a.create_user("insp77", "Insp 77", "inspector", "2468")
        for terminal in (a, b, a):  # wrong PINs typed at two terminals count together
            with pytest.raises(AuthError, match="wrong"):
                terminal.authenticate("insp77", "0000")
        for terminal in (a, b):
            with pytest.raises(AuthError, match="locked"):
                terminal.authenticate("insp77", "2468")


def test_another_terminals_entry_comes_through_the_feed(db_target: str) -> None:
    with open_store(db_target) as s:
        s.import_record(example_record(), "PS 1")
    with ChangeFeed(db_target) as feed:
        assert feed.wait(0.1) == []
        writer = subprocess.Popen([sys.executable, "-c",
                                   "import sys, json; from custody_app.store import open_store\n"
                                   "with open_store(sys.argv[1], create=False) as s:\n"
                                   f"    s.append_event({NUMBER!r}, json.loads(sys.argv[2]), 'PS 2')\n",
                                   db_target, __import__("json").dumps(NOTE)], env=subprocess_env())
        assert writer.wait(60) == 0
        assert feed.wait(30) == [NUMBER]
        assert feed.wait(0.1) == []  # told once


def test_the_feed_catches_up_after_the_server_comes_back(pg_cluster: Cluster, app_url: str) -> None:
    with open_store(app_url) as s:
        s.import_record(example_record(), "PS 1")
    feed = ChangeFeed(app_url)
    try:
        pg_cluster.kill()
        with pytest.raises(ServerDown, match="cannot be reached"):
            feed.wait(5)
        pg_cluster.start()
        with open_store(app_url) as s:  # written while this terminal's feed was away
            s.append_event(NUMBER, NOTE, "PS 2")
        assert feed.wait(5) == [NUMBER]
    finally:
        feed.close()


def test_a_terminal_says_the_server_is_gone_and_reconnects_by_itself(pg_cluster: Cluster, app_url: str) -> None:
    with open_store(app_url) as s:
        s.import_record(example_record(), "PS 1")
        pg_cluster.kill()
        with pytest.raises(ServerDown) as down:
            s.load_record(NUMBER)
        assert "cannot be reached (since " in str(down.value) and down.value.since is not None
        with pytest.raises(ServerDown):  # still gone: the same time since
            s.append_event(NUMBER, NOTE, "PS 1")
        assert s.down_since == down.value.since
        pg_cluster.start()
        record = s.append_event(NUMBER, NOTE, "PS 1")  # the next call connects again
        assert s.down_since is None
        assert len(record.events) == len(example_record().events) + 1
        assert s.verify() == []


def test_killing_the_server_while_terminals_write_loses_nothing_acknowledged(pg_cluster: Cluster,
                                                                            app_url: str) -> None:
    with open_store(app_url) as s:
        s.import_record(example_record(), "PS 1")
    notes: set[str] = set()
    imports: set[str] = set()
    for round_ in range(3):
        procs = [_writer(app_url, f"r{round_}{tag}", 10_000, imports=True) for tag in "ab"]
        for p in procs:  # each has committed a few
            assert p.stdout is not None
            for _ in range(5):
                kind, name = p.stdout.readline().split()
                (notes if kind == "note" else imports).add(name)
        pg_cluster.kill()  # a power cut of the server, mid-write
        for p in procs:
            out, err = p.communicate(timeout=60)
            assert p.returncode != 0  # the writer was told the server went
            for line in out.splitlines():
                kind, name = line.split()
                (notes if kind == "note" else imports).add(name)
            assert "cannot be reached" in err or "server" in err, err
        pg_cluster.start()
        _check(app_url, notes, imports)
    assert len(notes) + len(imports) >= 30


def test_four_terminals_on_shared_records(db_target: str) -> None:
    """The two-terminal proof with four: a short run here (CUSTODY_PROOF_SECONDS, 8 s by
    default); benchmarks/terminals.py runs the 60 s one."""
    from tests.server.terminals_proof import run_proof

    seconds = float(os.environ.get("CUSTODY_PROOF_SECONDS", "8"))
    figures = run_proof(db_target, seconds=seconds, terminals=4)
    assert figures["lost"] == 0 and figures["duplicated"] == 0 and figures["interleavings"] > 0


def test_a_reader_never_sees_half_a_write(app_url: str) -> None:
    """While one terminal writes, another reads: every snapshot's chain verifies."""
    with open_store(app_url) as s:
        s.import_record(example_record(), "PS 1")
    stop = threading.Event()
    problems: list[str] = []

    def read() -> None:
        with open_store(app_url) as r:
            while not stop.is_set():
                rec = r.load_record(NUMBER)
                assert rec is not None
                problems.extend(str(p) for p in r.verify())
                time.sleep(0.01)

    t = threading.Thread(target=read)
    t.start()
    try:
        with open_store(app_url) as w:
            for _ in range(40):
                w.append_event(NUMBER, NOTE, "PS 1")
    finally:
        stop.set()
        t.join()
    assert problems == []


def test_a_connection_lost_at_commit_is_said_to_be_uncertain(pg_cluster: Cluster, server_db: str,
                                                             app_url: str) -> None:
    from custody_app.services.live import refusal_words

    with open_store(app_url) as s:
        s.import_record(example_record(), "PS 1")
        raw_execute = s.conn.execute

        def cut_at_commit(text: str, params: object = None) -> object:
            if text == "COMMIT":  # the server's end of this connection goes just as it commits
                pg_cluster.psql(server_db, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE application_name = 'custody-app' AND usename = 'custody_app'")
            return raw_execute(text, params)  # type: ignore[arg-type]

        s.conn.execute = cut_at_commit  # type: ignore[method-assign]
        with pytest.raises(ServerDown) as lost:
            s.append_event(NUMBER, NOTE, "PS 1")
        assert lost.value.uncertain and "may not have been saved" in str(lost.value)
        assert "look at the record before saving it again" in refusal_words(lost.value)
        s.conn.execute = raw_execute  # type: ignore[method-assign]
        assert s.reconnect()
        assert len(s.load_record(NUMBER).events) == len(example_record().events)  # type: ignore[union-attr]
        assert s.verify() == []
