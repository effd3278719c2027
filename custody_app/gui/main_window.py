"""The window: header, the three pages (sign in, board, record), shortcuts, locking.

Every action is a small method that opens a view or calls one DeskContext method.
"""

from __future__ import annotations

from time import monotonic
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from ..rules.timecalc import show
from ..services import desk
from .board import BoardView
from .context import DeskContext
from .dialog_buttons import shortcut
from .forms.ui_main_window import Ui_MainWindow
from .signin import SignInView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ..domain import Event
    from .entry_dialog import EntryDialog
    from .record_view import RecordView

REFRESH_MS = 30_000
FRESH_S = 30.0  # a board judged while the sergeant typed is shown at sign-in if this recent
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class MainWindow(QMainWindow):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.signin = SignInView(ctx)
        self.board = BoardView(ctx)
        self._record: RecordView | None = None  # built when a record is first opened
        for page in (self.signin, self.board):
            self.ui.stack.addWidget(page)
        self.dialogs: list[QDialog] = []
        self.parked: list[QDialog] = []
        self.parked_for: str | None = None
        self._wire()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self._judged: tuple[float, list[desk.BoardRow]] | None = None  # judged while signed out
        self.refresh_header()
        self.signin.show_suite_state(None)  # judged after the first paint
        self.show_signin(judge=False)

    # --- wiring ---------------------------------------------------------------------
    def _wire(self) -> None:
        ctx, ui = self.ctx, self.ui
        self.signin.signed_in.connect(self.on_signed_in)
        self.board.open_record.connect(self.open_record)
        self.board.visit.connect(self.visit)
        self.board.book_in.connect(self.book_in)
        self.board.shift_documents.connect(self.open_shift_documents)
        ctx.changed.connect(self.on_changed)
        ui.lockButton.clicked.connect(self.lock)
        ui.helpButton.clicked.connect(self.show_shortcuts)
        ui.settingsButton.clicked.connect(self.settings)
        keys = (
            ("F1", self.show_shortcuts), ("F5", self.visit_selected), ("Ctrl+N", self.book_in),
            ("Ctrl+E", self.new_entry), ("Ctrl+B", self.show_board), ("Ctrl+,", self.settings),
            ("Ctrl+Shift+P", self.open_shift_documents),
        )
        for seq, slot in keys:
            shortcut(seq, self, slot)
        for seq, slot in (("Ctrl+L", self.lock), ("Ctrl+Q", self.quit)):
            shortcut(seq, self, slot, Qt.ShortcutContext.ApplicationShortcut)
        for button in (ui.helpButton, ui.settingsButton, ui.lockButton):  # they have their keys
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def record(self) -> RecordView:
        """The child's record page, built the first time a record is opened (not at start-up)."""
        if self._record is None:
            from .record_view import RecordView

            page = self._record = RecordView(self.ctx)
            self.ui.stack.addWidget(page)
            page.back.connect(self.show_board)
            page.open_form.connect(self.open_form)
            page.visit.connect(lambda: self.visit(page.number))
            page.new_entry.connect(self.new_entry)
            page.correct.connect(self.correct)
            page.open_screen.connect(self.open_screen)
            record_keys = (("Esc", self.show_board), ("Ctrl+K", page._correct_selected),
                           ("Ctrl+1", page.ui.checklistTree.setFocus),
                           ("Ctrl+2", page.ui.timelineTree.setFocus),
                           ("Ctrl+R", self.open_review), ("Ctrl+T", self.open_accommodation),
                           ("Ctrl+P", self.open_documents))
            for seq, slot in record_keys:
                shortcut(seq, page, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return self._record

    def _record_shown(self) -> bool:
        return self._record is not None and self.ui.stack.currentWidget() is self._record

    def start(self) -> None:
        """Begin the timers and watch for input (idle lock)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.refresh_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.refresh_timer.stop()
        self.idle_timer.stop()
        for dialog in [*self.dialogs, *self.parked]:
            dialog.close()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS and self.ctx.session is not None:
            self.idle_timer.start()
        return False

    # --- pages ----------------------------------------------------------------------
    def refresh_header(self) -> None:
        ui, ctx = self.ui, self.ctx
        suite, force = ctx.setting("suite_name", "Custody suite"), ctx.setting("force_name")
        ui.suiteLabel.setText(suite + (f" · {force}" if force else ""))
        s = ctx.session
        ui.userLabel.setText(f"{s.signature} ({s.title})" if s else "Not signed in")
        ui.clockLabel.setText(show(ctx.clock.now()))
        ui.settingsButton.setVisible(bool(s and desk.can_administer(s)))
        ui.lockButton.setEnabled(s is not None)

    def after_first_paint(self) -> None:
        """While the sergeant types: load the engine and judge the suite (the sign-in page's
        count, and the board shown at sign-in). A new database asks for its administrator."""
        if self.ctx.needs_first_user():
            self.first_run()
            return
        self.judge_signed_out()

    def judge_signed_out(self) -> None:
        rows = self.ctx.board()
        self._judged = (monotonic(), rows)
        self.signin.show_suite_state(rows)

    def first_run(self) -> None:
        from .first_run import FirstRunDialog

        dialog = FirstRunDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.show_signin("Administrator made: sign in with its user name and PIN."))
        self._open(dialog)

    def show_signin(self, message: str = "", judge: bool = True) -> None:
        """The sign-in page; with `judge`, the suite's state judged by the engine now."""
        parked = ""
        if self.parked and self.parked_for:
            n = len(self.parked)
            parked = f"{n} unfinished form{'s' if n > 1 else ''} kept for {self.parked_for}: sign in as them to finish."
        self.signin.refresh_suite()
        if judge and self.ctx.session is None:
            self.judge_signed_out()
        self.ui.stack.setCurrentWidget(self.signin)
        self.signin.reset(message, parked)

    def on_signed_in(self) -> None:
        session = self.ctx.session
        assert session is not None
        self.idle_timer.setInterval(max(1, self.ctx.policy.idle_lock_minutes) * 60_000)
        self.idle_timer.start()
        self.refresh_header()
        judged, self._judged = self._judged, None
        if judged is not None and monotonic() - judged[0] < FRESH_S:
            # judged while the sergeant typed: shown at once, judged again just after
            self.show_board(judged[1])
            QTimer.singleShot(0, self.refresh)
        else:
            self.show_board()
        if self.parked and self.parked_for == session.username:
            for dialog in self.parked:
                dialog.show()
                dialog.activateWindow()
            self.parked, self.parked_for = [], None

    def show_board(self, rows: list[desk.BoardRow] | None = None) -> None:
        if self.ctx.session is None:
            return
        self.board.refresh(rows)
        self.ui.stack.setCurrentWidget(self.board)
        if self._record is not None and self._record.number:
            self.board.select(self._record.number)
        self.board.ui.boardTable.setFocus()

    def open_record(self, number: str) -> None:
        self.record.show_record(number)
        self.ui.stack.setCurrentWidget(self.record)
        self.record.ui.checklistTree.setFocus()

    def refresh(self) -> None:
        self.refresh_header()
        if self.ctx.session is None:
            if not self.ctx.needs_first_user():
                self.judge_signed_out()
            return
        current = self.ui.stack.currentWidget()
        if current is self.board:
            self.board.refresh()
        elif self._record_shown() and self.record.number:
            self.record.show_record(self.record.number)

    def on_changed(self, number: str) -> None:
        self._judged = None  # judged before this change: never shown
        self.refresh()
        if not number:
            self.signin.refresh_suite()
        self.ui.statusbar.showMessage("Saved." if number else "Settings saved.", 5000)

    # --- locking --------------------------------------------------------------------
    def lock(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        open_dialogs = [d for d in self.dialogs if d.isVisible()]
        if open_dialogs:
            self.parked, self.parked_for = open_dialogs, session.username
            for d in open_dialogs:
                d.hide()
        self.ctx.sign_out()
        self.idle_timer.stop()
        self.refresh_header()
        self.show_signin("Locked. Sign in to go on.")

    # --- dialogs --------------------------------------------------------------------
    def quit(self) -> None:
        """Ctrl+Q: lock first (open forms are kept, the desk signs out), then close."""
        self.lock()
        self.close()

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # the window's own shortcuts are blocked while a modal dialog is open: lock and help work there too
        shortcut("Ctrl+L", dialog, self.lock)
        shortcut("Ctrl+Q", dialog, self.quit)
        shortcut("F1", dialog, self.show_shortcuts)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        if not any(d.isVisible() for d in self.dialogs) and self.isVisible():
            self.activateWindow()  # the keyboard goes back to the desk, never nowhere

    def _target(self) -> str | None:
        if self._record_shown():
            return self.record.number
        if self.ui.stack.currentWidget() is self.board:
            return self.board.selected()
        return None

    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutsDialog

        self._open(ShortcutsDialog(self, about=self.show_about))

    # --- decisions: review, charge and accommodation, documents (issue 5) ----------------
    def show_about(self) -> None:
        from .about import AboutDialog

        self._open(AboutDialog(self.ctx.store, self))

    def open_screen(self, screen: str, event_type: str = "") -> QDialog | None:
        if screen == "review":
            return self.open_review()
        if event_type in ("court_fixed", "certificate_endorsed", "certificate_produced"):  # 1.1: the last step
            return self.open_accommodation(step=6)
        if screen == "certificate":
            return self.open_documents() if self._certified() else self.open_accommodation(step=4)
        step = 0 if event_type == "charged" else 1 if event_type == "bail_decision" else None
        return self.open_accommodation(step=step)

    def _certified(self) -> bool:
        number = self._target()
        if not number:
            return False
        return any(e.type == "certificate_issued" for e in self.ctx.load(number)[0].events)

    def open_review(self) -> QDialog | None:
        from .review_dialog import ReviewDialog

        number = self._target()
        if self.ctx.session is None or not number:
            return None
        record, a = self.ctx.load(number)
        why = desk.refusal(self.ctx.session, "review", a.stage)
        if why:
            self.ui.statusbar.showMessage(why, 10_000)
        return self._open(ReviewDialog(self.ctx, record, self))

    def open_accommodation(self, step: int | None = None) -> QDialog | None:
        from .accommodation_wizard import AccommodationWizard

        number = self._target()
        if self.ctx.session is None or not number:
            return None
        wizard = AccommodationWizard(self.ctx, self.ctx.load(number)[0], self)
        self._open(wizard)
        if step is not None:
            wizard.go(step)
        return wizard

    def open_documents(self) -> QDialog | None:
        from .documents import DocumentsDialog

        number = self._target()
        if self.ctx.session is None or not number:
            return None
        return self._open(DocumentsDialog(self.ctx, self.ctx.load(number)[0], self))

    def open_shift_documents(self) -> QDialog | None:
        """Ctrl+Shift+P: the handover sheet and the downtime pack, for every child in custody."""
        from .documents import DocumentsDialog

        if self.ctx.session is None:
            return None
        return self._open(DocumentsDialog(self.ctx, None, self))

    def book_in(self) -> None:
        if self.ctx.session is None:
            return
        from .booking import BookingWizard

        wizard = BookingWizard(self.ctx, self)
        wizard.booked.connect(self.open_record)
        self._open(wizard)

    def settings(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        if not desk.can_administer(s):
            self.ui.statusbar.showMessage("Settings are changed by an administrator.", 6000)
            return
        from .settings_dialog import SettingsDialog

        self._open(SettingsDialog(self.ctx, self))

    def visit_selected(self) -> None:
        self.visit(self._target())

    def visit(self, number: str | None) -> None:
        self.open_form("observation", number)

    def new_entry(self) -> None:
        number = self._target()
        if self.ctx.session is None or not number:
            return
        from .entry_dialog import TypePicker

        picker = TypePicker(self, fmt=self.ctx.load(number)[0].format)  # a 1.0 record: 1.0 types only
        picker.accepted.connect(lambda: picker.chosen and self.open_form(picker.chosen, number))
        self._open(picker)

    def open_form(self, event_type: str, number: str | None = None) -> EntryDialog | None:
        number = number or self._target()
        if self.ctx.session is None or not number:
            return None
        record, a = self.ctx.load(number)
        why = desk.refusal(self.ctx.session, event_type, a.stage)
        if why:
            self.ui.statusbar.showMessage(why, 10_000)
        from .entry_dialog import EntryDialog

        proposal = desk.level_proposal(a) if event_type == "observation_level_set" else ""
        dialog = EntryDialog(self.ctx, record, a.stage, event_type, self, proposal=proposal)
        if event_type == "risk_assessment":  # the risk assessment proposes a level; the sergeant confirms it
            dialog.accepted.connect(lambda: self.open_form("observation_level_set", number))
        self._open(dialog)
        return dialog

    def correct(self, event: Event) -> None:
        number = self.record.number
        if self.ctx.session is None or number is None:
            return
        record, a = self.ctx.load(number)
        from .entry_dialog import EntryDialog

        self._open(EntryDialog(self.ctx, record, a.stage, event.type, self, correcting=event))
