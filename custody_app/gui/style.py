"""The stylesheet and icons, compiled into forms/rc_resources.py (works when installed)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from .forms import rc_resources  # noqa: F401  (registers :/custody)

# Text never relies on colour alone: these only reinforce the words ("OVERDUE", "in 20 min").
LEVEL_BACKGROUND = {"overdue": QColor("#f9d6d3"), "soon": QColor("#fdefc8")}
LEVEL_FOREGROUND = {"overdue": QColor("#7d1410"), "soon": QColor("#5a3d00")}
STATE_TEXT = {"done": "done", "due": "due", "overdue": "OVERDUE", "not_applicable": "not applicable",
              "pending": "not yet"}


def stylesheet() -> str:
    f = QFile(":/custody/style.qss")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(f.readAll().data()).decode("utf-8")
    finally:
        f.close()


@cache
def icon(name: str) -> QIcon:
    return QIcon(f":/custody/icons/{name}.svg")


def apply(app: QApplication) -> None:
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(icon("app"))
