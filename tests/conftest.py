"""Shared test set-up: Qt runs offscreen, and in GUI tests a Qt warning fails the test.

The one known offscreen-platform warning (propagateSizeHints) is filtered by its message.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _keep_none_alive() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call (see custody_app/gui/compat.py)."""
    from custody_app.gui.compat import keep_none_alive

    keep_none_alive()


_keep_none_alive()


@pytest.fixture(autouse=True)
def _none_guard():
    _keep_none_alive()
    yield

KNOWN_QT_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("gui") is not None:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(KNOWN_QT_NOISE))
