"""The packages whose names are imported when first used (custody_app/lazy.py)."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

LAZY = ["custody_app.domain", "custody_app.rules", "custody_app.store", "custody_app.services.desk"]


@pytest.mark.parametrize("name", LAZY)
def test_every_name_resolves_to_what_its_module_defines(name: str) -> None:
    package = importlib.import_module(name)
    for export in package.__all__:
        assert getattr(package, export) is not None, export


@pytest.mark.parametrize("name", LAZY)
def test_no_name_is_also_a_module(name: str) -> None:
    """Importing a submodule sets the package attribute of its name: a function of the
    same name would be hidden by the module once anything imported it."""
    package = importlib.import_module(name)
    modules = {m.name for m in pkgutil.iter_modules(package.__path__)}
    assert not modules & set(package.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    import custody_app.rules

    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = custody_app.rules.nothing_here  # type: ignore[attr-defined]


def test_the_desk_start_up_does_not_load_the_engine() -> None:
    """What the first paint needs (the store, the kept board) leaves the engine unloaded."""
    code = ("import sys; import custody_app.commands.app as a; a.import_core(); "
            "print(sorted(m for m in sys.modules if m.startswith(('custody_app.rules.engine', "
            "'custody_app.domain.parse', 'custody_app.store.chain', 'hashlib', 'sqlite_utils'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
