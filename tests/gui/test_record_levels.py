"""The observation level in force, named as custody staff know it (docs/observation-levels.md),
on the record page, in the timeline and on the board."""

from __future__ import annotations

from gui_store import docs

from custody_app.gui.entry_dialog import EntryDialog
from custody_app.services.desk import short_time

LEVEL_3 = ("Level 3: constant observation — watched all the time (CCTV or an officer at the door); "
           "recorded at least every 15 min")


def _set_level(w, number: str, index: int, note: str = "") -> None:
    dialog = w.open_form("observation_level_set", number)
    assert isinstance(dialog, EntryDialog) and dialog.level_combo is not None
    dialog.level_combo.setCurrentIndex(index)
    dialog.ui.noteEdit.setText(note)
    dialog.save()
    assert dialog.stored is not None


def test_the_record_page_and_the_timeline_name_the_level_set(qtbot, signed_in, store, clock):
    w = signed_in
    number = w.board.selected()
    clock.advance(minutes=1)
    _set_level(w, number, 2, note="cut on the arm")
    assert docs(store)[number]["events"][-1]["note"].startswith("Level 3: constant observation")
    w.open_record(number)
    ui = w.record.ui
    set_at = short_time(w.ctx.clock.now(), w.ctx.clock.now())
    assert ui.levelLabel.text() == f"{LEVEL_3}; set {set_at}"
    top = ui.timelineTree.topLevelItem(ui.timelineTree.topLevelItemCount() - 1)
    assert top.text(1) == f"Observation level set: {LEVEL_3} — note: cut on the arm"
    assert "(minutes)" not in top.text(1)


def test_the_board_names_the_level_under_the_next_visit(qtbot, signed_in, clock):
    w = signed_in
    number = w.board.selected()
    clock.advance(minutes=1)
    _set_level(w, number, 1)
    w.board.refresh()
    row = next(r for r in w.board.model.rows if r.custody_number == number)
    assert row.next_visit.text.splitlines()[-1] == "Level 2: rousing"
    assert row.next_visit.text.splitlines()[0].startswith(("in ", "OVERDUE"))  # the countdown stays first
