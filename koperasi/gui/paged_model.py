"""A table model that loads rows lazily, a page at a time, from the book worker.

The row count comes from a count query; pages of rows are fetched on demand through the
worker and cached (a small LRU), so a table over a million deliveries stays small and
quick. Cells of a page still on its way show an ellipsis and fill in when it arrives.
Subclasses (one per table, Vorta style) name their columns and format cells in data().
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from koperasi.book import Book
from koperasi.gui.kit.fast_model import FastRoles
from koperasi.gui.worker import BookRunner

RecordRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()  # the invalid index Qt passes for "the table itself"


@dataclass(frozen=True)
class Query:
    """What the table shows: a filter text, extra filters, and the sort."""

    text: str = ""
    filters: tuple[tuple[str, Any], ...] = ()
    sort_key: str = ""
    descending: bool = False

    def get(self, name: str, default: Any = None) -> Any:
        return dict(self.filters).get(name, default)


class PagedTableModel(FastRoles, QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 20

    def __init__(self, runner: BookRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.query = Query()
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.reload)
        self.loaded_callbacks: list[Callable[[], None]] = []

    # -- what subclasses provide -----------------------------------------------------

    def columns(self) -> list[str]:
        """Column headers, translated."""
        raise NotImplementedError

    def sort_keys(self) -> list[str]:
        """For each column, the sort key passed to fetch (empty: not sortable)."""
        return [""] * len(self.columns())

    def fetch_count(self, book: Book, query: Query) -> int:
        raise NotImplementedError

    def fetch_page(self, book: Book, query: Query, offset: int, limit: int) -> list:
        raise NotImplementedError

    def cell(self, record: Any, column: int, role: int) -> Any:
        """data() of a loaded record; formatting lives here."""
        raise NotImplementedError

    # -- loading ---------------------------------------------------------------------

    def set_query(self, query: Query, debounce: bool = False) -> None:
        self.query = query
        if debounce:
            self._debounce.start()
        else:
            self.reload()

    def set_text(self, text: str) -> None:
        """Type-ahead: reloads shortly after the user stops typing."""
        self.set_query(
            Query(text, self.query.filters, self.query.sort_key, self.query.descending),
            debounce=True,
        )

    def set_filter(self, name: str, value: Any) -> None:
        filters = dict(self.query.filters)
        filters[name] = value
        self.set_query(
            Query(
                self.query.text,
                tuple(sorted(filters.items())),
                self.query.sort_key,
                self.query.descending,
            )
        )

    def reload(self) -> None:
        self._generation += 1
        generation, query = self._generation, self.query
        if self.runner.book_path is None:
            self.beginResetModel()
            self._count = 0
            self._pages.clear()
            self._requested.clear()
            self.endResetModel()
            return

        def counted(count: int) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._count = count
            self._pages.clear()
            self._requested.clear()
            self.endResetModel()
            if count:
                self._request(0)
            else:
                self._notify_loaded()

        self.runner.book_op(lambda book: self.fetch_count(book, query), counted)

    def _request(self, page: int) -> None:
        if page in self._requested or page in self._pages:
            return
        self._requested.add(page)
        generation, query = self._generation, self.query
        offset = page * self.PAGE_SIZE

        def loaded(rows: list) -> None:
            if generation != self._generation:
                return
            self._requested.discard(page)
            self._pages[page] = rows
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
            first = offset
            last = min(offset + len(rows), self._count) - 1
            if last >= first:
                self.dataChanged.emit(
                    self.index(first, 0), self.index(last, self.columnCount() - 1)
                )
            self._notify_loaded()

        self.runner.book_op(
            lambda book: self.fetch_page(book, query, offset, self.PAGE_SIZE), loaded
        )

    def _notify_loaded(self) -> None:
        for callback in list(self.loaded_callbacks):
            callback()

    def record(self, row: int) -> Any | None:
        page, offset = divmod(row, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def loaded_records(self) -> list:
        return [record for page in sorted(self._pages) for record in self._pages[page]]

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        record = self.record(index.row())
        if record is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == RecordRole:
            return record
        return self.cell(record, index.column(), role)

    def multiData(self, index, span) -> None:
        """As data() for every role Qt asks together, finding the cell's record once."""
        record = self.record(index.row()) if index.isValid() else None
        if record is None:  # not loaded yet: data() shows the placeholder
            super().multiData(index, span)
            return
        column, cell = index.column(), self.cell
        for role_data in span:
            role = role_data.role()
            value = record if role == RecordRole else cell(record, column, role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = self.sort_keys()
        if column < 0 or column >= len(keys) or not keys[column]:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(Query(self.query.text, self.query.filters, keys[column], descending))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
