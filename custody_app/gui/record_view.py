"""Screen 4: the child's record: the checklist in stages, the clocks, the timeline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidgetItem, QWidget

from ..domain import Event, Record, apply_corrections, in_time_order
from ..rules.assessment import CHECKLIST_STAGES, Assessment, ChecklistItem
from ..rules.codes import title
from ..rules.timecalc import show, show_duration
from ..services.desk import (
    Cell,
    clock_lines,
    countdown,
    level_set_words,
    limit_cell,
    observation_level,
    review_cell,
    short_time,
    stage_text,
    warning_minutes,
)
from .context import DeskContext
from .forms.ui_record import Ui_RecordView
from .labels import event_label, field_label, summary, value_words
from .style import LEVEL_BACKGROUND, LEVEL_FOREGROUND, STATE_TEXT, icon, level_html

TYPE_ROLE = Qt.ItemDataRole.UserRole
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_ENTRY = timedelta(minutes=15)
# checklist stages whose items open a decision screen rather than the plain entry form
SCREENS = {"Reviews": "review", "Charge and bail": "accommodation", "Accommodation": "accommodation",
           "Certificate": "certificate"}


def _paint(label: QLabel, lines: list[Cell]) -> None:
    """Each line in its own level's colours, as the services decided it (the words carry it too)."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(level_html((c.text, c.level) for c in lines))


def checklist_model(a: Assessment) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Item", "State", "When", "Detail"])
    by_stage: dict[str, list[ChecklistItem]] = {}
    for item in a.checklist:
        by_stage.setdefault(item.stage, []).append(item)
    for stage in CHECKLIST_STAGES:
        items = by_stage.get(stage, [])
        worst = next((s for s in ("overdue", "due") if any(i.state == s for i in items)), "")
        head = QStandardItem(f"{stage}" + (f"  — {STATE_TEXT[worst]}" if worst else ""))
        head.setEditable(False)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        row = [head] + [QStandardItem("") for _ in range(3)]
        for cell in row:
            cell.setEditable(False)
        for item in items:
            head.appendRow(_item_row(item, a))
        model.appendRow(row)
    return model


def _item_row(item: ChecklistItem, a: Assessment) -> list[QStandardItem]:
    level = {"overdue": "overdue"}.get(item.state, "")
    if item.state == "done":
        when = f"{short_time(item.done_at, a.now)} by {item.done_by}"
    elif item.due is not None:
        window = warning_minutes("OBSERVATION" if item.event_type == "observation" else "", a.policy)
        cell = countdown(item.due, a.now, window, item.state == "overdue")
        when, level = cell.text.replace("\n", " "), cell.level or level
    else:
        when = "before the child leaves" if item.state in ("due", "overdue") else ""
    label = QStandardItem(item.label)
    label.setIcon(icon(level if level else item.state))
    label.setData(item.event_type, TYPE_ROLE)
    texts = [STATE_TEXT.get(item.state, item.state), when, item.detail]
    cells = [label] + [QStandardItem(t) for t in texts]
    for c in cells:
        c.setEditable(False)
        c.setData(item.event_type, TYPE_ROLE)
        if level:
            c.setBackground(LEVEL_BACKGROUND[level])
            c.setForeground(LEVEL_FOREGROUND[level])
        c.setToolTip(f"{item.label}: {texts[0]} {texts[1]}".strip())
    return cells


