"""The administrator's use cases: the suite's names, the policy figures, the users.

Each is one call and one transaction, with the administrator check made here (not only
by the screen that offers it). The first user of a new database is made explicitly,
by `first_administrator`, from a screen that says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ...rules.policy import Policy, PolicyError
from .access import ROLE_TITLES, ROLES, DeskError, DeskStore, Session, as_stored, can_administer

MIN_PIN = 4


class AdminStore(DeskStore, Protocol):
    def list_users(self) -> Sequence[Any]: ...
    def set_policy(self, policy: Policy, by: str | None = None) -> Any: ...
    def set_setting(self, key: str, value: str, by: str | None = None) -> Any: ...
    def create_user(self, username: str, display_name: str, role: str, pin: str) -> Any: ...
    def add_user(self, by: str, username: str, display_name: str, role: str, pin: str) -> Any: ...
    def set_user_role(self, by: str, username: str, role: str) -> None: ...
    def reset_pin(self, by: str, username: str, pin: str) -> None: ...
    def set_user_enabled(self, by: str, username: str, enabled: bool) -> None: ...


@dataclass(frozen=True)
class UserLine:
    username: str
    display_name: str
    role: str
    active: bool

    @property
    def title(self) -> str:
        return ROLE_TITLES.get(self.role, self.role)


@dataclass(frozen=True)
class SuiteSettings:
    suite_name: str
    force_name: str
    custody_number_prefix: str
    policy: Policy


def _admin(store: AdminStore, session: Session | None) -> Session:
    """The administrator as the store holds them now (their role may have changed since sign-in)."""
    if session is not None:
        session = as_stored(store, session)
    if session is None or not can_administer(session):
        raise DeskError("Settings and users are changed by an administrator.")
    return session


def _pin(pin: str) -> None:
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise DeskError(f"A PIN is at least {MIN_PIN} digits.", "pin")


def _plain(exc: Exception) -> DeskError:
    text = str(exc) or "Refused."
    return DeskError(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))


def settings(store: AdminStore) -> SuiteSettings:
    return SuiteSettings(store.get_setting("suite_name") or "", store.get_setting("force_name") or "",
                         store.get_setting("custody_number_prefix") or "CU", store.get_policy())


def save_settings(store: AdminStore, session: Session | None, suite_name: str, force_name: str,
                  prefix: str, figures: Mapping[str, Any]) -> SuiteSettings:
    """The suite's names, custody number prefix and policy (the figures, and the offence table,
    marking and other choices when given), together or not at all."""
    _admin(store, session)
    try:
        policy = Policy.from_dict({**store.get_policy().to_dict(), **figures})  # (figures not shown kept)
    except PolicyError as exc:
        raise DeskError(str(exc)) from None
    prefix = prefix.strip() or "CU"
    if not prefix.replace("-", "").isalnum() or len(prefix) > 12:
        raise DeskError("The custody number prefix is letters and digits (at most 12).", "prefix")
    by = session.username if session is not None else None  # who: in the users and settings log
    with store.transaction():
        store.set_setting("suite_name", suite_name.strip(), by)
        store.set_setting("force_name", force_name.strip(), by)
        store.set_setting("custody_number_prefix", prefix, by)
        store.set_policy(policy, by)
    return settings(store)


def users(store: AdminStore) -> list[UserLine]:
    return [UserLine(str(u.username), str(u.display_name), str(u.role), bool(u.active))
            for u in store.list_users()]


def needs_first_user(store: AdminStore) -> bool:
    """A new database: nobody can sign in until its administrator is made."""
    return not list(store.list_users())


def first_administrator(store: AdminStore, username: str, display_name: str, pin: str, again: str) -> None:
    """The first user of a new database, an administrator, made on purpose (never from
    whatever was first typed on the sign-in page). Refused once any user exists."""
    if not username.strip():
        raise DeskError("Enter the administrator's user name.", "username")
    _pin(pin)
    if pin != again:
        raise DeskError("The two PINs differ: type the same PIN twice.", "again")
    with store.transaction():
        if not needs_first_user(store):
            raise DeskError("This database already has users: ask its administrator to add you.")
        _store_call(store.add_user, username.strip(), username.strip(),
                    display_name.strip() or username.strip(), "admin", pin)


def add_user(store: AdminStore, session: Session | None, username: str, display_name: str, role: str,
             pin: str) -> None:
    by = _admin(store, session)
    if not username.strip() or not display_name.strip():
        raise DeskError("Enter a user name and how they sign entries.",
                        "username" if not username.strip() else "display_name")
    if role not in ROLES:
        raise DeskError("Choose a role.", "role")
    _pin(pin)
    _store_call(store.add_user, by.username, username.strip(), display_name.strip(), role, pin)


def set_role(store: AdminStore, session: Session | None, username: str, role: str) -> None:
    by = _admin(store, session)
    if role not in ROLES:
        raise DeskError("Choose a role.", "role")
    with store.transaction():
        if username == by.username and role != "admin":
            raise DeskError("You cannot take away your own administrator role: ask another administrator.")
        _store_call(store.set_user_role, by.username, username, role)


def reset_pin(store: AdminStore, session: Session | None, username: str, pin: str) -> None:
    by = _admin(store, session)
    _pin(pin)
    _store_call(store.reset_pin, by.username, username, pin)


def set_enabled(store: AdminStore, session: Session | None, username: str, enabled: bool) -> None:
    by = _admin(store, session)
    if username == by.username and not enabled:
        raise DeskError("You cannot disable your own account: ask another administrator.")
    _store_call(store.set_user_enabled, by.username, username, enabled)


def _store_call(fn: Any, *args: Any) -> None:
    from ...store.errors import StoreError

    try:
        fn(*args)
    except StoreError as exc:  # a name taken, a user unknown: the store's words
        raise _plain(exc) from None
