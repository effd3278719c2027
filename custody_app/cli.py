"""`custody-app`: the application (default) and its commands.

Each command group lives in custody_app/commands/ and registers its own
sub-commands; modules are imported only when their command runs, so a quick
`audit` never pays for Qt, reportlab or sqlite-utils.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import app_version
from .commands import COMMANDS, run_command


class _VersionAction(argparse.Action):
    """--version, reading the installed version only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=str(kwargs.get("help")))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"custody-app {app_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="custody-app",
        description="A child in police custody (England and Wales): clocks, duties, findings, documents.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument("--db", metavar="PATH", help="the database (default: the user data directory; "
                        "or the CUSTODY_APP_DB variable)")
    parser.add_argument("--demo", action="store_true", help="start on a fresh temporary database of demo children")
    parser.add_argument("--self-test", action="store_true", help="start offscreen on a demo database, check the board, exit")
    parser.add_argument("--exit-when-shown", action="store_true", help="exit as soon as the board is shown and filled")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for spec in COMMANDS:
        p = sub.add_parser(spec.name, help=spec.help, description=spec.help)
        spec.add_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .commands.app import run_app

        return int(run_app(args))
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
