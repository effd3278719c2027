"""The certified facts, the fingerprint and `custody-app check` (RULES.md 6.1), from a file and
from the store, including a certified fact changed behind the application's back."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from custody_app.domain import parse_document
from custody_app.reports.cert_facts import (
    CheckError,
    certified,
    chain_head,
    check,
    facts_of,
    fingerprint,
    record_code,
    utc_text,
)
from custody_app.store import open_store
from custody_app.store.chain import canonical_json

from .conftest import Doc, event

FACT_KEYS = {"custody_number", "child", "certificate", "age", "charges", "refusal", "requests", "answers",
             "escalations", "court", "endorsements", "other_certificates", "corrections"}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "custody_app.cli", *args], capture_output=True, text=True,
                          check=False)


def test_the_fingerprint_is_sha256_of_the_canonical_facts(secure_doc: Doc) -> None:
    record = parse_document(secure_doc)
    facts = facts_of(record, 42)
    assert set(facts) == FACT_KEYS
    text = json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    expected = hashlib.sha256(("custody-app/certificate/1\x00" + text).encode("utf-8")).hexdigest()[:16]
    assert fingerprint(facts) == expected


def test_the_facts_hold_exactly_the_keys_of_6_1(secure_doc: Doc) -> None:
    secure_doc["child"]["nickname"] = "not a child key"
    event(secure_doc, "e21")["note"] = "a note is never certified"
    event(secure_doc, "e21")["unknown_field"] = 1
    facts = facts_of(parse_document(secure_doc), 42)
    assert set(facts["child"]) == {"surname", "forenames", "date_of_birth", "age_in_doubt", "looked_after",
                                   "local_authority", "sex", "responsible_officer"}
    assert facts["child"]["sex"] == "not_known"  # a 1.1 key, its default in a 1.0 record
    assert set(facts["certificate"]) == {"ground", "circumstances", "reasons", "accommodation_required",
                                         "other_reason", "serious_harm_reasons", "officer_name", "officer_rank",
                                         "entry", "id", "at", "by"}
    assert facts["certificate"]["entry"] == 42 and facts["certificate"]["at"] == "2026-11-03T20:05:00+00:00"
    assert facts["age"] == 16
    assert [c["entry"] for c in facts["charges"]] == [31]
    assert set(facts["charges"][0]) == {"entry", "at", "by", "offences", "offence_codes", "category"}
    assert facts["refusal"] == {"entry": 33, "at": "2026-11-03T17:45:00+00:00", "by": "PS 2190",
                                "granted": False, "grounds": ["serious_harm_to_public"]}
    assert [r["entry"] for r in facts["requests"]] == [34]
    assert [r["entry"] for r in facts["answers"]] == [37]
    assert [r["entry"] for r in facts["escalations"]] == [39]
    assert facts["court"] is None and facts["endorsements"] == [] and facts["corrections"] == []


def test_instants_are_written_in_utc() -> None:
    from datetime import datetime

    assert utc_text(datetime.fromisoformat("2026-07-01T10:00:00+01:00")) == "2026-07-01T09:00:00+00:00"
    assert utc_text(datetime.fromisoformat("2026-07-01T10:00:00.250000+00:00")) == "2026-07-01T10:00:00.250000+00:00"


def test_the_chain_head_is_the_stores(secure_doc: Doc) -> None:
    record = parse_document(secure_doc)
    h = hashlib.sha256(("custody-app/chain/1\x00" + "EX-26-000002").encode("utf-8")).digest()
    for e in secure_doc["events"][:50]:
        h = hashlib.sha256(h + canonical_json(e).encode("utf-8")).digest()
    assert chain_head(record, 50) == h.hex()[:16]


def test_check_passes_then_reports_changes(secure_doc: Doc) -> None:
    record = parse_document(secure_doc)
    code = certified(record, 42).check
    assert check(record, code).status == 0
    assert check(record, code).message == "genuine and current"
    # an unrelated later entry: still genuine and current
    secure_doc["events"].append({"type": "note", "at": "2026-11-04T12:00:00+00:00", "by": "PS 1", "text": "x"})
    assert check(parse_document(secure_doc), code).status == 0
    # a later correction of a certified fact: genuine, but changed, naming the key
    secure_doc["events"].append({"type": "correction", "at": "2026-11-04T13:00:00+00:00", "by": "PS 1",
                                 "corrects": "e21", "fields": {"circumstances": "changed"}, "reason": "r"})
    result = check(parse_document(secure_doc), code)
    assert result.status == 1
    assert result.message == "genuine, but changed after entry 75: certificate, corrections"


def test_check_refuses_and_fails(secure_doc: Doc) -> None:
    record = parse_document(secure_doc)
    f = certified(record, 42).fingerprint
    assert check(record, f"CERT:75:{'0' * 16}").status == 3
    assert check(record, f"CERT:75:{'0' * 16}").message == "no certificate in entries 1–75 has this fingerprint"
    assert check(record, f"CERT:41:{f}").status == 3  # no certificate yet in entries 1-41
    for bad in (f"CERT:0:{f}", f"CERT:76:{f}", "CERT:75:xyz", "nonsense"):
        with pytest.raises(CheckError):
            check(record, bad)


def test_a_certificate_printed_early_still_checks(secure_doc: Doc) -> None:
    """Printed when the record had 45 entries; checked against the whole record later."""
    early = dict(secure_doc, events=secure_doc["events"][:45])
    code = certified(parse_document(early), 42).check
    assert code.startswith("CERT:45:")
    result = check(parse_document(secure_doc), code)
    assert (result.status, result.message) == (0, "genuine and current")


def test_record_codes(secure_doc: Doc) -> None:
    early = parse_document(dict(secure_doc, events=secure_doc["events"][:60]))
    whole = parse_document(secure_doc)
    code = record_code(early)
    assert check(early, code).status == 0
    assert (check(whole, code).status, check(whole, code).message) == (1, "genuine; 15 entries since")
    assert check(whole, code[:-1] + ("0" if code[-1] != "0" else "1")).status == 3


def test_check_from_the_store_fails_when_a_fact_is_changed_behind_its_back(secure_doc: Doc, tmp_path: Path) -> None:
    db = tmp_path / "custody.sqlite3"
    with open_store(db) as store:
        store.import_record(parse_document(secure_doc), "PS 1")
    out = tmp_path / "cert.pdf"
    made = cli("certificate", "EX-26-000002", "--db", str(db), "-o", str(out), "--json")
    assert made.returncode == 0, made.stderr
    code = json.loads(made.stdout)["check"]
    assert code == certified(parse_document(secure_doc), 42).check  # the same from the store as from the file
    assert code in subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    ok = cli("check", "EX-26-000002", "--db", str(db), code)
    assert (ok.returncode, ok.stdout.splitlines()[0]) == (0, f"{code}: genuine and current")
    assert "chain " in ok.stdout
    # an unrelated later entry, through the application
    with open_store(db) as store:
        store.append_event("EX-26-000002", {"type": "note", "at": "2026-11-04T12:00:00+00:00", "by": "PS 1",
                                             "text": "unrelated"}, "PS 1")
    assert cli("check", "EX-26-000002", "--db", str(db), code).returncode == 0
    # a copy of the database in which the certificate's circumstances were changed with SQL,
    # the append-only triggers dropped
    copy = tmp_path / "tampered.sqlite3"
    shutil.copy(db, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET body = json_set(body, '$.circumstances', 'rewritten') WHERE seq = 41 "
                 "AND record_id = (SELECT id FROM records WHERE custody_number = 'EX-26-000002')")
    conn.commit()
    conn.close()
    bad = cli("check", "EX-26-000002", "--db", str(copy), code)
    assert bad.returncode == 3, bad.stdout + bad.stderr
    assert "no certificate in entries 1–75 has this fingerprint" in bad.stdout


def test_check_cli_refusals(secure_doc: Doc, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(secure_doc), encoding="utf-8")
    refused = cli("check", str(path), "CERT:999:0123456789abcdef")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    rec = cli("check", str(path), record_code(parse_document(secure_doc)))
    assert rec.returncode == 0 and "genuine and current" in rec.stdout


def test_certificate_json_prints_the_facts_and_codes(secure_doc: Doc, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json.dumps(secure_doc), encoding="utf-8")
    done = cli("certificate", str(path), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == FACT_KEYS | {"fingerprint", "entries", "chain", "check"}
    assert data["check"] == f"CERT:75:{data['fingerprint']}" and data["entries"] == 75
    event(secure_doc, "e17")["granted"] = True
    path.write_text(json.dumps(secure_doc), encoding="utf-8")
    refused = cli("certificate", str(path), "--json")
    assert refused.returncode == 2 and refused.stdout == "" and "refused:" in refused.stderr


def test_check_passes_on_every_printable_certificate_of_generated_records() -> None:
    from custody_app.reports.certificate import CertificateRefused, check_certificate
    from custody_app.sample import generate_documents

    checked = 0
    for doc in generate_documents(80, seed=13, start=datetime(2026, 1, 1, tzinfo=UTC), span_days=200):
        record = parse_document(doc)
        for e in record.events:
            if e.type != "certificate_issued":
                continue
            try:
                printed = check_certificate(record, cert_id=e.id) if e.id else None
            except CertificateRefused:
                continue
            if printed is None:
                continue
            result = check(record, printed.certified.check)
            assert (result.status, result.message) == (0, "genuine and current"), record.custody_number
            checked += 1
    assert checked >= 3


def test_the_suites_marking_and_the_printer_are_on_every_document(secure_doc: Doc, tmp_path: Path) -> None:
    from dataclasses import replace

    from custody_app.rules.policy import DEFAULT_POLICY

    db = tmp_path / "custody.sqlite3"
    with open_store(db) as store:
        store.import_record(parse_document(secure_doc), "PS 1")
        store.set_policy(replace(DEFAULT_POLICY, protective_marking="OFFICIAL"))
    for command in ("certificate", "summary"):
        out = tmp_path / f"{command}.pdf"
        done = cli(command, "EX-26-000002", "--db", str(db), "-o", str(out), "--by", "PS 44 Printer")
        assert done.returncode == 0, done.stderr
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "OFFICIAL" in text and "OFFICIAL-SENSITIVE" not in text, command
        assert "by PS 44 Printer" in text
        marked = tmp_path / f"{command}-secret.pdf"
        assert cli(command, "EX-26-000002", "--db", str(db), "-o", str(marked), "--marking", "SECRET").returncode == 0
        assert "SECRET" in subprocess.run(["pdftotext", str(marked), "-"], capture_output=True, text=True).stdout


def test_facts_of_a_1_1_certificate_with_court_oversight_and_corrections(secure_doc: Doc) -> None:
    from .test_certificate import _v11

    doc = _v11(secure_doc)
    doc["events"] += [
        {"id": "c1", "type": "correction", "at": "2026-11-04T10:00:00+00:00", "by": "PS 77", "corrects": "e21",
         "fields": {"circumstances": "first rewording", "at": "2026-11-03T20:06:00+01:00"}, "reason": "r1"},
        {"id": "c2", "type": "correction", "at": "2026-11-04T11:00:00+00:00", "by": "PS 78", "corrects": "c1",
         "fields": {"reason": "the reason, corrected"}, "reason": "r2"},
        {"type": "correction", "at": "2026-11-04T12:00:00+00:00", "by": "PS 79", "corrects": "e7",
         "fields": {"name": "not a certified entry"}, "reason": "r3"},
    ]
    record = parse_document(doc)
    entry = next(e.index + 1 for e in record.events if e.id == "e21")
    facts = facts_of(record, entry)
    assert facts["certificate"]["officer_name"] == "Jane Smith" and facts["certificate"]["officer_rank"] == "sergeant"
    assert facts["certificate"]["circumstances"] == "first rewording"
    assert facts["certificate"]["at"] == "2026-11-03T19:06:00+00:00"  # corrected, written in UTC
    assert facts["child"]["sex"] == "female"
    assert facts["court"] is not None and facts["court"]["court"] == "Warwick Magistrates' Court"
    assert facts["court"]["sitting_at"] == "2026-11-04T10:00:00+00:00" and facts["court"]["first_sitting"] is False
    assert [(e["rank"], e["override"], e["reason"]) for e in facts["endorsements"]] == [
        ("inspector", False, "reviewed the case")]
    assert [c["by"] for c in facts["corrections"]] == ["PS 77", "PS 78"]  # not the one of an uncertified entry
    first = facts["corrections"][0]
    assert first["corrects_entry"] == entry and first["fields"]["circumstances"] == "first rewording"
    assert first["original"] == {"circumstances": event(secure_doc, "e21")["circumstances"],
                                 "at": "2026-11-03T20:05:00+00:00"}
    second = facts["corrections"][1]
    assert second["original"] == {"reason": "r1"}
    # the fingerprint is the same however the record was written out
    assert fingerprint(facts) == fingerprint(facts_of(parse_document(json.loads(json.dumps(doc))), entry))
