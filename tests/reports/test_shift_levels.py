"""The handover sheet, the downtime pack and the record summary name each child's observation
level, as custody staff know it (docs/observation-levels.md), not only its interval."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

import pytest

from custody_app.domain import Record, as_of, parse_document
from custody_app.observation_levels import in_force, levels
from custody_app.reports.downtime import downtime_pdf
from custody_app.reports.handover import handover_pdf
from custody_app.reports.summary import summary_pdf
from custody_app.rules import Policy, evaluate
from custody_app.rules.timecalc import iso
from custody_app.sample import demo_documents

from .conftest import pdf_pages, pdf_text

NOW = datetime(2026, 11, 3, 20, 5, tzinfo=UTC)
LEVEL_3 = levels(Policy())[2]


@pytest.fixture(scope="module")
def records() -> list[Record]:
    """The demo suite, one child put on level 3 by the desk half an hour ago."""
    out = []
    for doc in demo_documents(NOW):
        doc = copy.deepcopy(doc)
        if doc["custody_number"] == "WK-26-000403":
            doc["events"].append({"type": "observation_level_set", "id": "lvl3", "by": "PS 2190",
                                  "at": iso(NOW - timedelta(minutes=30)), "interval_minutes": 15,
                                  "rousing": True, "note": LEVEL_3.note()})
        out.append(parse_document(doc))
    return [r for r in out if evaluate(r, NOW).stage != "left"]


def _flat(value: str) -> str:
    return " ".join(value.split())


def _words(record: Record) -> str:
    return in_force(as_of(record, NOW), Policy()).words


def test_the_handover_sheet_names_each_childs_level(records: list[Record]) -> None:
    text = pdf_text(handover_pdf(records, NOW))
    assert f"{LEVEL_3.label} — {LEVEL_3.meaning}" in text
    assert "Level 1: general observation — visited at least every 30 min" in text
    for record in records:
        assert _words(record) in text, record.custody_number


def test_the_downtime_pack_names_each_childs_level_on_their_page(records: list[Record]) -> None:
    pages = pdf_pages(downtime_pdf(records, NOW))
    assert len(pages) == 1 + len(records) + 1  # still a page for each child
    for record in records:
        page = next(_flat(p) for p in pages[1:-1] if record.custody_number in p)
        assert _words(record) in page, record.custody_number
    level_3 = next(_flat(p) for p in pages[1:-1] if "WK-26-000403" in p)
    assert LEVEL_3.label in level_3 and "every 30 min" not in level_3.split(LEVEL_3.label)[1][:80]


def test_the_record_summary_names_each_level_in_its_visits_table(records: list[Record]) -> None:
    record = next(r for r in records if r.custody_number == "WK-26-000403")
    text = pdf_text(summary_pdf(record, NOW))
    assert f"{LEVEL_3.label}; every 15 min, rouse" in text
