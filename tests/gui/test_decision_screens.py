"""Issue 5: the review, the charge/bail/accommodation wizard, the certificate and documents."""

from __future__ import annotations

import copy
import io
from datetime import timedelta

from conftest import sample_docs
from gui_store import docs
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from custody_app.domain import parse_document
from custody_app.gui.accommodation_wizard import AccommodationWizard
from custody_app.gui.documents import DPI, DocumentsDialog, make_printer, paint_pages
from custody_app.gui.review_dialog import ReviewDialog

GOOD, BREACH = "WK-26-000001", "WK-26-000005"


def _as(window, username: str, pin: str) -> None:
    window.ctx.sign_in(username, pin)


def _review(qtbot, window, number: str = GOOD) -> ReviewDialog:
    window.open_record(number)
    dialog = window.open_review()
    assert isinstance(dialog, ReviewDialog)
    return dialog


def _fill_review(d: ReviewDialog, asleep: bool = False) -> None:
    d.ui.asleepCheck.setChecked(asleep)
    d.ui.childEdit.setText("" if asleep else "wants to go home")
    d.ui.aaEdit.setText("no objection")
    d.ui.bailCheck.setChecked(True)
    d.ui.welfareCheck.setChecked(True)


def _wizard(window, number: str = GOOD) -> AccommodationWizard:
    window.open_record(number)
    wizard = window.open_accommodation()
    assert isinstance(wizard, AccommodationWizard)
    return wizard


def _tick(widget, *keys: str) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        on = item.data(Qt.ItemDataRole.UserRole) in keys
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _charge_and_refuse(w: AccommodationWizard, category: str = "violent",
                       grounds: tuple[str, ...] = ("serious_harm_to_public",)) -> None:
    w.ui.offencesEdit.setPlainText("wounding with intent")
    w.ui.categoryCombo.setCurrentIndex(w.ui.categoryCombo.findData(category))
    w.record_charge()
    assert w.state.charged, w.ui.errorLabel.text()
    _tick(w.ui.groundsList, *grounds)
    w.record_bail()
    assert w.state.applies, w.ui.errorLabel.text()


def _refused_and_escalated(w: AccommodationWizard) -> None:
    _charge_and_refuse(w, "other", ("commit_offence",))
    w.ui.authorityEdit.setText("Warwickshire County Council")
    w.record_request()
    w.ui.providedCombo.setCurrentIndex(0)
    w.ui.answerReasonEdit.setText("no placement tonight")
    w.record_answer()
    w.ui.escalateOutcomeEdit.setText("senior manager: still none")
    w.record_escalation()
    assert w.state.certificate_allowed, w.state.certificate_why


# --- review -------------------------------------------------------------------------------

def test_a_sergeant_may_not_review_before_charge(qtbot, signed_in, store):
    d = _review(qtbot, signed_in)
    assert "NOT YOU" in d.ui.rankLabel.text() and "inspector" in d.ui.rankLabel.text()
    before = len(docs(store)[GOOD]["events"])
    _fill_review(d)
    d.save()
    assert d.ui.errorLabel.isVisible() and "inspector" in d.ui.errorLabel.text()
    assert len(docs(store)[GOOD]["events"]) == before


def test_review_not_in_person_needs_a_reason_kept_in_the_note(qtbot, signed_in, store):
    _as(signed_in, "insp77", "7777")
    d = _review(qtbot, signed_in)
    assert "Review 1 is due" in d.ui.clockLabel.text()
    assert "next review will be due" in d.ui.nextLabel.text()
    _fill_review(d)
    d.ui.modeCombo.setCurrentIndex(d.ui.modeCombo.findData("video"))
    d.save()
    assert "needs the reason" in d.ui.errorLabel.text() and d.stored is None
    d.ui.reasonEdit.setText("inspector at another suite")
    d.save()
    assert d.stored is not None
    event = docs(store)[GOOD]["events"][-1]
    assert event["type"] == "review" and event["mode"] == "video" and event["rank"] == "inspector"
    assert "inspector at another suite" in event["note"]