def findings_text(a: Assessment) -> str:
    """The findings in words, most frequent first: "Visit without rousing … (51); Review … (1)"."""
    if not a.findings:
        return "none"
    counts: dict[str, int] = {}
    for f in a.findings:
        counts[f.code] = counts.get(f.code, 0) + 1
    words = [f"{title(code)} ({n})" for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return f"{len(a.findings)}: " + "; ".join(words)


class RecordView(QWidget):
    back = Signal()
    open_form = Signal(str)  # an event type
    visit = Signal()
    new_entry = Signal()
    correct = Signal(object)  # the Event to correct
    open_screen = Signal(str, str)  # "review" | "accommodation" | "certificate", the stage

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RecordView()
        self.ui.setupUi(self)
        self.record: Record | None = None
        self.number_shown: str | None = None
        self.assessment: Assessment | None = None
        self.ui.backButton.clicked.connect(self.back.emit)
        self.ui.visitButton.clicked.connect(self.visit.emit)
        self.ui.entryButton.clicked.connect(self.new_entry.emit)
        self.ui.correctButton.clicked.connect(self._correct_selected)
        self.ui.checklistTree.activated.connect(self._activated)
        self.ui.timelineTree.itemActivated.connect(lambda *_: self._correct_selected())
        self.ui.splitter.setSizes([760, 580])
        self.ui.findingsLabel.setWordWrap(True)
        tl = self.ui.timelineTree.header()
        tl.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.timelineTree.setColumnWidth(0, 150)
        self.ui.timelineTree.setColumnWidth(1, 330)

    @property
    def number(self) -> str | None:
        return self.record.custody_number if self.record else None

    def show_record(self, number: str) -> None:
        record, a = self.ctx.load(number)
        self.record, self.assessment = record, a
        child = record.child
        self.ui.nameLabel.setText(child.name)
        age = "age in doubt" if a.age_at_arrival is None else f"{a.age_at_arrival}"
        if child.age_in_doubt and a.age_at_arrival is not None:
            age += " (in doubt)"
        looked = "; looked after" + (f" ({child.local_authority})" if child.local_authority else "") \
            if child.looked_after else ""
        self.ui.detailLabel.setText(f"{record.custody_number}  ·  age {age}{looked}  ·  {stage_text(a)}")
        self._clocks(a)
        tree = self.ui.checklistTree
        expanded = self._expanded() if number == self.number_shown else None
        scroll = tree.verticalScrollBar().value() if number == self.number_shown else 0
        current = tree.currentIndex()
        at = (current.parent().row(), current.row()) if current.isValid() else None
        old = tree.model()
        tree.setModel(checklist_model(a))
        if old is not None:
            old.deleteLater()
        tree.setColumnWidth(0, 310)
        tree.setColumnWidth(1, 112)
        tree.setColumnWidth(2, 195)
        model = tree.model()
        for r in range(model.rowCount()):
            idx = model.index(r, 0)
            text = model.data(idx)
            stage = str(text).split("  —")[0]
            tree.setExpanded(idx, stage in expanded if expanded is not None else True)
        self._timeline(record)
        if at is not None and number == self.number_shown:  # after a save: where the sergeant was
            parent = model.index(at[0], 0) if at[0] >= 0 else None
            idx = model.index(at[1], 0, parent) if parent is not None else model.index(at[1], 0)
            if idx.isValid():
                tree.setCurrentIndex(idx)
        if not tree.currentIndex().isValid():
            tree.setCurrentIndex(model.index(0, 0))
        tree.verticalScrollBar().setValue(scroll)
        self.number_shown = number

    def _expanded(self) -> set[str] | None:
        model = self.ui.checklistTree.model()
        if model is None:
            return None
        out = set()
        for r in range(model.rowCount()):
            idx = model.index(r, 0)
            if self.ui.checklistTree.isExpanded(idx):
                out.add(str(model.data(idx)).split("  —")[0])
        return out

    def _clocks(self, a: Assessment) -> None:
        ui = self.ui
        ui.relevantLabel.setText(f"{show(a.relevant_time)} — {a.relevant_time_rule}"
                                 if a.relevant_time else f"not yet fixed — {a.relevant_time_rule}")
        if a.stage == "pre_charge" and a.detention_limit is not None:
            c = limit_cell(a)
            _paint(ui.limitLabel, [Cell(f"{show(a.detention_limit)} ({c.text.splitlines()[0]})", c.level)])
        elif a.stage == "pre_charge":
            _paint(ui.limitLabel, [Cell("no PACE limit (arrest on a warrant)")])
        else:
            _paint(ui.limitLabel, [Cell("no longer applies (charged)" if a.stage == "post_charge"
                                        else f"clocks stopped: left {show(a.left_at)}")])
        done = sum(1 for r in a.reviews if r.done)
        c = review_cell(a)
        _paint(ui.reviewLabel, [Cell(f"{show(a.next_review_due)} ({c.text.splitlines()[0]}); {done} done", c.level)
                                if a.next_review_due else Cell(f"none due; {done} done")])
        level = observation_level(a)
        ui.levelLabel.setText(level.words + (f"; set {short_time(level.set_at, a.now)}" if level.set_at else ""))
        lines = clock_lines(a)
        _paint(ui.dueLabel, lines[:7] + ([Cell(f"+{len(lines) - 7} more")] if len(lines) > 7 else []))
        self.ui.findingsLabel.setText(findings_text(a))
        in_custody = (a.left_at or a.now) - (a.arrived_at or a.arrested_at)
        self.ui.clocksGroup.setTitle(f"Clocks — in custody {show_duration(in_custody)}")

    def _timeline(self, record: Record) -> None:
        tree = self.ui.timelineTree
        tree.clear()
        meta = {i: (at, by) for i, at, by in self.ctx.event_meta(record.custody_number)}
        first_stored = meta[0][0] if 0 in meta else None  # an imported record was stored all at once
        corrections: dict[str, list[Event]] = {}
        for ev in record.events:
            if ev.type == "correction":
                corrections.setdefault(str(ev.fields["corrects"]), []).append(ev)
        now = self.ctx.clock.now()
        for ev in in_time_order(e for e in record.events if e.type != "correction"):
            text = event_label(ev.type)
            named = level_set_words(ev, self.ctx.policy) if ev.type == "observation_level_set" else None
            detail, note = named if named is not None else (summary(ev.type, ev.fields), ev.raw.get("note"))
            if detail:
                text += f": {detail}"
            if note:
                text += f" — note: {note}"
            recorded = meta.get(ev.index)
            when = short_time(ev.at, now)
            if recorded and recorded[0] != first_stored and recorded[0] - ev.at > LATE_ENTRY:
                when += f" (entered {short_time(recorded[0], now)})"
            item = QTreeWidgetItem([when, text, ev.by])
            item.setData(0, EVENT_ROLE, ev.index)
            item.setToolTip(1, text)
            for c in corrections.get(ev.id or "", []) if ev.id else []:
                changes = "; ".join(f"{field_label(k).lower()} now {value_words(k, v)}"
                                    for k, v in dict(c.fields["fields"]).items())
                sub = QTreeWidgetItem([short_time(c.at, now), f"CORRECTED: {changes}. Reason: {c.fields['reason']}", c.by])
                sub.setData(0, EVENT_ROLE, c.index)
                item.addChild(sub)
                item.setText(1, "(corrected) " + item.text(1))
            tree.addTopLevelItem(item)
            item.setExpanded(True)
        tree.scrollToBottom()

    def _activated(self, index: QModelIndex) -> None:
        event_type = index.data(TYPE_ROLE)
        parent = index.parent()
        stage = str(parent.sibling(parent.row(), 0).data()).split("  —")[0] if parent.isValid() else ""
        if event_type and stage in SCREENS:
            self.open_screen.emit(SCREENS[stage], event_type)
        elif event_type:
            self.open_form.emit(event_type)
        else:
            self.ui.checklistTree.setExpanded(index, not self.ui.checklistTree.isExpanded(index))

    def selected_event(self) -> Event | None:
        item = self.ui.timelineTree.currentItem()
        if item is None or self.record is None:
            return None
        index = int(item.data(0, EVENT_ROLE))
        ev: Event = apply_corrections(self.record, None, strict=False)[index]
        if ev.type == "correction":
            return None
        return ev

    def _correct_selected(self) -> None:
        ev = self.selected_event()
        if ev is not None:
            self.correct.emit(ev)
