"""Screenshots of the custody-record/1.1 forms (issue 11): a girl booked in by the desk (so a
1.1 record), the new entries, the review's declaration, and the s38(6) wizard of version 2.

Called by `custody-app screenshots` on its temporary demo database: entries made here are
made there, never in a real one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QScrollArea

from ..services import desk
from .accommodation_wizard import AccommodationWizard
from .booking import BookingWizard
from .entry_dialog import EntryDialog
from .review_dialog import ReviewDialog

Shot = Callable[..., None]


def _tick(widget: QListWidget, *keys: str) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                           else Qt.CheckState.Unchecked)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _book_girl(window: Any) -> str:
    ctx = window.ctx
    now = ctx.clock.now()
    wizard = BookingWizard(ctx, window)
    c = wizard.child_ui
    c.surnameEdit.setText("Okoro")
    c.forenamesEdit.setText("Ada")
    c.dobEdit.setText((now - timedelta(days=int(15.2 * 365.25))).strftime("%d/%m/%Y"))
    c.sexCombo.setCurrentIndex(c.sexCombo.findData("female"))
    c.responsibleEdit.setText("Warwickshire Youth Justice Service")
    a = wizard.arrest_ui
    a.arrestTime.set_value(now - timedelta(hours=3))
    a.offencesEdit.setPlainText("robbery of a phone at knifepoint")
    wizard.offence_list.set_value(["robbery", "bladed_article"])
    d = wizard.detention_ui
    d.arrivalTime.set_value(now - timedelta(hours=2, minutes=40))
    d.authorisedTime.set_value(now - timedelta(hours=2, minutes=30))
    d.groundsEdit.setPlainText("To secure and preserve evidence and to obtain evidence by questioning.")
    wizard.finish()
    wizard.close()
    assert wizard.record_number is not None
    return wizard.record_number


def v11_shots(window: Any, shot: Shot) -> None:
    ctx = window.ctx
    number = _book_girl(window)
    window.open_record(number)
    shot("25-record-1-1-new-due-items")

    def entry(event_type: str, values: dict[str, Any] | None = None) -> EntryDialog:
        record, a = ctx.load(number)
        dialog = EntryDialog(ctx, record, a.stage, event_type, window, values=values)
        dialog.show()
        return dialog

    dialog = entry("aa_requested", {"name": "Grace Okoro", "relationship": "parent"})
    dialog.save()
    dialog = entry("aa_arrived", {"name": "Grace Okoro", "exclusions_checked": True})
    shot("26-entry-aa-suitability", dialog)
    dialog.save()
    dialog = entry("strip_search", {"aa_present": True, "authorised_by": "PS 2190 Khan",
                                    "reason": "Item seen concealed in clothing at the desk",
                                    "present": [{"name": "PC 3380 Amy Shaw", "role": "searcher", "sex": "female"},
                                                {"name": "PC 1207 Tom Reed", "role": "officer", "sex": "male"},
                                                {"name": "Grace Okoro", "role": "appropriate_adult",
                                                 "sex": "female"}]})
    dialog.save()  # a man present while she is exposed: shown before it is stored
    shot("27-entry-strip-search-people-present", dialog)
    dialog.close()
    dialog = entry("interview_started", {"aa_present": False, "urgent_authorised_by": "PS 2190 Khan",
                                         "urgent_rank": "sergeant", "urgent_grounds": "a weapon is outstanding"})
    dialog.save()
    shot("28-entry-urgent-interview-refused", dialog)
    dialog.close()
    dialog = entry("court_fixed", {"court": "Leamington Spa Youth Court",
                                   "sitting_at": (ctx.clock.now() + timedelta(hours=20)).replace(minute=0)})
    shot("29-entry-court-fixed", dialog)
    dialog.close()

    # the review: the inspector's declaration and the remote-review reason
    ctx.sign_in("insp77", "7777")
    review = ReviewDialog(ctx, ctx.load(number)[0], window)
    review.show()
    review.ui.modeCombo.setCurrentIndex(review.ui.modeCombo.findData("video"))
    review.ui.reasonEdit.setText("Duty inspector at Nuneaton; roads closed by snow")
    review.ui.childEdit.setText("Wants to go home; says she is hungry")
    review.ui.aaEdit.setText("Asks that she sees the nurse")
    review.ui.bailCheck.setChecked(True)
    review.ui.welfareCheck.setChecked(True)
    review.save()
    shot("30-review-independence-not-declared", review)
    review.ui.independentCheck.setChecked(True)
    review.save()
    ctx.sign_in("ps2190", "2190")
    _settle()

    # the s38(6) wizard, version 2
    wizard = AccommodationWizard(ctx, ctx.load(number)[0], window)
    wizard.show()
    ui = wizard.ui
    ui.offencesEdit.setPlainText("robbery of a mobile phone\nhaving a bladed article in a public place")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("violent"))
    wizard.offence_picker.set_value(["robbery", "bladed_article"])
    shot("31-accommodation-1-1-charge-offence-table", wizard)
    wizard.record_charge()
    _tick(ui.groundsList, "commit_offence", "other")
    wizard._bail_other()
    ui.bailOtherEdit.setText("")
    wizard.record_bail()
    shot("32-accommodation-1-1-bail-grounds-cited", wizard)
    ui.bailOtherEdit.setText("Mother abroad; no address in the county tonight")
    wizard.record_bail()
    ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData("secure")))
    ui.authorityEdit.setText("Warwickshire County Council")
    ui.harmReasonsEdit.setPlainText("Threatened a named victim with a knife and said she would find her; "
                                    "an open placement could not stop a repeat.")
    shot("33-accommodation-1-1-secure-request-reasons", wizard)
    wizard.record_request()
    ui.providedCombo.setCurrentIndex(0)
    ui.answerReasonEdit.setText("No secure bed in the region tonight")
    wizard.record_answer()
    wizard.close()

    # the inspector: the draft judged at the form, the override, supervision and production
    ctx.sign_in("insp77", "7777")
    _settle()
    wizard = AccommodationWizard(ctx, ctx.load(number)[0], window)
    wizard.show()
    ui = wizard.ui
    wizard.go(4)
    ui.groundCombo.setCurrentIndex(ui.groundCombo.findData("impracticable"))
    _tick(ui.reasonsList, "court_imminent", "no_la_accommodation")
    ui.circumstancesEdit.setPlainText("Court sits in the morning; a move now would deprive her of rest.")
    scroll = wizard.findChild(QScrollArea, "certificateScroll")
    assert scroll is not None
    wizard._reasons_hint()
    _settle()
    scroll.ensureWidgetVisible(ui.certificateJudgeLabel)
    shot("34-accommodation-1-1-certificate-judged-at-the-form", wizard)
    ui.groundCombo.setCurrentIndex(ui.groundCombo.findData("no_secure_accommodation"))
    _tick(ui.reasonsList, "no_secure_available")
    ui.circumstancesEdit.setPlainText("No secure bed in the region; other accommodation would not protect "
                                      "the public.")
    ui.certHarmEdit.setPlainText("As on the secure request: knife threats to a named victim.")
    ui.overrideCheck.setChecked(True)
    ui.overrideReasonEdit.setText("Escalation made by phone to the authority's manager, not yet written up")
    wizard._reasons_hint()
    _settle()
    scroll.ensureWidgetVisible(ui.certificateJudgeLabel)
    shot("35-accommodation-1-1-inspector-override", wizard)
    wizard.record_certificate()
    wizard.go(len(desk.STEPS) - 1)
    court = wizard.court.ui
    court.courtEdit.setText("Leamington Spa Youth Court")
    court.sittingTime.set_value((ctx.clock.now() + timedelta(hours=20)).replace(minute=0))
    wizard.court.record_court()
    court.superviseNoteEdit.setText("Reviewed the search for a secure bed; re-ask the authority at 06:00")
    shot("36-accommodation-1-1-court-and-supervision", wizard)
    wizard.close()
    ctx.sign_in("ps2190", "2190")
    _settle()

