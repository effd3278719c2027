"""Screen 1: sign in with user and PIN (the store counts wrong PINs and locks the user out).

The first thing painted: it imports only Qt and its form. The store, the services and the
engine come after the paint (`attach`), while the sergeant types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from .forms.ui_signin import Ui_SignInView

if TYPE_CHECKING:
    from ..services.desk import BoardRow
    from .context import DeskContext


class SignInView(QWidget):
    signed_in = Signal()
    painted = Signal()  # once: the first paint (the start-up loads the engine after it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: DeskContext | None = None  # until the store is open
        self.ui = Ui_SignInView()
        self.ui.setupUi(self)
        self.ui.form.setVerticalSpacing(10)
        for edit in (self.ui.userEdit, self.ui.pinEdit):
            edit.setMinimumHeight(32)
        self.ui.signInButton.setMinimumHeight(34)
        self.ui.card.setMinimumHeight(320)
        self.ui.signInButton.clicked.connect(self.submit)
        self.ui.userEdit.returnPressed.connect(self.ui.pinEdit.setFocus)
        self.ui.pinEdit.returnPressed.connect(self.submit)
        self._painted = False
        self.ui.suiteStateLabel.setProperty("level", "info")  # styled (padded) from the start
        self.ui.suiteLabel.setText("Custody suite. Sign in to see and record the detention of children.")

    def attach(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.refresh_suite()

    def refresh_suite(self) -> None:
        if self.ctx is None:
            return
        suite = self.ctx.setting("suite_name", "Custody suite")
        force = self.ctx.setting("force_name", "")
        self.ui.suiteLabel.setText(f"{suite}" + (f", {force}" if force else "")
                                   + ". Sign in to see and record the detention of children.")

    def show_suite_state(self, rows: list[BoardRow] | None) -> None:
        """How many children are in custody and whether anything is overdue, without names
        (None: not known yet, hidden)."""
        label = self.ui.suiteStateLabel
        if rows is None:
            label.setVisible(False)
            return
        from ..services.desk import suite_summary

        label.setText(f"In custody now: {suite_summary(rows)}.")
        level = "overdue" if any(r.overdue_count for r in rows) else "info"
        if label.property("level") != level:
            label.setProperty("level", level)
            label.style().unpolish(label)
            label.style().polish(label)
        label.setVisible(True)
        label.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def reset(self, message: str = "", parked: str = "") -> None:
        self.ui.pinEdit.clear()
        self.set_message(message, "ok" if message else "")
        self.ui.parkedLabel.setText(parked)
        self.ui.parkedLabel.setVisible(bool(parked))
        (self.ui.pinEdit if self.ui.userEdit.text() else self.ui.userEdit).setFocus()

    def set_message(self, text: str, level: str) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setProperty("level", level)
        label.setVisible(bool(text))
        if text:  # re-styled for its level when shown (a hidden one waits)
            label.style().unpolish(label)
            label.style().polish(label)

    def submit(self) -> None:
        if self.ctx is None:  # Enter pressed in the moment before the database is open
            self.set_message("Opening the custody database: press Enter again in a moment.", "ok")
            return
        from ..services.desk import DeskError

        try:
            self.ctx.sign_in(self.ui.userEdit.text(), self.ui.pinEdit.text())
        except DeskError as exc:
            self.ui.pinEdit.clear()
            self.set_message(exc.message, "error")
            (self.ui.userEdit if exc.field == "username" else self.ui.pinEdit).setFocus()
            return
        self.ui.pinEdit.clear()
        self.set_message("", "")
        self.signed_in.emit()
