"""The Save / Cancel buttons every entry dialog has: Enter or Ctrl+Enter saves, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def wire_save_cancel(dialog: QDialog, box: QDialogButtonBox, save: Callable[[], None], what: str) -> None:
    box.accepted.connect(save)
    box.rejected.connect(dialog.reject)
    button = box.button(QDialogButtonBox.StandardButton.Save)
    button.setText("&Save (Enter)")
    button.setDefault(True)
    button.setAccessibleName(what)
    box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
    for seq in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(seq), dialog, activated=save)
