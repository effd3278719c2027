"""Access (issue 7): each role does what its rank allows and nothing more; failed sign-ins lock
out as the policy says; the database and backups are readable by their owner only; the log
never holds a PIN.

The rank rules, written here from the law (not from the code under test):
a review before charge by an inspector or above (PACE s40(1)(b)); a review after charge by
the custody officer, a sergeant or above; an extension by a superintendent or above (s42);
the custody officer's decisions by a sergeant or above; an administrator changes settings and
users and makes no custody entry. Everything else may be entered by anyone signed in.

The command line signs nobody in (its commands are administrative, run by whoever may
open the database file): what protects them is the file's permissions, proved here.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from custody_app.cli import main as cli_main
from custody_app.domain import parse_document
from custody_app.domain.schema import EVENT_TYPES
from custody_app.services import desk
from custody_app.store import AuthError, open_store
from tests.builders import registered

from .conftest import EXAMPLES, FixedClock, Stopwatch, example_record, generated_docs, write_figures

pytestmark = pytest.mark.slow

RANK = {"detention_officer": 0, "healthcare": 0, "sergeant": 1, "inspector": 2, "superintendent": 3, "admin": None}
CUSTODY_OFFICER_DECISIONS = {
    "detention_authorised",        # PACE s37
    "charged", "bail_decision",    # s37(7), s38(1)
    "la_accommodation_requested", "la_response", "escalated", "certificate_issued",  # s38(6)
    "released", "transferred",
    "review_postponed",            # s40(4)
    "warrant_of_further_detention",
    "placement", "strip_search",   # Code C 8.8, Annex A
    "correction",                  # an amendment of the custody record
}
STAGES = ("pre_charge", "post_charge", "left")
FIGURES: dict[str, Any] = {}


def allowed(role: str, event_type: str, stage: str) -> bool:
    rank = RANK[role]
    if rank is None:  # administrator
        return False
    if event_type == "review":
        return rank >= (2 if stage == "pre_charge" else 1)
    if event_type == "extension_authorised":
        return rank >= 3
    if event_type in CUSTODY_OFFICER_DECISIONS:
        return rank >= 1
    return True


def _session(role: str) -> desk.Session:
    return desk.Session(f"u-{role}", f"{role} 1", role)


def test_the_roles_are_the_ones_the_rules_name() -> None:
    assert set(desk.ROLES) == set(RANK)
    assert desk.CUSTODY_OFFICER_TYPES == CUSTODY_OFFICER_DECISIONS


@pytest.fixture(scope="module", autouse=True)
def _write_figures() -> Iterator[None]:
    watch = Stopwatch()
    yield
    FIGURES["seconds"] = watch.seconds
    write_figures("access", FIGURES)


def test_every_gated_action_for_every_role_as_the_rank_rules_say() -> None:
    checked = 0
    for role in desk.ROLES:
        session = _session(role)
        for event_type in sorted(EVENT_TYPES):
            for stage in STAGES:
                why = desk.refusal(session, event_type, stage)
                assert (why is None) == allowed(role, event_type, stage), (role, event_type, stage, why)
                if why is not None:
                    assert why.endswith(".") and len(why) > 30
                checked += 1
        assert desk.can_administer(session) == (role == "admin")
    FIGURES["gate_cases"] = checked


@pytest.fixture
def desk_store() -> Iterator[Any]:
    now = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
    with open_store(":memory:", clock=lambda: now) as s:
        s.import_record(example_record(), "PS 1")
        for role in desk.ROLES:  # each action is checked against the user as stored
            session = _session(role)
            s.create_user(session.username, session.display_name, role, "2468")
        yield s


def test_the_desk_refuses_what_the_rank_does_not_allow_and_stores_nothing(desk_store: Any) -> None:
    """The application's path (add_entry, add_decision, book_in): a refused rank stores nothing,
    whatever the entry; an allowed rank is never refused for its rank."""
    from custody_app.rules import evaluate
    from custody_app.rules.policy import Policy

    number = example_record().custody_number
    at = max(e.at for e in desk_store.load_record(number).events)
    now = at + timedelta(hours=1)
    rank_messages = {desk.refusal(_session(r), t, s) for r in desk.ROLES for t in EVENT_TYPES for s in STAGES} - {None}
    checked = 0
    for role in desk.ROLES:
        session = _session(role)
        for event_type in sorted(EVENT_TYPES):
            for stage in STAGES:
                event = {"type": event_type, "id": f"x-{role}-{event_type}-{stage}", "at": at.isoformat(),
                         "by": session.signature, "text": "t"}
                before = desk_store.counts()
                for call in (lambda e=event, st=stage, se=session: desk.add_entry(desk_store, se, number, e, st, now),
                             lambda e=event, st=stage, se=session: desk.add_decision(desk_store, se, number, e, st,
                                                                                     now, Policy(), evaluate)):
                    try:
                        call()
                    except desk.DeskError as exc:
                        refused_for_rank = exc.message in rank_messages
                    else:
                        refused_for_rank = False
                    assert refused_for_rank == (not allowed(role, event_type, stage)), (role, event_type, stage)
                    if refused_for_rank:
                        assert desk_store.counts() == before
                    checked += 1
    FIGURES["desk_cases"] = checked


def test_booking_in_is_a_custody_officers_decision() -> None:
    from custody_app.services.desk.booking import Booking, ChildDetails

    now = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
    child = ChildDetails("Doe", "Sam", None, True, False, None)
    for role in desk.ROLES:
        with open_store(":memory:", clock=lambda: now) as s:
            booking = Booking(child, now - timedelta(hours=1), "offence", ("theft",), False, False, "PC 1",
                              now - timedelta(minutes=40), now - timedelta(minutes=30),
                              "to secure and preserve evidence")
            try:
                desk.book_in(s, registered(s, _session(role)), booking, now)
            except desk.DeskError:
                booked = False
            else:
                booked = True
            assert booked == allowed(role, "detention_authorised", "pre_charge"), role
            assert s.counts()[0] == int(booked)


# --- sign-in and lock-out ---------------------------------------------------------------------

def test_failed_sign_ins_lock_out_as_the_policy_says(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))  # across the autumn change
    db = tmp_path / "custody.sqlite3"
    with open_store(db, clock=clock) as s:
        s.create_user("ps1", "PS 1", "sergeant", "2468")
        policy = s.get_policy()
        limit, minutes = policy.failed_pin_limit, policy.pin_lockout_minutes
        assert limit >= 1 and minutes >= 1
        for _ in range(limit - 1):
            with pytest.raises(desk.DeskError, match="(?i)not recognised|wrong"):
                desk.sign_in(s, "ps1", "0000")
        assert desk.sign_in(s, "ps1", "2468").role == "sergeant"  # a right PIN resets the count
        for _ in range(limit):
            with pytest.raises(AuthError):
                s.authenticate("ps1", "1111")
        with pytest.raises(AuthError, match="locked") as info:
            s.authenticate("ps1", "2468")  # the right PIN, but locked
        assert info.value.locked_until == clock.now + timedelta(minutes=minutes)
        with pytest.raises(desk.DeskError, match="locked"):
            desk.sign_in(s, "ps1", "2468")
    clock.advance(minutes=minutes, seconds=-1)
    with open_store(db, clock=clock) as s:  # a restart does not lift the lock
        with pytest.raises(AuthError, match="locked for 1 more minute"):
            s.authenticate("ps1", "2468")
    clock.advance(seconds=1)
    with open_store(db, clock=clock) as s:
        assert s.authenticate("ps1", "2468").username == "ps1"
    FIGURES["lockout"] = {"failed_pin_limit": limit, "pin_lockout_minutes": minutes}


# --- files readable by their owner only --------------------------------------------------------

def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """umask 000: the store must not rely on the user's umask to keep its files private."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _cli(*argv: str) -> int:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        return cli_main(list(argv))


