"""The table of members with their savings and loans (reports.screens.savings_overview): one
row per member (a village register is a few thousand rows at most), sorted and filtered by a
proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from koperasi.core.fmt import rupiah
from koperasi.gui.kit.fast_model import FastRoles
from koperasi.gui.kit.style import MUTED, OWED, RIGHT
from koperasi.gui.kit.widgets import TextFilterProxy
from koperasi.gui.paged_model import RecordRole
from koperasi.reports.screens.savings_overview import AMOUNTS, MemberMoney

(
    COL_NUMBER,
    COL_NAME,
    COL_POKOK,
    COL_WAJIB,
    COL_SUKARELA,
    COL_WAJIB_DUE,
    COL_LOANS,
    COL_LOANS_DUE,
) = range(8)
MONEY_COLUMNS = (COL_POKOK, COL_WAJIB, COL_SUKARELA, COL_WAJIB_DUE, COL_LOANS, COL_LOANS_DUE)
_ROOT = QModelIndex()


# Which amount of a member's row each money column shows.
COLUMN_AMOUNTS = dict(zip(MONEY_COLUMNS, AMOUNTS, strict=True))


class SavingsTableModel(FastRoles, QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[MemberMoney] = []
        self._sort: tuple[int, Qt.SortOrder] = (COL_NUMBER, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = self._sorted(list(rows))
        self.endResetModel()

    def sort_key(self, record: MemberMoney, column: int) -> Any:
        if column == COL_NUMBER:
            return record.member.id
        if column == COL_NAME:
            return record.member.name.casefold()
        return record.amount(COLUMN_AMOUNTS[column])

    def _sorted(self, rows: list[MemberMoney]) -> list[MemberMoney]:
        column, order = self._sort
        return sorted(
            rows,
            key=lambda r: self.sort_key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Sort in Python (see TextFilterProxy.sort), keeping the selection on its record."""
        if not 0 <= column < self.columnCount():
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        records = [self.rows[i.row()] for i in old]
        self.rows = self._sorted(self.rows)
        where = {id(r): row for row, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old, [self.index(where[id(r)], i.column()) for r, i in zip(records, old, strict=True)]
        )
        self.layoutChanged.emit()

    def record(self, row: int) -> MemberMoney:
        return self.rows[row]

    def search_text(self, record: MemberMoney) -> str:
        m = record.member
        return f"{m.number} {m.name} {m.village}".casefold()

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("SavingsTableModel", "Member"),
            QCoreApplication.translate("SavingsTableModel", "Name"),
            QCoreApplication.translate("SavingsTableModel", "Pokok"),
            QCoreApplication.translate("SavingsTableModel", "Wajib"),
            QCoreApplication.translate("SavingsTableModel", "Sukarela"),
            QCoreApplication.translate("SavingsTableModel", "Wajib in arrears"),
            QCoreApplication.translate("SavingsTableModel", "Loans outstanding"),
            QCoreApplication.translate("SavingsTableModel", "Installments due"),
        ]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in MONEY_COLUMNS:
            return RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == RecordRole:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return r.member.number
            if column == COL_NAME:
                return r.member.name
            amount = r.amount(COLUMN_AMOUNTS[column])
            if column in (COL_WAJIB_DUE, COL_LOANS, COL_LOANS_DUE) and not amount:
                return "–"
            return rupiah(amount)
        if role == TextFilterProxy.SortRole:
            return self.sort_key(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (COL_WAJIB_DUE, COL_LOANS_DUE) and r.amount(COLUMN_AMOUNTS[column]):
                return OWED
            if not r.member.active:
                return MUTED
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME and not r.member.active:
            return QCoreApplication.translate("SavingsTableModel", "No longer an active member")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 7))
