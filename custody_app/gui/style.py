"""The stylesheet (forms/stylesheet.py) and icons (forms/rc_resources.py), compiled from resources/."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from html import escape

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from .forms import rc_resources  # noqa: F401  (registers :/custody: the icons)
from .forms.stylesheet import STYLESHEET

# Text never relies on colour alone: these only reinforce the words ("OVERDUE", "in 20 min").
LEVEL_BACKGROUND = {"overdue": QColor("#f9d6d3"), "soon": QColor("#fdefc8")}
LEVEL_FOREGROUND = {"overdue": QColor("#7d1410"), "soon": QColor("#5a3d00")}
STATE_TEXT = {"done": "done", "due": "due", "overdue": "OVERDUE", "not_applicable": "not applicable",
              "pending": "not yet"}


def level_html(lines: Iterable[tuple[str, str]]) -> str:
    """Rich text of (words, level) lines, each in its own level's colours (none when neutral)."""
    out = []
    for text, level in lines:
        colours = (f" color:{LEVEL_FOREGROUND[level].name()}; background-color:{LEVEL_BACKGROUND[level].name()};"
                   if level in LEVEL_FOREGROUND else "")
        # a thin gap keeps two coloured lines apart when one wraps
        out.append(f'<div style="margin-bottom:2px;{colours}">{escape(text, quote=False)}</div>')
    return "".join(out)


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
