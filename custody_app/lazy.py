"""A package's public names, imported from their modules when first used (PEP 562).

The desk's first paint needs only a few of the core's modules; a package
`__init__` that imported all of its modules would load the whole engine (about
80 ms) before the window could appear. Type checkers read the names from the
package's `if TYPE_CHECKING:` imports; at run time `__getattr__` finds them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def exports(package: str, modules: Mapping[str, tuple[str, ...]]) -> tuple[Callable[[str], Any], list[str]]:
    """(__getattr__, __all__) for a package whose names live in `modules` ({".module": names})."""
    where = {name: module for module, names in modules.items() for name in names}
    namespace = import_module(package).__dict__

    def __getattr__(name: str) -> Any:  # noqa: N807
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        namespace[name] = value  # found once; later look-ups do not come here
        return value

    return __getattr__, sorted(where)
