"""End to end, keys only: book a child in, then the AA, a visit, a meal and the release.

Runs on the real SQLite store (a temporary file) with a fixed clock.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from custody_app.gui.clock import FixedClock
from custody_app.gui.context import DeskContext
from custody_app.gui.main_window import MainWindow
from custody_app.rules import evaluate

pytestmark = pytest.mark.gui

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def desk_window(qtbot, tmp_path):
    from custody_app.store import open_store

    store = open_store(tmp_path / "e2e.sqlite3")
    store.create_user("ps2190", "PS 2190 Khan", "sergeant", "2190")
    store.set_setting("suite_name", "Leamington Spa")
    store.set_setting("force_name", "Warwickshire Police")
    ctx = DeskContext(store, FixedClock(datetime(2026, 10, 24, 22, 40, tzinfo=UTC)), evaluate)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()


class Keys:
    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return QApplication.focusWidget()

    def press(self, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, mod)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def tab_to(self, target: QWidget, limit: int = 15) -> None:
        for _ in range(limit):
            if QApplication.focusWidget() is target:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {target.objectName()}")

    def active(self, window: QWidget) -> None:
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def entry(self, window: MainWindow, search: str) -> QWidget:
        self.press(Qt.Key.Key_E, CTRL)
        picker = self.wait_dialog(window, "TypePicker")
        self.type(search)
        self.press(Qt.Key.Key_Return)
        return self.wait_dialog(window, "EntryDialog", not_=picker)

    def wait_dialog(self, window: MainWindow, kind: str, not_: QWidget | None = None) -> QWidget:
        def found():
            return next((d for d in window.dialogs if type(d).__name__ == kind and d is not not_
                         and d.isVisible()), None)
        self.qtbot.waitUntil(lambda: found() is not None)
        dialog = found()
        self.active(dialog)
        return dialog


def test_book_in_aa_visit_meal_release_by_keyboard(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    store = w.ctx.store
    # sign in
    k.active(w)
    k.type("ps2190")
    k.press(Qt.Key.Key_Return)
    k.type("2190")
    k.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.ui.stack.currentWidget() is w.board)
    # book in
    k.press(Qt.Key.Key_N, CTRL)
    wizard = k.wait_dialog(w, "BookingWizard")
    k.type("Doe")
    k.press(Qt.Key.Key_Tab)
    k.type("Sam")
    k.press(Qt.Key.Key_Tab)
    k.type("02062011")
    k.press(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == 1 or wizard.pages[0].error.isVisible())
    assert wizard.currentId() == 1, wizard.pages[0].error.text()
    k.tab_to(wizard.arrest_ui.offencesEdit)
    k.type("taking a motor vehicle without consent")
    k.press(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    k.tab_to(wizard.detention_ui.groundsEdit)
    k.type("To obtain evidence by questioning")
    k.press(Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: w.ui.stack.currentWidget() is w.record or wizard.pages[2].error.isVisible())
    assert w.ui.stack.currentWidget() is w.record, wizard.pages[2].error.text()
    number = w.record.number
    assert store.load_record(number).child.name == "Sam Doe"
    k.active(w)
    # appropriate adult requested, then arrived
    dialog = k.entry(w, "adult req")
    assert dialog.event_type == "aa_requested"
    k.type("Jo Doe")
    k.press(Qt.Key.Key_Tab)
    k.type("parent")
    k.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    k.active(w)
    dialog = k.entry(w, "adult arr")
    assert dialog.event_type == "aa_arrived"
    k.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # a visit: F5
    k.active(w)
    k.press(Qt.Key.Key_F5)
    dialog = k.wait_dialog(w, "EntryDialog")
    assert dialog.event_type == "observation"
    k.press(Qt.Key.Key_Tab)
    k.type("awake, calm, asked for a drink")
    k.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # a meal
    k.active(w)
    dialog = k.entry(w, "meal")
    k.type("main")
    k.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # the release
    k.active(w)
    dialog = k.entry(w, "released")
    k.type("no")  # first letters choose in a list (a space would open it)
    k.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.ui.errorLabel.isVisible())
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()

    record = store.load_record(number)
    types = [e.type for e in record.events]
    assert types == ["arrested", "arrived_at_station", "detention_authorised", "aa_requested",
                     "aa_arrived", "observation", "meal", "released"]
    assert {e.by for e in record.events} == {"PS 2190 Khan"}
    assert record.events[-2]["kind"] == "main"
    assert record.events[-1]["outcome"] == "no_further_action"
    assert record.events[3]["relationship"] == "parent"
    assert store.in_custody() == []
