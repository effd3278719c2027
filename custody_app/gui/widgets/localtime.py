"""A UK local time typed on the keyboard: DD/MM/YYYY and HH:MM, GMT or BST when it matters.

The spring hour that never happened is refused; the autumn hour that happened
twice asks which (RULES.md section 2). The conversion is the core's
`local_to_utc`; this widget only gathers what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain import LONDON
from ...rules.timecalc import AmbiguousLocalTime, LocalTimeError, local_to_utc, show

ZONES = (("", "GMT or BST?"), ("BST", "BST (the first time)"), ("GMT", "GMT (the second time)"))


def parse_day(text: str) -> date | None:
    """A calendar day typed as DD/MM/YYYY (a date, not an instant), or None."""
    try:
        dd, mm, yyyy = (int(p) for p in text.strip().split("/"))
        return date(yyyy, mm, dd)
    except ValueError:
        return None


class LocalTimeEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QLineEdit(self)
        self.date_edit.setInputMask("00/00/0000;_")
        self.date_edit.setMaximumWidth(120)
        self.time_edit = QLineEdit(self)
        self.time_edit.setInputMask("00:00;_")
        self.time_edit.setMaximumWidth(70)
        self.zone_combo = QComboBox(self)
        for code, text in ZONES:
            self.zone_combo.addItem(text, code)
        self.zone_combo.setVisible(False)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("timeFeedback")
        self.feedback.setMinimumWidth(230)
        for w in (self.date_edit, self.time_edit, self.zone_combo, self.feedback):
            layout.addWidget(w)
        layout.addStretch(1)
        self.setFocusProxy(self.time_edit)
        self._given: tuple[str, str] | None = None  # the text set by set_value, whose zone is known
        self._now: Callable[[], datetime] | None = None  # following the clock until a time is typed
        self.date_edit.textChanged.connect(self._typed_changed)
        self.time_edit.textChanged.connect(self._typed_changed)
        self.zone_combo.currentIndexChanged.connect(self._update)
        self._names()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self._names()

    def _names(self) -> None:
        base = self.accessibleName() or "Time"
        self.date_edit.setAccessibleName(f"{base}: date, day/month/year")
        self.time_edit.setAccessibleName(f"{base}: time, hours:minutes")
        self.zone_combo.setAccessibleName(f"{base}: GMT or BST")
        self.feedback.setAccessibleName(f"{base}: as understood")

    def follow_clock(self, now: Callable[[], datetime]) -> None:
        """Show the time now and, until the user types a time, take the moment the value is
        asked for (an entry's time is the moment it is saved unless one is typed)."""
        self.set_value(now())
        self._now = now
        self._update()

    @property
    def following(self) -> bool:
        """True while no time has been typed (the value is the moment it is asked for)."""
        return self._now is not None

    def show_now(self) -> None:
        """Bring the time shown up to date (a form given back after a lock)."""
        if self._now is not None:
            now = self._now
            self.set_value(now())
            self._now = now
            self._update()

    def set_value(self, instant: datetime) -> None:
        self._now = None
        local = instant.astimezone(LONDON)
        given = (local.strftime("%d/%m/%Y"), local.strftime("%H:%M"))
        for edit, text in zip((self.date_edit, self.time_edit), given, strict=True):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self._given = given
        self.zone_combo.setCurrentIndex(1 if local.dst() else 2)
        self._update()

    def _typed_changed(self) -> None:
        if (self.date_edit.text(), self.time_edit.text()) != self._given:
            self._given = None
            self._now = None  # a time typed is kept as typed
            self.zone_combo.blockSignals(True)
            self.zone_combo.setCurrentIndex(0)  # a newly typed time in the repeated hour must be asked
            self.zone_combo.blockSignals(False)
        self._update()

    def typed(self) -> tuple[date, time]:
        d = parse_day(self.date_edit.text())
        if d is None:
            raise LocalTimeError("Enter the date as DD/MM/YYYY.")
        try:
            hh, mm = (int(p) for p in self.time_edit.text().split(":"))
            t = time(hh, mm)
        except ValueError:
            raise LocalTimeError("Enter the time as HH:MM (24-hour clock).") from None
        return d, t

    def value(self) -> datetime:
        """The instant in UTC; LocalTimeError (with words for the user) when it cannot be taken.
        While following the clock: the moment now."""
        if self._now is not None:
            return self._now()
        d, t = self.typed()
        zone = self.zone_combo.currentData() or None
        try:
            return local_to_utc(d, t, None)
        except AmbiguousLocalTime:
            if zone is None:
                raise
            return local_to_utc(d, t, zone)

    def _update(self) -> None:
        try:
            d, t = self.typed()
            try:
                local_to_utc(d, t, None)
                self.zone_combo.setVisible(False)
            except AmbiguousLocalTime:
                self.zone_combo.setVisible(True)
            text = "now: the moment you save" if self._now is not None else show(self.value())
            self.feedback.setProperty("level", "ok")
        except LocalTimeError as exc:
            text = str(exc) if isinstance(exc, AmbiguousLocalTime) or "did not happen" in str(exc) else ""
            self.feedback.setProperty("level", "error")
        self.feedback.setText(text)
        self.feedback.setToolTip(text)
        self.feedback.setWordWrap(len(text) > 40)
        self.changed.emit()
