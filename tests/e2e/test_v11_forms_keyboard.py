"""custody-record/1.1 by keyboard (issue 11, the desk): every new field and event of the
format entered with keys only, on the real SQLite store, and what the law forbids refused
at the form, in words with its source, before anything is stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
import test_desk_keyboard
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from test_desk_keyboard import ALT, CTRL, Keys, gone, relock, sign_in

from custody_app.domain import parse_document

pytestmark = pytest.mark.gui
desk_window = test_desk_keyboard.desk_window  # the shared fixture: the desk on a real SQLite store


def book_girl(qtbot, k: Keys, w, dob: str = "02062011", codes: tuple[str, ...] = ("taking a conveyance",)) -> str:
    """Book in by keys: the child's sex and responsible officer, offences from the table."""
    k.press(Qt.Key.Key_N, CTRL)
    wizard = k.wait_dialog(w, "BookingWizard")
    k.type("Doe")
    k.press(Qt.Key.Key_Tab)
    k.type("Sam")
    k.press(Qt.Key.Key_Tab)
    k.type(dob)
    k.tab_to(wizard.child_ui.sexCombo)
    k.type("f")
    k.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.child_ui.responsibleEdit
    k.type("Warwickshire Youth Justice Service")
    k.press(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == 1 or wizard.pages[0].error.isVisible())
    assert wizard.currentId() == 1, wizard.pages[0].error.text()
    k.tab_to(wizard.arrest_ui.offencesEdit)
    k.type("took a car without consent")
    k.press(Qt.Key.Key_Tab)
    picker = wizard.offence_list.widget
    assert QApplication.focusWidget() is picker
    for words in codes:
        k.type(words)
        k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.indictable.widget
    k.type("y")  # an offence arrested for is indictable: yes
    k.press(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    k.tab_to(wizard.detention_ui.groundsEdit)
    k.type("To obtain evidence by questioning")
    k.press(Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: w.ui.stack.currentWidget() is w.record or wizard.pages[2].error.isVisible())
    assert w.ui.stack.currentWidget() is w.record, wizard.pages[2].error.text()
    return w.record.number


def test_booking_records_sex_responsible_officer_and_offence_codes_in_1_1(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    record = w.ctx.store.load_record(number)
    assert record.format == "custody-record/1.1" and record.is_v11
    assert record.child.sex == "female"
    assert record.child.responsible_officer == "Warwickshire Youth Justice Service"
    arrest = record.events[0]
    assert arrest["offence_codes"] == ("twoc",) and arrest["offences"] == ("took a car without consent",)
    assert arrest["indictable"] is True
    # and the engine now asks for the 1.1 notices: the responsible officer, the woman responsible
    due = {d.code for d in w.ctx.load(number)[1].due}
    assert {"RESPONSIBLE_OFFICER_NOTICE", "WOMAN_RESPONSIBLE"} <= due


def _gone(dialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def _save(qtbot, k: Keys, dialog) -> None:
    dialog.ui.errorLabel.setVisible(False)
    k.press(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: _gone(dialog) or dialog.ui.errorLabel.isVisible())


def _last(w, number: str, etype: str):
    return next(e for e in reversed(w.ctx.store.load_record(number).events) if e.type == etype)


def test_notices_suitability_and_rousing_response_by_keys(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    k.active(w)
    dialog = k.entry(w, "responsible officer")
    assert dialog.event_type == "responsible_officer_informed"
    k.type("YJS duty officer J Patel")
    _save(qtbot, k, dialog)
    assert _gone(dialog), dialog.ui.errorLabel.text()
    k.active(w)
    dialog = k.entry(w, "woman resp")
    assert dialog.event_type == "woman_responsible_named"
    k.type("DO 5521 Helen Ward")
    _save(qtbot, k, dialog)
    assert _last(w, number, "woman_responsible_named")["name"] == "DO 5521 Helen Ward"
    # the AA's suitability: the Code C 1.7 / Note 1B list is shown in words beside the tick
    k.active(w)
    dialog = k.entry(w, "adult req")
    k.type("Jo Doe")
    k.press(Qt.Key.Key_Tab)
    k.type("parent")
    _save(qtbot, k, dialog)
    k.active(w)
    dialog = k.entry(w, "adult arr")
    assert "the victim" in dialog.ui.helpLabel.text() and "estranged" in dialog.ui.helpLabel.text()
    k.tab_to(dialog.inputs["exclusions_checked"].widget)
    k.press(Qt.Key.Key_Space)
    _save(qtbot, k, dialog)
    assert _last(w, number, "aa_arrived")["exclusions_checked"] is True
    # a visit: awake and answered, no rousing needed
    k.active(w)
    dialog = k.entry(w, "visit")
    assert dialog.event_type == "observation"
    k.tab_to(dialog.inputs["awake_and_spoke"].widget)
    k.press(Qt.Key.Key_Space)
    _save(qtbot, k, dialog)
    visit = _last(w, number, "observation")
    assert visit["awake_and_spoke"] is True
    assert not {"RESPONSIBLE_OFFICER_NOTICE", "WOMAN_RESPONSIBLE"} & {d.code for d in w.ctx.load(number)[1].due}


def test_strip_search_people_present_by_keys_warns_before_saving(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    k.active(w)
    dialog = k.entry(w, "strip")
    assert dialog.event_type == "strip_search"
    people = dialog.inputs["present"].widget
    k.tab_to(dialog.inputs["authorised_by"].widget)
    k.type("PS 2190")
    k.press(Qt.Key.Key_Tab)
    k.type("concealed item")
    k.tab_to(dialog.inputs["urgent_without_aa_reason"].widget)
    k.type("ligature seen")
    k.tab_to(people.rows[0].name)
    k.type("PC 3380 Amy Shaw")
    k.press(Qt.Key.Key_Tab)
    k.type("searcher")
    k.press(Qt.Key.Key_Tab)
    k.type("male")  # a male searcher for a girl: the rules find it
    k.press(Qt.Key.Key_Tab)  # Remove
    k.press(Qt.Key.Key_Tab)  # Add a person present
    k.press(Qt.Key.Key_Space)
    assert len(people.rows) == 2 and QApplication.focusWidget() is people.rows[1].name
    k.type("DO 5521 Helen Ward")
    k.press(Qt.Key.Key_Tab)
    k.type("officer")
    k.press(Qt.Key.Key_Tab)
    k.type("female")
    k.tab_to(dialog.inputs["urgency"].widget)
    k.type("r")  # the first: risk of serious harm to the child (Space would open the list)
    before = len(w.ctx.store.load_record(number).events)
    _save(qtbot, k, dialog)
    assert not _gone(dialog), "the opposite-sex searcher is shown before saving"
    text = dialog.ui.errorLabel.text()
    assert "STRIP_SEARCH_OPPOSITE_SEX" in text and "Code C" in text and "Save again" in text
    assert len(w.ctx.store.load_record(number).events) == before
    _save(qtbot, k, dialog)  # it happened: recorded as it happened, the finding stands
    assert _gone(dialog)
    search = _last(w, number, "strip_search")
    assert [p["sex"] for p in search["present"]] == ["male", "female"]
    assert search["urgency"] == "risk_of_serious_harm_to_child"
    assert "STRIP_SEARCH_OPPOSITE_SEX" in {f.code for f in w.ctx.load(number)[1].findings}


def test_a_person_present_without_a_sex_is_refused_naming_them(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    book_girl(qtbot, k, w)
    k.active(w)
    dialog = k.entry(w, "strip")
    people = dialog.inputs["present"].widget
    k.tab_to(people.rows[0].name)
    k.type("PC 3380 Amy Shaw")
    _save(qtbot, k, dialog)
    assert "Person 1 present: enter their role and sex" in dialog.ui.errorLabel.text()


def test_urgent_interview_by_a_sergeant_is_refused_at_the_form(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    before = len(w.ctx.store.load_record(number).events)
    k.active(w)
    dialog = k.entry(w, "interview st")
    assert dialog.event_type == "interview_started"
    k.tab_to(dialog.inputs["urgent_authorised_by"].widget)
    k.type("PS 2190")
    k.press(Qt.Key.Key_Tab)
    k.type("sergeant")
    k.press(Qt.Key.Key_Tab)
    k.type("a firearm is outstanding")
    _save(qtbot, k, dialog)
    text = dialog.ui.errorLabel.text()
    assert not _gone(dialog) and "URGENT_INTERVIEW_INVALID" in text and "11.18" in text
    assert len(w.ctx.store.load_record(number).events) == before
    k.tab_to(dialog.inputs["urgent_rank"].widget)
    k.press(Qt.Key.Key_Down)  # sergeant -> inspector -> superintendent
    k.press(Qt.Key.Key_Down)
    _save(qtbot, k, dialog)
    assert _gone(dialog), dialog.ui.errorLabel.text()
    started = _last(w, number, "interview_started")
    assert started["urgent_rank"] == "superintendent" and started["urgent_grounds"] == "a firearm is outstanding"


def test_a_1_0_record_gets_only_1_0_types_and_fields(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    store = w.ctx.store
    clock = w.ctx.clock.now()
    doc = {"format": "custody-record/1", "custody_number": "OLD-1", "suite": "S", "force": "F",
           "child": {"surname": "Old", "forenames": "Ann", "date_of_birth": "2011-01-01", "age_in_doubt": False,
                     "looked_after": False, "local_authority": None},
           "events": [{"type": "arrested", "id": "a1", "at": (clock - timedelta(hours=1)).isoformat(),
                       "by": "PC 1", "offences": ["theft"], "reason": "offence"},
                      {"type": "arrived_at_station", "id": "a2", "at": (clock - timedelta(minutes=50)).isoformat(),
                       "by": "PC 1"}]}
    store.create_record(parse_document(doc), "test")
    sign_in(qtbot, k, w)
    w.open_record("OLD-1")
    from custody_app.gui.entry_dialog import EntryDialog, TypePicker

    record, a = w.ctx.load("OLD-1")
    dialog = EntryDialog(w.ctx, record, a.stage, "aa_arrived", w)
    qtbot.addWidget(dialog)
    assert "exclusions_checked" not in dialog.inputs and "awake_and_spoke" not in EntryDialog(
        w.ctx, record, a.stage, "observation", w).inputs
    court = EntryDialog(w.ctx, record, a.stage, "court_fixed", w)
    qtbot.addWidget(court)
    court.save()
    assert "custody-record/1 format" in court.ui.errorLabel.text()
    assert len(store.load_record("OLD-1").events) == 2
    k.active(w)
    k.press(Qt.Key.Key_E, CTRL)  # the picker for this record: 1.0 types only
    picker = k.wait_dialog(w, "TypePicker")
    assert isinstance(picker, TypePicker)
    k.type("court")
    shown = {picker.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.list.count())}
    assert "court_fixed" not in shown and "appeared_in_court" in shown


def test_review_declares_independence_and_keeps_the_remote_reason_in_its_field(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    w.ctx.clock.advance(hours=2)
    relock(qtbot, k, w, "insp77", "7777")
    k.press(Qt.Key.Key_R, CTRL)
    review = k.wait_dialog(w, "ReviewDialog")
    ui = review.ui
    assert ui.independentCheck.isVisibleTo(review)
    k.tab_to(ui.modeCombo)
    k.press(Qt.Key.Key_Down)
    k.press(Qt.Key.Key_Down)  # by telephone
    k.press(Qt.Key.Key_Tab)
    k.type("inspector at the other suite; snow")
    k.tab_to(ui.childEdit)
    k.type("wants to go home")
    k.tab_to(ui.bailCheck)
    k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_Tab)
    k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_Return)  # no declaration: refused at the form, with its source
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible())
    assert "REVIEWER_INDEPENDENCE_NOT_RECORDED" in ui.errorLabel.text()
    assert QApplication.focusWidget() is ui.independentCheck
    k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gone(review) or not ui.errorLabel.text().startswith("Not saved. Review"))
    assert gone(review), ui.errorLabel.text()
    done = _last(w, number, "review")
    assert done["reviewer_not_involved"] is True and done["mode"] == "telephone"
    assert done["remote_reason"] == "inspector at the other suite; snow"


def test_court_production_and_supervision_by_the_entry_forms(qtbot, desk_window):
    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    k.active(w)
    dialog = k.entry(w, "court and")
    assert dialog.event_type == "court_fixed"
    k.type("Leamington Spa Youth Court")
    k.press(Qt.Key.Key_Tab)  # top to bottom: the sitting's date, then its time
    assert QApplication.focusWidget() is dialog.inputs["sitting_at"].widget.date_edit
    k.press(Qt.Key.Key_Home)
    k.type("26102026")
    k.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.inputs["sitting_at"].widget.time_edit
    k.press(Qt.Key.Key_Home)
    k.type("1000")
    k.tab_to(dialog.inputs["first_sitting"].widget)
    assert dialog.inputs["first_sitting"].widget.isChecked()  # the default: the first sitting
    _save(qtbot, k, dialog)
    assert _gone(dialog), dialog.ui.errorLabel.text()
    fixed = _last(w, number, "court_fixed")
    assert fixed["sitting_at"].isoformat() == "2026-10-26T10:00:00+00:00"
    # a sergeant may not enter the inspector's supervision of a certificate
    k.active(w)
    dialog = k.entry(w, "supervised")
    assert dialog.event_type == "certificate_endorsed" and "rank" not in dialog.inputs
    _save(qtbot, k, dialog)
    assert not _gone(dialog) and "inspector or above" in dialog.ui.errorLabel.text()
    k.press(Qt.Key.Key_Escape)
    k.active(w)
    dialog = k.entry(w, "produced to")
    assert dialog.event_type == "certificate_produced"
    k.type("Leamington Spa Youth Court")
    k.press(Qt.Key.Key_Tab)
    k.type("Clerk A Singh")
    _save(qtbot, k, dialog)
    assert _gone(dialog), dialog.ui.errorLabel.text()
    assert _last(w, number, "certificate_produced")["received_by"] == "Clerk A Singh"


def test_a_correction_of_a_1_1_entry_changes_only_what_was_changed(qtbot, desk_window):
    from custody_app.gui.entry_dialog import EntryDialog

    w, k = desk_window, Keys(qtbot)
    sign_in(qtbot, k, w)
    number = book_girl(qtbot, k, w)
    record, a = w.ctx.load(number)
    add = EntryDialog(w.ctx, record, a.stage, "strip_search", w,
                      values={"aa_present": True, "authorised_by": "PS 2190", "reason": "item concealed",
                              "present": [{"name": "PC 1 Shaw", "role": "searcher", "sex": "female"},
                                          {"name": "Jo Doe", "role": "appropriate_adult", "sex": "female"}]})
    qtbot.addWidget(add)
    add.save()
    assert add.stored is not None, add.ui.errorLabel.text()
    search = _last(w, number, "strip_search")
    record, a = w.ctx.load(number)
    fix = EntryDialog(w.ctx, record, a.stage, "strip_search", w, correcting=search)
    qtbot.addWidget(fix)
    fix.inputs["present"].widget.rows[0].name.setText("PC 3380 Amy Shaw")
    fix.reason_edit.setText("searcher's name written in full")
    fix.save()
    assert fix.stored is not None, fix.ui.errorLabel.text()
    correction = _last(w, number, "correction")
    assert set(correction["fields"]) == {"present"}
    assert correction["fields"]["present"][0]["name"] == "PC 3380 Amy Shaw"
