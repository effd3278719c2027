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

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def desk_window(qtbot, tmp_path):
    from custody_app.store import open_store

    store = open_store(tmp_path / "e2e.sqlite3")
    store.create_user("ps2190", "PS 2190 Khan", "sergeant", "2190")
    store.create_user("insp77", "Insp 77 Okafor", "inspector", "7777")
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


def sign_in(qtbot, k: Keys, w: MainWindow, user: str = "ps2190", pin: str = "2190") -> None:
    k.active(w)
    qtbot.waitUntil(lambda: w.ui.stack.currentWidget() is w.signin)
    if k.focus() is w.signin.ui.pinEdit:  # the last user name is kept: go back to it
        k.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        k.press(Qt.Key.Key_A, CTRL)
    k.type(user)
    k.press(Qt.Key.Key_Return)
    k.type(pin)
    k.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.ui.stack.currentWidget() is w.board)


def book_in(qtbot, k: Keys, w: MainWindow, reason: str = "") -> None:
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
    if reason:
        k.tab_to(wizard.arrest_ui.reasonCombo)
        k.type(reason)
    k.tab_to(wizard.arrest_ui.offencesEdit)
    k.type("taking a motor vehicle without consent")
    k.press(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    k.tab_to(wizard.detention_ui.groundsEdit)
    k.type("To obtain evidence by questioning")
    k.press(Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: w.ui.stack.currentWidget() is w.record or wizard.pages[2].error.isVisible())
    assert w.ui.stack.currentWidget() is w.record, wizard.pages[2].error.text()


def test_book_in_aa_visit_meal_release_by_keyboard(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    store = w.ctx.store
    sign_in(qtbot, k, w)
    book_in(qtbot, k, w)
    number = w.record.number
    assert store.load_record(number).child.name == "Sam Doe"
    k.active(w)
    # appropriate adult requested, then arrived
    dialog = k.entry(w, "adult req")
    assert dialog.event_type == "aa_requested"
    k.type("Jo Doe")
    k.press(Qt.Key.Key_Tab)
    k.type("parent")
    k.press(Qt.Key.Key_Return, CTRL)  # (Enter on a drop-down opens it: Ctrl+Enter saves from anywhere)
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
    k.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # the release
    k.active(w)
    dialog = k.entry(w, "released")
    k.type("no")  # first letters choose in a list (a space or Enter would open it)
    k.press(Qt.Key.Key_Return, CTRL)
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


def gone(dialog: QWidget) -> bool:
    """Closed (a dialog is deleted on close, so its wrapper may outlive it)."""
    try:
        return not dialog.isVisible()
    except RuntimeError:
        return True


def wait_closed(qtbot, dialog: QWidget) -> None:
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.ui.errorLabel.isVisible())
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()


def relock(qtbot, k: Keys, w: MainWindow, user: str, pin: str) -> None:
    k.press(Qt.Key.Key_L, CTRL)
    sign_in(qtbot, k, w, user, pin)
    k.press(Qt.Key.Key_Return)  # the board: open the selected child
    qtbot.waitUntil(lambda: w.ui.stack.currentWidget() is w.record)


def checklist_text(w: MainWindow, stage: str) -> str:
    model = w.record.ui.checklistTree.model()
    for r in range(model.rowCount()):
        head = model.index(r, 0)
        if str(head.data()).startswith(stage):
            return "\n".join(str(model.index(i, 0, head).data()) for i in range(model.rowCount(head)))
    return ""


def step_done(qtbot, wizard, step: int) -> None:
    qtbot.waitUntil(lambda: wizard.ui.stack.currentIndex() == step or wizard.ui.errorLabel.isVisible())
    assert wizard.ui.stack.currentIndex() == step, wizard.ui.errorLabel.text()


def test_review_asleep_charge_refusal_escalation_and_transfer_by_keyboard(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    store = w.ctx.store
    sign_in(qtbot, k, w)
    book_in(qtbot, k, w)
    number = w.record.number
    # the inspector reviews while the child is asleep
    w.ctx.clock.advance(hours=2)
    relock(qtbot, k, w, "insp77", "7777")
    k.press(Qt.Key.Key_R, CTRL)
    review = k.wait_dialog(w, "ReviewDialog")
    assert "You may" in review.ui.rankLabel.text()
    k.tab_to(review.ui.asleepCheck)
    k.press(Qt.Key.Key_Space)
    k.tab_to(review.ui.aaEdit)
    k.type("no appropriate adult yet; mother on her way")
    k.tab_to(review.ui.independentCheck)  # 1.1: the reviewer declares they are not involved (s40(1)(b))
    k.press(Qt.Key.Key_Space)
    k.tab_to(review.ui.bailCheck)
    k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_Tab)
    k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_Return)
    wait_closed(qtbot, review)
    # the inform-on-waking item is due, and stays due until done
    k.active(w)
    assert "on waking" in checklist_text(w, "Reviews")
    w.ctx.clock.advance(minutes=90)
    w.refresh()
    assert any(d.code == "INFORM_ON_WAKING" for d in w.ctx.load(number)[1].due)
    k.press(Qt.Key.Key_R, CTRL)
    review = k.wait_dialog(w, "ReviewDialog")
    assert review.ui.informButton.isVisible()
    k.press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: not review.ui.informButton.isVisible())
    k.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not review.isVisible())
    assert not any(d.code == "INFORM_ON_WAKING" for d in w.ctx.load(number)[1].due)
    qtbot.waitUntil(lambda: "on waking" not in checklist_text(w, "Reviews"))
    # the sergeant charges, refuses bail, asks the authority, escalates its refusal, moves the child
    relock(qtbot, k, w, "ps2190", "2190")
    k.press(Qt.Key.Key_T, CTRL)
    wizard = k.wait_dialog(w, "AccommodationWizard")
    assert wizard.ui.stack.currentIndex() == 0
    qtbot.waitUntil(lambda: wizard.ui.offencesEdit.hasFocus())
    k.type("taking a motor vehicle without consent")
    k.press(Qt.Key.Key_Tab)
    k.type("other")
    k.press(Qt.Key.Key_C, ALT)
    step_done(qtbot, wizard, 1)
    k.tab_to(wizard.ui.groundsList)
    k.press(Qt.Key.Key_Down)
    k.press(Qt.Key.Key_Down)
    k.press(Qt.Key.Key_Space)  # prevent the commission of an offence
    k.press(Qt.Key.Key_R, ALT)
    step_done(qtbot, wizard, 2)
    assert wizard.ui.kindCombo.findData("secure") == -1  # not violent or sexual
    assert "shows a violent or sexual offence" in wizard.ui.secureLabel.text()
    k.tab_to(wizard.ui.authorityEdit)
    k.type("Warwickshire County Council")
    k.press(Qt.Key.Key_R, ALT)
    step_done(qtbot, wizard, 3)
    k.tab_to(wizard.ui.answerReasonEdit)
    k.type("no foster placement tonight")
    k.press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "ESCALATE NOW" in wizard.ui.escalateLabel.text() or wizard.ui.errorLabel.isVisible())
    assert "ESCALATE NOW" in wizard.ui.escalateLabel.text(), wizard.ui.errorLabel.text()
    k.tab_to(wizard.ui.escalateOutcomeEdit)
    k.type("senior manager found a placement")
    k.press(Qt.Key.Key_E, ALT)
    step_done(qtbot, wizard, 4)
    assert wizard.ui.certificateButton.isEnabled()
    k.press(Qt.Key.Key_B, ALT)  # back to the answer: the authority now provides
    step_done(qtbot, wizard, 3)
    k.tab_to(wizard.ui.providedCombo)
    k.press(Qt.Key.Key_Down)
    k.tab_to(wizard.ui.answerReasonEdit)
    k.type("foster placement in Warwick")
    k.press(Qt.Key.Key_A, ALT)
    step_done(qtbot, wizard, 5)
    assert wizard.ui.moveCombo.currentData() == "la_non_secure"
    k.press(Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: gone(wizard) or wizard.ui.errorLabel.isVisible())
    assert gone(wizard), wizard.ui.errorLabel.text()

    record = store.load_record(number)
    types = [e.type for e in record.events]
    assert types[3:] == ["review", "child_informed_of_review", "charged", "bail_decision",
                         "la_accommodation_requested", "la_response", "escalated", "la_response", "transferred"]
    review_event = record.events[3]
    assert review_event["child_asleep"] and review_event["rank"] == "inspector"
    assert record.events[-1]["to"] == "la_non_secure" and record.events[-3]["to"] == "duty_inspector"
    assert record.events[5].by == "PS 2190 Khan" and list(record.events[6]["grounds"]) == ["commit_offence"]
    assert store.in_custody() == []


