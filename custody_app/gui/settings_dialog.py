"""Screen 6: settings (administrator): suite and force names, policy figures, users."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QTableWidgetItem, QWidget

from ..rules.policy import Policy, PolicyError
from ..services import desk
from .context import DeskContext
from .forms.ui_settings import Ui_SettingsDialog


def _figure_label(name: str) -> str:
    words = name.replace("_", " ")
    for unit in (" minutes", " hours"):
        if words.endswith(unit):
            return f"{words[: -len(unit)].capitalize()} ({unit.strip()})"
    return words.capitalize()


class SettingsDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("settingsDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ui.suiteEdit.setText(ctx.setting("suite_name"))
        self.ui.forceEdit.setText(ctx.setting("force_name"))
        self.ui.prefixEdit.setText(ctx.setting("custody_number_prefix", "CU"))
        self.spins: dict[str, QSpinBox] = {}
        policy = ctx.policy
        for name in Policy.figure_names():
            f = next(x for x in fields(Policy) if x.name == name)
            spin = QSpinBox(self.ui.policyBox)
            spin.setRange(1 if f.name == "observation_max_interval_minutes" else 0, 10_000)
            spin.setValue(getattr(policy, f.name))
            label = _figure_label(f.name)
            spin.setAccessibleName(label)
            spin.setObjectName(f"policy_{f.name}")
            self.ui.policyForm.addRow(label, spin)
            self.spins[f.name] = spin
        for role in desk.ROLES:
            self.ui.roleCombo.addItem(desk.ROLE_TITLES[role], role)
        self.ui.roleCombo.setCurrentIndex(1)
        self.ui.usersTable.setColumnCount(3)
        self.ui.usersTable.setHorizontalHeaderLabels(["User name", "Signs entries as", "Role"])
        self.ui.usersTable.horizontalHeader().setStretchLastSection(True)
        self.ui.usersTable.setColumnWidth(0, 180)
        self.ui.usersTable.setColumnWidth(1, 300)
        self.ui.addUserButton.clicked.connect(self.add_user)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setAccessibleName("Save settings")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close settings")
        self.ui.messageLabel.setVisible(False)
        self.fill_users()

    def fill_users(self) -> None:
        users = list(self.ctx.store.list_users())
        table = self.ui.usersTable
        table.setRowCount(len(users))
        for r, u in enumerate(users):
            for c, key in enumerate(("username", "display_name", "role")):
                value = _get(u, key)
                table.setItem(r, c, QTableWidgetItem(desk.ROLE_TITLES.get(value, value) if key == "role" else value))

    def message(self, text: str, error: bool) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setProperty("level", "error" if error else "ok")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(True)

    def add_user(self) -> None:
        u = self.ui
        username, name, pin = u.usernameEdit.text().strip(), u.displayNameEdit.text().strip(), u.newPinEdit.text()
        if not username or not name or len(pin) < 4 or not pin.isdigit():
            self.message("Enter a user name, how they sign entries, and a PIN of at least 4 digits.", True)
            return
        try:
            self.ctx.store.create_user(username, name, str(u.roleCombo.currentData()), pin)
        except Exception as exc:  # the store's refusal (a name already taken) is for the admin
            self.message(f"User not added: {exc}", True)
            return
        for e in (u.usernameEdit, u.displayNameEdit, u.newPinEdit):
            e.clear()
        self.fill_users()
        self.message(f"User {username} added.", False)

    def save(self) -> None:
        try:
            policy = Policy.from_dict({**self.ctx.policy.to_dict(), **{k: s.value() for k, s in self.spins.items()}})
        except PolicyError as exc:
            self.message(str(exc), True)
            return
        store = self.ctx.store
        store.set_setting("suite_name", self.ui.suiteEdit.text().strip())
        store.set_setting("force_name", self.ui.forceEdit.text().strip())
        store.set_setting("custody_number_prefix", self.ui.prefixEdit.text().strip() or "CU")
        store.set_policy(policy)
        self.ctx.reload_settings()
        self.accept()


def _get(obj: Any, key: str) -> str:
    return str(obj[key] if isinstance(obj, dict) else getattr(obj, key, ""))
