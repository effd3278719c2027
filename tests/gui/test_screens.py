"""The record, booking in, settings and the shortcut map."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from custody_app.gui.booking import BookingWizard
from custody_app.gui.settings_dialog import SettingsDialog
from custody_app.gui.shortcuts import SHORTCUTS, ShortcutsDialog
from custody_app.rules.assessment import CHECKLIST_STAGES

pytestmark = pytest.mark.gui


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
    before = len(store.docs)
    assert wizard.pages[2].validatePage()
    assert len(store.docs) == before + 1


def test_typed_time_in_the_skipped_spring_hour_is_refused(qtbot, signed_in):
    wizard = BookingWizard(signed_in.ctx, signed_in)
    qtbot.addWidget(wizard)
    edit = wizard.arrest_ui.arrestTime
    edit.date_edit.setText("29/03/2026")
    edit.time_edit.setText("01:30")
    assert "did not happen" in edit.feedback.text()
    edit.date_edit.setText("25/10/2026")
    assert edit.zone_combo.isVisibleTo(wizard) or not wizard.isVisible()
    assert "happened twice" in edit.feedback.text()


def test_settings_saves_names_and_policy_and_adds_a_user(qtbot, signed_in, store):
    dialog = SettingsDialog(signed_in.ctx, signed_in)
    qtbot.addWidget(dialog)
    dialog.ui.suiteEdit.setText("Nuneaton")
    dialog.spins["due_soon_minutes"].setValue(20)
    dialog.ui.usernameEdit.setText("ps1")
    dialog.ui.displayNameEdit.setText("PS 1 Test")
    dialog.ui.newPinEdit.setText("1234")
    dialog.add_user()
    assert "ps1" in store.users
    dialog.save()
    assert store.settings["suite_name"] == "Nuneaton"
    assert store.policy.due_soon_minutes == 20
    assert signed_in.ctx.policy.due_soon_minutes == 20


def test_f1_lists_every_shortcut(qtbot, signed_in):
    qtbot.keyClick(signed_in.board.ui.boardTable, Qt.Key.Key_F1)
    dialog = signed_in.dialogs[-1]
    assert isinstance(dialog, ShortcutsDialog)
    assert dialog.table.rowCount() == len(SHORTCUTS)
