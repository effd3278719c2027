"""The keyboard suites share the desk on a real SQLite store (defined with the first suite)."""

from test_desk_keyboard import desk_window  # noqa: F401 (a fixture)
