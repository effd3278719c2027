"""Screen 3: book in a child: the child, the arrest, arrival and detention authorised."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from ..domain.schema import ARREST_REASONS, event_types
from ..rules.timecalc import LocalTimeError, show
from ..services import desk
from ..services.desk import forms_v11 as v11
from .context import DeskContext
from .dialog_buttons import CancelGuards
from .field_widgets import FieldInput
from .forms.ui_booking_arrest import Ui_BookingArrestPage
from .forms.ui_booking_child import Ui_BookingChildPage
from .forms.ui_booking_detention import Ui_BookingDetentionPage
from .labels import choice_label
from .widgets.localtime import parse_day

REASON_TEXT = {
    "offence": "an offence", "breach_of_court_bail": "breach of court bail (Bail Act s7)",
    "warrant": "a warrant", "breach_of_police_bail": "breach of police bail",
    "breach_of_remand_conditions": "breach of remand conditions (LASPO 2012 s97)",
}
SEX_TEXT = (("not_known", "— not known —"), ("female", "female"), ("male", "male"))


def _mark(label: QLabel, text: str, level: str) -> None:
    label.setText(text)
    label.setProperty("level", level)
    label.setObjectName(label.objectName())
    label.setVisible(bool(text))
    label.style().unpolish(label)
    label.style().polish(label)


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str, form: QWidget) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Why you cannot go on")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.check: Callable[[], object] = lambda: None

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.check()
        except (desk.DeskError, LocalTimeError) as exc:
            text = getattr(exc, "message", str(exc))
            shown = self.findChild(QLabel, "ageLabel")
            _mark(self.error, "" if shown is not None and shown.text() == text else text, "error")
            return False
        self.error.setVisible(False)
        return True


class BookingWizard(CancelGuards, QWizard):
    """Enter on a drop-down opens it (never goes on, never books in); Cancel, Esc or closing
    asks before throwing the typed child away, on the page's own message line."""

    booked = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Book in a child")
        self.setObjectName("bookingWizard")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(860, 560)
        self.child_form = QWidget()
        self.child_ui = Ui_BookingChildPage()
        self.child_ui.setupUi(self.child_form)
        self.arrest_form = QWidget()
        self.arrest_ui = Ui_BookingArrestPage()
        self.arrest_ui.setupUi(self.arrest_form)
        self.detention_form = QWidget()
        self.detention_ui = Ui_BookingDetentionPage()
        self.detention_ui.setupUi(self.detention_form)
        for r in ARREST_REASONS:
            self.arrest_ui.reasonCombo.addItem(REASON_TEXT.get(r, choice_label(r)), r)
        for key, text in SEX_TEXT:
            self.child_ui.sexCombo.addItem(text, key)
        self.offence_list = FieldInput("offence_codes", event_types(v11.NEW_RECORD_FORMAT)["arrested"]["offence_codes"],
                                       self.arrest_form, offences=v11.offence_choices(ctx.policy))
        self.arrest_ui.form.replaceWidget(self.arrest_ui.offenceCodesList, self.offence_list.widget)
        self.arrest_ui.offenceCodesList.hide()
        self.arrest_ui.offenceCodesList.setParent(None)
        self.arrest_ui.offenceCodesLabel.setBuddy(self.offence_list.widget)
        self.offence_list.widget.setAccessibleName("Offences from the offence table")
        QWidget.setTabOrder(self.arrest_ui.offencesEdit, self.offence_list.widget)
        arrested = event_types(v11.NEW_RECORD_FORMAT)["arrested"]
        self.indictable = FieldInput("indictable", arrested["indictable"], self.arrest_form)
        self.indictable.widget.setAccessibleName("An offence arrested for is indictable")
        label = QLabel("In&dictable offence", self.arrest_form)
        label.setBuddy(self.indictable.widget)
        row = int(self.arrest_ui.form.getWidgetPosition(self.offence_list.widget)[0]) + 1  # type: ignore[index]
        self.arrest_ui.form.insertRow(row, label, self.indictable.widget)
        QWidget.setTabOrder(self.offence_list.widget, self.indictable.widget)
        QWidget.setTabOrder(self.indictable.widget, self.arrest_ui.outsideCheck)
        for edit in (self.arrest_ui.arrestTime, self.detention_ui.arrivalTime, self.detention_ui.authorisedTime):
            edit.follow_clock(ctx.clock.now)  # the moment saved, unless a time is typed
        self.pages = [
            _Page("1 of 3: The child", "Name, date of birth, care status.", self.child_form),
            _Page("2 of 3: The arrest", "When, why and how.", self.arrest_form),
            _Page("3 of 3: Arrival and detention", "The relevant time and the review clock start here.",
                  self.detention_form),
        ]
        self.pages[0].check = self.check_child
        self.pages[1].check = self.check_arrest
        self.pages[2].check = self.finish
        for p in self.pages:
            self.addPage(p)
        c = self.child_ui
        for w in (c.dobEdit, c.ageInDoubtCheck):
            (w.textChanged if hasattr(w, "textChanged") else w.toggled).connect(self.show_age)
        c.dobEdit.setInputMask("00/00/0000;_")
        c.lookedAfterCheck.toggled.connect(c.localAuthorityEdit.setEnabled)
        c.localAuthorityEdit.setEnabled(False)
        self.currentIdChanged.connect(self._entered)
        for which, text in ((QWizard.WizardButton.NextButton, "&Next (Alt+N)"),
                            (QWizard.WizardButton.BackButton, "&Back"),
                            (QWizard.WizardButton.FinishButton, "Book &in"),
                            (QWizard.WizardButton.CancelButton, "Cancel (Esc)")):
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text.replace("&", ""))
        self.show_age()
        self.record_number: str | None = None
        # on the last page Next is hidden: Alt+N would type an "n" into the field; it goes to Book in
        self.last_page_next = QShortcut(QKeySequence("Alt+N"), self)
        self.last_page_next.activated.connect(lambda: self.button(QWizard.WizardButton.FinishButton).setFocus())
        self.last_page_next.setEnabled(False)
        self.guard_cancel(self._page_message, "You have typed in this form. Press Cancel (or Esc) again to "
                          "throw it away, or go on to Book in to keep it.")

    def _page_message(self) -> QLabel:
        page = self.currentPage()
        return page.error if isinstance(page, _Page) else self.pages[0].error

    def _entered(self, page_id: int) -> None:
        self.last_page_next.setEnabled(page_id == len(self.pages) - 1)
        if page_id == 2:
            self.detention_ui.summaryLabel.setText(self.summary())
        first = {0: self.child_ui.surnameEdit, 1: self.arrest_ui.arrestTime, 2: self.detention_ui.arrivalTime}
        w = first.get(page_id)
        if w is not None:
            w.setFocus()

    def child_details(self) -> desk.ChildDetails:
        c = self.child_ui
        text = c.dobEdit.text().strip()
        dob = None
        if text.strip("/_ "):
            dob = parse_day(text)
            if dob is None:
                raise desk.DeskError("Enter the date of birth as DD/MM/YYYY.", "date_of_birth")
        return desk.ChildDetails(c.surnameEdit.text(), c.forenamesEdit.text(), dob, c.ageInDoubtCheck.isChecked(),
                                 c.lookedAfterCheck.isChecked(), c.localAuthorityEdit.text() or None,
                                 str(c.sexCombo.currentData()), c.responsibleEdit.text().strip() or None)

    def show_age(self) -> None:
        label = self.child_ui.ageLabel
        try:
            details = self.child_details()
            if details.date_of_birth is None:
                text = "Age in doubt: treated as a child (Code C 1.5)." if details.age_in_doubt else ""
                _mark(label, text, "ok")
                return
            age = desk.check_child(replace(details, surname="-", forenames="-"), self.ctx.clock.now())
            _mark(label, f"Age today: {age}. A child: PACE and Code C protections for children apply.", "ok")
        except desk.DeskError as exc:
            _mark(label, exc.message if exc.field == "date_of_birth" and "adult" in exc.message else "", "error")

    def check_child(self) -> None:
        details = self.child_details()
        desk.check_child(details, self.ctx.clock.now())
        if details.looked_after and not (details.local_authority or "").strip():
            raise desk.DeskError("A looked-after child: enter the local authority (it must be told, Code C 3.13).")

    def check_arrest(self) -> None:
        self.arrest_ui.arrestTime.value()
        if self.reason() == "offence" and not self.offences():
            raise desk.DeskError("Enter at least one offence (one a line).")

    def reason(self) -> str:
        return str(self.arrest_ui.reasonCombo.currentData())

    def offences(self) -> tuple[str, ...]:
        text = self.arrest_ui.offencesEdit.toPlainText()
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    def booking(self) -> desk.Booking:
        a, d = self.arrest_ui, self.detention_ui
        return desk.Booking(
            child=self.child_details(), arrested_at=a.arrestTime.value(), reason=self.reason(),
            offences=self.offences(), outside_force_area=a.outsideCheck.isChecked(),
            force_used=a.forceCheck.isChecked(), arresting_officer=a.officerEdit.text(),
            arrived_at=d.arrivalTime.value(), authorised_at=d.authorisedTime.value(),
            grounds=d.groundsEdit.toPlainText(), offence_codes=tuple(self.offence_list.value()),
            indictable=self.indictable.value())

    def summary(self) -> str:
        try:
            c = self.child_details()
            a = self.arrest_ui.arrestTime.value()
        except (desk.DeskError, LocalTimeError):
            return ""
        return (f"Booking in {c.forenames} {c.surname}, arrested {show(a)} for "
                f"{REASON_TEXT.get(self.reason(), self.reason())}. Signed by "
                f"{self.ctx.session.signature if self.ctx.session else '—'}.")

    def finish(self) -> None:
        record = self.ctx.book_in(self.booking())
        self.record_number = record.custody_number
        self.booked.emit(record.custody_number)
