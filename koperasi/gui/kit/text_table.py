"""A read-only table of text rows that costs the window nothing to fill (issue 11).

A QTableWidget makes one QTableWidgetItem per cell, from Python: a member with ten years
of deliveries, sale parts and payouts has some 13,000 cells, and filling them froze the
window for a tenth of a second or more. TextTable keeps the rows as Python lists behind a
small model, so a fill is one signal and Qt asks only for the cells it paints. Columns
are sized from a sample of rows plus each column's longest text, never every row.

It answers the parts of QTableWidget's API the screens and their tests use: rowCount(),
columnCount(), item(row, column) with text() and data(), currentRow(), selectedItems(),
setHorizontalHeaderLabels(), scrollToItem(), a cell's toolTip()/setToolTip() and the
itemSelectionChanged signal.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from koperasi.gui.kit.fast_model import FastRoles
from koperasi.gui.kit.style import RIGHT, TOTAL_BACKGROUND

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FONT = Qt.ItemDataRole.FontRole
_USER = Qt.ItemDataRole.UserRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
SAMPLE_ROWS = 40  # as kit.widgets.SAMPLE_ROWS: rows Qt measures when fitting a column


class TextRowsModel(FastRoles, QAbstractTableModel):
    """Rows of strings with per-table right-aligned columns, per-row colours, bold (total)
    rows, a bold column, and one Python object per row (UserRole of the first cell)."""

    def __init__(self, columns: int, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Sequence[str]] = []
        self.headers: list[str] = [""] * columns
        self.right: frozenset[int] = frozenset()
        self.colors: dict[int, QBrush] = {}
        self.bold_rows: frozenset[int] = frozenset()
        self.bold_column: int | None = None
        self.row_data: list | None = None
        self.tooltips: dict[tuple[int, int], str] = {}
        self.bold_font = QFont()
        self.bold_font.setBold(True)
        self.total_brush = QBrush(TOTAL_BACKGROUND)

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        right: set[int] | frozenset[int] = frozenset(),
        colors: dict[int, QColor] | None = None,
        bold_rows: set[int] | frozenset[int] = frozenset(),
        bold_column: int | None = None,
        data: list | None = None,
    ) -> None:
        """Replace the rows as QTableWidget.setRowCount + setItem would: rows beyond the new
        count are removed, new ones inserted, the rest changed in place (the selection of
        a row that is still there stays)."""
        old, new = len(self.rows), len(rows)
        if new < old:
            self.beginRemoveRows(_ROOT, new, old - 1)
            self.rows = self.rows[:new]
            self.endRemoveRows()
        self.right = frozenset(right)
        self.colors = {r: QBrush(c) for r, c in (colors or {}).items()}
        self.bold_rows = frozenset(bold_rows)
        self.bold_column = bold_column
        self.row_data = list(data) if data is not None else None
        self.tooltips = {}
        if new > old:
            self.beginInsertRows(_ROOT, old, new - 1)
            self.rows = list(rows)
            self.endInsertRows()
        else:
            self.rows = list(rows)
        kept = min(old, new)
        if kept:
            self.dataChanged.emit(self.index(0, 0), self.index(kept - 1, self.columnCount() - 1))

    def text(self, row: int, column: int) -> str:
        cells = self.rows[row]
        return cells[column] if column < len(cells) else ""

    # -- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.headers[section] if section < len(self.headers) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self.text(row, column)
        return self.role_data(row, column, role)

    def role_data(self, row: int, column: int, role: int) -> Any:
        if role == _ALIGN:
            return RIGHT if column in self.right else None
        if role == _FOREGROUND:
            return self.colors.get(row)
        if role == _FONT:
            bold = row in self.bold_rows or column == self.bold_column
            return self.bold_font if bold else None
        if role == _BACKGROUND:
            return self.total_brush if row in self.bold_rows else None
        if role == _TOOLTIP:
            return self.tooltips.get((row, column))
        if role == _USER and column == 0 and self.row_data is not None:
            return self.row_data[row] if row < len(self.row_data) else None
        return None

    def set_headers(self, labels: Sequence[str]) -> None:
        self.headers = list(labels)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(labels) - 1))


def fit_texts(
    view: QTableView,
    texts: Sequence[Sequence[str]],
    bold=lambda column: False,
    extra: dict[int, int] | None = None,
) -> None:
    """Size each column of `view` to the widest of its texts without asking the model for
    a single cell: the few longest texts of a column (by characters) are measured with
    the view's font (bold where `bold(column)`), plus the delegate's margins and `extra`
    pixels (a check box), and never narrower than the header. Stretched and hidden
    columns are left alone."""
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    font = QFont(view.font())
    font.setBold(True)
    bold_metrics = QFontMetrics(font)
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    margin += 2 if view.showGrid() else 1  # the grid line, and a rounded-up text width
    for column, column_texts in enumerate(texts):
        if header.sectionResizeMode(
            column
        ) == QHeaderView.ResizeMode.Stretch or header.isSectionHidden(column):
            continue
        fm = bold_metrics if bold(column) else metrics
        longest = heapq.nlargest(3, column_texts, key=len)
        width = max((fm.horizontalAdvance(text) for text in longest), default=0) + margin
        width += (extra or {}).get(column, 0)
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))


class TextItem:
    """One cell, as QTableWidget.item() would give it (read-only)."""

    def __init__(self, model: TextRowsModel, row: int, column: int) -> None:
        self._model, self._row, self._column = model, row, column

    def row(self) -> int:
        return self._row

    def column(self) -> int:
        return self._column

    def text(self) -> str:
        return self._model.text(self._row, self._column)

    def data(self, role: int) -> Any:
        if role == _DISPLAY:
            return self.text()
        return self._model.role_data(self._row, self._column, role)

    def toolTip(self) -> str:
        return self.data(_TOOLTIP) or ""

    def setToolTip(self, text: str) -> None:
        """A cell's tooltip, until the table is filled again (as a new item would have)."""
        model = self._model
        model.tooltips[(self._row, self._column)] = text
        index = model.index(self._row, self._column)
        model.dataChanged.emit(index, index, [_TOOLTIP])

    def textAlignment(self) -> int:
        return int(self.data(_ALIGN) or 0)

    def foreground(self) -> QBrush:
        return self.data(_FOREGROUND) or QBrush()

    def background(self) -> QBrush:
        return self.data(_BACKGROUND) or QBrush()

    def font(self) -> QFont:
        return self.data(_FONT) or QFont()


