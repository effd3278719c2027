"""The '&X' mnemonics a screen shows, to check that no Alt+letter is used twice.

A letter used twice makes Alt+letter cycle between the widgets (or, on a button, press the
first one only), so a sergeant's keyboard shortcut goes somewhere else than the label says."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

_MNEMONIC = re.compile(r"&(\w)")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' in `text` (a doubled '&&' is a plain ampersand), if any."""
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).casefold() if m else None


def visible_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible label, button and group box under `root`."""
    found: list[tuple[str, str]] = []
    widgets: Iterable[QWidget] = (*root.findChildren(QLabel), *root.findChildren(QAbstractButton),
                                  *root.findChildren(QGroupBox))
    for w in widgets:
        if not w.isVisible():
            continue
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        if (letter := mnemonic(text)) is not None:
            found.append((letter, text))
    return found


def tab_mnemonics(bar: QTabBar) -> list[tuple[str, str]]:
    """(letter, title) of every tab: a tab's Alt+letter works from any page."""
    titles = (bar.tabText(i) for i in range(bar.count()))
    return [(letter, t) for t in titles if (letter := mnemonic(t)) is not None]


def clashes(found: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Each letter used more than once, with the texts that use it."""
    pairs = list(found)
    counts = Counter(letter for letter, _ in pairs)
    return {letter: sorted(t for x, t in pairs if x == letter) for letter, n in counts.items() if n > 1}


def window_clashes(window: QWidget) -> dict[str, list[str]]:
    """The Alt letters the visible texts of one window (a wizard's page, a dialog) share."""
    return clashes(visible_mnemonics(window))
