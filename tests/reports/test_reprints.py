"""Reprints at an instant (RULES.md 6.2): the children in custody AT T, each judged on its
events up to T, per suite, with risk, healthcare, offences and the s38(6) position."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from custody_app.cli import main
from custody_app.domain import parse_document
from custody_app.reports.cert_facts import record_code
from custody_app.reports.downtime import downtime_pdf
from custody_app.reports.handover import handover_pdf
from custody_app.store import open_store

from .conftest import Doc, event, load_doc, pdf_pages, pdf_text

T = datetime(2026, 11, 3, 20, 5, tzinfo=UTC)  # both children below are in custody then; neither now
PRINTED = {"printed_at": datetime(2026, 11, 20, 9, 0, tzinfo=UTC), "printed_by": "Insp 7 Reprinter"}


def _docs(secure_doc: Doc) -> list[Doc]:
    event(secure_doc, "e4")["flags"] = ["self_harm", "drugs", "learning_disability"]
    secure_doc["events"].insert(5, {"type": "healthcare_seen", "at": "2026-11-03T11:00:00+00:00",
                                    "by": "PS 2190", "professional": "HCP Patel", "fit_to_detain": True,
                                    "fit_to_interview": False})
    other = copy.deepcopy(secure_doc)
    other["custody_number"] = "EX-26-000009"
    other["suite"] = "Nuneaton"
    other["child"]["forenames"] = "Robin"
    late = copy.deepcopy(secure_doc)  # arrives after T: not listed
    late["custody_number"] = "EX-26-000010"
    late["child"]["forenames"] = "Later"
    for e in late["events"]:
        e["at"] = e["at"].replace("2026-11-03", "2026-11-05").replace("2026-11-04", "2026-11-06")
    return [secure_doc, other, late, load_doc("bailed")]


@pytest.mark.parametrize("builder", [downtime_pdf, handover_pdf])
def test_a_reprint_lists_the_children_in_custody_at_t(secure_doc: Doc, builder: object) -> None:
    records = [parse_document(d) for d in _docs(secure_doc)]
    data = builder(records, T, **PRINTED)  # type: ignore[operator]
    text = pdf_text(data)
    assert "No children in custody" not in text
    assert "Jordan Example" in text and "Robin Example" in text
    assert "Later Example" not in text and "EX-26-000001" not in text  # arrives later; left long before
    # judged on events up to T: the transfer the next morning is not known yet, the certificate is
    assert "charged, still detained" in text
    assert "Transferred" not in text
    for fact in ("SELF-HARM", "DRUGS", "LEARNING DISABILITY", "seen by HCP Patel",
                 "NOT fit to interview", "arrested for wounding with intent",
                 "charged Tue 03 Nov 2026 17:35 GMT: wounding with intent",
                 "bail refused Tue 03 Nov 2026 17:45 GMT", "asked Example Council for secure accommodation",
                 "not provided", "escalated to superintendent", "s38(6) certificate Tue 03 Nov 2026 20:05 GMT",
                 record_code(records[0]), "Printed Fri 20 Nov 2026 09:00 GMT by Insp 7 Reprinter"):
        assert fact in text, fact


@pytest.mark.parametrize("builder", [downtime_pdf, handover_pdf])
def test_each_suite_has_its_own_pages(secure_doc: Doc, builder: object) -> None:
    records = [parse_document(d) for d in _docs(secure_doc)]
    pages = pdf_pages(builder(records, T, **PRINTED))  # type: ignore[operator]
    for page in pages:
        flat = " ".join(page.split())
        if flat.startswith("Continuation sheet"):
            continue  # a blank sheet for any child: the custody number is a box to fill in
        assert "OFFICIAL-SENSITIVE" in flat
        assert "Custody number" in flat  # every page names the child (or children) on it
        assert ("EX-26-000002" in flat) != ("EX-26-000009" in flat), flat[:200]
        assert ("Example Suite" in flat) != ("Nuneaton" in flat)
        if "EX-26-000009" in flat:
            assert "Nuneaton" in flat
    only = pdf_text(builder(records, T, only_suite="Nuneaton", **PRINTED))  # type: ignore[operator]
    assert "Robin Example" in only and "Jordan Example" not in only


def test_before_arrival_and_after_leaving_nobody_is_listed(secure_doc: Doc) -> None:
    records = [parse_document(d) for d in _docs(secure_doc)]
    for at in (datetime(2026, 11, 3, 10, 10, tzinfo=UTC), datetime(2026, 11, 4, 9, 35, tzinfo=UTC)):
        text = pdf_text(handover_pdf(records, at, **PRINTED))
        assert "No children in custody" in text  # arrested but not arrived; transferred at T exactly


def test_the_commands_reprint_at_t_from_the_store(secure_doc: Doc, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "custody.sqlite3"
    with open_store(db) as store:
        for d in _docs(secure_doc):
            store.import_record(parse_document(d), "PS 1")
    for command in ("downtime-pack", "handover"):
        out = tmp_path / f"{command}.pdf"
        assert main([command, "--db", str(db), "--at", T.isoformat(), "-o", str(out), "--by", "PS 3"]) == 0
        text = pdf_text(out.read_bytes())
        assert "Jordan Example" in text and "Robin Example" in text, command
        out2 = tmp_path / f"{command}-nuneaton.pdf"
        assert main([command, "--db", str(db), "--at", T.isoformat(), "-o", str(out2), "--suite", "Nuneaton"]) == 0
        text = pdf_text(out2.read_bytes())
        assert "Robin Example" in text and "Jordan Example" not in text
    capsys.readouterr()


def test_a_child_held_long_before_t_is_found_by_the_store(secure_doc: Doc, tmp_path: Path) -> None:
    """The store's candidates for a reprint at T are every record arrived by then and not
    left at or before T, however long before T the child arrived (no look-back window)."""
    long_held = copy.deepcopy(secure_doc)
    long_held["custody_number"] = "EX-26-000011"
    long_held["child"]["forenames"] = "Longheld"
    for e in long_held["events"]:  # the same detention, 45 days earlier, never left
        e["at"] = e["at"].replace("2026-11-03", "2026-09-19").replace("2026-11-04", "2026-09-20")
    long_held["events"] = [e for e in long_held["events"] if e["type"] not in ("transferred", "appeared_in_court",
                                                                              "safeguarding_referral")]
    db = tmp_path / "custody.sqlite3"
    with open_store(db) as store:
        for d in [*_docs(secure_doc), long_held]:
            store.import_record(parse_document(d), "PS 1")
        found = {r.custody_number for r in store.in_custody_at(T)}
    assert found == {"EX-26-000002", "EX-26-000009", "EX-26-000011"}
    out = tmp_path / "handover.pdf"
    assert main(["handover", "--db", str(db), "--at", T.isoformat(), "-o", str(out), "--by", "PS 3"]) == 0
    assert "Longheld Example" in pdf_text(out.read_bytes())
