"""The services guard themselves: the role check is inside, each action one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from custody_app.services import desk
from custody_app.store import Store, open_store

NOW = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
ADMIN = desk.Session("admin", "Admin Clarke", "admin")
SERGEANT = desk.Session("ps2190", "PS 2190 Khan", "sergeant")


@pytest.fixture
def store() -> Store:
    s = open_store(":memory:", clock=lambda: NOW)
    s.create_user("admin", "Admin Clarke", "admin", "0000")
    s.create_user("ps2190", "PS 2190 Khan", "sergeant", "2190")
    return s


def _booking() -> desk.Booking:
    child = desk.ChildDetails(surname="Doe", forenames="Sam", date_of_birth=date(2012, 2, 1), age_in_doubt=False,
                              looked_after=False, local_authority=None)
    return desk.Booking(child=child, arrested_at=NOW - timedelta(hours=1), reason="offence", offences=("theft",),
                        outside_force_area=False, force_used=False, arresting_officer="PC 1",
                        arrived_at=NOW - timedelta(minutes=40), authorised_at=NOW - timedelta(minutes=30),
                        grounds="to obtain evidence by questioning")


def test_a_sergeant_cannot_change_settings_or_users_through_the_services(store: Store) -> None:
    for action in (lambda: desk.save_settings(store, SERGEANT, "X", "Y", "CU", {}),
                   lambda: desk.add_user(store, SERGEANT, "do1", "DO 1", "detention_officer", "1234"),
                   lambda: desk.set_role(store, SERGEANT, "ps2190", "superintendent"),
                   lambda: desk.reset_pin(store, SERGEANT, "admin", "9999"),
                   lambda: desk.set_enabled(store, SERGEANT, "admin", False),
                   lambda: desk.save_settings(store, None, "X", "Y", "CU", {})):
        with pytest.raises(desk.DeskError, match="administrator"):
            action()
    assert store.get_setting("suite_name") is None
    assert {u.username: u.role for u in store.list_users()} == {"admin": "admin", "ps2190": "sergeant"}
    assert store.user_changes() == []


def test_settings_are_saved_together_or_not_at_all(store: Store) -> None:
    with pytest.raises(desk.DeskError):
        desk.save_settings(store, ADMIN, "Nuneaton", "Warwickshire", "CU", {"due_soon_minutes": -1})
    assert store.get_setting("suite_name") is None
    desk.save_settings(store, ADMIN, "Nuneaton", "Warwickshire", "NU", {"due_soon_minutes": 20})
    assert store.get_setting("suite_name") == "Nuneaton" and store.get_policy().due_soon_minutes == 20


def test_the_first_administrator_is_made_once_and_only_on_purpose() -> None:
    s = open_store(":memory:", clock=lambda: NOW)
    assert desk.needs_first_user(s)
    with pytest.raises(desk.DeskError):
        desk.sign_in(s, "anyone", "1234")  # typing a name and PIN makes nobody
    assert desk.needs_first_user(s)
    desk.first_administrator(s, "sysadmin", "Sys Admin", "4321", "4321")
    assert [(u.username, u.role) for u in s.list_users()] == [("sysadmin", "admin")]
    with pytest.raises(desk.DeskError, match="already has users"):
        desk.first_administrator(s, "other", "Other", "5555", "5555")


def test_an_administrator_cannot_lock_themselves_out(store: Store) -> None:
    with pytest.raises(desk.DeskError):
        desk.set_enabled(store, ADMIN, "admin", False)
    with pytest.raises(desk.DeskError):
        desk.set_role(store, ADMIN, "admin", "sergeant")


def test_a_booking_takes_its_number_in_the_record_transaction(store: Store) -> None:
    """A number that cannot be used is not taken: the next booking gets it."""
    from custody_app.domain import parse_document

    first = desk.book_in(store, SERGEANT, _booking(), NOW)
    assert first.custody_number == "CU-26-000001"
    doc = store.export_document(first.custody_number)
    doc["custody_number"] = "CU-26-000002"  # already in use (imported by hand)
    store.import_record(parse_document(doc))
    with pytest.raises(desk.DeskError, match="already in use"):
        desk.book_in(store, SERGEANT, _booking(), NOW)
    assert store.get_setting("last_custody_sequence") == "1"  # rolled back with the record


def test_a_detention_officer_cannot_book_in(store: Store) -> None:
    with pytest.raises(desk.DeskError):
        desk.book_in(store, desk.Session("do1", "DO 1", "detention_officer"), _booking(), NOW)
    assert store.all_numbers() == []


def test_each_action_is_checked_against_the_role_the_store_holds_now(store: Store) -> None:
    """A role remembered at sign-in is never trusted: demoted, the sergeant cannot authorise
    detention or charge; disabled, nothing they do is saved; a demoted administrator cannot
    change settings; a promotion counts at once."""
    record = desk.book_in(store, SERGEANT, _booking(), NOW)
    number = record.custody_number
    charge = {"type": "charged", "at": (NOW + timedelta(minutes=5)).isoformat(), "by": "PS 2190 Khan",
              "offences": ["theft"]}
    desk.set_role(store, ADMIN, "ps2190", "detention_officer")  # on another terminal, meanwhile
    with pytest.raises(desk.DeskError, match="custody officer"):
        desk.book_in(store, SERGEANT, _booking(), NOW)
    with pytest.raises(desk.DeskError, match="custody officer"):
        desk.add_entry(store, SERGEANT, number, charge, "pre_charge", NOW + timedelta(minutes=6))
    note = {"type": "note", "at": (NOW + timedelta(minutes=5)).isoformat(), "by": "PS 2190 Khan", "text": "ok"}
    desk.add_entry(store, SERGEANT, number, note, "pre_charge", NOW + timedelta(minutes=6))  # a DO may add a note
    desk.set_enabled(store, ADMIN, "ps2190", False)
    with pytest.raises(desk.DeskError, match="disabled"):
        desk.add_entry(store, SERGEANT, number, note, "pre_charge", NOW + timedelta(minutes=7))
    events = len(store.load_record(number).events)
    store.create_user("admin2", "Admin Two", "admin", "2222")
    desk.set_role(store, ADMIN, "admin2", "sergeant")
    with pytest.raises(desk.DeskError, match="administrator"):
        desk.save_settings(store, desk.Session("admin2", "Admin Two", "admin"), "X", "Y", "CU", {})
    assert store.get_setting("suite_name") is None
    assert len(store.load_record(number).events) == events and store.all_numbers() == [number]
    store.create_user("do9", "DO 9", "detention_officer", "9999")
    desk.set_role(store, ADMIN, "do9", "sergeant")
    assert desk.book_in(store, desk.Session("do9", "DO 9", "detention_officer"), _booking(), NOW)


def test_the_about_box_says_where_the_database_is_on_either_engine(db_target: str, engine: str) -> None:
    with open_store(db_target) as s:
        where = desk.store_location(s)
    if engine == "sqlite":
        assert where == db_target
    else:  # a suite server: its address, never its password
        assert where.startswith("the suite server ") and "in memory" not in where
        password = db_target.split("://", 1)[1].split("@", 1)[0].partition(":")[2]
        assert not password or password not in where
    assert desk.store_location(open_store(":memory:")).startswith("in memory")
