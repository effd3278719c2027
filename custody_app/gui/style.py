"""The stylesheet (forms/stylesheet.py) and icons (forms/rc_resources.py), compiled from resources/."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from .forms import rc_resources  # noqa: F401  (registers :/custody: the icons)
from .forms.stylesheet import STYLESHEET

# Text never relies on colour alone: these only reinforce the words ("OVERDUE", "in 20 min").
LEVEL_BACKGROUND = {"overdue": QColor("#f9d6d3"), "soon": QColor("#fdefc8")}
LEVEL_FOREGROUND = {"overdue": QColor("#7d1410"), "soon": QColor("#5a3d00")}
STATE_TEXT = {"done": "done", "due": "due", "overdue": "OVERDUE", "not_applicable": "not applicable",
              "pending": "not yet"}


def stylesheet() -> str:
    return STYLESHEET


@cache
def icon(name: str) -> QIcon:
    return QIcon(f":/custody/icons/{name}.svg")


def apply(app: QApplication) -> None:
    """The stylesheet and icon (the Fusion style is named when the application is made:
    asking the style its name costs ~12 ms of the start-up)."""
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(icon("app"))
