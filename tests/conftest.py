"""Shared test set-up: Qt runs offscreen, and in GUI tests a Qt warning fails the test.

The one known offscreen-platform warning (propagateSizeHints) is filtered by its message.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


KNOWN_QT_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("gui") is not None:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(KNOWN_QT_NOISE))


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    """A private PostgreSQL server for this test session (stopped and removed at the end)."""
    from tests.pg_cluster import Cluster

    cluster = Cluster()
    try:
        yield cluster
    finally:
        cluster.close()
