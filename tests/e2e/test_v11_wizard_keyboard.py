"""The s38(6) wizard on a custody-record/1.1 record, by keys (RULES.md v2 section 4, 6.1):
grounds with citations, the serious-harm belief on a secure request, the draft certificate
judged at the form, the court, the inspector's supervision and override, production."""

from __future__ import annotations

from datetime import timedelta

import pytest
import test_desk_keyboard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_desk_keyboard import ALT, CTRL, Keys, gone, relock, sign_in, step_done
from test_v11_forms_keyboard import book_girl

from custody_app.domain import LONDON

pytestmark = pytest.mark.gui
desk_window = test_desk_keyboard.desk_window  # the shared fixture: the desk on a real SQLite store


def _events(w, number):
    return w.ctx.store.load_record(number).events


def _tick_text(k: Keys, lst, key: str, rows_down: int = 0) -> None:
    """Tick a line of a checkable list by keys: Home, Down to it, Space."""
    k.tab_to(lst)
    k.press(Qt.Key.Key_Home)
    for _ in range(rows_down):
        k.press(Qt.Key.Key_Down)
    k.press(Qt.Key.Key_Space)
    item = lst.currentItem()
    assert item.data(Qt.ItemDataRole.UserRole) == key and item.checkState() == Qt.CheckState.Checked


def charge_and_refuse(qtbot, k: Keys, w, number: str):
    k.press(Qt.Key.Key_T, CTRL)
    wizard = k.wait_dialog(w, "AccommodationWizard")
    qtbot.waitUntil(lambda: wizard.ui.offencesEdit.hasFocus())
    k.type("robbery of a mobile phone")
    k.press(Qt.Key.Key_Tab)
    k.type("v")  # the officer's label: violent
    k.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.offence_picker
    k.type("robbery")
    k.press(Qt.Key.Key_Space)
    assert "agrees with the offence table" in wizard.category_note.text()
    k.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    k.press(Qt.Key.Key_End)  # the officer's label: other; the table says violent
    assert "OFFENCE_CATEGORY_MISMATCH" in wizard.category_note.text()
    assert "the rules use violent" in wizard.category_note.text()
    k.press(Qt.Key.Key_Home)  # back to violent
    k.press(Qt.Key.Key_C, ALT)
    step_done(qtbot, wizard, 1)
    charged = [e for e in _events(w, number) if e.type == "charged"][-1]
    assert charged["offence_codes"] == ("robbery",) and charged["category"] == "violent"
    # bail: the s38(1) grounds with their citations; no serious harm to the public in 1.1
    grounds = wizard.ui.groundsList
    texts = [grounds.item(i).text() for i in range(grounds.count())]
    keys = [grounds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(grounds.count())]
    assert "serious_harm_to_public" not in keys and "prevent_injury_or_damage" in keys
    assert any("s38(1)(b)(i) with (a)(iv)" in t for t in texts)
    k.tab_to(grounds)
    k.press(Qt.Key.Key_End)  # other
    k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: wizard.ui.errorLabel.isVisible())
    assert "reason behind it" in wizard.ui.errorLabel.text()
    assert not any(e.type == "bail_decision" for e in _events(w, number))
    k.tab_to(wizard.ui.bailOtherEdit)
    k.type("mother abroad; no address in the county")
    wizard.ui.errorLabel.setVisible(False)
    k.press(Qt.Key.Key_R, ALT)
    step_done(qtbot, wizard, 2)
    bail = [e for e in _events(w, number) if e.type == "bail_decision"][-1]
    assert bail["grounds"] == ("other",) and bail["other_reason"] == "mother abroad; no address in the county"
    return wizard


