"""custody-app: a child's detention in police custody, its clocks, duties and documents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("custody-app")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

RULESET_VERSION = "rules-2026.11"
