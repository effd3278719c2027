"""`custody-app` (the desk) and `custody-app screenshots DIR`; Qt is imported only here, lazily."""

from __future__ import annotations

import argparse


def import_core() -> None:
    """The core the desk's first paint needs (the store, the kept board), imported before Qt:
    PySide6 hooks every import made after its own (the __feature__ import hook), which makes
    importing after it markedly slower. The engine is loaded after the first paint."""
    from ..services.desk import access, board_kept  # noqa: F401
    from ..store import store  # noqa: F401


def run_app(args: argparse.Namespace) -> int:
    import_core()
    from ..gui.app import run

    return run(args)


def run_screenshots(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..gui.screenshots import render_all

    return render_all(args.dir)
