"""What every entry dialog (and the wizards) shares: Save / Cancel (Enter or Ctrl+Enter saves,
Esc cancels), Enter on a drop-down opens it (never saves), Cancel asks before throwing typed
text away, Tab goes top to bottom, and an entry's time that has grown old says so."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from .widgets.localtime import LocalTimeEdit

STALE_SECONDS = 5 * 60  # a typed time in a form open this long (or given back after a lock) is checked
_NEW = object()  # an input that was not there before
TYPED = "You have typed in this form. Press Cancel (or Esc) again to throw it away, or Save to keep it."


def wire_save_cancel(dialog: QDialog, box: QDialogButtonBox, save: Callable[[], None], what: str) -> None:
    box.accepted.connect(save)
    box.rejected.connect(dialog.reject)
    button = box.button(QDialogButtonBox.StandardButton.Save)
    button.setText("&Save (Enter)")
    button.setDefault(True)
    button.setAccessibleName(what)
    box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
    for seq in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut(seq, dialog, save)


class EnterOpensDropDown(QObject):
    """Enter on a closed drop-down opens it, so Enter never saves a form from there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QComboBox)
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            watched.showPopup()
            return True
        return False


def guard_drop_downs(dialog: QDialog) -> None:
    guard = EnterOpensDropDown(dialog)
    for combo in dialog.findChildren(QComboBox):
        combo.installEventFilter(guard)
    dialog.setProperty("dropDownGuard", True)
    dialog._drop_down_guard = guard  # type: ignore[attr-defined]  # kept alive with the dialog


class EnterRecordsItsOwn(QObject):
    """Two actions on one page (the authority's answer, the escalation): Enter in a field
    records the action that field belongs to, never the page's other one."""

    def __init__(self, groups: Sequence[tuple[Sequence[QLineEdit], QAbstractButton]], parent: QObject) -> None:
        super().__init__(parent)
        self.button_of = {edit: button for edits, button in groups for edit in edits}
        for edit in self.button_of:
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier and watched in self.button_of):
            self.button_of[watched].click()
            return True
        return False


def typed_values(dialog: QWidget) -> dict[QWidget, object]:
    """What the user has typed or chosen in each of the dialog's inputs (compared to tell
    whether Cancel would throw anything away). A time that follows the clock is the desk's,
    whatever it shows: only a time typed counts."""
    out: dict[QWidget, object] = {}
    times = dialog.findChildren(LocalTimeEdit)
    inside = {id(part) for t in times for part in (t.date_edit, t.time_edit, t.zone_combo)}
    for t in times:
        out[t] = None if t.following else (t.date_edit.text(), t.time_edit.text(), t.zone_combo.currentIndex())
    for w in dialog.findChildren(QWidget):
        if id(w) in inside:
            continue
        if isinstance(w, QLineEdit):
            out[w] = w.text()
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out[w] = w.toPlainText()
        elif isinstance(w, QComboBox):
            out[w] = w.currentIndex()
        elif isinstance(w, QCheckBox):
            out[w] = w.isChecked()
        elif isinstance(w, QSpinBox):
            out[w] = w.value()
        elif isinstance(w, QListWidget):
            out[w] = tuple(w.item(i).checkState() == Qt.CheckState.Checked for i in range(w.count()))
    return out


class CancelGuard:
    """Cancel (or Esc) on a form with typed text asks first: the message says so, and a
    second Cancel throws the text away. `message` is the label, or gives the one to use
    (a wizard's page); `words` name the dialog's own buttons."""

    def __init__(self, dialog: QDialog, message: QLabel | Callable[[], QLabel], words: str = TYPED) -> None:
        self.dialog, self.message, self.words = dialog, message, words
        self.start = typed_values(dialog)
        self.warned: dict[QWidget, object] | None = None

    def reset(self, within: Sequence[QWidget] | None = None) -> None:
        """What the inputs hold now is nothing to lose (it is stored): all of them, or only
        those `within` these widgets (the part of a form just saved)."""
        now = typed_values(self.dialog)
        if within is None:
            self.start = now
            return
        for w, value in now.items():
            if any(w is part or part.isAncestorOf(w) for part in within):
                self.start[w] = value

    @contextmanager
    def desk_fills(self) -> Iterator[None]:
        """What the desk itself puts into the inputs in this block is not typed by the user."""
        before = typed_values(self.dialog)
        yield
        after = typed_values(self.dialog)
        for w in before.keys() - after.keys():
            self.start.pop(w, None)
        for w, value in after.items():
            if before.get(w, _NEW) != value:
                self.start[w] = value

    def may_close(self) -> bool:
        now = typed_values(self.dialog)
        if not self._typed(now) or now == self.warned:
            return True
        self.warned = now
        message = self.message if isinstance(self.message, QLabel) else self.message()
        message.setText(self.words)
        message.setVisible(True)
        return False

    def _typed(self, now: dict[QWidget, object]) -> bool:
        """An input changed, added (a person added to a list) or taken away since the start."""
        return now.keys() != self.start.keys() or any(self.start[w] != value for w, value in now.items())


