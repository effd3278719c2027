"""What every view shares: the store, the clock, the engine, the signed-in user."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
        """The engine, loaded when first needed (the start-up's board may not need it)."""
        if self._evaluate is None:
            from ..rules.engine import evaluate

            self._evaluate = evaluate
        return self._evaluate

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = self.store.get_policy()
        return self._policy

    def reload_settings(self) -> None:
        self._policy = None
        self.changed.emit("")

    def setting(self, key: str, default: str = "") -> str:
        return self.store.get_setting(key) or default

    def sign_in(self, username: str, pin: str) -> desk.Session:
        if username.strip() and desk.first_start(self.store, username, pin):
            self.changed.emit("")
        self.session = desk.sign_in(self.store, username, pin)
        self.session_changed.emit()
        return self.session

    def sign_out(self) -> None:
        self.session = None
        self.session_changed.emit()

    def board(self) -> list[desk.BoardRow]:
        """Every child in custody, judged by the engine now."""
        return desk.board(self.store, self.clock.now(), self.policy, self.evaluate)

    def kept_board(self) -> list[desk.BoardRow] | None:
        """The board from the engine's kept judgements, if they all still hold (no engine)."""
        return desk.kept_board(self.store, self.clock.now())

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
