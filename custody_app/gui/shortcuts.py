"""The keyboard map (F1): one table that both the window and the help dialog read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("Anywhere", "F1", "This list of shortcuts"),
    ("Anywhere", "Ctrl+L", "Lock the desk now (unfinished forms are kept)"),
    ("Anywhere", "Ctrl+Q", "Quit the desk (it locks first)"),
    ("Anywhere", "Ctrl+Shift+P", "Shift documents: the handover sheet and the downtime pack"),
    ("Anywhere", "F5", "Record a visit to the selected child"),
    ("Anywhere", "Ctrl+N", "Book in a child"),
    ("Anywhere", "Ctrl+E", "New entry of any kind for the selected child (type to filter, Enter)"),
    ("Anywhere", "Ctrl+B", "Back to the suite board"),
    ("Anywhere", "Ctrl+,", "Settings (administrator)"),
    ("Board", "Up / Down", "Choose a child"),
    ("Board", "Enter", "Open the child's record"),
    ("Record", "Esc", "Back to the board"),
    ("Record", "Enter (checklist)", "Open the form that completes the item"),
    ("Record", "Ctrl+K or Enter (timeline)", "Correct the selected entry (the original stays, with your reason)"),
    ("Record", "Ctrl+1 / Ctrl+2", "Go to the checklist / the timeline"),
    ("Record", "Ctrl+R", "Review of detention (the clock, who may review, the child's say)"),
    ("Record", "Ctrl+T", "Charge, bail and accommodation (PACE s38(6)), step by step"),
    ("Record", "Ctrl+P", "Certificate and documents: print preview, print, save as PDF"),
    ("Review", "Alt+T", "The child was told of the review on waking (record it)"),
    ("Accommodation", "Alt+N / Alt+B", "Next / previous step; Alt+ the underlined letter records the step"),
    ("Documents", "Ctrl+P / Ctrl+S", "Print preview / save as PDF"),
    ("Help", "F1, then About", "Version, rule-set, where the database and the log are"),
    ("Forms", "Tab / Shift+Tab", "Next / previous field"),
    ("Forms", "Space", "Tick or untick"),
    ("Forms", "Enter or Ctrl+Enter", "Save the entry"),
    ("Forms", "Esc", "Cancel without saving"),
    ("Booking in", "Alt+N / Alt+B", "Next / back; Book in on the last step"),
    ("Sign in", "Enter", "From user name to PIN, then sign in"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, about: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setObjectName("shortcutsDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        table = QTableWidget(len(SHORTCUTS), 3, self)
        table.setAccessibleName("Keyboard shortcuts")
        table.setHorizontalHeaderLabels(["Where", "Keys", "What it does"])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(SHORTCUTS):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.setColumnWidth(0, 110)
        table.setColumnWidth(1, 210)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setAccessibleName("Close")
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        if about is not None:
            button = buttons.addButton("&About…", QDialogButtonBox.ButtonRole.HelpRole)
            button.setAccessibleName("About this application")
            button.clicked.connect(about)
        layout.addWidget(buttons)
        self.resize(820, 620)
        self.table = table