def test_secure_request_needs_the_serious_harm_reasons_then_ground_b(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    wizard = charge_and_refuse(qtbot, k, w, number)
    ui = wizard.ui
    assert ui.kindCombo.findData("secure") >= 0, ui.secureLabel.text()
    k.tab_to(ui.kindCombo)
    k.type("s")
    k.tab_to(ui.authorityEdit)
    k.type("Warwickshire County Council")
    k.tab_to(ui.harmReasonsEdit)
    assert ui.harmReasonsEdit.isEnabled()
    before = len(_events(w, number))
    k.press(Qt.Key.Key_R, ALT)  # no reasons: refused at the form, in the engine's words
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible())
    assert "SECURE_NOT_JUSTIFIED" in ui.errorLabel.text() and "s38(6" in ui.errorLabel.text()
    assert len(_events(w, number)) == before
    k.tab_to(ui.harmReasonsEdit)
    k.type("Threatened the victim with a knife and named her; other placements could not stop a repeat")
    ui.errorLabel.setVisible(False)
    k.press(Qt.Key.Key_R, ALT)
    step_done(qtbot, wizard, 3)
    request = [e for e in _events(w, number) if e.type == "la_accommodation_requested"][-1]
    assert request["kind"] == "secure" and request["serious_harm_reasons"].startswith("Threatened")
    # the authority has no secure bed; escalated
    k.tab_to(ui.answerReasonEdit)
    k.type("no secure bed in the region tonight")
    k.press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "ESCALATE NOW" in ui.escalateLabel.text() or ui.errorLabel.isVisible())
    k.tab_to(ui.escalateOutcomeEdit)
    k.type("duty inspector rang the authority's manager: still none")
    k.press(Qt.Key.Key_E, ALT)
    step_done(qtbot, wizard, 4)
    # ground (b): the draft is judged at the form as it is filled
    k.tab_to(ui.groundCombo)
    k.type("(b")
    _tick_text(k, ui.reasonsList, "no_secure_available", 4)
    k.tab_to(ui.circumstancesEdit)
    k.type("No secure bed in the region; other accommodation would not protect the public.")
    k.tab_to(ui.certHarmEdit)
    k.type("As on the secure request: knife threats to a named victim")
    qtbot.waitUntil(lambda: "nothing that stops" in ui.certificateJudgeLabel.text())
    k.press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: wizard.state.certificate_issued or ui.errorLabel.isVisible())
    assert wizard.state.certificate_issued, ui.errorLabel.text()
    cert = [e for e in _events(w, number) if e.type == "certificate_issued"][-1]
    assert cert["ground"] == "no_secure_accommodation" and cert["officer_rank"] == "sergeant"
    assert cert["officer_name"] == "PS 2190 Khan" and cert["serious_harm_reasons"].startswith("As on")
    assert w.ctx.load(number)[1].certificate(cert.id).printable


def test_court_imminent_needs_a_recorded_sitting_in_the_window(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    wizard = charge_and_refuse(qtbot, k, w, number)
    ui = wizard.ui
    k.tab_to(ui.authorityEdit)
    k.type("Warwickshire County Council")
    k.press(Qt.Key.Key_R, ALT)
    step_done(qtbot, wizard, 3)
    k.tab_to(ui.answerReasonEdit)
    k.type("no foster placement tonight")
    k.press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "ESCALATE NOW" in ui.escalateLabel.text() or ui.errorLabel.isVisible())
    k.tab_to(ui.escalateOutcomeEdit)
    k.type("senior manager: still none")
    k.press(Qt.Key.Key_E, ALT)
    step_done(qtbot, wizard, 4)
    _tick_text(k, ui.reasonsList, "court_imminent", 1)
    k.tab_to(ui.circumstancesEdit)
    k.type("Court sits first thing; a move now would deprive her of rest.")
    qtbot.waitUntil(lambda: "cannot be made" in ui.certificateJudgeLabel.text())
    judged = ui.certificateJudgeLabel.text()
    assert "CERTIFICATE_INCONSISTENT" in judged and "no court sitting" in judged, judged
    before = len(_events(w, number))
    k.press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible())
    assert len(_events(w, number)) == before
    # the court step: the sitting fixed for the morning, by keys
    ui.errorLabel.setVisible(False)
    k.tab_to(ui.stepList, 30)
    k.press(Qt.Key.Key_End)  # step 7: court and supervision
    step_done(qtbot, wizard, 6)
    court = wizard.court.ui
    k.tab_to(court.courtEdit)
    k.type("Leamington Spa Youth Court")
    sitting = w.ctx.clock.now() + timedelta(hours=3, minutes=30)  # 02:10 GMT, after the repeated hour
    local = sitting.astimezone(LONDON)
    k.press(Qt.Key.Key_Tab)  # the time (the field's focus), then back to its date
    assert QApplication.focusWidget() is court.sittingTime.time_edit
    k.press(Qt.Key.Key_Home)
    k.type(local.strftime("%H%M"))
    k.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is court.sittingTime.date_edit
    k.press(Qt.Key.Key_Home)
    k.type(local.strftime("%d%m%Y"))
    k.press(Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: "Court fixed" in court.courtStateLabel.text() or ui.errorLabel.isVisible())
    fixed = [e for e in _events(w, number) if e.type == "court_fixed"][-1]
    assert fixed["court"] == "Leamington Spa Youth Court" and fixed["first_sitting"] is True
    assert abs((fixed["sitting_at"] - sitting).total_seconds()) < 60
    # now court_imminent is supported by the recorded sitting
    wizard.go(4)
    ui.circumstancesEdit.setFocus()
    k.type(" ")
    qtbot.waitUntil(lambda: "nothing that stops" in ui.certificateJudgeLabel.text())
    k.press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: wizard.state.certificate_issued or ui.errorLabel.isVisible())
    assert wizard.state.certificate_issued, ui.errorLabel.text()


