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

DESK_FLAGS = {"--demo": "demo", "--self-test": "self_test", "--exit-when-shown": "exit_when_shown"}


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
    parser.add_argument("--db", metavar="PATH|URL", help="the database file, or a suite server's "
                        "postgresql:// URL (default: the CUSTODY_APP_DB variable, or a file in the user "
                        "data directory)")
    parser.add_argument("--demo", action="store_true", help="start on a fresh temporary database of demo children")
    parser.add_argument("--self-test", action="store_true", help="start offscreen on a demo database, check the board, exit")
    parser.add_argument("--exit-when-shown", action="store_true", help="exit as soon as the sign-in page is painted (start-up timing)")
    from .commands.registry import COMMANDS

    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for spec in COMMANDS:
        p = sub.add_parser(spec.name, help=spec.help, description=spec.help)
        spec.add_arguments(p)
    return parser


def desk_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The desk's own options (--db PATH, --demo, --self-test, --exit-when-shown), read without
    building every command's parser (~10 ms of the desk's start-up); None for anything else,
    which the full parser reads (and explains, when it is wrong)."""
    args = argparse.Namespace(db=None, demo=False, self_test=False, exit_when_shown=False, command=None)
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in DESK_FLAGS:
            setattr(args, DESK_FLAGS[arg], True)
        elif arg == "--db" and rest and not rest[0].startswith("-"):
            args.db = rest.pop(0)
        elif arg.startswith("--db=") and len(arg) > 5:
            args.db = arg[5:]
        else:
            return None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = desk_args(argv) or build_parser().parse_args(argv)
    if args.command is None:
        from .commands.app import run_app

        return int(run_app(args))
    from .commands.registry import run_command

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
