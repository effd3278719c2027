"""The record page's clocks: each line coloured by its own level as the services decided it
(red overdue, amber due within its warning window, neutral otherwise); the words carry it too."""

from __future__ import annotations

from datetime import timedelta

from gui_store import docs, import_awaited_adult
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QLabel

from custody_app.domain import parse_document
from custody_app.gui.style import LEVEL_FOREGROUND, stylesheet
from custody_app.rules.timecalc import iso

RED = LEVEL_FOREGROUND["overdue"]
AMBER = LEVEL_FOREGROUND["soon"]


def line_colours(label: QLabel) -> dict[str, QColor]:
    """Each line of a label as shown, with the colour its words are painted in (their own, or
    the label's as the stylesheet set it)."""
    plain = label.palette().color(QPalette.ColorRole.WindowText)
    page = QTextDocument()
    page.setDefaultFont(label.font())
    if label.textFormat() == Qt.TextFormat.RichText:
        page.setHtml(label.text())
    else:
        page.setPlainText(label.text())
    out: dict[str, QColor] = {}
    block = page.begin()
    while block.isValid():
        if block.text().strip():
            fragment = block.begin().fragment()
            fmt = fragment.charFormat()
            out[block.text()] = fmt.foreground().color() if fmt.hasProperty(fmt.Property.ForegroundBrush) else plain
        block = block.next()
    return out


def test_an_overdue_review_is_red_and_a_line_not_yet_due_is_not(qtbot, signed_in, store, clock):
    w = signed_in
    now = clock.now()
    doc = docs(store)[sorted(docs(store))[0]]
    doc["custody_number"] = "WK-26-CLOCKS"
    doc["events"] = [
        {"type": "arrested", "id": "c1", "at": iso(now - timedelta(hours=7, minutes=30)), "by": "PC 5285",
         "offences": ["theft"], "reason": "offence", "outside_force_area": False, "force_used": False},
        {"type": "arrived_at_station", "id": "c2", "at": iso(now - timedelta(hours=7, minutes=10)), "by": "PC 5285"},
        {"type": "detention_authorised", "id": "c3", "at": iso(now - timedelta(hours=7)), "by": "PS 2601",
         "grounds": "to obtain evidence by questioning"},
    ]
    store.import_record(parse_document(doc))
    w.setStyleSheet(stylesheet())
    w.open_record("WK-26-CLOCKS")
    ui = w.record.ui
    lines = line_colours(ui.dueLabel)
    review = next(t for t in lines if "Review of detention" in t)
    limit = next(t for t in lines if "detention limit" in t)
    assert review.startswith("OVERDUE")
    assert lines[review] == RED
    assert "OVERDUE" not in limit and lines[limit] not in (RED, AMBER)
    [next_review] = line_colours(ui.reviewLabel).items()
    assert "OVERDUE" in next_review[0] and next_review[1] == RED
    [limit_line] = line_colours(ui.limitLabel).items()
    assert "OVERDUE" not in limit_line[0] and limit_line[1] not in (RED, AMBER)


def test_the_inspector_alert_reddens_its_own_line_only(qtbot, signed_in, store, clock):
    w = signed_in
    now = clock.now()
    import_awaited_adult(store, "WK-26-ALERT2", now)
    w.setStyleSheet(stylesheet())  # as the desk runs: a label's own colour comes from it
    w.open_record("WK-26-ALERT2")
    lines = line_colours(w.record.ui.dueLabel)
    alert = next(t for t in lines if "INSPECTOR ALERT" in t)
    assert lines[alert] == RED
    calm = [t for t in lines if "OVERDUE" not in t and "INSPECTOR" not in t and not t.startswith("+")]
    assert calm and all(lines[t] not in (RED, AMBER) for t in calm), lines
