"""Starting the desk: the application, --demo, --self-test, --exit-when-shown, screenshots."""

from __future__ import annotations

import os
import sys
from argparse import Namespace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ..paths import resolve_db_path
from ..services import desk
from . import style
from .clock import Clock
from .context import DeskContext
from .main_window import MainWindow

DEMO_SIGN_IN = ("ps2190", "2190")


KNOWN_NOISE = ("This plugin does not support propagateSizeHints()",)


def _messages(kind: QtMsgType, context: Any, text: str) -> None:
    if text in KNOWN_NOISE:
        return
    if kind != QtMsgType.QtDebugMsg:
        import logging

        logging.getLogger("custody_app").warning("Qt: %s", text)  # crash.log, once set up
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


def open_db(path: Path, create: bool = True) -> Any:
    from ..store import open_store

    return open_store(path, create=create)


def demo_store(directory: Path, clock: Clock) -> Any:
    from ..sample import demo_documents

    store = open_db(directory / "demo.sqlite3")
    desk.seed_demo(store, demo_documents(clock.now()))
    return store


def build(store: Any, clock: Clock) -> tuple[DeskContext, MainWindow]:
    ctx = DeskContext(store, clock)  # the engine is loaded when first needed
    window = MainWindow(ctx)
    window.resize(1366, 768)
    return ctx, window


def after_shown(window: MainWindow) -> None:
    """What the first paint does not need, done as soon as the window is on screen: the log
    file and the crash dialog (logging.handlers, platformdirs), and the engine, which judges
    the suite now for the sign-in screen (it showed the last judgements kept, or nothing)."""
    from . import crash

    crash.install(crash.setup_logging())
    window.refresh()


def run(args: Namespace) -> int:
    if args.self_test:
        return self_test()
    app = application()
    clock = Clock()
    tmp = None
    if args.demo:
        import tempfile

        tmp = tempfile.TemporaryDirectory(prefix="custody-demo-")
        store = demo_store(Path(tmp.name), clock)
    else:
        store = open_db(resolve_db_path(args.db))
    ctx, window = build(store, clock)
    if args.exit_when_shown:  # start-up timing: the board filled (refresh is synchronous), shown, exit
        window.show_board_unsigned()
        window.show()
        QTimer.singleShot(0, lambda: app.exit(0 if window.board.isVisible() else 1))
        return app.exec()  # (after_shown would come after this first paint: not timed)
    window.start()
    from .server_link import attach

    link = attach(window, store)  # a suite server: other terminals' entries, the server gone
    window.show()
    QTimer.singleShot(0, lambda: after_shown(window))
    if args.demo:
        window.ui.statusbar.showMessage("Demo database: sign in as ps2190 / PIN 2190 (sergeant), insp77 / 7777 "
                                        "(inspector), supt12 / 1212, do4410 / 4410, admin / 0000.")
    code = app.exec()
    if link is not None:
        link.stop()
    if tmp is not None:
        tmp.cleanup()
    return code


def self_test() -> int:
    """Offscreen, a temporary demo database: the board must show the demo children."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    clock = Clock()
    with tempfile.TemporaryDirectory(prefix="custody-selftest-") as tmp:
        try:
            store = demo_store(Path(tmp), clock)
            expected = {r.custody_number: r.child.name for r in store.in_custody()}
            ctx, window = build(store, clock)
            window.show()
            window.signin.ui.userEdit.setText(DEMO_SIGN_IN[0])
            window.signin.ui.pinEdit.setText(DEMO_SIGN_IN[1])
            window.signin.submit()
            app.processEvents()
            problems = []
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
            store.close()
        except Exception as exc:  # the self-test reports, it does not crash
            problems = [f"{type(exc).__name__}: {exc}"]
    if problems:
        print("self-test FAILED: " + "; ".join(problems), file=sys.stderr)
        return 1
    print(f"self-test passed: the board shows the {len(expected)} demo children in custody")
    return 0