def test_breach_of_court_bail_allows_no_secure_request_nor_certificate(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    book_in(qtbot, k, w, reason="b")  # the first "b…": breach of court bail (a space would open the list)
    number = w.record.number
    assert w.ctx.store.load_record(number).events[0]["reason"] == "breach_of_court_bail"
    k.active(w)
    k.press(Qt.Key.Key_T, CTRL)
    wizard = k.wait_dialog(w, "AccommodationWizard")
    assert "breach of court bail" in wizard.ui.stateLabel.text()
    for step in (1, 2):  # a mnemonic clicks after a short animation: one step at a time
        k.press(Qt.Key.Key_N, ALT)
        qtbot.waitUntil(lambda step=step: wizard.ui.stack.currentIndex() == step)
    assert wizard.ui.kindCombo.findData("secure") == -1 and not wizard.ui.requestButton.isEnabled()
    assert "no secure request" in wizard.ui.secureLabel.text() and wizard.ui.secureLabel.isVisible()
    for step in (3, 4):
        k.press(Qt.Key.Key_N, ALT)
        qtbot.waitUntil(lambda step=step: wizard.ui.stack.currentIndex() == step)
    assert not wizard.ui.certificateButton.isEnabled()
    assert "no certificate" in wizard.ui.certificateStateLabel.text() and wizard.ui.certificateStateLabel.isVisible()
    k.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    k.active(w)
    k.press(Qt.Key.Key_P, CTRL)
    docs = k.wait_dialog(w, "DocumentsDialog")
    assert not docs.save_button.isEnabled() and "Not printable" in docs.status.text()
    k.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not docs.isVisible())
    assert [e.type for e in w.ctx.store.load_record(number).events] == [
        "arrested", "arrived_at_station", "detention_authorised"]
