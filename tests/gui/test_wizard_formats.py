"""The s38(6) wizard on a record that came in as custody-record/1 (1.0): only 1.0 fields and
types are offered (INTERCHANGE.md "Versions"), and the 1.1 steps say why they are closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from custody_app.gui.accommodation_wizard import AccommodationWizard

pytestmark = pytest.mark.gui


def test_a_1_0_record_gets_the_1_0_wizard(qtbot, signed_in):
    number = signed_in.board.model.rows[0].custody_number
    signed_in.open_record(number)
    record = signed_in.ctx.load(number)[0]
    assert not record.is_v11
    w = signed_in.open_accommodation()
    assert isinstance(w, AccommodationWizard)
    ui = w.ui
    for hidden in (w.offence_picker, ui.bailOtherEdit, ui.harmReasonsEdit, ui.certOtherEdit, ui.certHarmEdit,
                   ui.officerNameEdit, ui.overrideCheck):
        assert not hidden.isVisibleTo(w), hidden.objectName()
    grounds = [ui.groundsList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ui.groundsList.count())]
    assert "serious_harm_to_public" in grounds and "prevent_injury_or_damage" not in grounds
    w.go(6)
    court = w.court.ui
    assert "custody-record/1" in court.courtStateLabel.text()
    assert not court.courtButton.isEnabled() and not court.superviseButton.isEnabled()
    assert not court.producedButton.isEnabled()


def test_a_1_0_certificate_is_still_refused_while_the_escalation_is_missing(qtbot, signed_in, store):
    from custody_app.gui.entry_dialog import EntryDialog

    number = "WK-26-000001"
    signed_in.open_record(number)
    w = signed_in.open_accommodation()
    w.ui.offencesEdit.setPlainText("theft")
    w.ui.categoryCombo.setCurrentIndex(w.ui.categoryCombo.findData("other"))
    w.record_charge()
    for i in range(w.ui.groundsList.count()):
        item = w.ui.groundsList.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "commit_offence":
            item.setCheckState(Qt.CheckState.Checked)
    w.record_bail()
    w.ui.authorityEdit.setText("Warwickshire County Council")
    w.record_request()
    w.ui.providedCombo.setCurrentIndex(0)
    w.ui.answerReasonEdit.setText("no placement")
    w.record_answer()
    assert w.state.needs_escalation, w.ui.errorLabel.text()
    w.close()
    record, a = signed_in.ctx.load(number)
    before = len(record.events)
    dialog = EntryDialog(signed_in.ctx, record, a.stage, "certificate_issued", signed_in,
                         values={"ground": "impracticable", "circumstances": "snow: roads closed",
                                 "reasons": ["weather_or_transport_impossible"],
                                 "accommodation_required": "non_secure"})
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.stored is None and "NOT_ESCALATED" in dialog.ui.errorLabel.text()
    assert len(store.load_record(number).events) == before