class TextTable(QTableView):
    """A read-only table of whole rows over a TextRowsModel (see the module's note)."""

    itemSelectionChanged = Signal()

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_model = TextRowsModel(columns, self)
        self.setModel(self.text_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
        self.selectionModel().selectionChanged.connect(lambda *_: self.itemSelectionChanged.emit())

    # -- filling -----------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        right: set[int] | frozenset[int] = frozenset(),
        colors: dict[int, QColor] | None = None,
        bold_rows: set[int] | frozenset[int] = frozenset(),
        bold_column: int | None = None,
        data: list | None = None,
    ) -> None:
        self.text_model.set_rows(rows, right, colors, bold_rows, bold_column, data)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its contents. A short table is measured by Qt, cell by
        cell; a long one by the widest of each column's longest texts (by characters),
        so a long name far down the table is not cut off and no row is asked for."""
        model = self.text_model
        if len(model.rows) <= SAMPLE_ROWS:
            self.resizeColumnsToContents()
            return
        fit_texts(
            self,
            [
                [row[c] if c < len(row) else "" for row in model.rows]
                for c in range(model.columnCount())
            ],
            bold=lambda column: column == model.bold_column or bool(model.bold_rows),
        )

    # -- QTableWidget's API, as far as the screens use it ----------------------------------

    def rowCount(self) -> int:
        return self.text_model.rowCount()

    def columnCount(self) -> int:
        return self.text_model.columnCount()

    def setRowCount(self, count: int) -> None:
        """Only clearing (0) or shortening is meaningful for a table of text rows."""
        model = self.text_model
        self.set_rows(
            model.rows[:count],
            model.right,
            {r: brush.color() for r, brush in model.colors.items() if r < count},
            {r for r in model.bold_rows if r < count},
            model.bold_column,
            model.row_data[:count] if model.row_data is not None else None,
        )

    def setHorizontalHeaderLabels(self, labels: Sequence[str]) -> None:
        self.text_model.set_headers(labels)

    def item(self, row: int, column: int) -> TextItem | None:
        model = self.text_model
        if 0 <= row < len(model.rows) and 0 <= column < model.columnCount():
            return TextItem(model, row, column)
        return None

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def selectedItems(self) -> list[TextItem]:
        return [
            TextItem(self.text_model, index.row(), index.column())
            for index in self.selectionModel().selectedIndexes()
        ]

    def scrollToItem(
        self,
        item: TextItem | None,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if item is not None:
            self.scrollTo(self.text_model.index(item.row(), item.column()), hint)


class ColumnFitter(QObject):
    """Columns as wide as their contents, like QHeaderView's ResizeToContents, measured in
    one pass of Python over a sample of rows instead of Qt asking the model for every role
    of every sampled cell again at each layout (the sections froze for tens of ms).

    The columns the header had in ResizeToContents mode become Interactive and are fitted
    again shortly after the model resets, changes or gains rows (or when the owner calls
    fit(), with auto=False): to the widest of the
    rows in view and the first `sample` rows (as the header's resize precision did), in
    the cell's own font, with room for a check box where the cell has one. `fitted` is
    emitted after each fit (for a column that takes the room the others leave)."""

    fitted = Signal()

    def __init__(self, view: QTableView, sample: int = SAMPLE_ROWS, auto: bool = True) -> None:
        super().__init__(view)
        self.view = view
        self.sample = sample
        header = view.horizontalHeader()
        model = view.model()
        self.columns = [
            column
            for column in range(model.columnCount())
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
        ]
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        if not auto:  # the owner calls fit() itself
            return
        for signal in (
            model.modelReset,
            model.dataChanged,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.headerDataChanged,
        ):
            signal.connect(self.schedule)

    def schedule(self, *_args) -> None:
        self._timer.start()

    def sample_rows(self) -> list[int]:
        view, model = self.view, self.view.model()
        count = model.rowCount()
        first = view.rowAt(0)
        last = view.rowAt(view.viewport().height() - 1)
        shown = range(max(0, first), (last if last >= 0 else count - 1) + 1) if first >= 0 else ()
        return sorted(set(shown) | set(range(min(count, self.sample))))

    def fit(self) -> None:
        view, model = self.view, self.view.model()
        if model is None or not self.columns:
            return
        header = view.horizontalHeader()
        rows = self.sample_rows()
        margin = 2 * (
            view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        )
        margin += 2 if view.showGrid() else 1  # the grid line, and a rounded-up text width
        check = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
        fonts: dict[str, QFontMetrics] = {}
        base = view.fontMetrics()
        for column in self.columns:
            if header.isSectionHidden(column):
                continue
            texts = []
            for row in rows:
                index = model.index(row, column)
                value = model.data(index, _DISPLAY)
                texts.append((len(value) if isinstance(value, str) else 0, row, value))
            width = 0
            for _length, row, value in heapq.nlargest(3, texts):
                index = model.index(row, column)
                font = model.data(index, _FONT)
                metrics = base
                if isinstance(font, QFont):
                    font = font.resolve(view.font())
                    key = font.key()
                    metrics = fonts.get(key) or fonts.setdefault(key, QFontMetrics(font))
                text_width = metrics.horizontalAdvance(value) if isinstance(value, str) else 0
                width = max(width, text_width + margin)
            if any(model.data(model.index(row, column), _CHECK) is not None for row in rows[:3]):
                width += check + margin
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.fitted.emit()
