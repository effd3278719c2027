"""Shared test set-up: Qt runs offscreen; a test that uses Qt (the qtbot fixture, or a
fixture built on it) is marked `gui` by that fixture, not by hand.

Every test fails on a Qt warning (pyproject: qt_log_level_fail = WARNING); the one
message the offscreen platform always gives (propagateSizeHints) is ignored by name there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# the contract's example records, beside the repository (CI has them; a clone alone does not)
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    no_shared = None if SHARED.is_dir() else pytest.mark.skip(
        reason=f"the shared scenarios are not beside this repository ({SHARED / 'scenarios'})")
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
        if no_shared is not None and "shared" in item.keywords:
            item.add_marker(no_shared)


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
