"""The Alt letters a window shows: no two visible labels or buttons may share one."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every '&X' in the text of a visible label, button or group box."""
    out = []
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        else:
            continue
        if m := re.search(r"&([^&\s])", text.replace("&&", "")):
            out.append((m.group(1).casefold(), text))
    return out


def clashes(window: QWidget) -> list[tuple[str, str]]:
    """The visible texts sharing an Alt letter (empty when none do)."""
    found = mnemonics(window)
    twice = {letter for letter, n in Counter(letter for letter, _ in found).items() if n > 1}
    return sorted(pair for pair in found if pair[0] in twice)