def test_not_escalated_stands_only_an_inspector_overrides_then_supervises_and_it_is_produced(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    wizard = charge_and_refuse(qtbot, k, w, number)
    ui = wizard.ui
    k.tab_to(ui.authorityEdit)
    k.type("Warwickshire County Council")
    k.press(Qt.Key.Key_R, ALT)
    step_done(qtbot, wizard, 3)
    k.tab_to(ui.answerReasonEdit)
    k.type("no foster placement tonight")
    k.press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: "ESCALATE NOW" in ui.escalateLabel.text())
    # a sergeant: the certificate form stays shut, with the reason
    wizard.go(4)
    assert not ui.certificateButton.isEnabled() and "escalate" in ui.certificateStateLabel.text().lower()
    assert not ui.overrideCheck.isVisibleTo(wizard)
    k.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(wizard))
    # the duty inspector: may certify with an override and its reason, shown to the court
    relock(qtbot, k, w, "insp77", "7777")
    k.press(Qt.Key.Key_T, CTRL)
    wizard = k.wait_dialog(w, "AccommodationWizard")
    ui = wizard.ui
    wizard.go(4)
    assert ui.certificateButton.isEnabled() and ui.overrideCheck.isVisibleTo(wizard)
    _tick_text(k, ui.reasonsList, "weather_or_transport_impossible", 0)
    k.tab_to(ui.circumstancesEdit)
    k.type("Snow has closed the A46; the authority's driver cannot reach the station.")
    qtbot.waitUntil(lambda: "NOT_ESCALATED" in ui.certificateJudgeLabel.text())
    assert "override" in ui.certificateJudgeLabel.text()
    before = len(_events(w, number))
    k.press(Qt.Key.Key_C, ALT)  # without the override: refused, nothing stored
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible())
    assert "NOT_ESCALATED" in ui.errorLabel.text() and len(_events(w, number)) == before
    k.tab_to(ui.overrideCheck)
    k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.overrideReasonEdit
    k.type("Escalation call made by phone, not yet written up; roads closed, child must stay")
    qtbot.waitUntil(lambda: "nothing that stops" in ui.certificateJudgeLabel.text())
    ui.errorLabel.setVisible(False)
    k.press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: wizard.state.certificate_issued or ui.errorLabel.isVisible())
    assert wizard.state.certificate_issued, ui.errorLabel.text()
    events = _events(w, number)
    cert, endorsed = events[-2], events[-1]
    assert cert.type == "certificate_issued" and cert["officer_rank"] == "inspector"
    assert endorsed.type == "certificate_endorsed" and endorsed["override"] is True
    assert endorsed["certificate"] == cert.id and endorsed["rank"] == "inspector"
    verdict = w.ctx.load(number)[1].certificate(cert.id)
    assert verdict.printable and verdict.override is not None and "NOT_ESCALATED" in verdict.standing
    # the court step: supervision by the inspector, then the certificate handed to the court
    k.tab_to(ui.stepList, 40)
    k.press(Qt.Key.Key_End)
    court = wizard.court.ui
    assert "OVERRIDE" in court.superviseLabel.text()
    k.tab_to(court.superviseNoteEdit, 30)
    k.type("Reviewed the placement search; re-ask the authority at 06:00")
    k.press(Qt.Key.Key_7, ALT)
    qtbot.waitUntil(lambda: len(_events(w, number)) == len(events) + 1 or ui.errorLabel.isVisible())
    supervision = _events(w, number)[-1]
    assert supervision.type == "certificate_endorsed" and supervision["override"] is False, ui.errorLabel.text()
    k.tab_to(court.producedCourtEdit, 30)
    k.type("Leamington Spa Youth Court")
    k.tab_to(court.receivedByEdit)
    k.type("Court clerk A Singh")
    k.press(Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: "Handed to the court" in court.producedLabel.text() or ui.errorLabel.isVisible())
    produced = _events(w, number)[-1]
    assert produced.type == "certificate_produced" and produced["received_by"] == "Court clerk A Singh"


