"""Members with their savings and loans: balances of pokok, wajib and sukarela, mandatory
savings in arrears, loans outstanding and installments due. One row per member (a village
register is a few thousand rows at most), sorted and filtered by a proxy."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from koperasi.book import Book
from koperasi.core.fmt import rupiah
from koperasi.core.model import Member
from koperasi.gui.kit.widgets import MUTED, OWED, RIGHT, TextFilterProxy
from koperasi.gui.paged_model import RecordRole

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


@dataclass(frozen=True)
class MemberMoney:
    """A member's savings balances and loans on a date.

    Attributes:
      wajib_due: mandatory savings in arrears (this month's included).
      loans_outstanding: principal still owed on their kasbon and pinjaman.
      loans_due: what of it (principal and service charge) has fallen due and is unpaid.
    """

    member: Member
    pokok: int
    wajib: int
    sukarela: int
    wajib_due: int
    loans_outstanding: int
    loans_due: int

    def amount(self, column: int) -> int:
        return {
            COL_POKOK: self.pokok,
            COL_WAJIB: self.wajib,
            COL_SUKARELA: self.sukarela,
            COL_WAJIB_DUE: self.wajib_due,
            COL_LOANS: self.loans_outstanding,
            COL_LOANS_DUE: self.loans_due,
        }[column]


@dataclass(frozen=True)
class SavingsOverview:
    """Every member's row and the cooperative's totals on a date (the page's cards)."""

    on: datetime.date
    rows: tuple[MemberMoney, ...]

    def total(self, column: int) -> int:
        return sum(r.amount(column) for r in self.rows)

    def count(self, column: int) -> int:
        return sum(1 for r in self.rows if r.amount(column))


def savings_overview(book: Book, on: datetime.date | None = None) -> SavingsOverview:
    """Runs on the worker: the savings overview joined with each member's loans."""
    on = on or book.today()
    loans = book.loans.outstanding_by_member(on)
    rows = []
    for s in book.savings.overview(on):
        outstanding, due = loans.get(s.member.id, (0, 0))
        rows.append(
            MemberMoney(
                s.member,
                s.balance.pokok,
                s.balance.wajib,
                s.balance.sukarela,
                s.wajib_due,
                outstanding,
                due,
            )
        )
    return SavingsOverview(on, tuple(rows))


class SavingsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[MemberMoney] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

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
            amount = r.amount(column)
            if column in (COL_WAJIB_DUE, COL_LOANS, COL_LOANS_DUE) and not amount:
                return "–"
            return rupiah(amount)
        if role == TextFilterProxy.SortRole:
            if column == COL_NUMBER:
                return r.member.id
            if column == COL_NAME:
                return r.member.name.casefold()
            return r.amount(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (COL_WAJIB_DUE, COL_LOANS_DUE) and r.amount(column):
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
