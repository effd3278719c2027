"""One input per interchange field kind, built from domain.schema (never from a hand-kept list)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.schema import SEARCH_ROLES, Field
from ..rules.timecalc import LocalTimeError, iso
from ..services.desk import DeskError
from .labels import choice_label, field_label
from .widgets.localtime import LocalTimeEdit

UNCHOSEN = "— choose —"


class FieldInput:
    """An input for one field: `value()` gives the JSON value (None: leave the field out)."""

    def __init__(self, name: str, spec: Field, parent: QWidget,
                 offences: Sequence[tuple[str, str]] | None = None,
                 options: Sequence[tuple[Any, str]] | None = None) -> None:
        self.name, self.spec = name, spec
        self.widgets: list[QWidget] = []
        label = field_label(name)
        kind = spec.kind
        self.widget: QWidget
        if options is not None:  # a value chosen from the record (e.g. which certificate)
            combo = QComboBox(parent)
            for key, text in options:
                combo.addItem(text, key)
            self.widget = combo
        elif name == "offence_codes" and kind == "str_list" and offences is not None:
            self.widget = OffencePicker(offences, parent)
        elif kind == "instant":
            self.widget = LocalTimeEdit(parent)
        elif kind == "people":
            self.widget = PeopleEdit(parent)
        elif kind == "bool" and spec.nullable:  # yes, no, or not recorded (null)
            combo = QComboBox(parent)
            for key, text in ((None, "— not recorded —"), (True, "yes"), (False, "no")):
                combo.addItem(text, key)
            self.widget = combo
        elif kind == "bool":
            box_ = QCheckBox(label, parent)
            box_.setChecked(bool(spec.default) if spec.has_default else False)  # e.g. exposure: default true
            self.widget = box_
        elif kind == "int":
            box = QSpinBox(parent)
            lo = int(spec.minimum or 0) + (1 if spec.exclusive_minimum else 0)
            box.setRange(lo, int(spec.maximum or 10_000))
            box.setValue(int(spec.default) if spec.has_default else lo)
            self.widget = box
        elif kind == "enum":
            combo = QComboBox(parent)
            combo.addItem("(none)" if spec.nullable else UNCHOSEN, None)
            for c in spec.choices:
                combo.addItem(choice_label(c), c)
            self.widget = combo
        elif kind == "enum_list":
            lst = QListWidget(parent)
            for c in spec.choices:
                item = QListWidgetItem(choice_label(c), lst)
                item.setData(Qt.ItemDataRole.UserRole, c)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            lst.setMaximumHeight(min(26 * len(spec.choices) + 6, 170))
            self.widget = lst
        elif kind == "representations":
            reps_box = QWidget(parent)
            form = QFormLayout(reps_box)
            form.setContentsMargins(0, 0, 0, 0)
            self.reps = {}
            for key in ("child", "appropriate_adult", "solicitor"):
                edit = QLineEdit(reps_box)
                edit.setPlaceholderText("what they said; empty: not given the chance")
                edit.setAccessibleName(f"Representations: {key.replace('_', ' ')}")
                form.addRow(key.replace("_", " ").capitalize(), edit)
                self.reps[key] = edit
            self.widget = reps_box
        else:  # str, str nullable, str_list
            edit = QLineEdit(parent)
            if kind == "str_list":
                edit.setPlaceholderText("separate several with ;")
            elif spec.nullable:
                edit.setPlaceholderText("optional")
            self.widget = edit
        self.widget.setAccessibleName(label)
        self.widget.setObjectName(f"field_{name}")

    @property
    def label(self) -> str:
        return "" if self.spec.kind == "bool" and not self.spec.nullable else field_label(self.name)

    def value(self) -> Any:
        w, kind = self.widget, self.spec.kind
        if isinstance(w, OffencePicker | PeopleEdit):
            return w.value()
        if isinstance(w, LocalTimeEdit):
            try:
                return iso(w.value())
            except LocalTimeError as exc:
                raise DeskError(f"{field_label(self.name)}: {exc}", self.name) from None
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QListWidget):
            return [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
                    if w.item(i).checkState() == Qt.CheckState.Checked]
        if kind == "representations":
            return {k: (e.text().strip() or None) for k, e in self.reps.items()}
        assert isinstance(w, QLineEdit)
        text = w.text().strip()
        if kind == "str_list":
            return [p.strip() for p in text.split(";") if p.strip()]
        if self.spec.nullable and not text:
            return None
        return text

    def set_value(self, value: Any) -> None:
        w = self.widget
        if value is None:
            return
        if isinstance(w, OffencePicker | PeopleEdit):
            w.set_value(value)
        elif isinstance(w, LocalTimeEdit):
            w.set_value(value if isinstance(value, datetime) else datetime.fromisoformat(str(value)))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QListWidget):
            chosen = set(value)
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                                   else Qt.CheckState.Unchecked)
        elif self.spec.kind == "representations":
            for k, e in self.reps.items():
                e.setText(value.get(k) or "")
        elif isinstance(w, QLineEdit):
            w.setText("; ".join(value) if isinstance(value, list | tuple) else str(value))

    def set_invalid(self, invalid: bool) -> None:
        self.widget.setProperty("invalid", invalid)
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)


class OffencePicker(QListWidget):
    """Offence codes picked from the offence table (RULES.md section 7); Space ticks a line.
    A code the table does not hold (a correction of an old entry) is kept, marked so."""

    def __init__(self, offences: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, text in offences:
            self._add(code, text)
        self.setMaximumHeight(min(24 * max(len(offences), 3) + 6, 190))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        if self.count():
            self.setCurrentRow(0)

    def _add(self, code: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def value(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Sequence[str]) -> None:
        chosen = list(value)
        for code in chosen:
            if code not in self.codes():
                self._add(code, f"{code} (not in the offence table)")
        first = None
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if on and first is None:
                first = item
        if first is not None:  # what is ticked is in view
            self.scrollToItem(first)


PEOPLE_SEXES = ("female", "male")


class PersonRow(QWidget):
    """One person present: name, role, sex; every part reached by Tab."""

    def __init__(self, owner: PeopleEdit, parent: QWidget, number: int) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText("name, e.g. PC 3380 Amy Shaw")
        self.role = QComboBox(self)
        self.role.addItem(UNCHOSEN, None)
        for r in SEARCH_ROLES:
            self.role.addItem(choice_label(r), r)
        self.sex = QComboBox(self)
        self.sex.addItem(UNCHOSEN, None)
        for x in PEOPLE_SEXES:
            self.sex.addItem(x, x)
        self.remove = QPushButton("Remove", self)
        self.remove.clicked.connect(lambda: owner.remove_row(self))
        self.name.setMinimumWidth(230)
        for w, what in ((self.name, "name"), (self.role, "role"), (self.sex, "sex"),
                        (self.remove, "remove")):
            w.setAccessibleName(f"Person {number} present: {what}")
            layout.addWidget(w, 4 if w is self.name else 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def value(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "role": self.role.currentData(), "sex": self.sex.currentData()}


class PeopleEdit(QWidget):
    """strip_search.present: everyone present besides the child (a list of name, role, sex).
    Tab runs through each line and on to the Add button, which adds a line; a blank line is
    left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QWidget(self)  # made before the button: the lines come first in Tab order
        self.box = QVBoxLayout(self.rows_box)
        self.box.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.rows_box)
        self.rows: list[PersonRow] = []
        self.add_row(focus=False)  # before the button: Tab from the field above comes to the first line
        self.add_button = QPushButton("Add a &person present", self)
        self.add_button.setAccessibleName("Add a person present")
        self.add_button.clicked.connect(self._added)
        outer.addWidget(self.add_button)

    def order(self) -> list[QWidget]:
        """Tab order inside: each line (name, role, sex, Remove), then the Add button (Qt appends
        a line made later to the end of the window's focus chain, so the order is kept here)."""
        return [*(w for r in self.rows for w in (r.name, r.role, r.sex, r.remove)), self.add_button]

    def _added(self) -> None:
        self.add_row(focus=True)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt naming)
        order = self.order()
        current = QApplication.focusWidget()
        if current in order:
            i = order.index(current) + (1 if forward else -1)
            if 0 <= i < len(order):
                order[i].setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                return True
            # leaving the list: on to what follows (or precedes) it in the form
            outside = self.add_button if forward else order[0]
            nxt = outside.nextInFocusChain() if forward else outside.previousInFocusChain()
            while nxt is not None and (self.isAncestorOf(nxt) or not (nxt.isEnabled() and nxt.isVisible()
                                       and nxt.focusPolicy() & Qt.FocusPolicy.TabFocus)):
                nxt = nxt.nextInFocusChain() if forward else nxt.previousInFocusChain()
                if nxt is outside:
                    break
            if nxt is not None and nxt is not outside:
                nxt.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().focusNextPrevChild(forward)

    def add_row(self, focus: bool = False) -> PersonRow:
        row = PersonRow(self, self.rows_box, len(self.rows) + 1)
        self.box.addWidget(row)
        self.rows.append(row)
        if self.isVisible():
            row.show()  # a child added to a shown widget is shown only later otherwise
            window = self.window()
            window.resize(window.width(), max(window.height(), window.sizeHint().height()))
        if focus:
            row.name.setFocus()
        return row

    def remove_row(self, row: PersonRow) -> None:
        if len(self.rows) == 1:
            row.name.clear()
            row.role.setCurrentIndex(0)
            row.sex.setCurrentIndex(0)
            return
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.rows[-1].name.setFocus()

    def value(self) -> list[dict[str, Any]]:
        people = []
        for i, row in enumerate(self.rows):
            v = row.value()
            if not v["name"] and v["role"] is None and v["sex"] is None:
                continue
            missing = [k for k in ("name", "role", "sex") if not v[k]]
            if missing:
                raise DeskError(f"Person {i + 1} present: enter their {' and '.join(missing)}.", "present")
            people.append(v)
        return people

    def set_value(self, value: Sequence[Any]) -> None:
        people = list(value)
        while len(self.rows) < max(1, len(people)):
            self.add_row(focus=False)
        for row, person in zip(self.rows, people, strict=False):
            row.name.setText(str(person.get("name") or ""))
            row.role.setCurrentIndex(max(0, row.role.findData(person.get("role"))))
            row.sex.setCurrentIndex(max(0, row.sex.findData(person.get("sex"))))
