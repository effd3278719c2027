"""Stopgap for a PySide6 6.12 defect on Python 3.11: every void Qt call drops a reference to None.

On Python 3.12+ None is immortal (PEP 683) and the missing Py_INCREF is harmless; on
3.11 None's count (a few thousand at start) reaches zero after a few thousand Qt calls
and the interpreter aborts ("none_dealloc"). Until the environment pins a PySide6 that
is correct on 3.11 (or moves to Python 3.12+), keep None's count far from zero: the
count is raised in place (no memory), at start and on a timer.
"""

from __future__ import annotations

import ctypes
import sys

_FLOOR = 1 << 40
_LIFT = 1 << 50


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of every object
    if count.value < _FLOOR:
        count.value += _LIFT
