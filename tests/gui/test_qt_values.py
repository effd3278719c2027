"""The Qt values the first paint sets by number are Qt's own, and take effect."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from custody_app.gui import qt_values as v

ROLES = {
    "DISPLAY_ROLE": Qt.ItemDataRole.DisplayRole, "DECORATION_ROLE": Qt.ItemDataRole.DecorationRole,
    "TOOLTIP_ROLE": Qt.ItemDataRole.ToolTipRole, "FONT_ROLE": Qt.ItemDataRole.FontRole,
    "BACKGROUND_ROLE": Qt.ItemDataRole.BackgroundRole, "FOREGROUND_ROLE": Qt.ItemDataRole.ForegroundRole,
    "ACCESSIBLE_TEXT_ROLE": Qt.ItemDataRole.AccessibleTextRole, "USER_ROLE": Qt.ItemDataRole.UserRole,
    "NO_FOCUS": Qt.FocusPolicy.NoFocus, "APPLICATION_SHORTCUT": Qt.ShortcutContext.ApplicationShortcut,
}


def test_every_number_is_qts() -> None:
    names = {n for n in vars(v) if n.isupper()}
    assert names == set(ROLES)
    for name, member in ROLES.items():
        assert getattr(v, name) == member.value, name


def test_set_as_properties_they_take_effect(qtbot) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)
    assert button.setProperty("focusPolicy", v.NO_FOCUS)
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    owner = QWidget()
    qtbot.addWidget(owner)
    shortcut = QShortcut(QKeySequence("Ctrl+L"), owner)
    shortcut.setProperty("context", v.APPLICATION_SHORTCUT)
    assert shortcut.context() == Qt.ShortcutContext.ApplicationShortcut


def test_the_first_paint_does_not_build_the_qt_namespace() -> None:
    """The point of qt_values: the desk shows its filled board before PySide builds `Qt`."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import tempfile, pathlib\n"
        "from custody_app.gui.app import application, build, demo_store\n"
        "from custody_app.gui.clock import Clock\n"
        "app = application()\n"
        "store = demo_store(pathlib.Path(tempfile.mkdtemp()), Clock())\n"
        "ctx, window = build(store, Clock())\n"
        "window.show_board_unsigned(); window.show(); app.processEvents()\n"
        "import PySide6.QtCore as C\n"
        "print(len(window.board.model.rows) > 3, 'Qt' in C.__dict__)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "True False", out.stderr
