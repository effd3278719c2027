"""Screenshots of the decision screens: review, each accommodation step, the certificate preview.

Called by `custody-app screenshots` on its temporary demo database: entries made here
are made there, never in a real one.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QListWidget

from ..sample import generate_document
from ..services import desk
from .accommodation_wizard import AccommodationWizard
from .documents import DocumentsDialog
from .review_dialog import ReviewDialog

Shot = Callable[..., None]


def _tick(widget: QListWidget, *keys: str) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                           else Qt.CheckState.Unchecked)


def _wait(signal: Any, ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def decision_shots(window: Any, shot: Shot, number: str) -> None:
    ctx = window.ctx
    # the review: a sergeant before charge is turned away, in plain words
    window.open_record(number)
    record = ctx.load(number)[0]
    review = ReviewDialog(ctx, record, window)
    review.show()
    review.ui.modeCombo.setCurrentIndex(2)
    review.ui.asleepCheck.setChecked(True)
    review.ui.aaEdit.setText("Content for the detention to continue; asked that she is told when she wakes")
    review.ui.bailCheck.setChecked(True)
    review.ui.welfareCheck.setChecked(True)
    review.save()
    shot("14-review-not-in-person-needs-reason", review)
    review.close()

    # charge, bail and accommodation, each step, on a child arrested 55 minutes ago
    callum = next(r.custody_number for r in window.board.model.rows if "Whitfield" in r.name)
    window.open_record(callum)
    wizard = AccommodationWizard(ctx, ctx.load(callum)[0], window)
    wizard.show()
    ui = wizard.ui
    ui.offencesEdit.setPlainText("robbery of a mobile phone")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("violent"))
    shot("15-accommodation-1-charge", wizard)
    wizard.record_charge()
    _tick(ui.groundsList, "commit_offence")
    shot("16-accommodation-2-bail", wizard)
    wizard.record_bail()
    ui.authorityEdit.setText("Warwickshire County Council")
    ui.contactEdit.setText("Emergency duty team, 01926 000 000")
    shot("17-accommodation-3-request-secure-refused", wizard)
    wizard.record_request()
    ui.providedCombo.setCurrentIndex(0)
    ui.answerReasonEdit.setText("No foster placement tonight")
    wizard.record_answer()
    shot("18-accommodation-4-answer-escalate", wizard)
    ui.escalateOutcomeEdit.setText("Duty inspector called the authority's senior manager; still no placement")
    wizard.record_escalation()
    ui.groundCombo.setCurrentIndex(0)
    _tick(ui.reasonsList, "childs_behaviour")
    ui.circumstancesEdit.setPlainText("He was abusive to staff at the desk.")
    wizard.record_certificate()
    shot("19-accommodation-5-certificate-invalid-reason", wizard)
    _tick(ui.reasonsList, "weather_or_transport_impossible")
    ui.circumstancesEdit.setPlainText("Snow has closed the A46 and the M40; the authority's driver cannot reach "
                                      "the station tonight. Court sits at 10:00.")
    wizard.record_certificate()
    shot("20-accommodation-6-move", wizard)
    wizard.close()

    # the certificate: the reportlab PDF, painted at the printer's resolution
    docs = DocumentsDialog(ctx, ctx.load(callum)[0], window)
    docs.show()
    shot("21-documents", docs)
    docs.preview()
    if docs.preview_dialog is None:
        _wait(docs.pages_ready)
    preview = docs.preview_dialog
    if preview is not None:
        preview.resize(1000, 740)
        shot("22-certificate-preview", preview)
        preview.close()
    docs.close()

    # breach of court bail: no duty, no secure request, no certificate, and why
    start = ctx.clock.now().replace(microsecond=0) - timedelta(hours=2)
    doc = generate_document(random.Random(7), "WK-26-000999", start, profile="court_bail_breach",
                            now=ctx.clock.now())
    desk.add_demo_record(ctx.store, doc)
    window.open_record("WK-26-000999")
    wizard = AccommodationWizard(ctx, ctx.load("WK-26-000999")[0], window)
    wizard.show()
    wizard.go(2)
    shot("23-accommodation-breach-of-court-bail", wizard)
    wizard.go(4)
    shot("24-accommodation-breach-no-certificate", wizard)
    wizard.close()