def test_asleep_review_leaves_inform_on_waking_due_until_done(qtbot, signed_in, store):
    _as(signed_in, "insp77", "7777")
    d = _review(qtbot, signed_in)
    _fill_review(d, asleep=True)
    d.save()
    assert d.stored is not None, d.ui.errorLabel.text()
    a = signed_in.ctx.load(GOOD)[1]
    assert any(x.code == "INFORM_ON_WAKING" for x in a.due)
    again = _review(qtbot, signed_in)
    assert again.ui.informButton.isVisibleTo(again) and "NOT yet been told" in again.ui.toldLabel.text()
    again.ui.informButton.click()
    assert not again.ui.informButton.isVisibleTo(again)
    assert "told on waking" in again.ui.toldLabel.text()
    a = signed_in.ctx.load(GOOD)[1]
    assert not any(x.code == "INFORM_ON_WAKING" for x in a.due)


# --- charge, bail and accommodation --------------------------------------------------------

def test_breach_of_court_bail_offers_no_secure_request_nor_certificate(qtbot, signed_in):
    w = _wizard(signed_in, BREACH)
    assert w.state.duty_excluded and not w.state.applies
    assert "breach of court bail" in w.ui.stateLabel.text()
    w.go(2)
    assert w.ui.kindCombo.findData("secure") == -1 and not w.ui.requestButton.isEnabled()
    assert "no secure request" in w.ui.secureLabel.text()
    w.go(4)
    assert not w.ui.certificateButton.isEnabled() and "no certificate" in w.ui.certificateStateLabel.text()


def test_other_category_refuses_secure_with_the_reason(qtbot, signed_in):
    w = _wizard(signed_in)
    _charge_and_refuse(w, "other")
    assert w.ui.stack.currentIndex() == 2
    assert w.ui.kindCombo.findData("secure") == -1
    assert "shows a violent or sexual offence" in w.ui.secureLabel.text()


def test_under_twelve_refuses_secure_with_the_reason(qtbot, signed_in, store, clock):
    doc = copy.deepcopy(sample_docs(clock.now())[0])
    doc["custody_number"] = "WK-26-000011"
    doc["child"]["date_of_birth"] = "2015-01-10"
    store.import_record(parse_document(doc), "test")
    w = _wizard(signed_in, "WK-26-000011")
    _charge_and_refuse(w, "violent")
    assert w.ui.kindCombo.findData("secure") == -1
    assert "was 11 on the day" in w.ui.secureLabel.text()


def test_secure_offered_only_when_all_three_hold(qtbot, signed_in):
    w = _wizard(signed_in)
    _charge_and_refuse(w, "violent", ("serious_harm_to_public",))
    assert w.ui.kindCombo.findData("secure") >= 0
    assert "may be asked for" in w.ui.secureLabel.text()


def test_certificate_only_once_asked_refused_and_escalated(qtbot, signed_in):
    w = _wizard(signed_in)
    _charge_and_refuse(w, "other", ("commit_offence",))
    assert not w.ui.certificateButton.isEnabled()
    assert "ask the local authority first" in w.ui.certificateStateLabel.text()
    _refused_and_escalated_rest(w)
    assert w.ui.certificateButton.isEnabled() and w.ui.stack.currentIndex() == 4


def _refused_and_escalated_rest(w: AccommodationWizard) -> None:
    w.ui.authorityEdit.setText("Warwickshire County Council")
    w.record_request()
    w.ui.providedCombo.setCurrentIndex(0)
    w.ui.answerReasonEdit.setText("no placement tonight")
    w.record_answer()
    assert not w.ui.certificateButton.isEnabled() and "escalate" in w.ui.certificateStateLabel.text()
    assert "ESCALATE NOW" in w.ui.escalateLabel.text()
    w.ui.escalateOutcomeEdit.setText("senior manager: still none")
    w.record_escalation()


