"""Screen: charge, bail and accommodation (PACE s38(6), RULES.md section 4), step by step.

The wizard never decides the law. What is offered, and the words saying why, come from
`desk.accommodation_step` (the engine's AccommodationState); each entry is saved through
`DeskContext.decide`, which refuses what the engine would find unlawful, in its words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..domain import Record, as_of
from ..reports import words as W
from ..rules.timecalc import LocalTimeError, show
from ..services import desk
from ..services.desk import forms_v11 as v11
from .accommodation_court import CourtPage
from .accommodation_v11 import WizardV11, checked as _checked, level as _level
from .context import DeskContext
from .dialog_buttons import EnterRecordsItsOwn, EntryGuards
from .forms.ui_accommodation import Ui_AccommodationWizard
from .late_entry import LateReasonRow

PROVIDED = ((False, None, "Could not provide"), (True, "non_secure", "Provided non-secure accommodation"),
            (True, "secure", "Provided secure accommodation"))
MOVES = ("la_non_secure", "la_secure", "court", "other_station", "hospital")


def _fill(combo: Any, pairs: Any) -> None:
    combo.clear()
    for key, text in pairs:
        combo.addItem(text, key)


def _checkable(widget: QListWidget, table: dict[str, str]) -> None:
    widget.clear()
    for key, text in table.items():
        shown = text if text.startswith("s38(") else text[:1].upper() + text[1:]  # a citation keeps its case
        item = QListWidgetItem(shown, widget)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    widget.setCurrentRow(0)


class AccommodationWizard(EntryGuards, WizardV11, QDialog):
    """Each step's save button is the default one (Enter saves from a text field); the entry
    dialogs' guards hold: Enter on a drop-down opens it, closing asks before throwing typed
    text away, and a time typed and kept over a lock or 5 minutes is checked at Save."""

    def __init__(self, ctx: DeskContext, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.record = ctx, record
        self.ui = ui = Ui_AccommodationWizard()
        ui.setupUi(self)
        self.late_row = LateReasonRow(self, ui.timeForm, ui.atTime, lambda: self.record)
        self.setObjectName("accommodationWizard")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(f"Charge, bail and accommodation — {record.child.name}")
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Law"):
                label.setProperty("role", "law")
        fixed = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for edit, height in ((ui.offencesEdit, 70), (ui.circumstancesEdit, 64), (ui.groundsList, 152),
                             (ui.reasonsList, 152)):
            edit.setSizePolicy(fixed)
            edit.setFixedHeight(height)
            if not isinstance(edit, QPlainTextEdit):
                edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.stepList.setFixedWidth(250)
        _fill(ui.categoryCombo, W.CATEGORIES.items())
        _fill(ui.bailCombo, ((False, "Bail refused: the child stays in police detention"), (True, "Bail granted")))
        _checkable(ui.groundsList, dict(v11.bail_grounds_for(record)))  # with their s38(1) citations
        _fill(ui.providedCombo, ((i, text) for i, (_p, _k, text) in enumerate(PROVIDED)))
        _fill(ui.escalateCombo, W.ESCALATED_TO.items())
        _fill(ui.groundCombo, (("impracticable", "(a) Impracticable to move the child"),
                               ("no_secure_accommodation", "(b) No secure accommodation available")))
        _checkable(ui.reasonsList, W.CERTIFICATE_REASONS)
        _fill(ui.requiredCombo, W.KINDS.items())
        _fill(ui.moveCombo, ((k, W.TRANSFER_TO[k][:1].upper() + W.TRANSFER_TO[k][1:]) for k in MOVES))
        self._v11_fields(record)
        self.court = CourtPage(self)
        ui.stack.addWidget(self.court)
        self._scroll_long_pages()
        for i, name in enumerate(desk.STEPS):
            ui.stepList.addItem(f"{i + 1}. {name}")
        ui.stepList.currentRowChanged.connect(self._show_step)
        ui.backButton.clicked.connect(lambda: self.go(ui.stack.currentIndex() - 1))
        ui.nextButton.clicked.connect(lambda: self.go(ui.stack.currentIndex() + 1))
        ui.closeButton.clicked.connect(self.reject)
        ui.chargeButton.clicked.connect(self.record_charge)
        ui.bailButton.clicked.connect(self.record_bail)
        ui.requestButton.clicked.connect(self.record_request)
        ui.answerButton.clicked.connect(self.record_answer)
        ui.escalateButton.clicked.connect(self.record_escalation)
        ui.certificateButton.clicked.connect(self.record_certificate)
        ui.moveButton.clicked.connect(self.record_move)
        ui.reasonsList.itemChanged.connect(lambda _i: self._reasons_hint())
        ui.groundCombo.currentIndexChanged.connect(lambda _i: self._reasons_hint())
        for sig in (ui.circumstancesEdit.textChanged, ui.certOtherEdit.textChanged, ui.certHarmEdit.textChanged,
                    ui.overrideCheck.toggled, ui.overrideReasonEdit.textChanged, ui.requiredCombo.currentIndexChanged):
            sig.connect(lambda *_a: self._reasons_hint())
        ui.groundsList.itemChanged.connect(lambda _i: self._bail_other())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._secure_reasons())
        self.primary = (ui.chargeButton, ui.bailButton, ui.requestButton, ui.answerButton, ui.certificateButton,
                        ui.moveButton, self.court.ui.courtButton)
        EnterRecordsItsOwn((((ui.answerReasonEdit,), ui.answerButton), ((ui.escalateOutcomeEdit,), ui.escalateButton)),
                           self)
        self.state: desk.AccommodationStep | None = None
        ui.errorLabel.setVisible(False)
        self.resize(1040, 700)
        self.refresh()
        self.go(self.state.step if self.state else 0)
        self.guard_entry(ui.atTime, ui.errorLabel, ctx.clock.now,
                         "You have typed in this form and not recorded it. Press Close (or Esc) again to "
                         "throw it away, or record it first.")

    # --- state ------------------------------------------------------------------------
    def refresh(self) -> None:
        ui, now = self.ui, self.ctx.clock.now()
        s = self.state = desk.accommodation_step(self.record, now, self.ctx.policy, self.ctx.evaluate)
        ui.atTime.follow_clock(self.ctx.clock.now)  # the moment saved, unless a time is typed
        _level(ui.stateLabel, s.why, "info" if s.applies else ("soon" if s.duty_excluded else ""))
        age = "not shown (no date of birth)" if s.age_at_charge is None else f"{s.age_at_charge}"
        charges = [e for e in as_of(self.record, now) if e.type == "charged"]
        ui.chargeLaw.setToolTip(f"Age at charge: {age}" if s.charged else "")
        if charges:
            last = charges[-1]
            ui.chargeButton.setText("Record another &charge")
            ui.chargeLaw.setText(ui.chargeLaw.text().split("\n\n")[0]
                                 + f"\n\nCharged {show(last.at)} by {last.by}: {'; '.join(last['offences'])} "
                                 f"({W.CATEGORIES.get(last['category'], last['category'])}). Age at charge: {age}.")
        ui.bailPage.setEnabled(s.charged and not s.left)
        ui.bailButton.setToolTip("" if s.charged else "Charge first.")
        # the request: secure only when the engine allows it
        request_open = s.applies and not s.left
        kinds = [("non_secure", "Non-secure (the authority must accept)")]
        if s.secure_allowed:
            kinds.append(("secure", "Secure"))
        _fill(ui.kindCombo, kinds)
        if not s.applies:
            _level(ui.secureLabel, f"{s.why} No request under s38(6) and no secure request is offered.", "soon")
        else:
            _level(ui.secureLabel, s.secure_why, "ok" if s.secure_allowed else "soon")
        for w in (ui.kindCombo, ui.authorityEdit, ui.contactEdit, ui.requestButton):
            w.setEnabled(request_open)
        if not ui.authorityEdit.text():
            ui.authorityEdit.setText(self.record.child.local_authority or "")
        answer_open = s.applies and s.requests > 0 and not s.left
        for w in (ui.providedCombo, ui.answerReasonEdit, ui.answerButton, ui.escalateCombo,
                  ui.escalateOutcomeEdit, ui.escalateButton):
            w.setEnabled(answer_open)
        if s.needs_escalation:
            _level(ui.escalateLabel, "ESCALATE NOW: the authority could not provide accommodation. Escalate "
                   "within the hour, before any certificate, and keep asking.", "overdue")
        elif s.refused_by_la:
            _level(ui.escalateLabel, "Escalated. Keep asking: record the authority's next answer above.", "ok")
        elif s.provided:
            _level(ui.escalateLabel, f"The authority will provide {W.KINDS[s.provided]} accommodation: "
                   "record the move (step 6).", "ok")
        else:
            _level(ui.escalateLabel, "Waiting for the authority's answer." if answer_open
                   else "Ask the local authority first (step 3).", "")
        # the certificate: only once the record allows one
        _level(ui.certificateStateLabel, s.certificate_why, "ok" if s.certificate_allowed else "soon")
        cert_open = s.certificate_allowed or (s.certificate_form_open and self.may_override())
        cert_fields: tuple[QWidget, ...] = (ui.groundCombo, ui.reasonsList, ui.circumstancesEdit, ui.requiredCombo,
                                            ui.certificateButton, ui.certOtherEdit, ui.certHarmEdit, ui.officerNameEdit)
        for field in cert_fields:
            field.setEnabled(cert_open)
        if not s.certificate_allowed and cert_open:
            _level(ui.certificateStateLabel, s.certificate_why + " You are an inspector or above: if the "
                   "certificate must go to court while this stands, give your override and its reason below; "
                   "the court is shown what stands.", "soon")
        last_kind = next((e["kind"] for e in reversed(as_of(self.record, now))
                          if e.type == "la_accommodation_requested"), "non_secure")
        ui.requiredCombo.setCurrentIndex(max(0, ui.requiredCombo.findData(last_kind)))
        # the move
        ui.moveCombo.setEnabled(not s.left)
        ui.moveButton.setEnabled(not s.left)
        if s.left:
            _level(ui.moveStateLabel, "The child has left police detention: the clocks have stopped.", "ok")
        elif s.provided:
            ui.moveCombo.setCurrentIndex(ui.moveCombo.findData(f"la_{s.provided}"))
            _level(ui.moveStateLabel, f"The authority will provide {W.KINDS[s.provided]} accommodation.", "ok")
        elif s.certificate_issued:
            ui.moveCombo.setCurrentIndex(ui.moveCombo.findData("court"))
            _level(ui.moveStateLabel, "A certificate was made: the child goes to court with it.", "info")
        else:
            _level(ui.moveStateLabel, "No accommodation has been provided yet.", "")
        for i in range(ui.stepList.count()):
            mark = "  ◀ now" if i == s.step and not s.left else ""
            ui.stepList.item(i).setText(f"{i + 1}. {desk.STEPS[i]}{mark}")
        self._bail_other()
        self._secure_reasons()
        self._reasons_hint()
        self.court.refresh()

    # --- navigation -------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self._show_step(self.ui.stack.currentIndex())

    def go(self, step: int) -> None:
        step = max(0, min(step, len(desk.STEPS) - 1))
        self.ui.stepList.setCurrentRow(step)
        self._show_step(step)

    def _show_step(self, step: int) -> None:
        ui = self.ui
        if step < 0:
            return
        ui.stack.setCurrentIndex(step)
        ui.backButton.setEnabled(step > 0)
        ui.nextButton.setEnabled(step < len(desk.STEPS) - 1)
        for i, button in enumerate(self.primary):
            button.setAutoDefault(i == step)
            button.setDefault(i == step)
        page = ui.stack.currentWidget()
        assert page is not None
        first = page.nextInFocusChain()
        while first is not page and first is not None and not (first.isEnabled() and first.focusPolicy()
                                                                  & Qt.FocusPolicy.TabFocus and page.isAncestorOf(first)):
            first = first.nextInFocusChain()
        if self.isVisible():  # the page's first field, or the step list when the page is closed
            (first if first is not None and first is not page else ui.stepList).setFocus()

    # --- saving -------------------------------------------------------------------------
    def save(self, event_type: str, values: dict[str, Any], focus: QWidget | None = None,
             then: Callable[[], object] | None = None) -> bool:
        return self._save(event_type, values, focus, then)

    def fail(self, text: str, focus: QWidget | None = None) -> None:
        self._error(text)
        if focus is not None:
            focus.setFocus()

    def _save(self, event_type: str, values: dict[str, Any], focus: QWidget | None = None,
              then: Callable[[], object] | None = None) -> bool:
        """Store one entry from the step's form (`focus` is in it); `then` clears what it typed."""
        session = self.ctx.session
        if session is None:
            self._error("Sign in first.")
            return False
        try:
            at = self.ui.atTime.value()
        except LocalTimeError as exc:
            self._error(str(exc))
            self.ui.atTime.setFocus()
            return False
        old = self.stale.check()
        if old:
            self._error(f"Not saved. {old}")
            self.ui.atTime.setFocus()
            return False
        try:
            event = desk.build_event(event_type, at, session, values)
            if event_type == "certificate_endorsed":
                event["rank"] = desk.rank_for(session)
            self.late_row.apply(event)
            follow = self._override(event) if event_type == "certificate_issued" else []
            stage = "pre_charge" if not self.state or not self.state.charged else "post_charge"
            self.record = self.ctx.decide(self.record.custody_number, event, stage, follow)
        except LocalTimeError as exc:
            self._error(str(exc))
            return False
        except desk.DeskError as exc:
            self._error(f"Not saved. {exc.message}")
            if exc.field == "late_reason":
                focus = self.late_row.edit
            if focus is not None:
                focus.setFocus()
            return False
        self.ui.errorLabel.setVisible(False)
        self.late_row.edit.clear()
        if then is not None:
            then()
        self.cancel_guard.reset(self._form_of(focus))  # what this step's form held is stored
        self.stale.restart()
        on_court = self.ui.stack.currentIndex() == len(desk.STEPS) - 1
        with self.cancel_guard.desk_fills():
            self.refresh()
        self.go(len(desk.STEPS) - 1 if on_court else self.state.step if self.state else 0)
        return True

    def _form_of(self, field: QWidget | None) -> list[QWidget]:
        """The inputs of the step's form holding `field` (a step may hold two forms)."""
        for form in self.findChildren(QFormLayout):
            if field is not None and form is not self.ui.timeForm and form.indexOf(field) >= 0:
                items = (form.itemAt(i) for i in range(form.count()))
                return [w for item in items if item is not None and (w := item.widget()) is not None]
        return [field] if field is not None else []

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def record_charge(self) -> None:
        ui = self.ui
        offences = [x.strip() for x in ui.offencesEdit.toPlainText().splitlines() if x.strip()]
        if not offences:
            self._error("Not saved. Enter the offences charged, one a line.")
            ui.offencesEdit.setFocus()
            return
        values: dict[str, Any] = {"offences": offences, "category": ui.categoryCombo.currentData()}
        if self.record.is_v11:
            values["offence_codes"] = self.offence_picker.value()
        self._save("charged", values, ui.offencesEdit, then=self._charge_saved)

    def _charge_saved(self) -> None:
        self.ui.offencesEdit.clear()
        self.offence_picker.set_value([])

    def record_bail(self) -> None:
        ui = self.ui
        granted = bool(ui.bailCombo.currentData())
        grounds = [] if granted else _checked(ui.groundsList)
        if not granted and not grounds:
            self._error("Not saved. Tick the s38(1) grounds for refusing bail (Space ticks the chosen line).")
            ui.groundsList.setFocus()
            return
        values: dict[str, Any] = {"granted": granted, "grounds": grounds}
        if self.record.is_v11:
            other = ui.bailOtherEdit.text().strip() if "other" in grounds else ""
            if "other" in grounds and not other:
                self._error("Not saved. 'Other' is not a ground listed in s38(1): write the reason behind it.")
                ui.bailOtherEdit.setFocus()
                return
            values["other_reason"] = other or None
        self._save("bail_decision", values, ui.groundsList)

    def record_request(self) -> None:
        ui = self.ui
        if not ui.authorityEdit.text().strip():
            self._error("Not saved. Enter the local authority asked.")
            ui.authorityEdit.setFocus()
            return
        values: dict[str, Any] = {"kind": ui.kindCombo.currentData(), "authority": ui.authorityEdit.text().strip(),
                                  "contact": ui.contactEdit.text().strip() or None}
        if self.record.is_v11 and values["kind"] == "secure":
            values["serious_harm_reasons"] = ui.harmReasonsEdit.toPlainText().strip() or None
        self._save("la_accommodation_requested", values, ui.kindCombo, then=ui.harmReasonsEdit.clear)

    def record_answer(self) -> None:
        ui = self.ui
        provided, kind, _text = PROVIDED[int(ui.providedCombo.currentData())]
        reason = ui.answerReasonEdit.text().strip()
        if not reason:
            self._error("Not saved. Enter what the authority said (its reason, or where the child will go).")
            ui.answerReasonEdit.setFocus()
            return
        self._save("la_response", {"provided": provided, "kind": kind, "reason": reason}, ui.providedCombo,
                   then=ui.answerReasonEdit.clear)

    def record_escalation(self) -> None:
        ui = self.ui
        outcome = ui.escalateOutcomeEdit.text().strip()
        if not outcome:
            self._error("Not saved. Enter what came of the escalation.")
            ui.escalateOutcomeEdit.setFocus()
            return
        self._save("escalated", {"to": ui.escalateCombo.currentData(), "outcome": outcome}, ui.escalateCombo,
                   then=ui.escalateOutcomeEdit.clear)

    def record_certificate(self) -> None:
        ui = self.ui
        circumstances = ui.circumstancesEdit.toPlainText().strip()
        if not circumstances:
            self._error("Not saved. Write the circumstances: why the child cannot be moved, as it really is.")
            ui.circumstancesEdit.setFocus()
            return
        self._save("certificate_issued", self.certificate_values(), ui.reasonsList)

    def record_move(self) -> None:
        if self._save("transferred", {"to": self.ui.moveCombo.currentData()}, self.ui.moveCombo):
            self.accept()

    def button(self, step: int) -> QPushButton:
        return self.primary[step]
