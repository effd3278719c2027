"""The s38(6) certificate: its facts read back from the PDF, and every refusal."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from custody_app import RULESET_VERSION
from custody_app.domain import Record
from custody_app.reports import CertificateRefused, certificate_pdf
from custody_app.reports.words import GROUND_WORDS
from custody_app.store.chain import record_fingerprint

from .conftest import Doc, assert_a4_fonts_embedded, event, load_doc, pdf_pages, pdf_text

MakeRecord = Callable[[Doc], Record]


def test_certificate_states_the_record(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    data = certificate_pdf(record)
    text = pdf_text(data)
    for fact in (
        "Example Police", "Example Suite", "EX-26-000002", "Jordan Example", "2 February 2010",
        "16 on the day of charge", "wounding with intent", "violent",
        "Tue 03 Nov 2026 17:35 GMT",  # charge
        "Tue 03 Nov 2026 17:45 GMT",  # bail refused
        "protect the public from serious harm",  # the s38(1) ground in words
        "Example Council", "EDT", "secure", "no secure bed available in the region",
        "Tue 03 Nov 2026 19:05 GMT",  # the answer's time
        "superintendent", "council's head of service: no secure bed",
        "section 38(6)(b)", GROUND_WORDS["no_secure_accommodation"][1],
        "non-secure placement would not protect the public from serious injury",  # circumstances as written
        "PS 2190", "Tue 03 Nov 2026 20:05 GMT",  # the officer and the certificate's time
        "Received by the court", RULESET_VERSION,
        f"record fingerprint {record_fingerprint(record)}",
    ):
        assert fact in text, fact


def test_every_page_is_numbered_and_fingerprinted(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    pages = pdf_pages(certificate_pdf(record))
    n = len(pages)
    assert 1 <= n <= 3
    for i, page in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in page
        assert record_fingerprint(record) in page
        assert "EX-26-000002" in page


def test_ground_a_in_the_words_of_the_act(secure_doc: Doc, make_record: MakeRecord) -> None:
    cert = event(secure_doc, "e21")
    cert.update(ground="impracticable", reasons=["weather_or_transport_impossible"],
                circumstances="snow closed the A46; no transport could reach the secure unit")
    text = pdf_text(certificate_pdf(make_record(secure_doc)))
    assert "section 38(6)(a)" in text
    assert GROUND_WORDS["impracticable"][1] in text
    assert "snow closed the A46" in text
    assert GROUND_WORDS["no_secure_accommodation"][1] not in text


def test_byte_stable(secure_doc: Doc, make_record: MakeRecord) -> None:
    assert certificate_pdf(make_record(secure_doc)) == certificate_pdf(make_record(secure_doc))


def test_a4_with_dejavu_embedded(secure_doc: Doc, make_record: MakeRecord) -> None:
    assert_a4_fonts_embedded(certificate_pdf(make_record(secure_doc)))


def _refused(record: Record) -> CertificateRefused:
    with pytest.raises(CertificateRefused) as caught:
        certificate_pdf(record)
    return caught.value


def test_refused_when_s38_did_not_apply(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e17")["granted"] = True  # bail granted: no duty, no certificate
    exc = _refused(make_record(secure_doc))
    assert exc.codes == ("S38_NOT_APPLICABLE",)
    assert "did not apply" in exc.reason


def test_refused_when_secure_not_justified(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e16")["category"] = "other"  # not violent or sexual: ground (b) is not open
    exc = _refused(make_record(secure_doc))
    assert "SECURE_NOT_JUSTIFIED" in exc.codes
    assert "violent or sexual" in exc.reason


def test_refused_for_an_invalid_reason_of_impracticability(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e21").update(ground="impracticable", reasons=["childs_behaviour"],
                                    circumstances="the child was abusive to staff")
    exc = _refused(make_record(secure_doc))
    assert exc.codes == ("IMPRACTICABLE_INVALID_REASON",)
    assert "behaviour" in exc.reason


def test_refused_when_the_certificate_contradicts_the_record(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e21")["circumstances"] = ""
    exc = _refused(make_record(secure_doc))
    assert exc.codes == ("CERTIFICATE_INCONSISTENT",)
    assert "contradicts the record" in exc.reason


def test_refused_for_an_arrest_for_breach_of_court_bail(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e1")["reason"] = "breach_of_court_bail"
    secure_doc["events"] = [e for e in secure_doc["events"] if e["type"] != "charged"]  # no new charge
    exc = _refused(make_record(secure_doc))
    assert "S38_NOT_APPLICABLE" in exc.codes


def test_refused_when_there_is_no_certificate(make_record: MakeRecord) -> None:
    exc = _refused(make_record(load_doc("bailed")))
    assert exc.codes == ()
    assert "no s38(6) certificate" in exc.reason


def test_a_correction_makes_it_printable_and_is_shown(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e21")["circumstances"] = ""
    secure_doc["events"].append({
        "id": "c1", "type": "correction", "at": "2026-11-03T20:30:00+00:00", "by": "PS 2190", "corrects": "e21",
        "fields": {"circumstances": "no secure bed in the region after the superintendent's call"},
        "reason": "circumstances left out by mistake",
    })
    text = pdf_text(certificate_pdf(make_record(secure_doc)))
    assert "no secure bed in the region after the superintendent's call" in text
    assert re.search(r"corrected \(entries #\d+", text)


def test_the_last_of_several_certificates_is_printed(secure_doc: Doc, make_record: MakeRecord) -> None:
    first = dict(event(secure_doc, "e21"), id="e21a", at="2026-11-03T19:50:00+00:00",
                 circumstances="an earlier, superseded certificate")
    secure_doc["events"].insert(secure_doc["events"].index(event(secure_doc, "e21")), first)
    text = pdf_text(certificate_pdf(make_record(secure_doc)))
    assert "Tue 03 Nov 2026 20:05 GMT" in text
    assert "superseded" not in text
