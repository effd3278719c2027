"""Arguments shared by several commands."""

from __future__ import annotations

import argparse


def add_db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS,
                   help="the database file, or a suite server's postgresql:// URL (default: "
                        "CUSTODY_APP_DB, or a file in the user data directory)")


def add_source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="FILE|NUMBER",
                   help="a custody record file (.json), or a custody number in the database")
    add_db_arg(p)
