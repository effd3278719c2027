"""`custody-app certificate`, `summary` and `report` through `custody_app.cli.main`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from custody_app.cli import main
from custody_app.domain import parse_document
from custody_app.sample import generate_documents

from .conftest import Doc, event, load_doc, pdf_text


def _write(tmp_path: Path, doc: Doc, name: str = "record.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_certificate_from_a_file(tmp_path: Path, secure_doc: Doc, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cert.pdf"
    assert main(["certificate", str(_write(tmp_path, secure_doc)), "-o", str(out)]) == 0
    assert "EX-26-000002" in pdf_text(out.read_bytes())
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left behind


@pytest.mark.parametrize(("change", "code"), [
    (lambda d: event(d, "e17").update(granted=True), "S38_NOT_APPLICABLE"),
    (lambda d: event(d, "e16").update(category="other"), "SECURE_NOT_JUSTIFIED"),
    (lambda d: event(d, "e21").update(ground="impracticable", reasons=["nature_of_offence"]),
     "IMPRACTICABLE_INVALID_REASON"),
    (lambda d: event(d, "e21").update(circumstances=""), "CERTIFICATE_INCONSISTENT"),
])
def test_certificate_refused_exit_2_no_file(tmp_path: Path, secure_doc: Doc, change: object, code: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    change(secure_doc)  # type: ignore[operator]
    out = tmp_path / "cert.pdf"
    assert main(["certificate", str(_write(tmp_path, secure_doc)), "-o", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert code in err and "refused" in err
    assert "Traceback" not in err


def test_certificate_refused_for_breach_of_court_bail(tmp_path: Path, secure_doc: Doc,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    event(secure_doc, "e1")["reason"] = "breach_of_court_bail"
    secure_doc["events"] = [e for e in secure_doc["events"] if e["type"] != "charged"]
    out = tmp_path / "cert.pdf"
    assert main(["certificate", str(_write(tmp_path, secure_doc)), "-o", str(out)]) == 2
    assert not out.exists()
    assert "S38_NOT_APPLICABLE" in capsys.readouterr().err


def test_certificate_refused_without_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cert.pdf"
    assert main(["certificate", str(_write(tmp_path, load_doc("bailed"))), "-o", str(out)]) == 2
    assert not out.exists()
    assert "no s38(6) certificate" in capsys.readouterr().err


def test_refusals_of_bad_input(tmp_path: Path, secure_doc: Doc, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["certificate", str(tmp_path / "missing.json"), "-o", str(out)]) == 2
    assert main(["certificate", str(_write(tmp_path, secure_doc)), "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    secure_doc["format"] = "nonsense"
    assert main(["summary", str(_write(tmp_path, secure_doc, "bad.json")), "-o", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "Traceback" not in err and "does not exist" in err


def test_summary_from_a_file_is_the_same_every_time(tmp_path: Path, secure_doc: Doc,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("custody_app.commands.report_cmds._now", lambda: datetime(2026, 12, 1, tzinfo=UTC))
    source = _write(tmp_path, secure_doc)
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["summary", str(source), "-o", str(a), "--by", "PS 1"]) == 0
    assert main(["summary", str(source), "-o", str(b), "--by", "PS 1"]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert "Jordan Example" in pdf_text(a.read_bytes())


def test_report_bad_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "--from", "2026-13-01", "--to", "2026-12-31", "-o", str(out),
                 "--db", str(tmp_path / "db.sqlite3")]) == 2
    assert main(["report", "--from", "2026-12-31", "--to", "2026-01-01", "-o", str(out),
                 "--db", str(tmp_path / "db.sqlite3")]) == 2
    assert main(["report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(out),
                 "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert not out.exists()
    assert "Traceback" not in capsys.readouterr().err


def test_report_from_the_store(tmp_path: Path) -> None:
    store_module = pytest.importorskip("custody_app.store", reason="the store is not in this tree yet")
    if not hasattr(store_module, "open_store"):
        pytest.skip("custody_app.store.open_store is not in this tree yet")
    db = tmp_path / "custody.sqlite3"
    docs = list(generate_documents(60, seed=5, start=datetime(2025, 12, 1, tzinfo=UTC), span_days=90))
    with store_module.open_store(db, create=True) as store:
        for d in docs:
            store.import_record(parse_document(d))
    pdf, csv_path = tmp_path / "r.pdf", tmp_path / "r.csv"
    assert main(["report", "--from", "2026-01-01", "--to", "2026-01-31", "-o", str(pdf), "--csv", str(csv_path),
                 "--db", str(db)]) == 0
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    dictionary = csv_path.with_name("r.dictionary.csv")
    assert dictionary.read_text(encoding="utf-8-sig").startswith("column,meaning,values or unit")
    january = [parse_document(d) for d in docs]
    from custody_app.reports.scrutiny import in_period, period_bounds

    start, end = period_bounds(datetime(2026, 1, 1).date(), datetime(2026, 1, 31).date())
    expected = sorted(r.custody_number for r in january if in_period(r, start, end))
    assert sorted(line.split(",")[0] for line in lines[1:]) == expected
    assert f"Detentions {len(expected)}" in pdf_text(pdf.read_bytes())
    with store_module.open_store(db, create=False) as store:
        head = store.store_head().code
    assert head in " ".join(pdf_text(pdf.read_bytes()).split())  # checkable with verify --head
    assert main(["verify", "--db", str(db), "--head", head]) == 0
    out = tmp_path / "c.pdf"
    with_cert = next((r for r in january if any(e.type == "certificate_issued" for e in r.events)), None)
    if with_cert is not None:
        assert main(["certificate", with_cert.custody_number, "--db", str(db), "-o", str(out)]) == 0
        assert with_cert.custody_number in pdf_text(out.read_bytes())
