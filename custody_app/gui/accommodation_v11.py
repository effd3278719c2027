"""The s38(6) wizard's custody-record/1.1 parts (RULES.md v2 section 4): offences from the
offence table, the serious-harm reasons, the draft certificate judged at the form, and the
inspector's override. A 1.0 record gets none of the 1.1 fields (INTERCHANGE.md "Versions").

The law is the engine's: each draft is judged by evaluating the record with it appended.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QScrollArea, QWidget

from ..domain import Record
from ..rules.timecalc import LocalTimeError
from ..services import desk
from ..services.desk import certificate_draft, forms_v11 as v11
from ..services.desk.decisions import OVERRIDE_HINT
from .field_widgets import OffencePicker

if TYPE_CHECKING:
    from .accommodation_court import CourtPage
    from .context import DeskContext
    from .forms.ui_accommodation import Ui_AccommodationWizard


def checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def level(label: QLabel, text: str, tone: str) -> None:
    label.setText(text)
    label.setProperty("level", tone)
    label.style().unpolish(label)
    label.style().polish(label)
    label.updateGeometry()


class WizardV11:
    """Mixed into AccommodationWizard (a QDialog): the parts version 2 added."""

    ui: Ui_AccommodationWizard
    ctx: DeskContext
    record: Record
    court: CourtPage
    offence_picker: OffencePicker
    category_note: QLabel

    def _scroll_long_pages(self) -> None:
        """The certificate and court pages hold more than the dialog's height: they scroll."""
        ui = self.ui
        for page, name in ((ui.certificatePage, "certificateScroll"), (self.court, "courtScroll")):
            scroll = QScrollArea(ui.stack)
            scroll.setObjectName(name)
            scroll.setAccessibleName("The certificate's form" if page is ui.certificatePage
                                     else "Court, supervision and production")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            index = ui.stack.indexOf(page)
            ui.stack.removeWidget(page)
            scroll.setWidget(page)
            ui.stack.insertWidget(index, scroll)

    def _v11_fields(self, record: Record) -> None:
        """The custody-record/1.1 fields; a 1.0 record gets only 1.0 fields (INTERCHANGE.md)."""
        ui = self.ui
        picker = OffencePicker(v11.offence_choices(self.ctx.policy), ui.chargePage)
        picker.setAccessibleName("Offences from the offence table")
        picker.setObjectName("offenceCodesPicker")
        ui.chargeForm.replaceWidget(ui.offenceCodesList, picker)
        ui.offenceCodesList.hide()
        ui.offenceCodesList.setParent(None)
        ui.offenceCodesListLabel.setBuddy(picker)
        QWidget.setTabOrder(ui.categoryCombo, picker)
        QWidget.setTabOrder(picker, ui.chargeButton)
        self.offence_picker = picker
        self.category_note = QLabel(ui.chargePage)  # the engine's warning on the draft charge, if any
        self.category_note.setObjectName("categoryNote")
        self.category_note.setWordWrap(True)
        self.category_note.setAccessibleName("What the offence table says of the category")
        ui.chargeForm.addRow("", self.category_note)
        self.category_note.setVisible(False)
        picker.itemChanged.connect(lambda _i: self._category_hint())
        ui.categoryCombo.currentIndexChanged.connect(lambda _i: self._category_hint())
        for edit, height in ((ui.harmReasonsEdit, 64), (ui.certHarmEdit, 52)):
            edit.setFixedHeight(height)
        rows = ((ui.offenceCodesListLabel, picker), (ui.bailOtherEditLabel, ui.bailOtherEdit),
                (ui.harmReasonsEditLabel, ui.harmReasonsEdit), (ui.certOtherEditLabel, ui.certOtherEdit),
                (ui.certHarmEditLabel, ui.certHarmEdit), (ui.officerNameEditLabel, ui.officerNameEdit))
        for label, field in rows:
            label.setVisible(record.is_v11)
            field.setVisible(record.is_v11)
        session = self.ctx.session
        if session is not None and not ui.officerNameEdit.text():
            ui.officerNameEdit.setText(session.display_name)
        override = record.is_v11 and self.may_override()
        for w in (ui.overrideCheck, ui.overrideReasonEditLabel, ui.overrideReasonEdit):
            w.setVisible(override)
        ui.certificateJudgeLabel.setVisible(False)

    def _category_hint(self) -> None:
        """The offence table's category against the officer's label, before the charge is saved."""
        ui, session, note = self.ui, self.ctx.session, self.category_note
        codes = self.offence_picker.value()
        if session is None or not self.record.is_v11 or not codes:
            note.setVisible(False)
            return
        try:
            draft = desk.build_event("charged", ui.atTime.value(), session, {
                "offences": ["-"], "category": ui.categoryCombo.currentData(), "offence_codes": codes})
            found = v11.draft_warnings(self.record, draft, self.ctx.clock.now(), self.ctx.policy,
                                       self.ctx.evaluate)
        except (LocalTimeError, desk.DeskError):
            note.setVisible(False)
            return
        level(note, v11.finding_lines(found) if found else "The category agrees with the offence table.",
               "soon" if found else "ok")
        note.setVisible(True)

    def may_override(self) -> bool:
        session = self.ctx.session
        return session is not None and v11.endorsement_refusal(session) is None and self.record.is_v11

    def _bail_other(self) -> None:
        ui = self.ui
        ui.bailOtherEdit.setEnabled("other" in checked(ui.groundsList) and ui.bailPage.isEnabled())

    def _secure_reasons(self) -> None:
        ui = self.ui
        ui.harmReasonsEdit.setEnabled(ui.kindCombo.currentData() == "secure" and ui.kindCombo.isEnabled())

    def certificate_values(self) -> dict[str, Any]:
        ui = self.ui
        values: dict[str, Any] = {"ground": ui.groundCombo.currentData(),
                                  "circumstances": ui.circumstancesEdit.toPlainText().strip(),
                                  "reasons": checked(ui.reasonsList),
                                  "accommodation_required": ui.requiredCombo.currentData()}
        session = self.ctx.session
        if self.record.is_v11:
            values.update({"other_reason": ui.certOtherEdit.text().strip() or None,
                           "serious_harm_reasons": ui.certHarmEdit.toPlainText().strip() or None,
                           "officer_name": ui.officerNameEdit.text().strip() or None,
                           "officer_rank": desk.rank_for(session) if session is not None else None})
        return values

    def _override(self, certificate: dict[str, Any]) -> list[dict[str, Any]]:
        ui, session = self.ui, self.ctx.session
        if session is None or not (self.may_override() and ui.overrideCheck.isChecked()):
            return []
        return [certificate_draft.override_event(session, self.ui.atTime.value(), str(certificate["id"]),
                                                 ui.overrideReasonEdit.text())]

    def _reasons_hint(self) -> None:
        """The engine's verdict on the certificate as it stands in the form, before it is made."""
        ui, session = self.ui, self.ctx.session
        label = ui.certificateJudgeLabel
        if not ui.certificateButton.isEnabled() or session is None:
            label.setVisible(False)
            return
        try:
            cert = desk.build_event("certificate_issued", ui.atTime.value(), session, self.certificate_values())
            verdict = certificate_draft.judge(self.record, cert, self._override(cert), self.ctx.clock.now(),
                                              self.ctx.policy, self.ctx.evaluate)
        except (LocalTimeError, desk.DeskError) as exc:
            level(label, getattr(exc, "message", str(exc)), "soon")
            label.setVisible(True)
            return
        if verdict.makeable:
            text = ("The rules find nothing that stops this certificate"
                    + (" (your override is recorded with it, and printed for the court)." if verdict.overridden
                       else "."))
            level(label, text, "ok")
        else:
            head = ("It stands against this certificate:" if verdict.needs_override
                    else "This certificate cannot be made:")
            tail = ("" if not verdict.needs_override else "\n" + (
                "As inspector you may override it: tick the override and give the reason." if self.may_override()
                else OVERRIDE_HINT))
            level(label, head + "\n" + "\n".join(verdict.lines) + tail, "overdue")
        label.setVisible(True)

