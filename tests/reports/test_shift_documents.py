"""The downtime pack and the handover sheet: the facts on the page, byte-stability, the CLI."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from custody_app.cli import main
from custody_app.domain import Record, parse_document
from custody_app.reports.downtime import downtime_pdf
from custody_app.reports.handover import handover_pdf
from custody_app.rules import evaluate
from custody_app.rules.timecalc import show
from custody_app.sample import demo_documents

from .conftest import assert_a4_fonts_embedded, pdf_pages, pdf_text

NOW = datetime(2026, 11, 3, 20, 5, tzinfo=UTC)
PRINTED_AT = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_records() -> list[Record]:
    return [parse_document(d) for d in demo_documents(NOW)]


@pytest.fixture(scope="module")
def in_custody(demo_records: list[Record]) -> list[Record]:
    live = [r for r in demo_records if evaluate(r, NOW).stage != "left"]
    assert len(live) >= 5  # the demo has children at every stage
    return live


@pytest.fixture(scope="module")
def pack(demo_records: list[Record]) -> bytes:
    return downtime_pdf(demo_records, NOW)


@pytest.fixture(scope="module")
def sheet(demo_records: list[Record]) -> bytes:
    return handover_pdf(demo_records, NOW)


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _flat(value: str) -> str:
    return " ".join(value.split())


# --- the downtime pack -------------------------------------------------------------------------


def test_pack_has_every_child_in_custody_and_no_one_who_left(pack: bytes, demo_records: list[Record],
                                                              in_custody: list[Record]) -> None:
    text = pdf_text(pack)
    for record in in_custody:
        assert record.child.name in text
        assert record.custody_number in text
    for record in demo_records:
        if record not in in_custody:
            assert record.custody_number not in text, record.child.name


def test_pack_one_page_per_child_then_a_continuation_sheet(pack: bytes, in_custody: list[Record]) -> None:
    pages = pdf_pages(pack)
    assert len(pages) == 1 + len(in_custody) + 1  # cover, a page each, continuation sheet
    for record, page in zip(sorted(in_custody, key=_arrival), pages[1:-1], strict=True):
        flat = _flat(page)
        assert f"Custody number {record.custody_number}" in flat
        assert record.child.name in flat
        # ruled boxes for a pen on the same page as the child's name
        assert "Visited at" in flat and "What happened" in flat
    assert "Continuation sheet" in pages[-1]
    assert_a4_fonts_embedded(pack)


def _arrival(record: Record) -> tuple[datetime, str]:
    a = evaluate(record, NOW)
    return (a.arrived_at or a.arrested_at, record.custody_number)


def test_pack_prefills_the_clocks_as_the_engine_gives_them(pack: bytes, in_custody: list[Record]) -> None:
    pages = pdf_pages(pack)
    by_number = {r.custody_number: _flat(p) for p in pages[1:-1] for r in in_custody if r.custody_number in p}
    for record in in_custody:
        a = evaluate(record, NOW)
        page = by_number[record.custody_number]
        assert show(a.relevant_time) in page
        if a.next_review_due is not None:
            assert show(a.next_review_due) in page
        if a.detention_limit is not None:
            assert show(a.detention_limit) in page
        visit = next(d for d in a.due if d.code == "OBSERVATION")
        assert visit.due is not None and show(visit.due) in page


def test_pack_marks_overdue_items_in_words(pack: bytes, in_custody: list[Record]) -> None:
    overdue = [(r, d) for r in in_custody for d in evaluate(r, NOW).due if d.overdue]
    assert overdue  # the demo has a late review and a late appropriate adult
    text = pdf_text(pack)
    for record, item in overdue:
        assert f"OVERDUE since {show(item.due)}" in text, (record.custody_number, item.code)
        assert f"OVERDUE: {item.label}" in text


def test_pack_is_byte_stable(pack: bytes, demo_records: list[Record]) -> None:
    assert downtime_pdf(demo_records, NOW) == pack


def test_pack_for_an_empty_suite_says_so_on_one_page() -> None:
    data = downtime_pdf([], NOW, force="Warwickshire Police", suite="Leamington Spa")
    assert _pages(data) == 1
    text = pdf_text(data)
    assert f"No children in custody at {show(NOW)}" in text
    assert "Leamington Spa" in text


def test_pack_shows_the_version(pack: bytes) -> None:
    from custody_app import app_version

    assert f"custody-app {app_version()}" in pdf_text(pack)


# --- the handover sheet ------------------------------------------------------------------------


def test_handover_has_every_child_and_the_next_review(sheet: bytes, in_custody: list[Record]) -> None:
    text = pdf_text(sheet)
    for record in in_custody:
        a = evaluate(record, NOW)
        assert record.child.name in text and record.custody_number in text
        if a.next_review_due is not None:
            assert show(a.next_review_due) in text


def test_handover_lists_what_falls_due_in_the_next_8_hours_only(sheet: bytes, in_custody: list[Record]) -> None:
    text = pdf_text(sheet)
    assert f"in the next 8 hours, to {show(NOW + timedelta(hours=8))}" in text
    for record in in_custody:
        for item in evaluate(record, NOW).due:
            if item.due is not None and NOW <= item.due <= NOW + timedelta(hours=8):
                assert f"due {show(item.due)}" in text, (record.custody_number, item.code)
            if item.due is not None and item.due > NOW + timedelta(hours=8):
                assert f"due {show(item.due)}" not in text, (record.custody_number, item.code)


def test_handover_marks_overdue_items_in_words(sheet: bytes, in_custody: list[Record]) -> None:
    text = pdf_text(sheet)
    overdue = [d for r in in_custody for d in evaluate(r, NOW).due if d.overdue]
    assert overdue
    for item in overdue:
        assert f"OVERDUE since {show(item.due)}" in text
    assert f"{len(overdue)} items OVERDUE at handover" in text


def test_handover_lists_outstanding_aa_and_local_authority_actions(sheet: bytes,
                                                                   in_custody: list[Record]) -> None:
    text = pdf_text(sheet)
    aa = {"AA_REQUEST", "AA_ARRIVAL", "RIGHTS_WITH_AA"}
    la = {"LA_NOTICE", "LA_REQUEST", "ESCALATION", "CERTIFICATE", "SAFEGUARDING_REFERRAL"}
    seen: set[str] = set()
    for record in in_custody:
        for item in evaluate(record, NOW).due:
            if item.code in aa | la:
                seen.add(item.code)
                assert f"Outstanding: {item.label}" in text, (record.custody_number, item.code)
    assert {"AA_REQUEST", "AA_ARRIVAL", "CERTIFICATE"} <= seen  # the demo has all three
    assert "s38(6) applies: bail refused after charge" in text


def test_handover_is_byte_stable(sheet: bytes, demo_records: list[Record]) -> None:
    assert handover_pdf(demo_records, NOW) == sheet
    assert_a4_fonts_embedded(sheet)


def test_handover_for_an_empty_suite_says_so_on_one_page() -> None:
    data = handover_pdf([], NOW)
    assert _pages(data) == 1
    assert f"No children in custody at {show(NOW)}" in pdf_text(data)


# --- the commands ------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path, demo_records: list[Record]) -> Path:
    from custody_app.store import open_store

    path = tmp_path / "custody.sqlite3"
    with open_store(path, create=True) as store:
        for record in demo_records:
            store.import_record(record, "test")
        store.set_setting("suite_name", "Leamington Spa")
        store.set_setting("force_name", "Warwickshire Police")
    return path


@pytest.mark.parametrize(("command", "builder"), [("downtime-pack", downtime_pdf), ("handover", handover_pdf)])
def test_command_writes_the_document(tmp_path: Path, db: Path, command: str, builder: object,
                                     demo_records: list[Record], capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.pdf"
    monkeypatch.setattr("custody_app.commands.report_cmds._now", lambda: PRINTED_AT)
    assert main([command, "--db", str(db), "--at", NOW.isoformat(), "-o", str(out), "--by", "PS 5"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    data = out.read_bytes()
    live = [r for r in demo_records if evaluate(r, NOW).stage != "left"]
    text = pdf_text(data)
    for record in live:
        assert record.custody_number in text
    # the same document as the builder's, from the stored records and settings
    from custody_app.store import open_store

    with open_store(db, create=False, readonly=True) as store:  # the store's head, printed as a witness
        head = store.store_head().code
    assert head in text
    expected = builder(live, NOW, force="Warwickshire Police", suite="Leamington Spa",  # type: ignore[operator]
                       printed_at=PRINTED_AT, printed_by="PS 5", store_head=head)
    assert data == expected
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("command", ["downtime-pack", "handover"])
def test_command_refuses_a_missing_database(tmp_path: Path, command: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    missing = tmp_path / "nowhere.sqlite3"
    assert main([command, "--db", str(missing), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"there is no database at {missing}" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize(("argv", "message"), [
    (["--at", "yesterday"], "is not a date and time"),
    (["--at", "2026-11-03T20:05:00"], "has no offset"),
])
def test_command_refuses_a_bad_instant(tmp_path: Path, db: Path, argv: list[str], message: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    assert main(["handover", "--db", str(db), "-o", str(out), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_command_refuses_a_missing_folder(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["downtime-pack", "--db", str(db), "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_command_on_an_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from custody_app.store import open_store

    path = tmp_path / "empty.sqlite3"
    open_store(path, create=True).close()
    out = tmp_path / "pack.pdf"
    assert main(["downtime-pack", "--db", str(path), "--at", NOW.isoformat(), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert _pages(data) == 1
    assert "No children in custody" in pdf_text(data)
