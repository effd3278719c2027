"""Screen: the review of detention (PACE s40): who may review, the clock, the child's say.

Everything the form says about the law comes from `desk.review_context` (the engine);
saving goes through `desk.add_decision`, which refuses what the engine would find wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from ..domain import Record
from ..rules.timecalc import LocalTimeError
from ..services import desk
from .context import DeskContext
from .dialog_buttons import (
    EntryGuards,
    tab_top_to_bottom,
    wire_save_cancel,
)
from .forms.ui_review import Ui_ReviewDialog
from .late_entry import LateReasonRow

MODES = (("in_person", "In person"), ("video", "By video"), ("telephone", "By telephone"))
OUTCOMES = (("continue", "Continue detention"), ("release", "Release"))
LAW = ("The review asks whether keeping the child is still necessary. Hear the child (unless asleep), the "
       "appropriate adult and the solicitor, and consider bail and the child's welfare. A child who is "
       "asleep is told of the review, and its outcome, when they wake.")


class ReviewDialog(EntryGuards, QDialog):
    def __init__(self, ctx: DeskContext, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.stored: Record | None = None
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.late_row = LateReasonRow(self, self.ui.form, self.ui.atTime, lambda: self.record)
        self.setObjectName("reviewDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(f"Review of detention — {record.child.name}")
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        for key, text in MODES:
            self.ui.modeCombo.addItem(text, key)
        for key, text in OUTCOMES:
            self.ui.outcomeCombo.addItem(text, key)
        self.ui.lawLabel.setText(LAW)
        self.ui.lawLabel.setProperty("role", "law")
        self.ui.reasonEdit.setPlaceholderText("needed when not in person: why the reviewer could not attend")
        self.ui.childEdit.setPlaceholderText("what the child said (or that they chose to say nothing)")
        self.ui.aaEdit.setPlaceholderText("what the appropriate adult said")
        self.ui.solicitorEdit.setPlaceholderText("what the solicitor said, if one was there")
        self.ui.errorLabel.setVisible(False)
        self.ui.errorLabel.setObjectName("errorLabel")
        # a 1.0 record takes no 1.1 field: the declaration is not offered (its reason stays in the note)
        self.ui.independentCheck.setVisible(record.is_v11)
        self.ui.modeCombo.currentIndexChanged.connect(self._mode)
        self.ui.asleepCheck.toggled.connect(self._asleep)
        self.ui.informButton.clicked.connect(self.record_informed)
        wire_save_cancel(self, self.ui.buttonBox, self.save, "Save the review")
        self.ui.atTime.follow_clock(ctx.clock.now)  # the moment saved, unless a time is typed
        self.ui.bailCheck.setChecked(False)
        self.ui.welfareCheck.setChecked(False)
        self.refresh()
        self._mode()
        ui = self.ui
        tab_top_to_bottom([ui.atTime.date_edit, ui.atTime.time_edit, ui.atTime.zone_combo, ui.modeCombo,
                           ui.reasonEdit, ui.asleepCheck, ui.childEdit, ui.aaEdit, ui.solicitorEdit, ui.bailCheck,
                           ui.welfareCheck, ui.outcomeCombo, self.late_row.edit, ui.noteEdit,
                           *ui.buttonBox.buttons(), ui.informButton])
        self.guard_entry(self.ui.atTime, self.ui.errorLabel, ctx.clock.now)
        self.ui.modeCombo.setFocus()
        self.resize(780, 720)

    def refresh(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        c = desk.review_context(self.record, session, self.ctx.clock.now(), self.ctx.policy, self.ctx.evaluate)
        self.context = c
        self.ui.rankLabel.setText(f"NOT YOU ({session.title}). {c.refusal}" if c.refusal
                                  else f"Who reviews: {c.rank_needed}. You may ({session.title}).")
        self.ui.rankLabel.setProperty("level", "overdue" if c.refusal else "")
        self.ui.clockLabel.setText(c.due_text)
        self.ui.clockLabel.setProperty("level", "overdue" if c.overdue else "")
        self.ui.nextLabel.setText(c.next_text)
        self.ui.nextLabel.setVisible(bool(c.next_text))
        self.ui.toldLabel.setText(c.told_text + (" The item stays due until it is done." if c.inform_on_waking_due else ""))
        self.ui.toldLabel.setProperty("level", "soon" if c.inform_on_waking_due else "")
        self.ui.informButton.setVisible(c.inform_on_waking_due)
        self.ui.aaEdit.setEnabled(True)
        self.ui.aaEdit.setPlaceholderText("what the appropriate adult said" if c.aa_present
                                          else "no appropriate adult present now")
        for label in (self.ui.rankLabel, self.ui.clockLabel, self.ui.toldLabel):
            label.style().unpolish(label)
            label.style().polish(label)

    def _mode(self) -> None:
        in_person = self.ui.modeCombo.currentData() == "in_person"
        self.ui.reasonEdit.setEnabled(not in_person)
        self.ui.reasonEditLabel.setEnabled(not in_person)

    def _asleep(self, asleep: bool) -> None:
        self.ui.childEdit.setPlaceholderText("asleep: told of the review on waking" if asleep
                                             else "what the child said (or that they chose to say nothing)")

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "mode": ui.modeCombo.currentData(),
            "child_asleep": ui.asleepCheck.isChecked(),
            "representations": {"child": ui.childEdit.text(), "appropriate_adult": ui.aaEdit.text(),
                                "solicitor": ui.solicitorEdit.text()},
            "bail_considered": ui.bailCheck.isChecked(),
            "welfare_considered": ui.welfareCheck.isChecked(),
            "outcome": ui.outcomeCombo.currentData(),
            "reviewer_not_involved": ui.independentCheck.isChecked(),
        }

    def save(self) -> None:
        session = self.ctx.session
        if session is None:
            self.show_error("Sign in first.", None)
            return
        old = self.stale.check()
        if old:
            self.show_error(old, "at")
            return
        try:
            at = self.ui.atTime.value()
            event = desk.review_event(session, at, self.values(), self.ui.reasonEdit.text(), v11=self.record.is_v11)
            note = self.ui.noteEdit.text().strip()
            if note:
                event["note"] = f"{event['note']}. {note}" if event.get("note") else note
            self.late_row.apply(event)
            self.stored = self.ctx.decide(self.record.custody_number, event, self.context.stage)
        except LocalTimeError as exc:
            self.show_error(str(exc), "at")
            return
        except desk.DeskError as exc:
            self.show_error(exc.message, exc.field)
            return
        self.accept()

    def record_informed(self) -> None:
        session = self.ctx.session
        if session is None:
            return
        try:
            event = desk.build_event("child_informed_of_review", self.ctx.clock.now(), session, {})
            self.record = self.ctx.add_entry(self.record.custody_number, event, self.context.stage)
        except desk.DeskError as exc:
            self.show_error(exc.message, None)
            return
        self.ui.errorLabel.setVisible(False)
        self.refresh()

    def show_error(self, message: str, field: str | None) -> None:
        self.ui.errorLabel.setText(f"Not saved. {message}")
        self.ui.errorLabel.setVisible(True)
        target = {"reason": self.ui.reasonEdit, "representations": self.ui.childEdit,
                  "bail_considered": self.ui.bailCheck, "at": self.ui.atTime,
                  "reviewer_not_involved": self.ui.independentCheck,
                  "late_reason": self.late_row.edit}.get(field or "")
        if target is not None:
            target.setFocus()
