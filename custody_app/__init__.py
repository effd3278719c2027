"""custody-app: a child's detention in police custody, its clocks, duties and documents."""

from __future__ import annotations

from functools import cache

RULESET_VERSION = "rules-v2 (2026-11)"


@cache
def app_version() -> str:
    """The version in pyproject.toml, read from the installed metadata (only when asked:
    importlib.metadata costs ~40 ms at start-up)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("custody-app")
    except PackageNotFoundError:  # a source tree that was not installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return app_version()
    raise AttributeError(name)
