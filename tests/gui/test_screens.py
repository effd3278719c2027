"""The record, booking in, settings and the shortcut map."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import sign_in
from gui_store import docs
from mnemonics import window_clashes
from PySide6.QtCore import Qt

from custody_app.gui.booking import BookingWizard
from custody_app.gui.settings_dialog import SettingsDialog
from custody_app.gui.shortcuts import SHORTCUTS, ShortcutsDialog
from custody_app.rules.assessment import CHECKLIST_STAGES


def test_record_shows_checklist_stages_clocks_and_timeline(signed_in):
    number = signed_in.board.selected()
    signed_in.open_record(number)
    view = signed_in.record
    model = view.ui.checklistTree.model()
    stages = [str(model.data(model.index(r, 0))).split("  —")[0] for r in range(model.rowCount())]
    assert stages == list(CHECKLIST_STAGES)
    assert "PACE s41" in view.ui.relevantLabel.text()
    assert view.ui.timelineTree.topLevelItemCount() > 3


def test_checklist_enter_opens_the_completing_form(qtbot, signed_in):
    signed_in.open_record(signed_in.board.selected())
    tree = signed_in.record.ui.checklistTree
    model = tree.model()
    stage = model.index(list(CHECKLIST_STAGES).index("Care and visits"), 0)
    tree.setCurrentIndex(model.index(1, 0, stage))  # the visits line
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert signed_in.dialogs and signed_in.dialogs[-1].event_type == "observation"


def test_a_correction_is_shown_beside_what_it_corrects(qtbot, signed_in, store):
    signed_in.open_record(signed_in.board.selected())
    view = signed_in.record
    tree = view.ui.timelineTree
    target = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                  if "Visit" in tree.topLevelItem(i).text(1))
    tree.setCurrentItem(target)
    view._correct_selected()
    dialog = signed_in.dialogs[-1]
    dialog.inputs["response"].widget.setText("asleep, breathing normally")
    dialog.reason_edit.setText("wrong child's cell noted")
    dialog.save()
    assert dialog.stored is not None
    corrected = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).childCount()]
    assert corrected and "wrong child's cell noted" in corrected[0].child(0).text(1)


def test_booking_wizard_turns_an_adult_away_and_books_a_child(qtbot, signed_in, clock, store):
    wizard = BookingWizard(signed_in.ctx, signed_in)
    qtbot.addWidget(wizard)
    wizard.show()
    c = wizard.child_ui
    c.surnameEdit.setText("Doe")
    c.forenamesEdit.setText("Sam")
    c.dobEdit.setText((clock.now() - timedelta(days=365 * 20)).strftime("%d/%m/%Y"))
    assert not wizard.pages[0].validatePage()
    assert "adult" in c.ageLabel.text()
    c.dobEdit.setText((clock.now() - timedelta(days=365 * 14)).strftime("%d/%m/%Y"))
    assert "Age today: 13" in c.ageLabel.text() or "Age today: 14" in c.ageLabel.text()
    wizard.next()
    wizard.arrest_ui.offencesEdit.setPlainText("theft")
    wizard.next()
    wizard.detention_ui.groundsEdit.setPlainText("to obtain evidence by questioning")
    before = len(docs(store))
    assert wizard.pages[2].validatePage()
    assert len(docs(store)) == before + 1


def test_typed_time_in_the_skipped_spring_hour_is_refused(qtbot, signed_in):
    wizard = BookingWizard(signed_in.ctx, signed_in)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    c = wizard.child_ui
    c.surnameEdit.setText("Doe")
    c.forenamesEdit.setText("Sam")
    c.dobEdit.setText("01/02/2012")
    wizard.next()  # the arrest page, on screen
    edit = wizard.arrest_ui.arrestTime
    assert edit.isVisible()
    edit.date_edit.setText("29/03/2026")
    edit.time_edit.setText("01:30")
    assert "did not happen" in edit.feedback.text()
    edit.date_edit.setText("25/10/2026")
    assert edit.zone_combo.isVisible()  # the sergeant is asked: GMT or BST?
    assert "happened twice" in edit.feedback.text()


def test_settings_saves_names_and_policy_and_adds_a_user(qtbot, window, store):
    sign_in(qtbot, window, "admin", "0000")
    signed_in = window
    dialog = SettingsDialog(signed_in.ctx, signed_in)
    qtbot.addWidget(dialog)
    dialog.ui.suiteEdit.setText("Nuneaton")
    dialog.spins["due_soon_minutes"].setValue(20)
    dialog.ui.usernameEdit.setText("ps1")
    dialog.ui.displayNameEdit.setText("PS 1 Test")
    dialog.ui.newPinEdit.setText("1234")
    dialog.add_user()
    assert "ps1" not in {u.username for u in store.list_users()}  # no role chosen: refused
    assert "Choose a role" in dialog.ui.messageLabel.text()
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("detention_officer"))
    dialog.add_user()
    added = {u.username: u for u in store.list_users()}["ps1"]
    assert added.role == "detention_officer"
    assert dialog.ui.roleCombo.currentIndex() == -1  # the next user's role is chosen again
    assert [c.change for c in store.user_changes()] == ["added"]
    assert store.user_changes()[0].by == "admin"
    dialog.save()
    assert store.get_setting("suite_name") == "Nuneaton"
    assert store.get_policy().due_soon_minutes == 20
    assert signed_in.ctx.policy.due_soon_minutes == 20


def test_f1_lists_every_shortcut(qtbot, signed_in):
    qtbot.keyClick(signed_in.board.ui.boardTable, Qt.Key.Key_F1)
    dialog = signed_in.dialogs[-1]
    assert isinstance(dialog, ShortcutsDialog)
    assert dialog.table.rowCount() == len(SHORTCUTS)


def test_settings_are_refused_by_the_service_to_a_sergeant(qtbot, signed_in, store):
    """The check is in the service, not only in the window that hides the button."""
    dialog = SettingsDialog(signed_in.ctx, signed_in)
    qtbot.addWidget(dialog)
    dialog.ui.suiteEdit.setText("Nuneaton")
    dialog.save()
    assert "administrator" in dialog.ui.messageLabel.text()
    assert store.get_setting("suite_name") == "Leamington Spa"


def test_an_administrator_changes_a_role_resets_a_pin_and_disables_a_user(qtbot, window, store):
    sign_in(qtbot, window, "admin", "0000")
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    row = [u.username for u in dialog.user_lines].index("do4410")
    dialog.ui.usersTable.selectRow(row)
    dialog.newRoleCombo.setCurrentIndex(dialog.newRoleCombo.findData("sergeant"))
    dialog.change_role()
    dialog.resetPinEdit.setText("9876")
    dialog.reset_pin()
    dialog.enableButton.click()
    user = {u.username: u for u in store.list_users()}["do4410"]
    assert user.role == "sergeant" and not user.active
    assert [(c.change, c.by) for c in store.user_changes()] == [
        ("role", "admin"), ("pin_reset", "admin"), ("disabled", "admin")]
    window.lock()
    sign_in(qtbot, window, "do4410", "9876")
    assert window.ctx.session is None  # disabled: cannot sign in


def test_the_offence_table_is_edited_in_settings_and_the_engine_uses_it(qtbot, window, store):
    from PySide6.QtWidgets import QComboBox

    from tests.builders import audit, good_charged_events

    sign_in(qtbot, window, "admin", "0000")
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    tab = dialog.offences
    table = tab.table
    codes = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "robbery" in codes and "theft" in codes
    theft = codes.index("theft")
    combo = table.cellWidget(theft, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("violent"))  # a force that treats theft as violent (an example)
    tab.add_row()
    row = table.rowCount() - 1
    table.item(row, 0).setText("robbery")  # the same code twice: refused, nothing saved
    dialog.save()
    assert "twice" in dialog.ui.messageLabel.text()
    assert store.get_policy().offence_table["theft"].category == "other"
    tab.remove_row()
    tab.marking_edit.setText("OFFICIAL")
    dialog.save()
    policy = store.get_policy()
    assert policy.offence_table["theft"].category == "violent" and policy.protective_marking == "OFFICIAL"
    charged = [dict(e, offence_codes=["theft"], category="other") if e["type"] == "charged" else
               dict(e, grounds=["commit_offence"]) if e["type"] == "bail_decision" else e
               for e in good_charged_events()]
    warned = audit(charged, policy=policy, fmt="custody-record/1.1").warnings
    assert [w.code for w in warned] == ["OFFENCE_CATEGORY_MISMATCH"]


def test_settings_refuses_an_offence_row_without_a_title(qtbot, window, store):
    sign_in(qtbot, window, "admin", "0000")
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.offences.add_row()
    table = dialog.offences.table
    table.item(table.rowCount() - 1, 0).setText("criminal_damage")
    dialog.save()
    assert "title" in dialog.ui.messageLabel.text()
    assert "criminal_damage" not in store.get_policy().offence_table


def test_booking_mnemonics_do_not_clash_and_alt_n_on_the_last_page_types_nothing(qtbot, signed_in, clock):
    from PySide6.QtWidgets import QApplication

    wizard = BookingWizard(signed_in.ctx, signed_in)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    c = wizard.child_ui
    c.lookedAfterCheck.setChecked(True)  # every row of the page shown
    assert window_clashes(wizard) == {}, "page 1"
    c.surnameEdit.setText("Doe")
    c.forenamesEdit.setText("Sam")
    c.dobEdit.setText((clock.now() - timedelta(days=365 * 14)).strftime("%d/%m/%Y"))
    c.localAuthorityEdit.setText("Warwickshire County Council")
    wizard.next()
    assert wizard.currentId() == 1 and window_clashes(wizard) == {}, "page 2"
    wizard.arrest_ui.offencesEdit.setPlainText("theft")
    wizard.next()
    assert wizard.currentId() == 2 and window_clashes(wizard) == {}, "page 3"
    grounds = wizard.detention_ui.groundsEdit
    grounds.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grounds)
    qtbot.keyClick(grounds, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert grounds.toPlainText() == ""
    assert QApplication.focusWidget() is wizard.button(wizard.WizardButton.FinishButton)


@pytest.mark.parametrize(("username", "pin"), [("ps2190", "2190"), ("insp77", "7777")])
def test_no_two_things_on_a_page_of_the_accommodation_wizard_share_an_alt_letter(qtbot, signed_in, username, pin):
    from custody_app.gui.accommodation_wizard import AccommodationWizard
    from custody_app.services.desk import STEPS

    signed_in.ctx.sign_in(username, pin)  # an inspector is shown the certificate's override too
    signed_in.open_record("WK-26-000001")
    wizard = signed_in.open_accommodation()
    assert isinstance(wizard, AccommodationWizard)
    qtbot.waitExposed(wizard)
    wizard.ui.atTime.set_value(max(e.at for e in wizard.record.events) - timedelta(hours=1))
    assert wizard.late_row.edit.isVisible()  # "Late entry — reason" shown under the time, on every page
    for step, name in enumerate(STEPS):
        wizard.go(step)
        assert window_clashes(wizard) == {}, name
