"""The form for any event type, built from the schema; the core validates what it takes.

Dialogs are opened with open() (never exec()), so the desk can lock over a
half-filled form and give it back, as it was, when the user signs in again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain import Event, Record
from ..domain.schema import event_types
from ..rules.timecalc import LocalTimeError, iso, show
from ..services import desk
from ..services.desk import forms_v11 as v11
from ..services.desk.decisions import BLOCKING
from .context import DeskContext
from .dialog_buttons import (
    EntryGuards,
    tab_top_to_bottom,
    wire_save_cancel,
)
from .field_widgets import FieldInput, PeopleEdit
from .forms.ui_entry import Ui_EntryDialog
from .labels import ENTRY_ORDER, EVENT_HELP, event_label
from .late_entry import LateReasonRow
from .widgets.localtime import LocalTimeEdit

PLACEHOLDERS = {
    "urgent_authorised_by": "needed when no appropriate adult is present",
    "urgent_without_aa_reason": "needed when no appropriate adult is present",
}
AUTO_FIELDS = {"review": ("rank",), "extension_authorised": ("rank",), "certificate_endorsed": ("rank",)}
# entries that are decisions: saved through the engine's check (desk.add_decision), which
# refuses at the form what the law forbids, in the engine's words
DECIDED = ("certificate_endorsed", "certificate_issued", *BLOCKING)


class EntryDialog(EntryGuards, QDialog):
    """New entry of `event_type` for one record, or (with `correcting`) a correction of an entry."""

    def __init__(self, ctx: DeskContext, record: Record, stage: str, event_type: str,
                 parent: QWidget | None = None, correcting: Event | None = None,
                 values: dict[str, Any] | None = None, proposal: str = "") -> None:
        super().__init__(parent)
        self.ctx, self.record, self.stage, self.event_type = ctx, record, stage, event_type
        self.correcting = correcting
        self.stored: Record | None = None
        self.ui = Ui_EntryDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setObjectName(f"entry_{event_type}")
        child = record.child.name
        verb = "Correct" if correcting else "Record"
        self.setWindowTitle(f"{verb}: {event_label(event_type)} — {child}")
        self.ui.titleLabel.setText(f"{verb}: {event_label(event_type)}")
        self.ui.titleLabel.setAccessibleName(self.windowTitle())
        help_text = EVENT_HELP.get(event_type, "")
        if correcting is not None:
            help_text = (f"Correcting the entry of {show(correcting.at)} by {correcting.by}. The original "
                         "stays in the record; the correction is shown beside it with its reason.")
        session = ctx.session
        if event_type in AUTO_FIELDS and session is not None:
            help_text += f" Rank recorded: {desk.rank_for(session)} (from your sign-in)."
        if proposal:
            help_text = f"{proposal} {help_text}".strip()
        self.ui.helpLabel.setText(help_text)
        self.ui.helpLabel.setVisible(bool(help_text))
        self.inputs: dict[str, FieldInput] = {}
        form = self.ui.fieldsForm
        self.level_combo: QComboBox | None = None
        if event_type == "observation_level_set" and correcting is None:
            self._level_row(form)
        table = event_types(record.format)
        # a 1.0 record gets only 1.0 types and fields (INTERCHANGE.md "Versions")
        self.unavailable = None if event_type in table else v11.format_refusal(record, event_type)
        if self.unavailable:
            help_text = self.unavailable
        offences = v11.offence_choices(ctx.policy)
        for name, spec in table.get(event_type, {}).items():
            if name in AUTO_FIELDS.get(event_type, ()):
                continue
            options = (v11.certificate_choices(record) if (event_type, name) == ("certificate_endorsed", "certificate")
                       else None)
            inp = FieldInput(name, spec, self.ui.fieldsBox, offences=offences, options=options)
            self.inputs[name] = inp
            form.addRow(inp.label, inp.widget) if inp.label else form.addRow("", inp.widget)
            if name in PLACEHOLDERS and isinstance(inp.widget, QLineEdit):
                inp.widget.setPlaceholderText(PLACEHOLDERS[name])
        if any(spec.kind == "people" for spec in table.get(event_type, {}).values()):
            self._scroll_fields()  # the people present make the form taller than a 768-line screen
        self.reason_edit: QLineEdit | None = None
        self._warned: str | None = None
        # a time earlier than the record's last entry: a late entry, with its reason (or a wrong
        # clock); a correction's own time is now, a new entry's the time typed
        self.late_row = LateReasonRow(self, self.ui.timeForm, self.ui.atTime, lambda: self.record,
                                      moment=ctx.clock.now if correcting is not None else None)
        self.late_edit = self.late_row.edit
        if correcting is not None:
            self.reason_edit = QLineEdit(self.ui.fieldsBox)
            self.reason_edit.setAccessibleName("Reason for the correction")
            self.reason_edit.setObjectName("field_reason_for_correction")
            form.addRow("&Reason for the correction", self.reason_edit)
            self.ui.atTime.set_value(correcting.at)
            for name, inp in self.inputs.items():
                inp.set_value(correcting.get(name))
            self.ui.noteEdit.setText(str(correcting.raw.get("note") or ""))
        else:
            # the entry's time is the moment it is saved, unless the sergeant types one
            self.ui.atTime.follow_clock(ctx.clock.now)
            a = ctx.evaluate(record, ctx.clock.now(), ctx.policy)
            defaults = desk.defaults_for(a, event_type)
            defaults.update(values or {})
            for name, value in defaults.items():
                if name in self.inputs:
                    self.inputs[name].set_value(value)
            if self.level_combo is not None and "level" in defaults:
                self.level_combo.setCurrentIndex(int(defaults["level"]) - 1)
                if "rousing" in self.inputs and "rousing" in defaults:  # level 3 proposed with rousing
                    self.inputs["rousing"].set_value(defaults["rousing"])
        self.late_row.update()
        self.ui.errorLabel.setVisible(False)
        wire_save_cancel(self, self.ui.buttonBox, self.save, "Save the entry")
        at = self.ui.atTime
        tab_top_to_bottom([at.date_edit, at.time_edit, at.zone_combo,
                           *([self.level_combo] if self.level_combo is not None else []),
                           *(w for inp in self.inputs.values() for w in _focus_chain(inp)),
                           *([self.reason_edit] if self.reason_edit is not None else []),
                           self.late_edit, self.ui.noteEdit, *self.ui.buttonBox.buttons()])
        self.guard_entry(self.ui.atTime, self.ui.errorLabel, ctx.clock.now)
        first = next(iter(self.inputs.values()), None)
        (self.level_combo or (first.widget if first else self.ui.atTime)).setFocus()

    def _level_row(self, form: Any) -> None:
        """Observation levels 1 to 4 (custody staff's words): choosing one fills the interval
        and rousing, and names the level in the entry's note."""
        combo = QComboBox(self.ui.fieldsBox)
        combo.setObjectName("field_level")
        combo.setAccessibleName("Observation level")
        self.levels = desk.observation_levels(self.ctx.policy)
        for level in self.levels:
            combo.addItem(f"{level.label}: {level.meaning}", level.number)
        combo.setCurrentIndex(-1)
        combo.setPlaceholderText("Choose the level")
        combo.currentIndexChanged.connect(self._level_chosen)
        form.addRow("Le&vel", combo)
        self.level_combo = combo

    def _level_chosen(self, index: int) -> None:
        if index < 0:
            return
        level = self.levels[index]
        if "interval_minutes" in self.inputs:
            self.inputs["interval_minutes"].set_value(level.interval_minutes)
        if "rousing" in self.inputs:
            self.inputs["rousing"].set_value(level.rousing)

    def _scroll_fields(self) -> None:
        box = self.ui.fieldsBox
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        index = layout.indexOf(box)
        scroll = QScrollArea(self)
        scroll.setObjectName("fieldsScroll")
        scroll.setAccessibleName("The entry's fields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.insertWidget(index, scroll, 1)
        scroll.setWidget(box)
        scroll.setMinimumHeight(min(box.sizeHint().height() + 8, 330))
        scroll.setMinimumWidth(box.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 8)
        self.resize(max(self.width(), scroll.minimumWidth() + 40), 740)

    def late_reason(self) -> str | None:
        return self.late_row.reason()

    def values(self) -> dict[str, Any]:
        return {name: inp.value() for name, inp in self.inputs.items()}

    def save(self) -> None:
        for inp in self.inputs.values():
            inp.set_invalid(False)
        try:
            at = self.ui.atTime.value()
        except LocalTimeError as exc:
            self.show_error(str(exc), "at")
            return
        session = self.ctx.session
        if session is None:
            self.show_error("Sign in first.", None)
            return
        old = self.stale.check()
        if old:
            self.show_error(old, "at")
            return
        note = self.ui.noteEdit.text()
        if self.level_combo is not None and self.level_combo.currentIndex() >= 0:
            named = self.levels[self.level_combo.currentIndex()].note()
            note = f"{named}. {note}".strip(". ") if note.strip() else named
        if self.unavailable:
            self.show_error(self.unavailable, None)
            return
        try:
            if self.correcting is None:
                event = desk.build_event(self.event_type, at, session, self.values(), note,
                                         late=self.late_reason())
                if self.event_type in AUTO_FIELDS and "rank" not in event:
                    event["rank"] = desk.rank_for(session)
            else:
                event = self.correction_event(at, session)
            if self.correcting is None and self._warn(event):
                return
            if self.correcting is None and self.event_type in DECIDED:
                self.stored = self.ctx.decide(self.record.custody_number, event, self.stage)
            else:
                self.stored = self.ctx.add_entry(self.record.custody_number, event, self.stage)
        except desk.DeskError as exc:
            self.show_error(exc.message, exc.field)
            return
        self.accept()

    def _warn(self, event: dict[str, Any]) -> bool:
        """What the engine would find in this entry, shown before it is stored; a second Save
        of the same entry records it as it happened (the finding then stands in the record)."""
        found = v11.warn_first(self.record, event, self.ctx.clock.now(), self.ctx.policy, self.ctx.evaluate)
        key = repr(sorted((k, repr(v)) for k, v in event.items() if k not in ("id",)))
        if not found or self._warned == key:
            return False
        self._warned = key
        self.ui.errorLabel.setText("Not yet saved. The law as the rules read it:\n" + v11.finding_lines(found)
                                   + "\nIf this is what happened, press Save again to record it as it happened.")
        self.ui.errorLabel.setVisible(True)
        return True

    def correction_event(self, at: Any, session: desk.Session) -> dict[str, Any]:
        assert self.correcting is not None and self.reason_edit is not None
        old = self.correcting
        changes = {k: v for k, v in self.values().items() if _json(old.get(k)) != _json(v)}
        if at != old.at:
            changes["at"] = at.isoformat()
        note = self.ui.noteEdit.text().strip()
        if note != str(old.raw.get("note") or ""):
            changes["note"] = note
        if old.id is None:
            raise desk.DeskError("This entry has no id, so it cannot be corrected here; add a note instead.")
        return desk.correction(old.id, changes, self.reason_edit.text(), self.ctx.clock.now(), session,
                               late=self.late_reason())

    def show_error(self, message: str, field: str | None) -> None:
        self.ui.errorLabel.setText(f"Not saved. {message}")
        self.ui.errorLabel.setVisible(True)
        target = None
        if field in self.inputs:
            target = self.inputs[field]
            target.set_invalid(True)
            target.widget.setFocus()
        elif field == "reason" and self.reason_edit is not None:
            self.reason_edit.setFocus()
        elif field == "at":
            self.ui.atTime.setFocus()
        elif field == "late_reason":
            self.late_row.show_required()


def _focus_chain(inp: FieldInput) -> list[QWidget]:
    """The widgets Tab visits in one field's input, top to bottom."""
    reps = getattr(inp, "reps", None)
    if reps:
        return list(reps.values())
    widget = inp.widget
    if isinstance(widget, PeopleEdit):
        return widget.order()
    if isinstance(widget, LocalTimeEdit):
        return [widget.date_edit, widget.time_edit, widget.zone_combo]
    return [widget]


def _json(value: Any) -> Any:
    if isinstance(value, datetime):  # an instant field (1.1): compared as the form gives it
        return iso(value)
    return [_json(v) for v in value] if isinstance(value, tuple | list) else value


class TypePicker(QDialog):
    """Ctrl+E: type a few letters of the entry, Enter."""

    def __init__(self, parent: QWidget | None = None, fmt: str = v11.NEW_RECORD_FORMAT) -> None:
        super().__init__(parent)
        self.order = tuple(t for t in ENTRY_ORDER if t in event_types(fmt))  # a 1.0 record: 1.0 types only
        self.setWindowTitle("New entry")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        label = QLabel("&Type a few letters of the entry, then Enter:", self)
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName("Filter entry types")
        label.setBuddy(self.filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Entry types")
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.resize(460, 520)
        self.filter.textChanged.connect(self.refill)
        self.filter.returnPressed.connect(self.choose)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.refill("")

    def refill(self, text: str) -> None:
        self.list.clear()
        for t in desk.search_event_types(text, {t: event_label(t) for t in self.order}, self.order):
            item = QListWidgetItem(event_label(t), self.list)
            item.setData(Qt.ItemDataRole.UserRole, t)
        if self.list.count():
            self.list.setCurrentRow(0)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.filter.hasFocus():
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
            return
        super().keyPressEvent(event)

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
