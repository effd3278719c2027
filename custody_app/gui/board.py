"""Screen 2: the suite board, every child in custody now, most urgent first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..services.desk import BoardRow, Cell
from .context import DeskContext
from .forms.ui_board import Ui_BoardView
from .style import LEVEL_BACKGROUND, LEVEL_FOREGROUND, icon

COLUMNS = (
    ("Child", "name"), ("Age", "age"), ("In custody", "in_custody"), ("Detention limit", "limit"),
    ("Next review", "next_review"), ("Appropriate adult", "appropriate_adult"), ("Next visit", "next_visit"),
    ("Stage", "stage"), ("Most urgent", "next_due"),
)
_Index = QModelIndex | QPersistentModelIndex


class BoardModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[BoardRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def cell(self, index: _Index) -> Cell:
        row = self.rows[index.row()]
        attr = COLUMNS[index.column()][1]
        if attr == "name":
            return Cell(f"{row.name}\n{row.custody_number}")
        value: Cell = getattr(row, attr)
        return value

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.cell(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return c.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{COLUMNS[index.column()][0]}: {c.text}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return LEVEL_BACKGROUND.get(c.level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return LEVEL_FOREGROUND.get(c.level)
        if role == Qt.ItemDataRole.FontRole and (c.level == "overdue" or index.column() == 0):
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and c.level:
            return icon(c.level)
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].custody_number
        return None


class LevelDelegate(QStyledItemDelegate):
    """A selected row keeps its red or amber, darkened, so selection never hides an alert."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        bg = index.data(Qt.ItemDataRole.BackgroundRole)
        if bg is not None:
            option.palette.setColor(QPalette.ColorRole.Highlight, bg.darker(118))
            option.palette.setColor(QPalette.ColorRole.HighlightedText, index.data(Qt.ItemDataRole.ForegroundRole))


class BoardView(QWidget):
    open_record = Signal(str)
    visit = Signal(str)
    book_in = Signal()

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
        for col, width in enumerate((180, 55, 100, 150, 175, 150, 140, 150)):
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
        due_soon = ctx.policy.due_soon_minutes
        self.ui.legendLabel.setText(
            f"OVERDUE (red, with the word) has passed its time; amber shows a time due within {due_soon} minutes "
            "(the detention limit warns at four times that). Enter opens a record; F5 records a visit; "
            "the board refreshes every 30 seconds and after every entry.")

    def refresh(self, rows: list[BoardRow] | None = None) -> None:
        """Judge every child now (or show `rows`), keeping the selection."""
        current = self.selected()
        rows = self.ctx.board() if rows is None else rows
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue_count)
        self.ui.summaryLabel.setText(
            f"{len(rows)} {'child' if len(rows) == 1 else 'children'}"
            + (f"; {overdue} with something OVERDUE" if overdue else "; nothing overdue"))
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
