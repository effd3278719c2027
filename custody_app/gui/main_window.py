"""The window: header, the three pages (sign in, board, record), shortcuts, locking.

Built in two steps, so that the sign-in page is painted before anything else is loaded:
`MainWindow()` is the header and the sign-in page only; `attach(ctx)` (once the store is
open, while the sergeant types) adds the board, the shortcuts and the timers. Every action
is a small method that opens a view or calls one DeskContext method.
"""

from __future__ import annotations

from time import monotonic
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget

from .desk_actions import DeskActions
from .forms.ui_main_window import Ui_MainWindow
from .signin import SignInView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ..services.desk import BoardRow
    from .context import DeskContext

REFRESH_MS = 30_000
FRESH_S = 30.0  # a board judged while the sergeant typed is shown at sign-in if this recent


class MainWindow(DeskActions):
    """The shell, its pages and locking; what the keys open is in DeskActions."""

    def __init__(self, ctx: DeskContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.signin = SignInView()
        self.ui.stack.addWidget(self.signin)
        self._record = None  # built when a record is first opened
        self.dialogs: list[QDialog] = []
        self.parked: list[QDialog] = []
        self.parked_for: str | None = None
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self._judged: tuple[float, list[BoardRow]] | None = None  # judged while signed out
        self.ui.settingsButton.setVisible(False)
        self.ui.lockButton.setEnabled(False)
        self.signin.show_suite_state(None)  # judged once the desk is attached
        self.ui.stack.setCurrentWidget(self.signin)
        self.signin.ui.userEdit.setFocus()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: DeskContext) -> None:
        """The desk on its store: the board, the shortcuts, the header. The sign-in page keeps
        whatever the sergeant has typed meanwhile."""
        from .board import BoardView

        self.ctx = ctx
        self.board = BoardView(ctx)
        self.ui.stack.addWidget(self.board)
        self.signin.attach(ctx)
        self._wire()
        self.refresh_timer.timeout.connect(self.refresh)
        self.idle_timer.timeout.connect(self.lock)
        self.refresh_header()

    # --- wiring ---------------------------------------------------------------------
    def _wire(self) -> None:
        # PySide builds the Qt namespace's enums (~20 ms) when it is first named: after the paint
        from PySide6.QtCore import Qt

        from .dialog_buttons import shortcut

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

    def start(self) -> None:
        """Begin the timers and watch for input (idle lock); once attached."""
        self._input_events = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
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
        if event.type() in self._input_events and self.ctx.session is not None:
            self.idle_timer.start()
        return False

    # --- pages ----------------------------------------------------------------------
    def refresh_header(self) -> None:
        from ..rules.timecalc import show
        from ..services.desk import can_administer

        ui, ctx = self.ui, self.ctx
        suite, force = ctx.setting("suite_name", "Custody suite"), ctx.setting("force_name")
        ui.suiteLabel.setText(suite + (f" · {force}" if force else ""))
        s = ctx.session
        ui.userLabel.setText(f"{s.signature} ({s.title})" if s else "Not signed in")
        ui.clockLabel.setText(show(ctx.clock.now()))
        ui.settingsButton.setVisible(bool(s and can_administer(s)))
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

    def show_board(self, rows: list[BoardRow] | None = None) -> None:
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

    def quit(self) -> None:
        """Ctrl+Q: lock first (open forms are kept, the desk signs out), then close."""
        self.lock()
        self.close()
