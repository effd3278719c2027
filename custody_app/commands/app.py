"""The desk's composition root: `custody-app` (the desk), --demo, --self-test and
`custody-app screenshots DIR`. The only place that opens a store for the desk; the
GUI is handed the store and reaches it through the services.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any


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
    # the core the sign-in page needs, imported before Qt: PySide6 hooks every import made
    # after its own (the __feature__ import hook), which makes importing after it slower
    from ..services import desk  # noqa: F401
    from ..store import StoreError

    # isort: split
    from ..gui import app as desk_app  # Qt: after the core

    if args.self_test:
        return desk_app.self_test(demo_store)
    qapp = desk_app.application()
    from ..gui.clock import Clock

    clock = Clock()
    tmp: tempfile.TemporaryDirectory[str] | None = None
    try:
        if args.demo:
            tmp = tempfile.TemporaryDirectory(prefix="custody-demo-")
            store = demo_store(Path(tmp.name), clock.now())
        else:
            store = open_desk_store(args.db)
    except (StoreError, OSError) as exc:  # damaged, newer, unreadable: explained, never a traceback
        return desk_app.cannot_open(exc, log_path)
    try:
        return desk_app.run(qapp, store, clock, demo=args.demo, exit_when_shown=args.exit_when_shown)
    finally:
        store.close()
        if tmp is not None:
            tmp.cleanup()
        del qapp


def open_desk_store(db: str | None) -> Any:
    from ..paths import resolve_db_path
    from ..store import open_store

    return open_store(resolve_db_path(db))


def run_screenshots(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..gui.clock import Clock
    from ..gui.screenshots import render_all

    clock = Clock()
    with tempfile.TemporaryDirectory(prefix="custody-shots-") as tmp:
        store = demo_store(Path(tmp), clock.now())
        try:
            return render_all(args.dir, clock, store)
        finally:
            store.close()


