"""Fixtures for the suite-server proofs: a fresh database on the tests' PostgreSQL cluster."""

from __future__ import annotations

import pytest

from tests.pg_cluster import Cluster


@pytest.fixture
def server_db(pg_cluster: Cluster) -> str:
    """A fresh database prepared by init-server; returns its name."""
    return pg_cluster.new_database()


@pytest.fixture
def app_url(pg_cluster: Cluster, server_db: str) -> str:
    """The terminals' URL (the application role) of a fresh prepared database."""
    return pg_cluster.url(server_db, "custody_app")


@pytest.fixture
def admin_url(pg_cluster: Cluster, server_db: str) -> str:
    return pg_cluster.url(server_db)