def test_a_sergeant_cannot_supervise_a_certificate(qtbot, desk_window):
    from custody_app.services import desk
    from custody_app.services.desk import forms_v11

    sergeant = desk.Session("ps2190", "PS 2190 Khan", "sergeant")
    assert "inspector" in forms_v11.endorsement_refusal(sergeant)
    with pytest.raises(desk.DeskError, match="inspector"):
        forms_v11.check_endorsement(sergeant, {"type": "certificate_endorsed", "override": False})
    inspector = desk.Session("i", "Insp 77", "inspector")
    with pytest.raises(desk.DeskError, match="reason"):
        forms_v11.check_endorsement(inspector, {"type": "certificate_endorsed", "override": True, "reason": " "})


def test_the_checklist_shows_the_new_due_items_and_opens_their_step(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    k.active(w)
    text = "\n".join(_checklist_lines(w))
    assert "A woman named to be responsible for the girl's care" in text
    assert "Responsible officer under the court order told" in text
    wizard = charge_and_refuse(qtbot, k, w, number)
    k.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(wizard))
    w.refresh()
    codes = {d.code for d in w.ctx.load(number)[1].due}
    assert {"COURT", "RESPONSIBLE_OFFICER_NOTICE", "WOMAN_RESPONSIBLE"} <= codes, codes
    text = "\n".join(_checklist_lines(w))
    assert "Court and first sitting after charge fixed (PACE s46)" in text
    opened = w.open_screen("certificate", "court_fixed")
    assert isinstance(opened, type(wizard)) and opened.ui.stack.currentIndex() == 6


def _checklist_lines(w) -> list[str]:
    model = w.record.ui.checklistTree.model()
    lines = []
    for r in range(model.rowCount()):
        head = model.index(r, 0)
        lines += [str(model.index(i, 0, head).data()) for i in range(model.rowCount(head))]
    return lines


def test_the_generic_entry_form_cannot_bypass_the_certificate_checks(qtbot, desk_window):
    from custody_app.gui.entry_dialog import EntryDialog

    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    wizard = charge_and_refuse(qtbot, k, w, number)
    k.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(wizard))
    record, a = w.ctx.load(number)
    before = len(record.events)
    dialog = EntryDialog(w.ctx, record, a.stage, "certificate_issued", w,
                         values={"ground": "impracticable", "circumstances": "abusive at the desk",
                                 "reasons": ["childs_behaviour"], "accommodation_required": "non_secure"})
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.stored is None and "IMPRACTICABLE_INVALID_REASON" in dialog.ui.errorLabel.text()
    assert len(w.ctx.store.load_record(number).events) == before
