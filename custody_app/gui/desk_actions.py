"""What the desk's keys and buttons open, on the current child: the record page, the entry
forms, the decisions (review, charge and accommodation), documents, booking in, settings.
MainWindow (main_window.py) is this with the shell, its pages and locking around it.

Each action is a small method that opens one dialog; the dialogs themselves import what
they need when first opened, after the sign-in page is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ..domain import Event
    from .board import BoardView
    from .context import DeskContext
    from .entry_dialog import EntryDialog
    from .forms.ui_main_window import Ui_MainWindow
    from .record_view import RecordView


class DeskActions(QMainWindow):
    ctx: DeskContext  # set when the desk is attached to its store
    ui: Ui_MainWindow
    board: BoardView
    dialogs: list[QDialog]
    _record: RecordView | None
    # the shell's own (MainWindow)
    lock: Callable[[], None]
    quit: Callable[[], None]
    show_board: Callable[[], None]
    open_record: Callable[[str], None]

    @property
    def record(self) -> RecordView:
        """The child's record page, built the first time a record is opened (not at start-up)."""
        if self._record is None:
            from PySide6.QtCore import Qt

            from .dialog_buttons import shortcut
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

    def _open(self, dialog: QDialog) -> QDialog:
        from PySide6.QtCore import Qt

        from .dialog_buttons import shortcut

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

        self._open(AboutDialog(self.ctx.store_location(), self))

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
        from ..services.desk import refusal

        record, a = self.ctx.load(number)
        why = refusal(self.ctx.session, "review", a.stage)
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
        from ..services.desk import can_administer

        if not can_administer(s):
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
        from ..services.desk import level_proposal, refusal
        from .entry_dialog import EntryDialog

        record, a = self.ctx.load(number)
        why = refusal(self.ctx.session, event_type, a.stage)
        if why:
            self.ui.statusbar.showMessage(why, 10_000)
        proposal = level_proposal(a) if event_type == "observation_level_set" else ""
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
