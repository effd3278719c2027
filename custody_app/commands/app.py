"""`custody-app` (the desk) and `custody-app screenshots DIR`; Qt is imported only here, lazily."""

from __future__ import annotations

import argparse


def run_app(args: argparse.Namespace) -> int:
    from ..gui.app import run

    return run(args)


def run_screenshots(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..gui.screenshots import render_all

    return render_all(args.dir)
