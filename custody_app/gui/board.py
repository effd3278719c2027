"""Screen 2: the suite board, every child in custody now, most urgent first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..rules.policy import Policy
from ..services.desk import BoardRow, Cell, suite_summary, warning_minutes
from .context import DeskContext
from .forms.ui_board import Ui_BoardView
from .style import LEVEL_BACKGROUND, LEVEL_FOREGROUND, icon

COLUMNS = (
    ("Child", "name"), ("Age", "age"), ("In custody", "in_custody"), ("Detention limit", "limit"),
    ("Next review", "next_review"), ("Appropriate adult", "appropriate_adult"), ("Next visit", "next_visit"),
    ("Stage", "stage"), ("Most urgent", "next_due"),
)
_Index = QModelIndex | QPersistentModelIndex


def cell_of(row: BoardRow, column: int) -> Cell:
    attr = COLUMNS[column][1]
    if attr == "name":
        return Cell(f"{row.name}\n{row.custody_number}")
    value: Cell = getattr(row, attr)
    return value


class BoardModel(QStandardItemModel):
    """The board's cells, held by Qt: painting calls no Python but the delegate."""

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setHorizontalHeaderLabels([title for title, _ in COLUMNS])
        self.rows: list[BoardRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.rows = rows
        self.setRowCount(0)
        for row in rows:
            self.appendRow([self._item(row, column) for column in range(len(COLUMNS))])

    def cell(self, index: _Index) -> Cell:
        return cell_of(self.rows[index.row()], index.column())

    def _item(self, row: BoardRow, column: int) -> QStandardItem:
        c = cell_of(row, column)
        item = QStandardItem(c.text)
        item.setEditable(False)
        item.setData(c.text, Qt.ItemDataRole.ToolTipRole)
        item.setData(f"{COLUMNS[column][0]}: {c.text}", Qt.ItemDataRole.AccessibleTextRole)
        item.setData(row.custody_number, Qt.ItemDataRole.UserRole)
        if c.level:
            item.setData(LEVEL_BACKGROUND[c.level], Qt.ItemDataRole.BackgroundRole)
            item.setData(LEVEL_FOREGROUND[c.level], Qt.ItemDataRole.ForegroundRole)
            item.setData(icon(c.level), Qt.ItemDataRole.DecorationRole)
        if c.level == "overdue" or column == 0:
            item.setData(self._bold, Qt.ItemDataRole.FontRole)
        return item


class LevelDelegate(QStyledItemDelegate):
    """A selected row keeps its red or amber, darkened, so selection never hides an alert."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        bg = index.data(Qt.ItemDataRole.BackgroundRole)
        if bg is not None:
            option.palette.setColor(QPalette.ColorRole.Highlight, bg.darker(118))
            option.palette.setColor(QPalette.ColorRole.HighlightedText, index.data(Qt.ItemDataRole.ForegroundRole))


def legend(policy: Policy) -> str:
    """One colour for each meaning, said in words beside it."""
    return (f"Red, with the word OVERDUE: its time has passed. Amber: due within the warning window "
            f"({warning_minutes('REVIEW', policy)} min; a visit {warning_minutes('OBSERVATION', policy)} min; "
            f"the detention limit {warning_minutes('DETENTION_LIMIT', policy) // 60} h). "
            f"INSPECTOR ALERT: an appropriate adult awaited {policy.aa_inspector_alert_minutes // 60} h or more. "
            "Enter opens a record; F5 records a visit; the board refreshes every 30 seconds and after every entry.")


class BoardView(QWidget):
    open_record = Signal(str)
    visit = Signal(str)
    book_in = Signal()
    shift_documents = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_BoardView()
        self.ui.setupUi(self)
        self.model = BoardModel()
        table = self.ui.boardTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((170, 45, 100, 140, 172, 180, 170, 140)):
            table.setColumnWidth(col, width)
        # one fixed height for every row (three lines of text): resizing rows to their
        # contents cost ~25 ms on each 30-second refresh and made rows uneven
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(58)
        table.setItemDelegate(LevelDelegate(table))
        table.activated.connect(lambda idx: self.open_record.emit(self.model.rows[idx.row()].custody_number))
        self.ui.openButton.clicked.connect(self._open_selected)
        self.ui.visitButton.clicked.connect(self._visit_selected)
        self.ui.bookInButton.clicked.connect(self.book_in.emit)
        self.shiftButton = QPushButton("Handover and downtime papers (Ctrl+Shift+P)", self)
        self.shiftButton.setObjectName("shiftButton")
        self.shiftButton.setAccessibleName("Print the handover sheet or the downtime pack")
        self.ui.top.addWidget(self.shiftButton)
        self.shiftButton.clicked.connect(self.shift_documents.emit)
        self.ui.legendLabel.setText(legend(ctx.policy))

    def refresh(self, rows: list[BoardRow] | None = None) -> None:
        """Judge every child now (or show `rows`), keeping the selection."""
        current = self.selected()
        rows = self.ctx.board() if rows is None else rows
        self.model.set_rows(rows)
        self.ui.summaryLabel.setText(suite_summary(rows))
        numbers = [r.custody_number for r in rows]
        row = numbers.index(current) if current in numbers else 0
        if rows:
            self.ui.boardTable.selectRow(row)

    def selected(self) -> str | None:
        idx = self.ui.boardTable.currentIndex()
        if not idx.isValid() or idx.row() >= len(self.model.rows):
            return None
        return self.model.rows[idx.row()].custody_number

    def select(self, number: str) -> None:
        for i, r in enumerate(self.model.rows):
            if r.custody_number == number:
                self.ui.boardTable.selectRow(i)

    def _open_selected(self) -> None:
        number = self.selected()
        if number:
            self.open_record.emit(number)

    def _visit_selected(self) -> None:
        number = self.selected()
        if number:
            self.visit.emit(number)
