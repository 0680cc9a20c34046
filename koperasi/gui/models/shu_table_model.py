"""Members' SHU of a year: what each share was computed from (transactions, capital), jasa
usaha, jasa modal, the total and its payment. Once the year is posted, each unpaid share
carries a tick box for paying it; a last row carries the totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from koperasi.core.fmt import date_short, rupiah
from koperasi.gui.kit.fast_model import FastRoles
from koperasi.gui.kit.plurals import plurals
from koperasi.gui.kit.style import GREEN, MUTED, OWED, RIGHT, TOTAL_BACKGROUND
from koperasi.gui.paged_model import RecordRole

(
    COL_NUMBER,
    COL_NAME,
    COL_TRANSACTIONS,
    COL_CAPITAL,
    COL_USAHA,
    COL_MODAL,
    COL_TOTAL,
    COL_PAID,
) = range(8)
MONEY_COLUMNS = {COL_TRANSACTIONS, COL_CAPITAL, COL_USAHA, COL_MODAL, COL_TOTAL}
_ROOT = QModelIndex()


class ShuTableModel(FastRoles, QAbstractTableModel):
    """Signals:
    checked_changed(): the ticked members changed.
    """

    checked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []  # ShuMemberShare
        self.payable = False
        self.checked: set[str] = set()

    def set_rows(self, rows, payable: bool) -> None:
        """The members' shares; `payable` when the year is posted (unpaid shares tickable)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.payable = payable
        open_ = {s.member.number for s in self.rows if self._open(s)}
        self.checked &= open_
        self.endResetModel()
        self.checked_changed.emit()

    def _open(self, share) -> bool:
        return self.payable and share.payment is None and share.total > 0

    def unpaid(self) -> list:
        return [s for s in self.rows if self._open(s)]

    def set_all_checked(self, checked: bool) -> None:
        self.checked = {s.member.number for s in self.unpaid()} if checked else set()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit()

    def checked_members(self) -> list[str]:
        return [s.member.number for s in self.rows if s.member.number in self.checked]

    def checked_total(self) -> int:
        return sum(s.total for s in self.rows if s.member.number in self.checked)

    def is_total_row(self, row: int) -> bool:
        return bool(self.rows) and row == len(self.rows)

    # -- Qt model API ----------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows) + (1 if self.rows else 0)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 8

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("ShuTableModel", "Member"),
            QCoreApplication.translate("ShuTableModel", "Name"),
            QCoreApplication.translate("ShuTableModel", "Transactions"),
            QCoreApplication.translate("ShuTableModel", "Pokok + wajib"),
            QCoreApplication.translate("ShuTableModel", "Jasa usaha"),
            QCoreApplication.translate("ShuTableModel", "Jasa modal"),
            QCoreApplication.translate("ShuTableModel", "SHU"),
            QCoreApplication.translate("ShuTableModel", "Paid"),
        ]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in MONEY_COLUMNS:
            return RIGHT
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_total_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_NUMBER and self._open(self.rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if self.is_total_row(index.row()):
            return self._total(column, role)
        s = self.rows[index.row()]
        if role == RecordRole:
            return s
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return s.member.number
            if column == COL_NAME:
                return s.member.name
            if column == COL_PAID:
                return self._paid_text(s)
            return rupiah(
                {
                    COL_TRANSACTIONS: s.transactions,
                    COL_CAPITAL: s.capital,
                    COL_USAHA: s.jasa_usaha,
                    COL_MODAL: s.jasa_modal,
                    COL_TOTAL: s.total,
                }[column]
            )
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_NUMBER and self._open(s):
            return (
                Qt.CheckState.Checked
                if s.member.number in self.checked
                else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column == COL_TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PAID:
            if s.payment is not None:
                return GREEN
            return OWED if self.payable else MUTED
        return None

    def _paid_text(self, s) -> str:
        if s.payment is not None:
            how = (
                QCoreApplication.translate("ShuTableModel", "cash")
                if s.payment.method == "cash"
                else QCoreApplication.translate("ShuTableModel", "transfer")
                if s.payment.method == "transfer"
                else QCoreApplication.translate("ShuTableModel", "to sukarela")
            )
            return f"{date_short(s.payment.date)} · {how}"
        if not self.payable:
            return QCoreApplication.translate("ShuTableModel", "not posted")
        return QCoreApplication.translate("ShuTableModel", "unpaid") if s.total else "–"

    def _total(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            sums = {
                COL_TRANSACTIONS: sum(s.transactions for s in self.rows),
                COL_CAPITAL: sum(s.capital for s in self.rows),
                COL_USAHA: sum(s.jasa_usaha for s in self.rows),
                COL_MODAL: sum(s.jasa_modal for s in self.rows),
                COL_TOTAL: sum(s.total for s in self.rows),
            }
            if column == COL_NAME:
                return plurals().total_members(len(self.rows))
            if column in sums:
                return rupiah(sums[column])
            if column == COL_PAID and self.payable:
                unpaid = len(self.unpaid())
                if unpaid:
                    return plurals().unpaid(unpaid)
                return QCoreApplication.translate("ShuTableModel", "all paid")
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return TOTAL_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return RIGHT
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or self.is_total_row(index.row())
            or index.column() != COL_NUMBER
        ):
            return False
        s = self.rows[index.row()]
        if not self._open(s):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(s.member.number)
        else:
            self.checked.discard(s.member.number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 7))
