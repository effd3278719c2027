"""Settings, the offence table tab (RULES.md section 7): the force's own list of offence codes
with their category, whether indictable, and the statutory list entry; and the policy
choices that are not figures (the secure test, the protective marking, the wording phrases).

The engine derives a charge's category from this table, so a change here changes what the
rules decide: it is saved with the other settings, by an administrator, in one transaction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..rules.policy import OFFENCE_CATEGORIES, Policy
from ..services.desk import DeskError

COLUMNS = ("Code", "Title", "Category", "Indictable", "Statutory list")


class OffencesTab(QWidget):
    """The table and the other policy choices; `values()` gives them as policy entries."""

    def __init__(self, tabs: QTabWidget, policy: Policy) -> None:
        super().__init__(tabs)
        self.setObjectName("offencesTab")
        layout = QVBoxLayout(self)
        intro = QLabel("The offence table decides whether a charge shows a violent or sexual offence "
                       "(secure accommodation) and whether an arrest shows an indictable offence "
                       "(extensions). The officer's own label is kept and printed; a difference is a warning.",
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("offenceTable")
        self.table.setAccessibleName("Offence table")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(2, 95)
        self.table.setColumnWidth(3, 100)
        for offence in policy.offence_table.values():
            self._row(offence.code, offence.title, offence.category, offence.indictable, offence.list)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add an offence &row", self)
        self.remove_button = QPushButton("Remo&ve the selected row", self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        form = QFormLayout()
        self.secure_check = QCheckBox("Secure &accommodation only for a violent or sexual offence", self)
        self.secure_check.setChecked(policy.secure_needs_violent_or_sexual)
        form.addRow("", self.secure_check)
        self.marking_edit = QLineEdit(policy.protective_marking, self)
        self.marking_edit.setAccessibleName("Protective marking on every document")
        label = QLabel("Protective mar&king", self)
        label.setBuddy(self.marking_edit)
        form.addRow(label, self.marking_edit)
        self.phrases_edit = QLineEdit(", ".join(policy.certificate_wording_phrases), self)
        self.phrases_edit.setAccessibleName("Certificate words a person should read (comma separated)")
        label = QLabel("Certificate &words to read", self)
        label.setBuddy(self.phrases_edit)
        form.addRow(label, self.phrases_edit)
        layout.addLayout(form)
        tabs.addTab(self, "&Offences and documents")

    def _row(self, code: str, title: str, category: str, indictable: bool, listed: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(code))
        self.table.setItem(row, 1, QTableWidgetItem(title))
        combo = QComboBox(self.table)
        combo.setAccessibleName(f"Category of row {row + 1}")
        for c in OFFENCE_CATEGORIES:
            combo.addItem(c, c)
        combo.setCurrentIndex(max(0, combo.findData(category)))
        self.table.setCellWidget(row, 2, combo)
        box = QTableWidgetItem()
        box.setFlags(box.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        box.setCheckState(Qt.CheckState.Checked if indictable else Qt.CheckState.Unchecked)
        self.table.setItem(row, 3, box)
        self.table.setItem(row, 4, QTableWidgetItem(listed))

    def add_row(self) -> None:
        self._row("", "", "other", False, "not listed")
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def values(self) -> dict[str, Any]:
        """The policy entries this tab sets (checked by the service when saved)."""
        table: dict[str, dict[str, Any]] = {}
        for row in range(self.table.rowCount()):
            code, title, listed = (self._text(row, c) for c in (0, 1, 4))
            if not code and not title:
                continue  # an empty row added and never filled
            if not code:
                raise DeskError(f"Offence row {row + 1}: give its code (letters, digits and _).")
            if code in table:
                raise DeskError(f"Offence code {code} is in the table twice: keep one row for it.")
            combo = self.table.cellWidget(row, 2)
            category = combo.currentData() if isinstance(combo, QComboBox) else "other"
            item = self.table.item(row, 3)
            indictable = item is not None and item.checkState() == Qt.CheckState.Checked
            table[code] = {"title": title, "category": category, "indictable": indictable, "list": listed}
        phrases = [p.strip() for p in self.phrases_edit.text().split(",") if p.strip()]
        return {"offence_table": table, "secure_needs_violent_or_sexual": self.secure_check.isChecked(),
                "protective_marking": self.marking_edit.text().strip(), "certificate_wording_phrases": phrases}

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

