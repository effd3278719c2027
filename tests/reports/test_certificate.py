"""The s38(6) certificate as RULES.md 6.1 says: refusals, the items in order, one page for
items 6 to 8 with the signature, corrections shown, and a footer on every page."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from custody_app.domain import Record
from custody_app.reports.cert_facts import certified
from custody_app.reports.certificate import CertificateRefused, certificate_pdf
from custody_app.reports.words import GROUND_WORDS, S38_6_CLOSING, S38_6_OPENING, S38_7

from .conftest import Doc, assert_a4_fonts_embedded, event, load_doc, pdf_pages, pdf_text

MakeRecord = Callable[[Doc], Record]
PRINTED = {"printed_at": datetime(2026, 11, 4, 9, 0, tzinfo=UTC), "printed_by": "PS 9001 Test Printer"}


def cert(record: Record, **kw: object) -> bytes:
    return certificate_pdf(record, **{**PRINTED, **kw})  # type: ignore[arg-type]


def test_certificate_states_the_record(secure_doc: Doc, make_record: MakeRecord) -> None:
    text = pdf_text(cert(make_record(secure_doc)))
    for fact in (
        "Detention certificate: PACE s38(6), to be produced to the court (s38(7))",
        "Example Police", "Example Suite", "EX-26-000002", "Jordan Example", "2 February 2010",
        "Age on the day of the certificate 16", "wounding with intent", "violent",
        "Tue 03 Nov 2026 17:35 GMT",  # charge
        "Tue 03 Nov 2026 17:45 GMT",  # bail refused
        "Example Council", "EDT", "no secure bed available in the region",
        "Not provided, 1 h 0 min after the request",  # the answer with the time taken
        "Escalated to superintendent", "council's head of service: no secure bed",
        "certify under section 38(6)(b)", GROUND_WORDS["no_secure_accommodation"][1],
        S38_6_OPENING, S38_6_CLOSING, S38_7,
        "non-secure placement would not protect the public from serious injury",  # circumstances as written
        "name not recorded, rank not recorded (PS 2190)",  # a 1.0 record has no officer name or rank
        "Tue 03 Nov 2026 20:05 GMT", "Time in police detention when certified 9 h 40 min",
        "no court sitting recorded", "No oversight by an inspector recorded",
        "Received by the court (s38(7))",
    ):
        assert fact in text, fact
    assert GROUND_WORDS["impracticable"][1] not in text  # the chosen limb only
    assert "Jordan Example" in text[text.index("certify under"):]


def test_the_items_in_the_order_of_section_6_1(secure_doc: Doc, make_record: MakeRecord) -> None:
    text = pdf_text(cert(make_record(secure_doc)))
    items = ["1. Force, suite and record", "2. The child", "3. Arrest and arrival", "4. Charges",
             "5. Bail refused (s38(1))", "6. Requests to the local authority", "7. The certification",
             "8. The next court", "9. Inspector's oversight", "10. Corrections", "11. Other certificates",
             "12. Received by the court"]
    positions = [text.index(i) for i in items]
    assert positions == sorted(positions)


def test_every_page_has_the_footer_and_custody_number(secure_doc: Doc, make_record: MakeRecord) -> None:
    record = make_record(secure_doc)
    c = certified(record, 42)
    pages = pdf_pages(cert(record))
    for i, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"Page {i} of {len(pages)}" in flat
        assert flat.count("OFFICIAL-SENSITIVE") >= 2  # header and footer
        assert "Custody number EX-26-000002" in flat
        assert "Printed Wed 04 Nov 2026 09:00 GMT by PS 9001 Test Printer" in flat
        assert f"Fingerprint {c.fingerprint}, entries 1–75, chain {c.chain}" in flat
        assert f"check code CERT:75:{c.fingerprint}" in flat
        assert "The custody record is the authoritative source." in flat
        assert "rule set rules-" in flat and "policy figures" in flat
        assert ("Detention certificate, PACE s38(6) (continued)" in flat) == (i > 1)


def test_the_protective_marking_is_the_policy(secure_doc: Doc, make_record: MakeRecord) -> None:
    text = pdf_text(cert(make_record(secure_doc), marking="OFFICIAL"))
    assert "OFFICIAL-SENSITIVE" not in text and "OFFICIAL ·" in text


def _page_of(pages: list[str], words: str) -> int:
    return next(i for i, p in enumerate(pages) if words in " ".join(p.split()))


def test_items_6_to_8_and_the_signature_on_one_page(secure_doc: Doc, make_record: MakeRecord) -> None:
    # many requests and answers push item 6 down: the block still keeps together
    at = event(secure_doc, "e19")
    for k in range(6):
        secure_doc["events"].insert(secure_doc["events"].index(at), {
            "type": "la_response", "at": f"2026-11-03T19:{k:02d}:00+00:00", "by": "PS 2190",
            "provided": False, "kind": None, "reason": f"asked again, answer number {k}: no bed"})
    pages = pdf_pages(cert(make_record(secure_doc)))
    page = _page_of(pages, "6. Requests to the local authority")
    for words in ("7. The certification", "8. The next court", "Signature of the custody officer"):
        assert _page_of(pages, words) == page, words


def test_no_word_is_broken(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e21").update(ground="impracticable", reasons=["weather_or_transport_impossible"],
                                    accommodation_required="non_secure",
                                    circumstances="snow closed the A46; no transport could reach the unit")
    event(secure_doc, "e18")["kind"] = "non_secure"
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(cert(make_record(secure_doc)))
        fh.flush()
        layout = subprocess.run(["pdftotext", "-layout", fh.name, "-"], capture_output=True, text=True,
                                check=True).stdout
    assert "non-secure" in layout
    assert not re.search(r"non-\s*\n", layout) and not re.search(r"non-secur\s", layout)


def test_ground_a_in_the_words_of_the_act(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e21").update(ground="impracticable", reasons=["weather_or_transport_impossible"],
                                    circumstances="snow closed the A46; no transport could reach the secure unit")
    text = pdf_text(cert(make_record(secure_doc)))
    assert "certify under section 38(6)(a)" in text
    assert GROUND_WORDS["impracticable"][1] in text
    assert "snow closed the A46" in text
    assert GROUND_WORDS["no_secure_accommodation"][1] not in text


def test_byte_stable(secure_doc: Doc, make_record: MakeRecord) -> None:
    assert cert(make_record(secure_doc)) == cert(make_record(secure_doc))


def test_a4_with_dejavu_embedded(secure_doc: Doc, make_record: MakeRecord) -> None:
    assert_a4_fonts_embedded(cert(make_record(secure_doc)))


def _refused(record: Record) -> CertificateRefused:
    with pytest.raises(CertificateRefused) as caught:
        cert(record)
    exc = caught.value
    words = " ".join(exc.lines).lower()
    assert exc.codes == () or len(exc.lines) == len(exc.codes) + 1  # a line per reason, then what the law requires
    for advice in ("correct the record", "amend", "print again"):
        assert advice not in words  # corrections are for entries that were wrong
    return exc


def test_refused_when_s38_did_not_apply(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e17")["granted"] = True  # bail granted: no duty, no certificate
    exc = _refused(make_record(secure_doc))
    assert exc.codes == ("S38_NOT_APPLICABLE",)
    assert "goes before the court" in exc.lines[-1]


def test_refused_when_secure_not_justified(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e16")["category"] = "other"  # not violent or sexual: ground (b) is not open
    exc = _refused(make_record(secure_doc))
    assert "SECURE_NOT_JUSTIFIED" in exc.codes
    assert "should be moved" in exc.lines[-1]


def test_refused_for_an_invalid_reason_of_impracticability(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e21").update(ground="impracticable", reasons=["childs_behaviour"],
                                    circumstances="the child was abusive to staff")
    exc = _refused(make_record(secure_doc))
    assert exc.codes == ("IMPRACTICABLE_INVALID_REASON",)
    assert exc.lines[0].startswith("IMPRACTICABLE_INVALID_REASON")


def test_refused_when_the_certificate_contradicts_the_record(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e21")["circumstances"] = ""
    exc = _refused(make_record(secure_doc))
    assert exc.codes == ("CERTIFICATE_INCONSISTENT",)
    assert "ask the duty inspector" in exc.lines[-1]


def test_refused_for_an_arrest_for_breach_of_court_bail(secure_doc: Doc, make_record: MakeRecord) -> None:
    event(secure_doc, "e1")["reason"] = "breach_of_court_bail"
    secure_doc["events"] = [e for e in secure_doc["events"] if e["type"] != "charged"]  # no new charge
    exc = _refused(make_record(secure_doc))
    assert "S38_NOT_APPLICABLE" in exc.codes


def test_refused_when_there_is_no_certificate(make_record: MakeRecord) -> None:
    exc = _refused(make_record(load_doc("bailed")))
    assert exc.codes == ()
    assert "no s38(6) certificate" in exc.reason


def test_a_correction_is_shown_with_the_original(secure_doc: Doc, make_record: MakeRecord) -> None:
    original = event(secure_doc, "e21")["circumstances"]
    secure_doc["events"] += [
        {"type": "appeared_in_court", "at": "2026-11-04T10:00:00+00:00", "by": "PC 1"},
        {"id": "c1", "type": "correction", "at": "2026-11-04T15:30:00+00:00", "by": "PS 77",
         "corrects": "e21", "fields": {"circumstances": "no secure bed in the region after the call"},
         "reason": "wording improved the next day"},
    ]
    text = pdf_text(cert(make_record(secure_doc)))
    assert "no secure bed in the region after the call" in text
    tail = text[text.index("10. Corrections"):]
    for fact in (original, "circumstances", "PS 77", "Wed 04 Nov 2026 15:30 GMT", "wording improved the next day",
                 "made after the child was produced at court", "were not certified at the original time"):
        assert fact in tail, fact


def test_a_correction_before_court_is_not_marked_after_court(secure_doc: Doc, make_record: MakeRecord) -> None:
    secure_doc["events"].append(
        {"type": "correction", "at": "2026-11-03T20:30:00+00:00", "by": "PS 2190", "corrects": "e21",
         "fields": {"circumstances": "no secure bed anywhere in the region"}, "reason": "typing error"})
    text = pdf_text(cert(make_record(secure_doc)))
    assert "typing error" in text and "produced at court" not in text


def test_the_last_of_several_certificates_is_printed_and_the_other_listed(
        secure_doc: Doc, make_record: MakeRecord) -> None:
    first = dict(event(secure_doc, "e21"), id="e21a", at="2026-11-03T19:50:00+00:00",
                 circumstances="an earlier, superseded certificate")
    secure_doc["events"].insert(secure_doc["events"].index(event(secure_doc, "e21")), first)
    text = pdf_text(cert(make_record(secure_doc)))
    assert "superseded" not in text
    others = text[text.index("11. Other certificates"):]
    assert "Tue 03 Nov 2026 19:50 GMT" in others and "(b) no secure accommodation" in others


def test_id_chooses_the_certificate(secure_doc: Doc, make_record: MakeRecord) -> None:
    first = dict(event(secure_doc, "e21"), id="e21a", at="2026-11-03T20:00:00+00:00",
                 circumstances="the first certificate, chosen by id")
    secure_doc["events"].insert(secure_doc["events"].index(event(secure_doc, "e21")), first)
    record = make_record(copy.deepcopy(secure_doc))
    assert "chosen by id" in pdf_text(cert(record, cert_id="e21a"))
    with pytest.raises(CertificateRefused, match="no certificate with id 'nope'"):
        cert(record, cert_id="nope")


def _v11(doc: Doc) -> Doc:
    doc["format"] = "custody-record/1.1"
    doc["child"]["sex"] = "female"
    event(doc, "e16")["offence_codes"] = ["oapa_s18"]
    event(doc, "e17")["grounds"] = ["commit_offence"]
    event(doc, "e18")["serious_harm_reasons"] = "threats to stab the victim again on release"
    event(doc, "e21").update(officer_name="Jane Smith", officer_rank="sergeant",
                             serious_harm_reasons="threats to stab the victim again on release")
    at = doc["events"].index(event(doc, "e21"))
    doc["events"][at + 1:at + 1] = [
        {"type": "court_fixed", "at": "2026-11-03T20:10:00+00:00", "by": "PS 2190",
         "court": "Warwick Magistrates' Court", "sitting_at": "2026-11-04T10:00:00+00:00", "first_sitting": False},
        {"type": "certificate_endorsed", "at": "2026-11-03T20:40:00+00:00", "by": "Insp 77",
         "certificate": "e21", "rank": "inspector", "override": False, "reason": "reviewed the case"},
    ]
    return doc


def test_a_1_1_certificate_names_the_officer_court_and_oversight(secure_doc: Doc, make_record: MakeRecord) -> None:
    text = pdf_text(cert(make_record(_v11(secure_doc))))
    for fact in ("I, Jane Smith, Sergeant (PS 2190), the custody officer, certify under section 38(6)(b)",
                 "Sex female",
                 "Warwick Magistrates' Court, sitting Wed 04 Nov 2026 10:00 GMT",
                 "not the first sitting after charge",
                 "Insp 77", "Inspector", "reviewed the case",
                 "Serious-harm reasons threats to stab the victim again on release",
                 "oapa_s18: wounding or causing GBH with intent (OAPA 1861 s18); violent; SC Sch 18 Pt 1 para 4(c)",
                 "arrested for an imprisonable offence: detention necessary to prevent an offence "
                 "(s38(1)(b)(i) with (a)(iii))"):
        assert fact in text, fact
    assert "No oversight by an inspector recorded" not in text


def _no_request(doc: Doc) -> Doc:
    doc = _v11(doc)
    event(doc, "e21").update(ground="impracticable", reasons=["weather_or_transport_impossible"],
                             accommodation_required="non_secure", serious_harm_reasons=None,
                             circumstances="snow closed every road to the county")
    doc["events"] = [e for e in doc["events"] if e.get("id") not in ("e18", "e19", "e20")]
    return doc


def test_refused_while_transfer_not_requested_stands(secure_doc: Doc, make_record: MakeRecord) -> None:
    exc = _refused(make_record(_no_request(secure_doc)))
    assert "TRANSFER_NOT_REQUESTED" in exc.codes


def test_an_override_prints_the_standing_findings_in_a_box(secure_doc: Doc, make_record: MakeRecord) -> None:
    doc = _no_request(secure_doc)
    endorsement = next(e for e in doc["events"] if e["type"] == "certificate_endorsed")
    endorsement.update(override=True, reason="roads closed; the authority will be asked at first light")
    text = pdf_text(cert(make_record(doc)))
    box = text[text.index("Findings the court should know of"):]
    assert "TRANSFER_NOT_REQUESTED" in box
    assert "Printed under an override by Insp 77, Inspector" in box
    assert "roads closed; the authority will be asked at first light" in box
