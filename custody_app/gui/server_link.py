"""The desk's link to a suite server: another terminal's entries, and a banner when it is gone.

Small on purpose (the desk's own modules are elsewhere): `attach(window, store)`
starts services.live.StoreWatch for a store on a server and turns its callbacks
(from the watch's thread) into queued Qt signals:

- another terminal's entry: the board, or the record on screen, is read again;
- the server gone: a red banner above the pages says since when and which downtime
  pack to use; the board stays as it was, read-only (the periodic refresh stops, the
  pages take no input), and a form being typed keeps its entry (saving it says why not);
- the server back: the banner goes, everything is read again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from ..services.live import LinkState, StoreWatch


class ServerLink(QObject):
    changed = Signal(list)
    down = Signal(object)
    up = Signal(object)

    def __init__(self, window: Any, target: str, **watch_kw: Any) -> None:
        super().__init__(window)
        self.window = window
        self.banner = QLabel(window)
        self.banner.setObjectName("serverBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#serverBanner { background: #b00020; color: white; "
                                  "font-weight: bold; padding: 8px; }")
        self.banner.hide()
        window.ui.centralLayout.insertWidget(0, self.banner)
        self.changed.connect(self._changed)
        self.down.connect(self._down)
        self.up.connect(self._up)
        self.watch = StoreWatch(target, self.changed.emit, self.down.emit, self.up.emit, **watch_kw)

    def start(self) -> None:
        self.watch.start()

    def stop(self) -> None:
        self.watch.stop()

    @property
    def is_down(self) -> bool:
        return not self.watch.state.up

    def _changed(self, numbers: list[str]) -> None:
        if self.is_down:
            return
        self.window.refresh()

    def _down(self, state: LinkState) -> None:
        self.banner.setText(state.words)
        self.banner.show()
        self.window.refresh_timer.stop()
        self.window.ui.stack.setEnabled(False)  # the last board, read-only
        self.window.ui.statusbar.showMessage(state.words.split(". ")[0] + ".")

    def _up(self, state: LinkState) -> None:
        self.banner.hide()
        self.window.ui.stack.setEnabled(True)
        self.window.refresh_timer.start()
        self.window.ui.statusbar.showMessage(state.words, 10_000)
        self.window.refresh()


def attach(window: Any, store: Any, **watch_kw: Any) -> ServerLink | None:
    """Start the link when the store is on a suite server (a file has no other terminals)."""
    if getattr(store, "engine", "sqlite") != "postgresql":
        return None
    link = ServerLink(window, str(store.url), **watch_kw)
    window.server_link = link
    link.start()
    window.destroyed.connect(link.stop)
    return link
