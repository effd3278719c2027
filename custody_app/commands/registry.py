"""Every sub-command: its name, help, arguments and the module that runs it."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass

from .args import add_db_arg, add_source_args


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    module: str  # custody_app.commands.<module> has run_<name>(args) -> int
    add_arguments: Callable[[argparse.ArgumentParser], None]


def _audit_args(p: argparse.ArgumentParser) -> None:
    add_source_args(p)
    p.add_argument("--json", action="store_true", help="print JSON (RULES.md section 5)")
    p.add_argument("--at", metavar="ISO", help="audit the record as it stood at this instant")
    p.add_argument("--policy", metavar="FILE", help="policy figures (JSON) instead of the defaults")


def _status_args(p: argparse.ArgumentParser) -> None:
    add_source_args(p)
    p.add_argument("--at", metavar="ISO", required=True, help="the instant to show the clocks at")
    p.add_argument("--json", action="store_true", help="print JSON (RULES.md section 5)")
    p.add_argument("--policy", metavar="FILE", help="policy figures (JSON) instead of the defaults")


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="records (.json) or folders of them")
    add_db_arg(p)


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", metavar="NUMBER", help="custody number")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    add_db_arg(p)


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", required=True, metavar="FILE", help="the backup file to write")
    add_db_arg(p)


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", nargs="?", help="a backup made by `custody-app backup`")
    p.add_argument("--from", dest="from_file", metavar="FILE", help="the backup (the same as FILE)")
    add_db_arg(p)


def _verify_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--witness", action="append", metavar="FILE",
                   help="also check against this witness file (a copy kept elsewhere); repeatable")
    p.add_argument("--head", action="append", metavar="STORE:N:H",
                   help="also check against a store head as printed on paper; repeatable")
    p.add_argument("--repair", action="store_true",
                   help="rebuild the list of records (who is in custody) from the events first")
    add_db_arg(p)


def _unlock_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("username", metavar="USER", help="the user to unlock now")
    add_db_arg(p)


def _document_args(p: argparse.ArgumentParser) -> None:
    add_source_args(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    _printed_by(p)


def _certificate_args(p: argparse.ArgumentParser) -> None:
    add_source_args(p)
    p.add_argument("--id", metavar="ID", help="the certificate_issued with this id (default: the last in time)")
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--json", action="store_true", help="print the certified facts, fingerprint and check code")
    _printed_by(p)


def _printed_by(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", metavar="NAME", help="who is printing (default: the signed-in system user)")
    p.add_argument("--marking", metavar="TEXT", help="protective marking (default: the suite's policy, "
                   "OFFICIAL-SENSITIVE)")


def _check_args(p: argparse.ArgumentParser) -> None:
    add_source_args(p)
    p.add_argument("code", metavar="CODE", help="the check code printed on a document: CERT:N:F or REC:N:H")


def _report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day (YYYY-MM-DD)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--csv", metavar="OUT.csv", help="also write one row per detention as CSV "
                   "(and its data dictionary as OUT.dictionary.csv)")
    _suite_arg(p)
    add_db_arg(p)
    _printed_by(p)


def _shift_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--at", metavar="ISO", help="as at this instant instead of now (to reprint)")
    _suite_arg(p)
    add_db_arg(p)
    _printed_by(p)


def _handover_args(p: argparse.ArgumentParser) -> None:
    _shift_args(p)
    p.add_argument("--hours", type=int, default=8, metavar="N", help="what falls due in the next N hours (8)")


def _init_server_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("url", metavar="URL", help="the server database, as its administrator "
                   "(postgresql://admin@host/custody, or postgresql:///custody?host=/run/postgresql)")
    p.add_argument("--app-role", default="custody_app", metavar="ROLE",
                   help="the role the terminals connect as (custody_app): may only read and add")


def _copy_store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="source", required=True, metavar="PATH|URL", help="the store to copy")
    p.add_argument("--to", dest="dest", required=True, metavar="PATH|URL",
                   help="a new database file, or an empty server database (its administrator's URL)")


def _suite_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--suite", metavar="NAME", help="only this suite's detentions (a store holding several)")


def _screenshots_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", metavar="DIR", help="folder for the PNG files")


COMMANDS: tuple[Command, ...] = (
    Command("audit", "audit a record: the findings, with their codes and sources", "rules_cmds", _audit_args),
    Command("status", "the clocks and what is due, as they stood at an instant", "rules_cmds", _status_args),
    Command("import", "store records from files or folders in the database", "store_cmds", _import_args),
    Command("export", "write a stored record in the interchange format", "store_cmds", _export_args),
    Command("verify", "check the database: integrity, schema, every hash chain, users and settings, "
            "witnesses; name what no longer matches", "store_cmds", _verify_args),
    Command("backup", "copy the database safely (online backup, verified)", "store_cmds", _backup_args),
    Command("restore", "replace the database with a verified backup", "store_cmds", _restore_args),
    Command("init-server", "prepare (or upgrade) a PostgreSQL database as the suite's shared store, "
            "with the role the terminals use", "server_cmds", _init_server_args),
    Command("copy-store", "copy a whole store, every chain, the users and settings, between a file and a "
            "server (verified; into an empty destination only)", "server_cmds", _copy_store_args),
    Command("unlock", "an administrator's recovery: end a user's lock-out now", "store_cmds", _unlock_args),
    Command("certificate", "the PACE s38(6) detention certificate as PDF, for the court", "report_cmds", _certificate_args),
    Command("check", "check a printed document's code (CERT:N:F or REC:N:H) against the record",
            "report_cmds", _check_args),
    Command("summary", "the record summary as PDF: clocks, timeline, findings", "report_cmds", _document_args),
    Command("report", "the scrutiny report over a period, as PDF (and CSV)", "report_cmds", _report_args),
    Command("downtime-pack", "paper forms for every child in custody now: the clocks pre-filled, "
            "boxes for visits and entries (PDF)", "shift_cmds", _shift_args),
    Command("handover", "the handover sheet: every child, what falls due in the next 8 hours, outstanding "
            "AA and local authority actions (PDF)", "shift_cmds", _handover_args),
    Command("screenshots", "render each main screen with demo data to DIR/NAME.png", "app", _screenshots_args),
)


def run_command(args: argparse.Namespace) -> int:
    spec = next(c for c in COMMANDS if c.name == args.command)
    module = importlib.import_module(f"{__package__}.{spec.module}")
    handler: Callable[[argparse.Namespace], int] = getattr(module, f"run_{spec.name.replace('-', '_')}")
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
