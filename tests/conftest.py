"""Shared test set-up: Qt runs offscreen; a test that uses Qt (the qtbot fixture, or a
fixture built on it) is marked `gui` by that fixture, not by hand.

Every test fails on a Qt warning (pyproject: qt_log_level_fail = WARNING); the one
message the offscreen platform always gives (propagateSizeHints) is ignored by name there.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
