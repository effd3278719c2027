"""Who may do what: roles, sessions, sign-in and the rank gates."""


from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ...domain import Record
    from ...rules.assessment import Assessment
    from ...rules.policy import Policy

FORMAT = "custody-record/1"

ROLES = ("detention_officer", "sergeant", "inspector", "superintendent", "healthcare", "admin")
ROLE_TITLES = {
    "detention_officer": "Detention officer", "sergeant": "Sergeant", "inspector": "Inspector",
    "superintendent": "Superintendent", "healthcare": "Healthcare professional", "admin": "Administrator",
}
_LADDER = {"detention_officer": 0, "healthcare": 0, "sergeant": 1, "inspector": 2, "superintendent": 3}

# Decisions of the custody officer (a sergeant or above): PACE s37, s38, s40(4) and Code C 8.
CUSTODY_OFFICER_TYPES = frozenset({
    "detention_authorised", "charged", "bail_decision", "la_accommodation_requested", "la_response",
    "escalated", "certificate_issued", "released", "transferred", "review_postponed",
    "warrant_of_further_detention", "placement", "strip_search", "correction",
})


class DeskError(Exception):
    """A refusal the desk shows as it stands: plain words, what to do next. `field` names
    the form field at fault, when one is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class DeskStore(Protocol):
    """The part of custody_app.store.Store the desk uses."""

    def create_record(self, record: Record, user: str) -> Any: ...
    def append_event(self, number: str, event: dict[str, Any], user: str) -> Record: ...
    def load_record(self, number: str) -> Record | None: ...
    def in_custody(self) -> list[Record]: ...
    def authenticate(self, username: str, pin: str) -> Any: ...
    def get_policy(self) -> Policy: ...
    def get_setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> Any: ...
    def next_custody_sequence(self) -> int: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def store_head(self) -> Any: ...  # .code: "STORE:N:H", printed on the shift paper
    def list_users(self) -> Sequence[Any]: ...


Evaluate = Callable[["Record", datetime, "Policy"], "Assessment"]


# --- sign in and ranks ---------------------------------------------------------

@dataclass(frozen=True)
class Session:
    username: str
    display_name: str
    role: str

    @property
    def signature(self) -> str:
        """What goes in every entry's `by`."""
        return self.display_name or self.username

    @property
    def title(self) -> str:
        return ROLE_TITLES.get(self.role, self.role)


def sign_in(store: DeskStore, username: str, pin: str) -> Session:
    """The signed-in user, or DeskError with the store's reason (wrong PIN, locked)."""
    if not username.strip() or not pin:
        raise DeskError("Enter your user name and PIN.", "username" if not username.strip() else "pin")
    from ...store.errors import StoreError

    try:
        user = store.authenticate(username.strip(), pin)
    except StoreError as exc:  # the store's refusal (wrong PIN, locked out, disabled) is for the user
        text = str(exc) or "Sign in refused."
        raise DeskError(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."), "pin") from None
    if user is None:
        raise DeskError("User name or PIN not recognised.", "pin")
    return Session(_attr(user, "username"), _attr(user, "display_name"), _attr(user, "role"))


def as_stored(store: DeskStore, session: Session) -> Session:
    """The signed-in user as the store holds them now: each action is checked against the
    role they have now (an administrator may have changed it, or disabled them, since they
    signed in), never the one remembered at sign-in."""
    user = next((u for u in store.list_users() if _attr(u, "username") == session.username), None)
    if user is None or not bool(user["active"] if isinstance(user, Mapping) else user.active):
        raise DeskError("Your account has been disabled since you signed in: nothing was saved. "
                        "Ask an administrator.")
    return Session(session.username, _attr(user, "display_name"), _attr(user, "role"))


def _attr(obj: Any, name: str) -> str:
    value = obj[name] if isinstance(obj, Mapping) else getattr(obj, name)
    return str(value)


def refusal(session: Session, event_type: str, stage: str) -> str | None:
    """Why this user may not make this entry now (None: they may)."""
    role = session.role
    if role == "admin":
        return "An administrator account changes settings; it does not make custody entries."
    rank = _LADDER.get(role, 0)
    if event_type == "review":
        if stage == "pre_charge" and rank < 2:
            return "A review before charge is made by an inspector or above (PACE s40(1)(b)). Ask the duty inspector to sign in."
        if rank < 1:
            return "A review after charge is made by the custody officer (a sergeant or above)."
    if event_type == "extension_authorised" and rank < 3:
        return "An extension of detention is authorised by a superintendent or above (PACE s42)."
    if event_type in CUSTODY_OFFICER_TYPES and rank < 1:
        return "This is a custody officer's decision: a sergeant or above must sign in to record it."
    return None


def rank_for(session: Session) -> str:
    """The `rank` field of a review or extension made by this user."""
    return {"superintendent": "superintendent", "inspector": "inspector"}.get(session.role, "sergeant")


def can_administer(session: Session) -> bool:
    return session.role == "admin"




# --- what the views read (each one store call) ----------------------------------------

class ReadStore(DeskStore, Protocol):
    def event_meta(self, number: str) -> list[tuple[int, datetime, str | None]]: ...


def policy(store: DeskStore) -> Policy:
    """The suite's policy figures."""
    return store.get_policy()


def setting(store: DeskStore, key: str, default: str = "") -> str:
    """One of the suite's settings (its names, the custody number prefix)."""
    return store.get_setting(key) or default


def children_in_custody(store: DeskStore) -> dict[str, str]:
    """Custody number -> the child's name, for every child in custody as stored."""
    return {r.custody_number: r.child.name for r in store.in_custody()}


def store_location(store: DeskStore) -> str:
    """Where the desk's database is, in words (a suite server's address without its password)."""
    if getattr(store, "engine", "sqlite") == "postgresql":
        return f"the suite server {store.url.shown}"  # type: ignore[attr-defined]
    path = getattr(store, "path", None)
    return str(path) if path else "in memory (nothing is kept after closing)"


def entry_times(store: ReadStore, number: str) -> list[tuple[int, datetime, str | None]]:
    """(index, stored at, stored by) of each entry of a record: the timeline's "entered" times."""
    return list(store.event_meta(number))
