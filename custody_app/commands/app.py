"""The desk's composition root: `custody-app` (the desk), --demo, --self-test and
`custody-app screenshots DIR`. The only place that opens a store for the desk; the
GUI is handed the store and reaches it through the services.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tempfile


def demo_store(directory: Path, now: datetime) -> Any:
    """A fresh demo database in `directory`: sample children and users with known PINs."""
    from ..sample import demo_documents
    from ..services import desk
    from ..store import open_store

    store = open_store(directory / "demo.sqlite3")
    desk.seed_demo(store, demo_documents(now))
    return store


def run_app(args: argparse.Namespace) -> int:
    # the crash log and hook first: whatever goes wrong after this is logged and explained
    from ..gui import crash

    log_path = crash.start()
    from ..gui import app as desk_app  # Qt, the sign-in page and the style: nothing else yet

    if args.self_test:
        return desk_app.self_test(demo_store)
    qapp = desk_app.application()
    from ..gui.clock import Clock

    clock = Clock()
    opened: list[Any] = []
    temporary: list[tempfile.TemporaryDirectory[str]] = []

    def open_after_paint() -> Any:
        """Called by the desk once its sign-in page is painted."""
        from ..store import StoreError

        try:
            if args.demo:
                import tempfile

                temporary.append(tempfile.TemporaryDirectory(prefix="custody-demo-"))
                store = demo_store(Path(temporary[0].name), clock.now())
            else:
                store = open_desk_store(args.db)
        except (StoreError, OSError) as exc:  # damaged, newer, unreadable: explained, never a traceback
            raise desk_app.CannotOpen(str(exc)) from exc
        opened.append(store)
        return store

    try:
        return desk_app.run(qapp, clock, open_after_paint, log_path, demo=args.demo,
                            exit_when_shown=args.exit_when_shown)
    finally:
        for store in opened:
            store.close()
        for folder in temporary:
            folder.cleanup()
        del qapp


def open_desk_store(db: str | None) -> Any:
    from ..paths import resolve_db_path
    from ..store import open_store

    return open_store(resolve_db_path(db))


def run_screenshots(args: argparse.Namespace) -> int:
    import os
    import sys
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..gui.clock import Clock
    from ..gui.screenshots import render_all, screenshot_folder
    from ..outputs import OutputRefused

    clock = Clock()
    try:
        out = screenshot_folder(args.dir)  # refused before anything is rendered
        with tempfile.TemporaryDirectory(prefix="custody-shots-") as tmp:
            store = demo_store(Path(tmp), clock.now())
            try:
                return render_all(out, clock, store)
            finally:
                store.close()
    except (OutputRefused, OSError) as exc:
        print(f"custody-app: {exc}", file=sys.stderr)
        return 2


