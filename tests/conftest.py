"""Shared test set-up: Qt runs offscreen, and in GUI tests a Qt warning fails the test.

The one known offscreen-platform warning (propagateSizeHints) is filtered by its message.
"""

from __future__ import annotations

import os
from pathlib import Path

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


ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_target(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh store's location on each engine: an SQLite file, or a new database on the
    tests' private PostgreSQL server (prepared by init-server; the application role's URL)."""
    if engine == "sqlite":
        return str(tmp_path / "custody.sqlite3")
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.url(cluster.new_database(), "custody_app"))


@pytest.fixture(autouse=True)
def _user_data_apart(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """What the application keeps in the user's data folder (the last downtime pack printed)
    goes to a folder of the test session's, never the real one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.getbasetemp() / "user-data"))
