"""The s38(6) wizard's last step: the court and sitting (PACE s46), the inspector's
supervision of a certificate (Code C 16.7) and its production to the court (s38(7)).

What it says comes from `forms_v11.court_step` (the engine's Assessment); each entry is
saved through the wizard, which refuses at the form what the engine would find wrong.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from ..rules.timecalc import LocalTimeError, iso
from ..services.desk import forms_v11 as v11
from .forms.ui_accommodation_court import Ui_AccommodationCourtPage

if TYPE_CHECKING:
    from .accommodation_wizard import AccommodationWizard


def _say(label: QLabel, text: str, level: str) -> None:
    label.setText(text)
    label.setProperty("level", level)
    label.style().unpolish(label)
    label.style().polish(label)


class CourtPage(QWidget):
    def __init__(self, wizard: AccommodationWizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.ui = ui = Ui_AccommodationCourtPage()
        ui.setupUi(self)
        self.setObjectName("courtPage")
        ui.courtLaw.setProperty("role", "law")
        ui.firstSittingCheck.setChecked(True)
        ui.courtButton.clicked.connect(self.record_court)
        ui.superviseButton.clicked.connect(self.record_supervision)
        ui.producedButton.clicked.connect(self.record_produced)
        self.state: v11.CourtStep | None = None

    def refresh(self) -> None:
        w, ui = self.wizard, self.ui
        now = w.ctx.clock.now()
        s = self.state = v11.court_step(w.record, w.ctx.session, now, w.ctx.policy, w.ctx.evaluate)
        if not s.v11:
            text = (f"This record is in the {w.record.format} format, which has no court, supervision or "
                    "production entries: a record keeps the format it came in with. Record them as notes.")
            _say(ui.courtStateLabel, text, "soon")
            for part in (ui.courtForm, ui.superviseForm, ui.producedForm):
                for i in range(part.count()):
                    item = part.itemAt(i)
                    widget = item.widget() if item is not None else None
                    if widget is not None:
                        widget.setEnabled(False)
            for b in (ui.courtButton, ui.superviseButton, ui.producedButton):
                b.setEnabled(False)
            ui.superviseLabel.setText("")
            ui.producedLabel.setText("")
            return
        _say(ui.courtStateLabel, s.court_text + (f"\n{s.court_due}" if s.court_due else ""),
             "overdue" if "OVERDUE" in s.court_due else ("ok" if s.court_text.startswith("Court fixed") else ""))
        for wdg in (ui.courtEdit, ui.sittingTime, ui.firstSittingCheck, ui.courtButton):
            wdg.setEnabled(s.charged)
        if not ui.sittingTime.date_edit.text().strip("/_ "):
            ui.sittingTime.set_value((now + timedelta(hours=12)).replace(minute=0, second=0, microsecond=0))
        supervise = s.supervise_refusal is None and len(s.certificates) > 1
        _say(ui.superviseLabel, s.supervision_text + ("" if s.supervise_refusal is None
                                                      else f"\n{s.supervise_refusal}"), "info")
        ui.certificateCombo.clear()
        for key, text in s.certificates:
            ui.certificateCombo.addItem(text, key)
        for other in (ui.certificateCombo, ui.superviseNoteEdit, ui.superviseButton):
            other.setEnabled(supervise)
        _say(ui.producedLabel, s.produced_text, "")
        if not ui.producedCourtEdit.text():
            ui.producedCourtEdit.setText(s.last_court)
        for wdg in (ui.producedCourtEdit, ui.receivedByEdit, ui.producedButton):
            wdg.setEnabled(len(s.certificates) > 1)

    def record_court(self) -> None:
        ui = self.ui
        if not ui.courtEdit.text().strip():
            self.wizard.fail("Not saved. Enter the court the child is to be produced at.", ui.courtEdit)
            return
        try:
            sitting = iso(ui.sittingTime.value())
        except LocalTimeError as exc:
            self.wizard.fail(f"Not saved. The sitting: {exc}", ui.sittingTime)
            return
        self.wizard.save("court_fixed", {"court": ui.courtEdit.text().strip(), "sitting_at": sitting,
                                         "first_sitting": ui.firstSittingCheck.isChecked()}, ui.courtEdit,
                         then=ui.courtEdit.clear)

    def record_supervision(self) -> None:
        ui = self.ui
        values: dict[str, Any] = {"certificate": ui.certificateCombo.currentData(), "override": False,
                                  "reason": ui.superviseNoteEdit.text().strip()}
        self.wizard.save("certificate_endorsed", values, ui.certificateCombo, then=ui.superviseNoteEdit.clear)

    def record_produced(self) -> None:
        ui = self.ui
        if not ui.producedCourtEdit.text().strip():
            self.wizard.fail("Not saved. Enter the court the certificate was handed to.", ui.producedCourtEdit)
            return
        self.wizard.save("certificate_produced", {"court": ui.producedCourtEdit.text().strip(),
                                                  "received_by": ui.receivedByEdit.text().strip() or None},
                         ui.producedCourtEdit)
