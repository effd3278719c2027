"""Users (Argon2id, lock-out kept in the database) and settings (policy figures)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from custody_app.rules.policy import DEFAULT_POLICY
from custody_app.store import ROLES, AuthError, Store, StoreError, open_store

from .conftest import FixedClock


def test_roles_are_exact() -> None:
    assert ROLES == ("detention_officer", "sergeant", "inspector", "superintendent", "healthcare", "admin")


def test_pin_is_hashed_with_argon2id(store: Store, db_path: Path) -> None:
    store.create_user("ps2190", "PS 2190 Khan", "sergeant", "4711")
    (stored,) = store.conn.execute("SELECT pin_hash FROM users").fetchone()
    assert stored.startswith("$argon2id$") and "4711" not in stored
    assert b"4711" not in db_path.read_bytes() + Path(f"{db_path}-wal").read_bytes()
    user = store.authenticate("ps2190", "4711")
    assert (user.username, user.role, user.active) == ("ps2190", "sergeant", True)
    with pytest.raises(StoreError):
        store.create_user("ps2190", "again", "sergeant", "1234")
    with pytest.raises(StoreError, match="role"):
        store.create_user("x", "x", "constable", "1234")
    with pytest.raises(StoreError, match="PIN"):
        store.create_user("y", "y", "sergeant", "12")


def test_lockout_after_failed_attempts(db_target: str, clock: FixedClock) -> None:
    db_path = db_target  # an SQLite file, or a suite server
    with open_store(db_path, clock=clock) as s:
        s.set_policy(replace(DEFAULT_POLICY, failed_pin_limit=3, pin_lockout_minutes=10))
        s.create_user("insp77", "Insp 77", "inspector", "2468")
        for _ in range(3):
            with pytest.raises(AuthError, match="wrong"):
                s.authenticate("insp77", "0000")
    with open_store(db_path, clock=clock) as s:  # the lock survives a restart
        with pytest.raises(AuthError, match="locked") as err:
            s.authenticate("insp77", "2468")  # even the right PIN
        assert err.value.locked_until is not None
        clock.advance(minutes=9)
        with pytest.raises(AuthError, match="locked"):
            s.authenticate("insp77", "2468")
        clock.advance(minutes=2)
        assert s.authenticate("insp77", "2468").username == "insp77"
        with pytest.raises(AuthError, match="wrong"):
            s.authenticate("nobody", "2468")


def test_inactive_user_cannot_sign_in(mem_store: Store) -> None:
    store = mem_store
    store.create_user("hc1", "Nurse", "healthcare", "9999")
    store.set_user_active("hc1", False)
    with pytest.raises(AuthError, match="not an active"):
        store.authenticate("hc1", "9999")
    assert [(u.username, u.active) for u in store.list_users()] == [("hc1", False)]
    store.set_user_active("hc1", True)
    assert store.authenticate("hc1", "9999").role == "healthcare"


def test_settings_and_policy(mem_store: Store) -> None:
    store = mem_store
    assert store.get_policy() == DEFAULT_POLICY
    assert store.get_setting("suite") is None
    store.set_setting("suite", "Leamington Spa")
    store.set_setting("suite", "Nuneaton")
    assert store.get_setting("suite") == "Nuneaton"
    changed = replace(DEFAULT_POLICY, welfare_notice_minutes=45)
    store.set_policy(changed)
    assert store.get_policy() == changed
