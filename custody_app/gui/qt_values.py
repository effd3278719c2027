"""The few members of Qt's namespace the first paint needs, by number.

Naming any member of PySide6's `Qt` namespace (Qt.ItemDataRole.DisplayRole,
Qt.FocusPolicy.NoFocus) makes PySide build the whole namespace, about a hundred
enum classes: ~35 ms, an eighth of the desk's start-up. The board and the window
set these before the first paint by their numbers, which are part of Qt's ABI;
tests/gui/test_qt_values.py checks each against PySide's own enum. Everything
after the first paint uses `Qt` as usual.
"""

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
DECORATION_ROLE = 1  # Qt.ItemDataRole.DecorationRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
FONT_ROLE = 6  # Qt.ItemDataRole.FontRole
BACKGROUND_ROLE = 8  # Qt.ItemDataRole.BackgroundRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 256  # Qt.ItemDataRole.UserRole

NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus, set as the "focusPolicy" property
APPLICATION_SHORTCUT = 2  # Qt.ShortcutContext.ApplicationShortcut, set as the "context" property
