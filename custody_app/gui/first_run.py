"""A new database: its first user, the administrator, made on purpose from a screen that
says so (never whatever name and PIN were first typed on the sign-in page)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import desk
from .context import DeskContext


class FirstRunDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstRunDialog")
        self.setWindowTitle("New database: make its administrator")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        title = QLabel("New database: make its administrator", self)
        title.setObjectName("titleLabel")
        layout.addWidget(title)
        intro = QLabel(
            "This custody database has no users yet, so nobody can sign in. Make its administrator "
            "now: the administrator adds the sergeants, inspectors and detention officers, and sets "
            "the suite's names and policy figures. An administrator makes no custody entries.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("e.g. Admin Clarke")
        self.pin = QLineEdit(self)
        self.again = QLineEdit(self)
        for edit, label, accessible in (
                (self.username, "&User name", "Administrator's user name"),
                (self.name, "&Name", "Administrator's name"),
                (self.pin, "&PIN (4 digits or more)", "Administrator's PIN"),
                (self.again, "PIN &again", "Administrator's PIN again")):
            edit.setAccessibleName(accessible)
            form.addRow(label, edit)
        for edit in (self.pin, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("firstRunError")
        self.error.setProperty("level", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Make the administrator")
        ok.setDefault(True)
        buttons.accepted.connect(self.make)
        layout.addWidget(buttons)
        self.resize(560, 320)
        self.username.setFocus()

    def make(self) -> None:
        try:
            self.ctx.first_administrator(self.username.text(), self.name.text(), self.pin.text(),
                                         self.again.text())
        except desk.DeskError as exc:
            self.error.setText(f"Not made. {exc.message}")
            self.error.setVisible(True)
            target = {"pin": self.pin, "again": self.again}.get(exc.field or "", self.username)
            target.setFocus()
            return
        self.accept()

    def reject(self) -> None:
        """The desk cannot be used without its administrator: Esc does not dismiss this."""
        self.error.setText("The desk needs its administrator before anyone can sign in.")
        self.error.setVisible(True)
