"""One input per interchange field kind, built from domain.schema (never from a hand-kept list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from ..domain.schema import Field
from .labels import choice_label, field_label

UNCHOSEN = "— choose —"


class FieldInput:
    """An input for one field: `value()` gives the JSON value (None: leave the field out)."""

    def __init__(self, name: str, spec: Field, parent: QWidget) -> None:
        self.name, self.spec = name, spec
        self.widgets: list[QWidget] = []
        label = field_label(name)
        kind = spec.kind
        if kind == "bool":
            self.widget: QWidget = QCheckBox(label, parent)
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
            box = QWidget(parent)
            form = QFormLayout(box)
            form.setContentsMargins(0, 0, 0, 0)
            self.reps = {}
            for key in ("child", "appropriate_adult", "solicitor"):
                edit = QLineEdit(box)
                edit.setPlaceholderText("what they said; empty: not given the chance")
                edit.setAccessibleName(f"Representations: {key.replace('_', ' ')}")
                form.addRow(key.replace("_", " ").capitalize(), edit)
                self.reps[key] = edit
            self.widget = box
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
        return "" if self.spec.kind == "bool" else field_label(self.name)

    def value(self) -> Any:
        w, kind = self.widget, self.spec.kind
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
        if isinstance(w, QCheckBox):
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
