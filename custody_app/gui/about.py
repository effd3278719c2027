"""About the desk: the version, the rule-set, where the database and the log are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import RULESET_VERSION, app_version
from ..paths import log_dir


def about_lines(database: str) -> list[tuple[str, str]]:
    """`database`: where the store is, in words (services.desk.store_location)."""
    return [("Version", app_version()), ("Rule-set", RULESET_VERSION), ("Database", database),
            ("Log", str(Path(log_dir()) / "custody-app.log"))]


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About the custody desk")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        title = QLabel("Custody desk", self)
        title.setObjectName("titleLabel")
        layout.addWidget(title)
        self.lines = about_lines(database)
        text = "<br>".join(f"<b>{k}:</b> {v}" for k, v in self.lines)
        body = QLabel(text + "<br><br>The rules are those of PACE 1984 and Code C for a child in police "
                      "custody (England and Wales). Not legal advice.", self)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName("About the custody desk")
        layout.addWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setAccessibleName("Close")
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 280)