def test_database_and_backups_are_readable_by_their_owner_only(tmp_path: Path, open_umask: None) -> None:
    files: list[Path] = []
    db = tmp_path / "new-folder" / "custody.sqlite3"
    with open_store(db) as s:
        s.import_record(example_record(), "PS 1")
        files.append(db)
        open_files = [p for p in (Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()]
        assert open_files and all(_mode(p) == 0o600 for p in open_files), [oct(_mode(p)) for p in open_files]
        files.append(s.backup(tmp_path / "store-backup.sqlite3"))
        files.append(s.copy_aside("manual"))
    assert _mode(db.parent) & 0o077 == 0
    cli_db = tmp_path / "cli.sqlite3"
    assert _cli("import", *map(str, EXAMPLES), "--db", str(cli_db)) == 0
    assert _cli("backup", "--db", str(cli_db), "--to", str(tmp_path / "cli-backup.sqlite3")) == 0
    # a backup never overwrites a file, an earlier backup included (issue 12)
    assert _cli("backup", "--db", str(cli_db), "--to", str(tmp_path / "cli-backup.sqlite3")) == 2
    files += [cli_db, tmp_path / "cli-backup.sqlite3"]
    assert _cli("restore", str(tmp_path / "store-backup.sqlite3"), "--db", str(cli_db)) == 0
    files += sorted(tmp_path.glob("cli.sqlite3.before-restore*.bak"))
    exported = tmp_path / "record.json"
    assert _cli("export", example_record().custody_number, "--db", str(cli_db), "-o", str(exported)) == 0
    for path in files:
        assert path.exists(), path
        assert _mode(path) == 0o600, f"{path.name} is {oct(_mode(path))}, not 0600"
    assert not [p for p in tmp_path.rglob("*.sqlite3*") if _mode(p) & 0o077]
    FIGURES["private_files_checked"] = len(files) + len(open_files)


# --- the log never holds a PIN -------------------------------------------------------------

PINS = ("80417365", "4XQ7-9zK2", "60935")


def test_the_log_never_contains_a_pin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("PySide6")
    from custody_app import paths
    from custody_app.gui import crash

    log_home = tmp_path / "logs"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(paths, "log_dir", lambda: log_home)
    monkeypatch.setattr(crash, "log_dir", lambda: log_home)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    boxes: list[str] = []  # the crash dialog's words, recorded instead of shown (no modal loop in a test)
    from PySide6.QtWidgets import QMessageBox  # (the hook imports it when it shows the box)

    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    before = list(crash.log.handlers)
    log_path = crash.setup_logging()
    assert log_path.parent == log_home
    try:
        crash.install(log_path)
        db = tmp_path / "custody.sqlite3"
        with open_store(db) as s:
            s.create_user("ps2190", "PS 2190", "sergeant", PINS[2])
            s.create_user("insp77", "Insp 77", "inspector", PINS[1])
            for user, pin in (("ps2190", PINS[0]), ("insp77", PINS[0]), ("nobody", PINS[1]), ("ps2190", PINS[1])):
                with pytest.raises(desk.DeskError) as info:
                    desk.sign_in(s, user, pin)
                assert pin not in info.value.message
                crash.log.warning("sign-in refused: %s", info.value.message)
            for _ in range(6):  # through to the lock-out
                with contextlib.suppress(desk.DeskError):
                    desk.sign_in(s, "insp77", PINS[0])

            def failing_sign_in(username: str, pin: str) -> None:
                s.authenticate(username, pin)
                raise RuntimeError("the desk failed after signing in")

            for pin in (PINS[2], PINS[0]):  # the crash dialog's path: an unhandled error, logged
                try:
                    failing_sign_in("ps2190", pin)
                except Exception:
                    sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        for handler in crash.log.handlers:
            handler.flush()
    finally:
        for handler in [h for h in crash.log.handlers if h not in before]:
            crash.log.removeHandler(handler)
            handler.close()
    shown = capsys.readouterr()
    logged = "".join(p.read_text(encoding="utf-8", errors="replace") for p in log_home.rglob("*") if p.is_file())
    assert "unhandled error" in logged and "RuntimeError" in logged and "sign-in refused" in logged
    for pin in PINS:
        assert pin not in logged, f"the log holds the PIN {pin}"
        assert pin not in shown.err + shown.out + "".join(boxes)
    FIGURES["log_lines_checked"] = logged.count("\n")


def test_a_sign_in_error_never_echoes_the_pin() -> None:
    with open_store(":memory:") as s:
        s.create_user("ps1", "PS 1", "sergeant", PINS[0])
        for pin in PINS:
            for user in ("ps1", "nobody", " ps1 "):
                with contextlib.suppress(desk.DeskError):
                    desk.sign_in(s, user, pin)
                try:
                    s.authenticate(user, pin + "x")
                except AuthError as exc:
                    assert pin not in str(exc)


def test_generated_records_are_stored_privately_too(tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "g.sqlite3"
    with open_store(db) as s:
        for doc in generated_docs(3, seed=5):
            s.import_record(parse_document(doc), "PS 1")
    assert _mode(db) == 0o600
    assert logging.getLogger("custody_app").level in (logging.NOTSET, logging.INFO, logging.WARNING)
