"""Entry forms: built from the schema, validated by the core, refusals in words."""

from __future__ import annotations

import pytest
from gui_store import docs
from PySide6.QtCore import Qt

from custody_app.domain.schema import EVENT_TYPES
from custody_app.gui.entry_dialog import EntryDialog


def _record(ctx, profile_index=0):
    number = sorted(docs(ctx.store))[profile_index]
    return ctx.load(number)


@pytest.mark.parametrize("event_type", sorted(EVENT_TYPES))
def test_every_event_type_has_a_form(qtbot, signed_in, event_type):
    record, a = _record(signed_in.ctx)
    dialog = EntryDialog(signed_in.ctx, record, a.stage, event_type, signed_in)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle()


def test_a_visit_is_one_key_from_the_board_and_stored(qtbot, signed_in, store):
    number = signed_in.board.selected()
    before = len(docs(store)[number]["events"])
    qtbot.keyClick(signed_in.board.ui.boardTable, Qt.Key.Key_F5)
    dialog = next(d for d in signed_in.dialogs if isinstance(d, EntryDialog))
    assert dialog.event_type == "observation"
    qtbot.keyClicks(dialog.inputs["response"].widget, "asleep, breathing")
    qtbot.keyClick(dialog.inputs["response"].widget, Qt.Key.Key_Return)
    assert len(docs(store)[number]["events"]) == before + 1
    assert docs(store)[number]["events"][-1]["by"] == "PS 2190 Khan"


def _save(qtbot, ctx, window, event_type, values, number=None):
    number = number or sorted(docs(ctx.store))[0]
    record, a = ctx.load(number)
    dialog = EntryDialog(ctx, record, a.stage, event_type, window)
    qtbot.addWidget(dialog)
    for name, value in values.items():
        dialog.inputs[name].set_value(value)
    dialog.save()
    return dialog


def test_interview_without_aa_needs_urgent_authority(qtbot, signed_in):
    dialog = _save(qtbot, signed_in.ctx, signed_in, "interview_started", {"aa_present": False})
    assert dialog.stored is None
    assert "superintendent" in dialog.ui.errorLabel.text()


def test_a_cell_needs_a_reason_and_never_with_an_adult(qtbot, signed_in):
    d1 = _save(qtbot, signed_in.ctx, signed_in, "placement", {"location": "juvenile_cell", "reason": ""})
    assert d1.stored is None and "reason" in d1.ui.errorLabel.text()
    d2 = _save(qtbot, signed_in.ctx, signed_in, "placement",
               {"location": "detention_room", "reason": "quiet room", "with_adult": True})
    assert d2.stored is None and "never placed with" in d2.ui.errorLabel.text()


def test_aa_arrival_before_any_request_is_refused(qtbot, signed_in, store):
    from custody_app.domain import parse_document

    doc = {k: v for k, v in docs(store)[sorted(docs(store))[0]].items()}
    doc["custody_number"] = "WK-26-NOAA"
    doc["events"] = [e for e in doc["events"] if e["type"] in ("arrested", "arrived_at_station", "detention_authorised")]
    store.import_record(parse_document(doc))
    dialog = _save(qtbot, signed_in.ctx, signed_in, "aa_arrived", {"name": "Jo Bloggs"}, "WK-26-NOAA")
    assert dialog.stored is None and "requested" in dialog.ui.errorLabel.text()


def test_a_missing_choice_names_the_field(qtbot, signed_in):
    dialog = _save(qtbot, signed_in.ctx, signed_in, "meal", {})
    assert dialog.stored is None
    assert dialog.inputs["kind"].widget.property("invalid") is True


def test_pre_charge_review_needs_an_inspector(qtbot, signed_in):
    number = next(r.custody_number for r in signed_in.board.model.rows if r.stage.text.startswith("pre-charge"))
    dialog = _save(qtbot, signed_in.ctx, signed_in, "review",
                   {"mode": "in_person", "outcome": "continue", "bail_considered": True}, number)
    assert dialog.stored is None and "inspector" in dialog.ui.errorLabel.text()
