"""A store holding several suites (a force-wide server): --suite for report, handover and
downtime-pack, and the store's queries by suite, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from custody_app.cli import main
from custody_app.domain import parse_document
from custody_app.store import open_store
from tests.reliability.conftest import generated_docs


def _two_suites(target: str) -> dict[str, set[str]]:
    by_suite: dict[str, set[str]] = {"Northtown": set(), "Southport": set()}
    with open_store(target) as s:
        for i, doc in enumerate(generated_docs(10, seed=11)):
            suite = "Northtown" if i % 2 else "Southport"
            s.import_record(parse_document({**doc, "suite": suite}), "PS 1")
            by_suite[suite].add(doc["custody_number"])
    return by_suite


def test_the_store_reads_one_suite(db_target: str) -> None:
    by_suite = _two_suites(db_target)
    start, end = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    with open_store(db_target) as s:
        assert s.suites() == ["Northtown", "Southport"]
        everyone = {r.custody_number for r in s.in_custody()}
        for suite, numbers in by_suite.items():
            assert {r.custody_number for r in s.in_custody(suite)} == everyone & numbers
            assert {r.custody_number for r in s.records_arrived_between(start, end, suite=suite)} == numbers
            assert s.count_arrived_between(start, end, suite) == len(numbers)
        assert s.in_custody("Nowhere") == [] and s.count_arrived_between(start, end, "Nowhere") == 0


def test_documents_for_one_suite(db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _two_suites(db_target)
    for command in (["downtime-pack"], ["handover"]):
        out = tmp_path / f"{command[0]}.pdf"
        assert main([*command, "--suite", "Northtown", "-o", str(out), "--db", db_target]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    day = (datetime.now(UTC) - timedelta(days=400)).date()
    assert main(["report", "--from", str(day), "--to", str(datetime.now(UTC).date()), "--suite", "Southport",
                 "-o", str(tmp_path / "r.pdf"), "--db", db_target]) == 0
    capsys.readouterr()
    assert main(["handover", "--suite", "Nowhere", "-o", str(tmp_path / "x.pdf"), "--db", db_target]) == 2
    err = capsys.readouterr().err
    assert "no suite 'Nowhere'" in err and "Northtown, Southport" in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_downtime_pack_printed_last_is_remembered(db_target: str, tmp_path: Path) -> None:
    from custody_app.services.live import down_words, last_downtime_pack

    _two_suites(db_target)
    out = tmp_path / "pack.pdf"
    assert main(["downtime-pack", "-o", str(out), "--db", db_target]) == 0
    noted = last_downtime_pack()
    assert noted is not None and noted[0] == out.resolve()
    assert str(out.resolve()) in down_words(datetime.now(UTC), noted)
