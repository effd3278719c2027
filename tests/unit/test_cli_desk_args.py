"""The desk's quick reading of its own options gives what the full parser gives."""

from __future__ import annotations

import pytest

from custody_app.cli import build_parser, desk_args


@pytest.mark.parametrize("argv", [
    [],
    ["--demo"],
    ["--self-test"],
    ["--db", "/tmp/x.sqlite3", "--exit-when-shown"],
    ["--db=/tmp/y.sqlite3"],
    ["--exit-when-shown", "--db", "a b.sqlite3", "--demo"],
    ["--db", "first", "--db", "second"],
])
def test_same_as_the_full_parser(argv: list[str]) -> None:
    quick = desk_args(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["audit", "x.json"],
    ["--db", "d.sqlite3", "verify"],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--db"],
    ["--db", "--demo"],
    ["--db="],
    ["--unknown"],
    ["stray"],
])
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert desk_args(argv) is None
