"""Settings (administrator): on each tab, no Alt+letter is used twice, counting the tab titles
and the dialog's own buttons, which answer from every tab."""

from __future__ import annotations

from conftest import sign_in
from mnemonics import clashes, tab_mnemonics, visible_mnemonics
from PySide6.QtWidgets import QTabWidget

from custody_app.gui.settings_dialog import SettingsDialog


def test_no_mnemonic_is_used_twice_on_any_settings_tab(qtbot, window):
    sign_in(qtbot, window, "admin", "0000")
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs: QTabWidget = dialog.ui.tabs
    shared = tab_mnemonics(tabs.tabBar()) + visible_mnemonics(dialog.ui.buttonBox)
    assert len(shared) >= tabs.count()  # each tab has its own letter: the check sees them
    seen: list[tuple[str, str]] = []
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        page = tabs.widget(i)
        assert page.isVisible()
        seen += (found := visible_mnemonics(page))
        assert clashes(shared + found) == {}, tabs.tabText(i)
    assert len(seen) >= 10  # the labels and buttons of the pages were seen, not skipped
