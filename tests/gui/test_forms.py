"""Generated forms are fresh (Picard); every focusable control has an accessible name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_not_stale():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _unnamed(top: QWidget) -> list[str]:
    out = []
    for w in [top, *top.findChildren(QWidget)]:
        if w.isVisibleTo(top) and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName():
            if type(w).__name__ in ("QScrollBar", "QTabBar", "QLabel", "QSplitterHandle", "QStackedWidget") or \
                    w.objectName().startswith("qt_"):
                continue
            out.append(f"{type(w).__name__}:{w.objectName()}")
    return out


def test_every_control_has_an_accessible_name(qtbot, signed_in):
    from custody_app.gui.booking import BookingWizard
    from custody_app.gui.entry_dialog import EntryDialog
    from custody_app.gui.settings_dialog import SettingsDialog

    assert _unnamed(signed_in) == []
    signed_in.open_record(signed_in.board.selected())
    assert _unnamed(signed_in) == []
    record, a = signed_in.ctx.load(signed_in.record.number)
    for dialog in (BookingWizard(signed_in.ctx, signed_in), SettingsDialog(signed_in.ctx, signed_in),
                   EntryDialog(signed_in.ctx, record, a.stage, "review", signed_in)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__


def test_the_decision_screens_name_every_control(qtbot, signed_in):
    from custody_app.gui.about import AboutDialog
    from custody_app.gui.accommodation_wizard import AccommodationWizard
    from custody_app.gui.documents import DocumentsDialog
    from custody_app.gui.review_dialog import ReviewDialog
    from custody_app.gui.shortcuts import ShortcutsDialog

    signed_in.open_record(signed_in.board.selected())
    record = signed_in.ctx.load(signed_in.record.number)[0]
    wizard = AccommodationWizard(signed_in.ctx, record, signed_in)
    dialogs = (ReviewDialog(signed_in.ctx, record, signed_in), wizard, DocumentsDialog(signed_in.ctx, record, signed_in),
               AboutDialog(signed_in.ctx.store_location(), signed_in), ShortcutsDialog(signed_in, about=lambda: None))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__
    for step in range(wizard.ui.stack.count()):
        wizard.go(step)
        assert _unnamed(wizard) == [], f"step {step + 1}"
