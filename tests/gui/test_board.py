"""The suite board: every child, most urgent first, overdue in words."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_board_lists_every_child_most_urgent_first(signed_in, store):
    rows = signed_in.board.model.rows
    assert {r.custody_number for r in rows} == {r.custody_number for r in store.in_custody()}
    keys = [r.sort_key for r in rows]
    assert keys == sorted(keys)
    assert signed_in.ui.stack.currentWidget() is signed_in.board


def test_overdue_is_said_in_words_not_only_colour(signed_in):
    model = signed_in.board.model
    levels = [(model.cell(model.index(r, c)).level, model.cell(model.index(r, c)).text)
              for r in range(model.rowCount()) for c in range(model.columnCount())]
    overdue = [text for level, text in levels if level == "overdue"]
    assert overdue, "the sample includes a child with missed duties"
    assert all("OVERDUE" in text for text in overdue)
