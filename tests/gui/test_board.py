"""The suite board: every child, most urgent first, overdue in words."""

from __future__ import annotations


def test_board_lists_every_child_most_urgent_first(signed_in, store):
    rows = signed_in.board.model.rows
    assert {r.custody_number for r in rows} == {r.custody_number for r in store.in_custody()}
    keys = [r.sort_key for r in rows]
    assert keys == sorted(keys)
    assert signed_in.ui.stack.currentWidget() is signed_in.board


def test_overdue_is_said_in_words_not_only_colour(signed_in, clock):
    clock.advance(hours=2)  # nobody visits for two hours: every visit is overdue
    signed_in.refresh()
    model = signed_in.board.model
    levels = [(model.cell(model.index(r, c)).level, model.cell(model.index(r, c)).text)
              for r in range(model.rowCount()) for c in range(model.columnCount())]
    overdue = [text for level, text in levels if level == "overdue"]
    assert overdue
    assert all("OVERDUE" in text for text in overdue)


def test_board_refreshes_on_a_timer(qtbot, signed_in, clock):
    rows = signed_in.board.model
    number = rows.rows[0].custody_number

    def shown() -> str:
        return next(r.in_custody.text for r in rows.rows if r.custody_number == number)

    before = shown()
    clock.advance(minutes=7)
    signed_in.refresh_timer.setInterval(10)
    qtbot.waitUntil(lambda: shown() != before, timeout=2000)


def test_enter_opens_the_record(qtbot, signed_in):
    from PySide6.QtCore import Qt

    number = signed_in.board.selected()
    qtbot.keyClick(signed_in.board.ui.boardTable, Qt.Key.Key_Return)
    assert signed_in.ui.stack.currentWidget() is signed_in.record
    assert signed_in.record.number == number