class StaleTime:
    """A time typed in a form kept open over 5 minutes, or given back after a lock, may be
    old: Save once says so (with the time), and saves when pressed again."""

    def __init__(self, time_edit: object, now: Callable[[], datetime]) -> None:
        self.time_edit, self.now = time_edit, now
        self.opened = now()
        self.locked_over = False
        self.warned = False

    def restart(self) -> None:
        """A form that stays open after an entry is saved (a wizard's step): the next entry's
        time is new, so its age counts from now."""
        self.opened = self.now()
        self.locked_over = False
        self.warned = False

    def given_back(self, message: QLabel) -> None:
        """The form is shown again after a lock: a time that follows the clock moves on; a
        typed one is said to be possibly old (and checked at Save)."""
        self.locked_over = True
        show_now = getattr(self.time_edit, "show_now", None)
        if show_now is not None:
            show_now()
        if not getattr(self.time_edit, "following", True):
            message.setText("This form was kept over a lock: the time typed may be old. Check it before saving.")
            message.setVisible(True)

    def is_old(self) -> bool:
        """A typed time, in a form kept over a lock or open over 5 minutes."""
        if getattr(self.time_edit, "following", True):
            return False
        return self.locked_over or (self.now() - self.opened).total_seconds() >= STALE_SECONDS

    def check(self) -> str | None:
        """None when the time may be saved; otherwise the words to show (once)."""
        if self.warned or not self.is_old():
            return None
        self.warned = True
        why = "this form was kept over a lock" if self.locked_over else "this form has been open over 5 minutes"
        return f"The time typed may be old ({why}): check it is when it happened, then Save again."


class CancelGuards:
    """For a QDialog (put before QDialog in the bases): Enter on a drop-down opens it, and
    Cancel, Esc or closing the window asks before throwing typed text away."""

    cancel_guard: CancelGuard

    def guard_cancel(self, message: QLabel | Callable[[], QLabel], words: str = TYPED) -> None:
        assert isinstance(self, QDialog)
        guard_drop_downs(self)
        self.cancel_guard = CancelGuard(self, message, words)

    def reject(self) -> None:
        if self.cancel_guard.may_close():
            super().reject()  # type: ignore[misc]


class EntryGuards(CancelGuards):
    """For a QDialog that makes an entry (put before QDialog in the bases): the CancelGuards,
    and an entry time that is the moment saved unless typed, checked when the form was kept
    over a lock or 5 min."""

    stale: StaleTime

    def guard_entry(self, time_edit: object, message: QLabel, now: Callable[[], datetime],
                    words: str = TYPED) -> None:
        assert isinstance(self, QDialog)
        self.guard_cancel(message, words)
        self.stale = StaleTime(time_edit, now)
        self._message = message
        self._shown_before = False
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(60_000)
        self.age_timer.timeout.connect(self.say_if_old)
        self.age_timer.start()

    def say_if_old(self) -> None:
        """Every minute: a typed time in a form open over 5 minutes is said to be possibly old."""
        if self.stale.is_old():
            self._message.setText("This form has been open over 5 minutes: the time typed may be old. "
                                  "Check it before saving.")
            self._message.setVisible(True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Given back after a lock: a time that follows the clock moves on; a typed one is said.
        (A window restored from the task bar is shown by the window system: not a lock.)"""
        if getattr(self, "_shown_before", False) and not event.spontaneous():
            self.stale.given_back(self._message)
        self._shown_before = True
        super().showEvent(event)  # type: ignore[misc]


def tab_top_to_bottom(widgets: Sequence[QWidget]) -> None:
    """Tab visits the widgets in this order (the form from top to bottom, then its buttons)."""
    chain = [w for w in widgets if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    for a, b in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(a, b)


def buttons_of(box: QDialogButtonBox) -> list[QAbstractButton]:
    return list(box.buttons())


def shortcut(keys: str, parent: QWidget, slot: Callable[[], object],
             context: Qt.ShortcutContext | None = None) -> QShortcut:
    """A key sequence that calls `slot` while `parent` (or, with `context`, more) has focus."""
    s = QShortcut(QKeySequence(keys), parent)
    s.activated.connect(slot)
    if context is not None:
        s.setContext(context)
    return s
