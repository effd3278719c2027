"""The "Late entry — reason" row of a form: shown, and required, when the time typed is
earlier than the record's last entry (a late entry, or a computer whose clock is wrong)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ..domain import Record
from ..rules.timecalc import LocalTimeError, show
from ..services.desk.entries import is_late, last_entry_at, late_note


class LateReasonRow:
    def __init__(self, parent: QWidget, form: QFormLayout, at_widget: Any,
                 record: Callable[[], Record], moment: Callable[[], datetime] | None = None) -> None:
        """moment: the entry's own time when it is not the time typed (a correction's is now)."""
        self.edit = QLineEdit(parent)
        self.edit.setObjectName("field_late_reason")
        self.edit.setAccessibleName("Late entry — reason")
        self.edit.setPlaceholderText("needed: this time is earlier than the last entry")
        form.addRow("&Late entry — reason", self.edit)
        self.form, self.at_widget, self.record, self.moment = form, at_widget, record, moment
        self.late = False
        at_widget.changed.connect(self.update)
        self.update()

    def update(self) -> None:
        try:
            at = self.moment() if self.moment is not None else self.at_widget.value()
        except LocalTimeError:
            at = None
        record = self.record()
        self.late = at is not None and is_late(record, at)
        self.form.setRowVisible(self.edit, self.late)
        last = last_entry_at(record)
        self.edit.setToolTip(f"The last entry in this record is at {show(last)}." if last else "")

    def reason(self) -> str | None:
        """The reason typed, when the entry is late; None when it is not."""
        return self.edit.text() if self.late else None

    def show_required(self) -> None:
        self.form.setRowVisible(self.edit, True)
        self.edit.setFocus()

    def apply(self, event: dict[str, Any]) -> None:
        """Put the reason into the entry's note, as every late entry carries it."""
        self.update()
        if self.late:
            note = late_note(self.edit.text(), event.get("note"))
            if note:
                event["note"] = note
