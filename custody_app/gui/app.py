"""Starting the desk: the application, the first paint, --exit-when-shown, --self-test,
and a store that cannot be opened. The store is opened by the composition root
(commands/app.py), which hands `run` the function that opens it.

The start is simple: the sign-in page is painted first (Qt, its form and the style, nothing
else); then, while the sergeant types, the store is opened, the desk attached to it and the
suite judged by the engine (as Anki loads its collection after its window).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from . import style
from .clock import Clock
from .main_window import MainWindow

if TYPE_CHECKING:
    from .context import DeskContext

DEMO_SIGN_IN = ("ps2190", "2190")
log = logging.getLogger("custody_app")

# Qt's messages a test or a user need not see: the offscreen platform cannot size windows.
KNOWN_NOISE = ("This plugin does not support propagateSizeHints()",)


def _messages(kind: QtMsgType, context: Any, text: str) -> None:
    if text in KNOWN_NOISE:
        return
    if kind != QtMsgType.QtDebugMsg:
        log.warning("Qt: %s", text)
        print(text, file=sys.stderr)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        qInstallMessageHandler(_messages)
        # the style named at creation costs nothing; setStyle() afterwards costs ~12 ms
        app = QApplication([*(argv or [sys.argv[0]]), "-style", "fusion"])
        app.setApplicationName("custody-app")
        app.setApplicationDisplayName("Custody desk")
        app.setDesktopFileName("uk.police.CustodyApp")  # Wayland and docks match the .desktop file
        style.apply(app)
    return app


def cannot_open(exc: BaseException, log_path: Path) -> int:
    """A store that cannot be opened (damaged, made by a newer version, unreadable): one
    log line, and a plain message box saying what is wrong and what to do."""
    log.error("the database could not be opened: %s", exc)
    text = (f"The custody database could not be opened:\n\n{exc}\n\n"
            "Nothing has been changed. Use the paper custody record for now and tell the system "
            "administrator, who can restore the last backup (custody-app restore) or start this "
            f"version's desk on the right database.\n\nThe log is at:\n{log_path}")
    print(text, file=sys.stderr)
    application()
    box = QMessageBox(QMessageBox.Icon.Critical, "Custody desk: the database cannot be opened", text)
    box.setAccessibleName("The database cannot be opened")
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        box.exec()
    return 2


class CannotOpen(Exception):
    """The store could not be opened (damaged, made by a newer version, unreadable, a server
    not answering): raised by the composition root's opener, said in words by `run`."""


def build(store: Any, clock: Clock) -> tuple[DeskContext, MainWindow]:
    """The desk on an open store at once (the self-test, screenshots, the benchmark)."""
    from .context import DeskContext

    ctx = DeskContext(store, clock)  # the engine is loaded when the suite is first judged
    window = MainWindow(ctx)
    window.resize(1366, 768)
    return ctx, window


def run(app: QApplication, clock: Clock, open_store: Callable[[], Any], log_path: Path,
        demo: bool = False, exit_when_shown: bool = False) -> int:
    """The sign-in page painted first; then `open_store()` and the desk attached to it.
    A store that cannot be opened: the message box, a log line, exit code 2."""
    window = MainWindow()
    window.resize(1366, 768)
    if exit_when_shown:  # start-up timing: exit once the sign-in page is painted
        window.signin.painted.connect(lambda: QTimer.singleShot(0, lambda: app.exit(0)))
        window.show()
        return app.exec()
    links: list[Any] = []

    def open_desk() -> None:
        try:
            store = open_store()
        except CannotOpen as exc:
            app.exit(cannot_open(exc, log_path))
            return
        except Exception:  # a fault, not a refusal: logged and explained by the crash hook, then the end
            sys.excepthook(*sys.exc_info())
            app.exit(1)
            return
        from .context import DeskContext
        from .server_link import attach

        window.attach(DeskContext(store, clock))
        window.start()
        links.append(attach(window, store))  # a suite server: other terminals' entries, the server gone
        if demo:
            window.ui.statusbar.showMessage("Demo database: sign in as ps2190 / PIN 2190 (sergeant), insp77 / 7777 "
                                            "(inspector), supt12 / 1212, do4410 / 4410, admin / 0000.")
        window.after_first_paint()

    window.signin.painted.connect(lambda: QTimer.singleShot(0, open_desk))
    window.show()
    code = app.exec()
    for link in links:
        if link is not None:
            link.stop()
    return code


def self_test(make_demo: Callable[[Path, datetime], Any]) -> int:
    """Offscreen, a temporary demo database: the board must show the demo children."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    clock = Clock()
    problems: list[str] = []
    expected: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="custody-selftest-") as tmp:
        store = make_demo(Path(tmp), clock.now())
        try:
            ctx, window = build(store, clock)
            expected = ctx.children_in_custody()
            window.show()
            window.signin.ui.userEdit.setText(DEMO_SIGN_IN[0])
            window.signin.ui.pinEdit.setText(DEMO_SIGN_IN[1])
            window.signin.submit()
            app.processEvents()
            if ctx.session is None:
                problems.append("the demo sergeant could not sign in")
            if not expected:
                problems.append("the demo database has no child in custody")
            if window.ui.stack.currentWidget() is not window.board or not window.board.isVisible():
                problems.append("the board is not shown after signing in")
            shown = {r.custody_number: r.name for r in window.board.model.rows}
            if shown != expected:
                missing = sorted(set(expected) - set(shown))
                problems.append(f"the board shows {len(shown)} children, expected {len(expected)}"
                                + (f"; missing {', '.join(missing)}" if missing else ""))
            window.close()
        finally:
            store.close()
    if problems:
        print("self-test FAILED: " + "; ".join(problems), file=sys.stderr)
        return 1
    print(f"self-test passed: the board shows the {len(expected)} demo children in custody")
    return 0
