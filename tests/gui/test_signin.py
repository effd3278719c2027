"""Sign in, wrong PINs, lock on Ctrl+L and when idle; a half-filled form survives a lock."""

from __future__ import annotations

from conftest import sign_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel


def test_sign_in_shows_the_board_and_signs_as_the_user(qtbot, window):
    assert window.ui.stack.currentWidget() is window.signin
    sign_in(qtbot, window)
    assert window.ui.stack.currentWidget() is window.board
    assert "PS 2190 Khan" in window.ui.userLabel.text()


def test_wrong_pin_is_refused_and_repeated_failures_lock_the_user(qtbot, window):
    for _ in range(5):
        sign_in(qtbot, window, "ps2190", "9999")
    assert window.ctx.session is None
    sign_in(qtbot, window, "ps2190", "2190")
    assert window.ctx.session is None
    assert "locked" in window.signin.ui.messageLabel.text()


def test_ctrl_l_locks_and_keeps_a_half_filled_form(qtbot, signed_in):
    w = signed_in
    dialog = w.open_form("observation", w.board.selected())
    dialog.inputs["response"].widget.setText("asleep, breathing normally")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.ctx.session is None
    assert not dialog.isVisible()
    assert w.ui.stack.currentWidget() is w.signin
    assert "unfinished form" in w.signin.ui.parkedLabel.text()
    sign_in(qtbot, w)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.inputs["response"].widget.text() == "asleep, breathing normally"


def test_idle_desk_locks_itself(qtbot, signed_in):
    signed_in.idle_timer.setInterval(20)
    signed_in.idle_timer.start()
    qtbot.waitUntil(lambda: signed_in.ctx.session is None, timeout=2000)
    assert signed_in.ui.stack.currentWidget() is signed_in.signin


def test_a_new_database_asks_for_its_administrator_on_a_screen_that_says_so(qtbot, empty_store, clock):
    from custody_app.gui.context import DeskContext
    from custody_app.gui.first_run import FirstRunDialog
    from custody_app.gui.main_window import MainWindow
    from custody_app.rules import evaluate

    w = MainWindow(DeskContext(empty_store, clock, evaluate))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.signin.painted, timeout=5000):
        w.show()
    w.after_first_paint()  # (what the start does once the sign-in page is painted)
    dialog = next(d for d in w.dialogs if isinstance(d, FirstRunDialog))
    assert "no users yet" in " ".join(lbl.text() for lbl in dialog.findChildren(QLabel))
    sign_in(qtbot, w, "sysadmin", "4321")  # typed on the sign-in page: nobody is made
    assert w.ctx.session is None and not empty_store.list_users()
    dialog.username.setText("sysadmin")
    dialog.name.setText("Admin Clarke")
    dialog.pin.setText("4321")
    dialog.again.setText("4322")
    dialog.make()
    assert "differ" in dialog.error.text() and not empty_store.list_users()
    dialog.again.setText("4321")
    dialog.make()
    assert [(u.username, u.role) for u in empty_store.list_users()] == [("sysadmin", "admin")]
    sign_in(qtbot, w, "sysadmin", "4321")
    assert w.ctx.session is not None and w.ctx.session.role == "admin"


def _page_text(window) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in window.signin.findChildren(QLabel) if label.isVisible())


def test_the_sign_in_page_is_painted_first_then_says_how_the_suite_stands_without_names(qtbot, window):
    """Nothing judged before the first paint; then (while the sergeant types) counts only."""
    names = [r.name for r in window.ctx.board()]
    assert not window.signin.ui.suiteStateLabel.isVisible()
    window.after_first_paint()
    state = window.signin.ui.suiteStateLabel
    assert state.isVisible() and state.text().startswith(f"In custody now: {len(names)} children")
    assert ("OVERDUE" in state.text()) == (state.property("level") == "overdue")
    assert not any(name in _page_text(window) for name in names)


def test_locking_shows_the_suite_state(qtbot, signed_in):
    signed_in.lock()
    assert signed_in.signin.ui.suiteStateLabel.isVisible()
    assert "In custody now" in signed_in.signin.ui.suiteStateLabel.text()


def test_typing_before_the_database_is_open_is_kept_and_enter_waits_for_it(qtbot, ctx):
    """The sign-in page is painted before the store is opened: what the sergeant types in
    that moment is kept when the desk is attached, and Enter says to wait, never fails."""
    from custody_app.gui.main_window import MainWindow

    w = MainWindow()  # the shell: the sign-in page only
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.signin.painted, timeout=5000):
        w.show()
    assert w.ui.stack.currentWidget() is w.signin and w.ui.stack.count() == 1
    assert w.signin.ui.suiteLabel.text().startswith("Custody suite.")
    ui = w.signin.ui
    qtbot.keyClicks(ui.userEdit, "ps2190")
    qtbot.keyClick(ui.userEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.pinEdit, "2190")
    qtbot.keyClick(ui.pinEdit, Qt.Key.Key_Return)
    assert "Opening the custody database" in ui.messageLabel.text()
    w.attach(ctx)
    w.after_first_paint()
    assert (ui.userEdit.text(), ui.pinEdit.text()) == ("ps2190", "2190")
    assert ui.suiteLabel.text().startswith("Leamington Spa")  # the suite's own name, once the store is open
    qtbot.keyClick(ui.pinEdit, Qt.Key.Key_Return)
    assert w.ctx.session is not None and w.ui.stack.currentWidget() is w.board
