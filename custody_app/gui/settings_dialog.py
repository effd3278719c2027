"""Screen 6: settings (administrator): suite and force names, policy figures, users.

Every change is one service call (`desk.save_settings`, `desk.add_user`, `desk.set_role`,
`desk.reset_pin`, `desk.set_enabled`), which checks the administrator itself.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from ..rules.policy import Policy
from ..services import desk
from ..words import policy_label
from .context import DeskContext
from .dialog_buttons import CancelGuard, guard_drop_downs
from .forms.ui_settings import Ui_SettingsDialog
from .settings_offences import OffencesTab


def _roles(combo: QComboBox) -> None:
    for role in desk.ROLES:
        combo.addItem(desk.ROLE_TITLES[role], role)
    combo.setPlaceholderText("Choose a role")
    combo.setCurrentIndex(-1)  # never a role by default: it is chosen each time


class SettingsDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("settingsDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        current = ctx.suite_settings()
        self.ui.suiteEdit.setText(current.suite_name)
        self.ui.forceEdit.setText(current.force_name)
        self.ui.prefixEdit.setText(current.custody_number_prefix)
        self.spins: dict[str, QSpinBox] = {}
        for name in Policy.figure_names():
            f = next(x for x in fields(Policy) if x.name == name)
            spin = QSpinBox(self.ui.policyBox)
            spin.setRange(1 if f.name == "observation_max_interval_minutes" else 0, 10_000)
            spin.setValue(getattr(current.policy, f.name))
            label = policy_label(f.name)
            spin.setAccessibleName(label)
            spin.setObjectName(f"policy_{f.name}")
            self.ui.policyForm.addRow(label, spin)
            self.spins[f.name] = spin
        self.offences = OffencesTab(self.ui.tabs, current.policy)
        _roles(self.ui.roleCombo)
        table = self.ui.usersTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["User name", "Signs entries as", "Role", "Can sign in"])
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 160)
        table.setColumnWidth(1, 260)
        table.setColumnWidth(2, 170)
        self._change_box()
        self.ui.addUserButton.clicked.connect(self.add_user)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setAccessibleName("Save settings")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close settings")
        self.ui.messageLabel.setVisible(False)
        self.fill_users()
        guard_drop_downs(self)  # Enter on a drop-down opens it, never saves the settings
        self.cancel_guard = CancelGuard(self, self.ui.messageLabel)

    def reject(self) -> None:
        if self.cancel_guard.may_close():
            super().reject()
    def _change_box(self) -> None:
        """Change the user selected in the table: a new role, a PIN reset, disable or enable."""
        box = QGroupBox("Change the selected user", self.ui.usersTab)
        form = QFormLayout(box)
        self.newRoleCombo = QComboBox(box)
        self.newRoleCombo.setAccessibleName("New role")
        _roles(self.newRoleCombo)
        self.roleButton = QPushButton("Give t&his role", box)
        row = QHBoxLayout()
        row.addWidget(self.newRoleCombo, 1)
        row.addWidget(self.roleButton)
        form.addRow("Ne&w role", row)
        self.resetPinEdit = QLineEdit(box)
        self.resetPinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.resetPinEdit.setAccessibleName("New PIN for the selected user")
        self.pinButton = QPushButton("Rese&t PIN", box)
        row2 = QHBoxLayout()
        row2.addWidget(self.resetPinEdit, 1)
        row2.addWidget(self.pinButton)
        form.addRow("N&ew PIN", row2)
        self.enableButton = QPushButton("Disa&ble", box)
        self.enableButton.setAccessibleName("Disable or enable the selected user")
        form.addRow("", self.enableButton)
        for label_row, field in ((0, self.newRoleCombo), (1, self.resetPinEdit)):
            item = form.itemAt(label_row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                label.setBuddy(field)  # type: ignore[attr-defined]
        self.ui.usersLayout.insertWidget(1, box)
        self.roleButton.clicked.connect(self.change_role)
        self.pinButton.clicked.connect(self.reset_pin)
        self.enableButton.clicked.connect(self.toggle_enabled)
        self.ui.usersTable.itemSelectionChanged.connect(self._selected_changed)

    def fill_users(self) -> None:
        self.user_lines = self.ctx.users()
        table = self.ui.usersTable
        table.setRowCount(len(self.user_lines))
        for r, u in enumerate(self.user_lines):
            for c, text in enumerate((u.username, u.display_name, u.title, "yes" if u.active else "no (disabled)")):
                table.setItem(r, c, QTableWidgetItem(text))
        self._selected_changed()

    def selected_user(self) -> desk.UserLine | None:
        row = self.ui.usersTable.currentRow()
        return self.user_lines[row] if 0 <= row < len(self.user_lines) else None

    def _selected_changed(self) -> None:
        u = self.selected_user()
        for w in (self.roleButton, self.pinButton, self.enableButton):
            w.setEnabled(u is not None)
        self.enableButton.setText("Ena&ble" if u is not None and not u.active else "Disa&ble")

    def message(self, text: str, error: bool) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setProperty("level", "error" if error else "ok")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(True)

    def _do(self, done: str, action: object, *args: object) -> bool:
        try:
            action(*args)  # type: ignore[operator]
        except desk.DeskError as exc:
            self.message(f"Not changed. {exc.message}", True)
            return False
        self.fill_users()
        self.message(done, False)
        self.cancel_guard.reset()  # (what was typed for it is stored)
        return True

    def add_user(self) -> None:
        u = self.ui
        username = u.usernameEdit.text().strip()
        role = u.roleCombo.currentData()
        if self._do(f"User {username} added.", self.ctx.add_user, username, u.displayNameEdit.text(),
                    str(role or ""), u.newPinEdit.text()):
            for e in (u.usernameEdit, u.displayNameEdit, u.newPinEdit):
                e.clear()
            u.roleCombo.setCurrentIndex(-1)

    def change_role(self) -> None:
        user, role = self.selected_user(), self.newRoleCombo.currentData()
        if user is not None:
            title = desk.ROLE_TITLES.get(str(role), "")
            if self._do(f"{user.username} is now: {title}.", self.ctx.set_role, user.username, str(role or "")):
                self.newRoleCombo.setCurrentIndex(-1)

    def reset_pin(self) -> None:
        user = self.selected_user()
        if user is not None and self._do(f"The PIN of {user.username} is reset: give them the new PIN.",
                                         self.ctx.reset_pin, user.username, self.resetPinEdit.text()):
            self.resetPinEdit.clear()

    def toggle_enabled(self) -> None:
        user = self.selected_user()
        if user is not None:
            what = "can sign in again" if not user.active else "can no longer sign in"
            self._do(f"{user.username} {what}.", self.ctx.set_enabled, user.username, not user.active)

    def save(self) -> None:
        try:
            self.ctx.save_settings(self.ui.suiteEdit.text(), self.ui.forceEdit.text(), self.ui.prefixEdit.text(),
                                   {**{k: s.value() for k, s in self.spins.items()}, **self.offences.values()})
        except desk.DeskError as exc:
            self.message(f"Not saved. {exc.message}", True)
            return
        self.accept()
