"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every Qt call
returning nothing; the desk aborted ("none_dealloc") after a few thousand calls.
pyproject.toml pins below it; this test fails loudly if a bad version returns.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # noqa: ANN001
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setObjectName("x")
        label.setText("y")
    assert sys.getrefcount(None) >= before - 50