def test_impracticable_because_of_behaviour_is_refused_and_explained(qtbot, signed_in, store):
    w = _wizard(signed_in)
    _refused_and_escalated(w)
    w.ui.groundCombo.setCurrentIndex(w.ui.groundCombo.findData("impracticable"))
    _tick(w.ui.reasonsList, "childs_behaviour")
    judged = w.ui.certificateJudgeLabel
    # refused at the form, before any save: the engine's words, code and source
    assert judged.isVisibleTo(w) and "cannot be made" in judged.text()
    assert "IMPRACTICABLE_INVALID_REASON" in judged.text() and "Note 16D" in judged.text()
    w.ui.circumstancesEdit.setPlainText("he was abusive at the desk")
    w.record_certificate()
    assert "IMPRACTICABLE_INVALID_REASON" in w.ui.errorLabel.text()
    assert not any(e["type"] == "certificate_issued" for e in docs(store)[GOOD]["events"])


# --- documents -----------------------------------------------------------------------------

def _certified(signed_in) -> DocumentsDialog:
    w = _wizard(signed_in)
    _refused_and_escalated(w)
    _tick(w.ui.reasonsList, "weather_or_transport_impossible")
    w.ui.circumstancesEdit.setPlainText("Snow: the roads to the placement are closed tonight.")
    w.record_certificate()
    assert w.state.certificate_issued, w.ui.errorLabel.text()
    w.close()
    docs = signed_in.open_documents()
    assert isinstance(docs, DocumentsDialog)
    return docs


def test_documents_refuse_a_certificate_the_record_does_not_hold(qtbot, signed_in):
    signed_in.open_record(BREACH)
    docs = signed_in.open_documents()
    assert not docs.save_button.isEnabled() and "Not printable" in docs.status.text()


def test_save_as_pdf_writes_the_reportlab_certificate(qtbot, signed_in, tmp_path):
    from pypdf import PdfReader

    docs = _certified(signed_in)
    path = docs.save_pdf(tmp_path / "certificate")
    assert path == tmp_path / "certificate.pdf" and path.read_bytes() == docs.document().pdf
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Detention certificate" in text and "Snow" in text
    assert not list(tmp_path.glob("*.part"))


def test_print_preview_paints_every_page_at_the_set_resolution(qtbot, signed_in, tmp_path):
    docs = _certified(signed_in)
    with qtbot.waitSignal(docs.pages_ready, timeout=20_000) as blocker:
        docs.preview()
    pages = blocker.args[0]
    assert pages >= 1
    preview = docs.preview_dialog
    assert preview is not None and docs.printer.resolution() == DPI
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == pages)
    preview.close()
    printer = make_printer("test")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printer.resolution() == DPI
    assert paint_pages(printer, docs.images["certificate"]) == pages
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000


def test_a_late_review_needs_its_reason(qtbot, signed_in, store):
    _as(signed_in, "insp77", "7777")
    d = _review(qtbot, signed_in)
    _fill_review(d)
    last = max(e.at for e in d.record.events)
    d.ui.atTime.set_value(last - timedelta(minutes=20))
    assert d.late_row.late and not d.late_row.edit.isHidden()
    d.save()
    assert d.stored is None and "earlier than" in d.ui.errorLabel.text().lower()
    d.late_row.edit.setText("review done at 02:10, entered after the cell fight")
    d.save()
    assert d.stored is not None
    event = docs(store)[GOOD]["events"][-1]
    assert event["type"] == "review"
    assert event["note"].startswith("Late entry: review done at 02:10")


def test_a_late_decision_in_the_wizard_needs_its_reason(qtbot, signed_in, store):
    w = _wizard(signed_in)
    last = max(e.at for e in w.record.events)
    w.ui.atTime.set_value(last - timedelta(minutes=5))
    assert w.late_row.late
    w.ui.offencesEdit.setPlainText("wounding with intent")
    w.ui.categoryCombo.setCurrentIndex(w.ui.categoryCombo.findData("violent"))
    w.record_charge()
    assert docs(store)[GOOD]["events"][-1]["type"] != "charged"
    assert w.focusWidget() is w.late_row.edit or not w.isVisible()
    w.late_row.edit.setText("charged at the desk before the visit was logged")
    w.ui.atTime.set_value(last - timedelta(minutes=5))
    w.record_charge()
    event = docs(store)[GOOD]["events"][-1]
    assert event["type"] == "charged" and event["note"].startswith("Late entry: charged at the desk")
