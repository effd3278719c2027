"""The entry form's "Late entry — reason": shown and required when the time typed is earlier
than the record's last entry (a late entry, or a computer whose clock was set back)."""

from __future__ import annotations

from datetime import timedelta

from gui_store import docs
from PySide6.QtCore import Qt

from custody_app.gui.entry_dialog import EntryDialog


def _dialog(qtbot, window, event_type="drink"):
    ctx = window.ctx
    number = sorted(docs(ctx.store))[0]
    record, a = ctx.load(number)
    dialog = EntryDialog(ctx, record, a.stage, event_type, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, number, record


def _late_shown(dialog) -> bool:
    return dialog.ui.timeForm.isRowVisible(dialog.late_edit)


def test_no_late_reason_is_asked_for_an_entry_made_now(qtbot, signed_in, store):
    dialog, number, _ = _dialog(qtbot, signed_in)
    assert not _late_shown(dialog)
    before = len(docs(store)[number]["events"])
    dialog.save()
    assert dialog.stored is not None
    assert len(docs(store)[number]["events"]) == before + 1
    assert "note" not in docs(store)[number]["events"][-1]


def test_an_earlier_time_asks_for_the_reason_and_keeps_it(qtbot, signed_in, store):
    dialog, number, record = _dialog(qtbot, signed_in)
    last = max(e.at for e in record.events)
    earlier = last - timedelta(hours=1)
    dialog.ui.atTime.set_value(earlier)
    assert _late_shown(dialog)
    before = len(docs(store)[number]["events"])
    dialog.save()
    assert dialog.stored is None
    assert len(docs(store)[number]["events"]) == before
    assert "earlier than the last entry" in dialog.ui.errorLabel.text()
    assert dialog.late_edit.isVisible() and dialog.focusWidget() is dialog.late_edit
    qtbot.keyClicks(dialog.late_edit, "busy with a fight in the cells")
    qtbot.keyClick(dialog.late_edit, Qt.Key.Key_Return)
    assert dialog.stored is not None, dialog.ui.errorLabel.text()
    saved = docs(store)[number]["events"][-1]
    assert saved["note"] == "Late entry: busy with a fight in the cells"
    assert saved["at"] == earlier.isoformat()
    # typing a time after the last entry again hides the field
    dialog2, _, _ = _dialog(qtbot, signed_in)
    dialog2.ui.atTime.set_value(earlier)
    assert _late_shown(dialog2)
    dialog2.ui.atTime.set_value(signed_in.ctx.clock.now())
    assert not _late_shown(dialog2)


def test_a_clock_set_back_an_hour_shows_the_field_at_once(qtbot, signed_in, store):
    _, number, record = _dialog(qtbot, signed_in)
    last = max(e.at for e in record.events)
    signed_in.ctx.clock.set(last - timedelta(hours=1))  # the computer's clock went back an hour
    dialog, _, _ = _dialog(qtbot, signed_in, "meal")
    assert _late_shown(dialog)
    dialog.inputs["kind"].set_value("light")
    before = len(docs(store)[number]["events"])
    dialog.save()
    assert dialog.stored is None and len(docs(store)[number]["events"]) == before
    assert "clock" in dialog.ui.errorLabel.text()
