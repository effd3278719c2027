"""What every view shares: the store, the clock, the engine, the signed-in user."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..services import desk
from .clock import Clock

if TYPE_CHECKING:
    from ..domain import Record
    from ..rules.assessment import Assessment
    from ..rules.policy import Policy


class DeskContext(QObject):
    changed = Signal(str)  # a record changed (its custody number); "" for settings
    session_changed = Signal()

    def __init__(self, store: Any, clock: Clock, evaluate: desk.Evaluate | None = None) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        self._evaluate = evaluate
        self.session: desk.Session | None = None
        self._policy: Policy | None = None

    @property
    def evaluate(self) -> desk.Evaluate:
        """The engine, loaded when first needed (after the sign-in page is painted)."""
        if self._evaluate is None:
            from ..rules.engine import evaluate

            self._evaluate = evaluate
        return self._evaluate

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = desk.policy(self.store)
        return self._policy

    def reload_settings(self) -> None:
        self._policy = None
        self.changed.emit("")

    def setting(self, key: str, default: str = "") -> str:
        return desk.setting(self.store, key, default)

    def sign_in(self, username: str, pin: str) -> desk.Session:
        self.session = desk.sign_in(self.store, username, pin)
        self.session_changed.emit()
        return self.session

    def sign_out(self) -> None:
        self.session = None
        self.session_changed.emit()

    def children_in_custody(self) -> dict[str, str]:
        """Custody number -> name, as stored (what the board must show)."""
        return desk.children_in_custody(self.store)

    def store_location(self) -> str:
        return desk.store_location(self.store)

    def board(self) -> list[desk.BoardRow]:
        """Every child in custody, judged by the engine now."""
        return desk.board(self.store, self.clock.now(), self.policy, self.evaluate)

    # --- the administrator's changes (each one service call, checked there) -----------
    def needs_first_user(self) -> bool:
        return desk.needs_first_user(self.store)

    def first_administrator(self, username: str, display_name: str, pin: str, again: str) -> None:
        desk.first_administrator(self.store, username, display_name, pin, again)
        self.changed.emit("")

    def suite_settings(self) -> desk.SuiteSettings:
        return desk.settings(self.store)

    def save_settings(self, suite: str, force: str, prefix: str, figures: Mapping[str, Any]) -> None:
        desk.save_settings(self.store, self.session, suite, force, prefix, figures)
        self.reload_settings()

    def users(self) -> list[desk.UserLine]:
        return desk.users(self.store)

    def add_user(self, username: str, display_name: str, role: str, pin: str) -> None:
        desk.add_user(self.store, self.session, username, display_name, role, pin)

    def set_role(self, username: str, role: str) -> None:
        desk.set_role(self.store, self.session, username, role)

    def reset_pin(self, username: str, pin: str) -> None:
        desk.reset_pin(self.store, self.session, username, pin)

    def set_enabled(self, username: str, enabled: bool) -> None:
        desk.set_enabled(self.store, self.session, username, enabled)

    def shift_document(self, kind: str) -> desk.Document:
        """The handover sheet or the downtime pack, for every child in custody now."""
        return desk.shift_document(self.store, self.session, kind, self.clock.now(), self.policy)

    def event_meta(self, number: str) -> list[tuple[int, datetime, str | None]]:
        """When and by whom each entry was stored (the timeline's "entered" times)."""
        return desk.entry_times(self.store, number)

    def load(self, number: str) -> tuple[Record, Assessment]:
        record = desk.load(self.store, number)
        return record, self.evaluate(record, self.clock.now(), self.policy)

    def add_entry(self, number: str, event: Mapping[str, Any], stage: str) -> Record:
        if self.session is None:
            raise desk.DeskError("Sign in first.")
        record = desk.add_entry(self.store, self.session, number, event, stage, self.clock.now())
        self.changed.emit(number)
        return record

    def decide(self, number: str, event: Mapping[str, Any], stage: str,
               follow: Sequence[Mapping[str, Any]] = ()) -> Record:
        """A decision (review, s38(6) step): refused when the engine would find it wrong.
        `follow`: entries judged with it and stored after it (an inspector's override)."""
        if self.session is None:
            raise desk.DeskError("Sign in first.")
        record = desk.add_decision(self.store, self.session, number, event, stage, self.clock.now(),
                                   self.policy, self.evaluate, follow)
        self.changed.emit(number)
        return record

    def book_in(self, booking: desk.Booking) -> Record:
        if self.session is None:
            raise desk.DeskError("Sign in first.")
        record = desk.book_in(self.store, self.session, booking, self.clock.now())
        self.changed.emit(record.custody_number)
        return record
