"""Members' shares of one sale: the sale's detail, the live preview, and the payout list.

A small table (one row per member in the sale), fed with the book's ShareStatus list. On
the payout screen it is checkable: a box per unpaid share, none for a paid one, so a
share can never be picked twice. An optional last row carries the totals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from koperasi.book.payouts import ShareStatus
from koperasi.core.fmt import date_short, group, kg_number, rupiah
from koperasi.gui.kit.fast_model import FastRoles
from koperasi.gui.kit.plurals import plurals
from koperasi.gui.kit.style import OWED, RIGHT, TOTAL_BACKGROUND
from koperasi.gui.paged_model import RecordRole

COL_NUMBER, COL_NAME, COL_DELIVERIES, COL_NET, COL_SHARE, COL_STATUS = range(6)
NUMERIC_COLUMNS = {COL_DELIVERIES, COL_NET, COL_SHARE}
_ROOT = QModelIndex()  # the invisible root: a list model's rows have no parent
PAID_COLOR = QColor("#2e6b52")
MUTED_COLOR = QColor("#777777")


def kg_places(*grams: int) -> int:
    """The fewest decimals that show every weight of a column exactly, so the column lines
    up on its decimal comma without rounding any weight."""
    needed = 0
    for g in grams:
        for places, step in ((3, 10), (2, 100), (1, 1000)):
            if g % step:
                needed = max(needed, places)
                break
    return needed


def method_text(method: str) -> str:
    if method == "transfer":
        return QCoreApplication.translate("ShareTableModel", "Transfer")
    return QCoreApplication.translate("ShareTableModel", "Cash")


class ShareTableModel(FastRoles, QAbstractTableModel):
    """Signals:
    checked_changed(): the set of ticked members changed (checkable models only).
    """

    checked_changed = Signal()

    def __init__(
        self,
        checkable: bool = False,
        show_status: bool = True,
        show_total: bool = True,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.checkable = checkable
        self.show_status = show_status
        self.show_total = show_total
        self.rows: list[ShareStatus] = []
        self.checked: set[str] = set()
        self.places = 0

    # -- data in and out ---------------------------------------------------------------

    def set_rows(self, rows: list[ShareStatus], keep_checks: bool = False) -> None:
        """Show these shares; ticks survive only on shares that are still unpaid."""
        self.beginResetModel()
        self.rows = list(rows)
        self.places = kg_places(*(s.net_grams for s in self.rows))
        unpaid = {s.member.number for s in self.rows if s.payout is None}
        self.checked = (self.checked & unpaid) if keep_checks else set()
        self.endResetModel()
        self.checked_changed.emit()

    def set_all_checked(self, checked: bool) -> None:
        self.checked = (
            {s.member.number for s in self.rows if s.payout is None} if checked else set()
        )
        if self.rows:
            self.dataChanged.emit(
                self.index(0, COL_NUMBER),
                self.index(len(self.rows) - 1, COL_NUMBER),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit()

    def checked_members(self) -> list[str]:
        """Member numbers of the ticked shares, in table order."""
        return [s.member.number for s in self.rows if s.member.number in self.checked]

    def checked_total(self) -> int:
        return sum(s.share for s in self.rows if s.member.number in self.checked)

    def share_total(self) -> int:
        return sum(s.share for s in self.rows)

    def paid_total(self) -> int:
        """The shares already settled by a payout (so share total = paid + unpaid)."""
        return sum(s.share for s in self.rows if s.payout is not None)

    def unpaid_total(self) -> int:
        return sum(s.share for s in self.rows if s.payout is None)

    def unpaid_count(self) -> int:
        return sum(1 for s in self.rows if s.payout is None)

    def is_total_row(self, row: int) -> bool:
        return self.show_total and bool(self.rows) and row == len(self.rows)

    # -- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self.rows) + (1 if self.show_total and self.rows else 0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else (6 if self.show_status else 5)

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("ShareTableModel", "Member"),
            QCoreApplication.translate("ShareTableModel", "Name"),
            QCoreApplication.translate("ShareTableModel", "Deliveries"),
            QCoreApplication.translate("ShareTableModel", "Net weight (kg)"),
            QCoreApplication.translate("ShareTableModel", "Share"),
            QCoreApplication.translate("ShareTableModel", "Status"),
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC_COLUMNS:
            return RIGHT
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_total_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        status = self.rows[index.row()]
        if self.checkable and index.column() == COL_NUMBER and status.payout is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if self.is_total_row(index.row()):
            return self._total_cell(index.column(), role)
        status = self.rows[index.row()]
        column = index.column()
        if role == RecordRole:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return status.member.number
            if column == COL_NAME:
                return status.member.name
            if column == COL_DELIVERIES:
                return group(status.deliveries)
            if column == COL_NET:
                return kg_number(status.net_grams, self.places)
            if column == COL_SHARE:
                return rupiah(status.share)
            if column == COL_STATUS:
                return self._status_text(status)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and column == COL_NUMBER:
            if status.payout is not None:
                return None
            return (
                Qt.CheckState.Checked
                if status.member.number in self.checked
                else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS:
                return OWED if status.payout is None else PAID_COLOR
            if self.checkable and status.payout is not None:
                return MUTED_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_STATUS and status.payout:
            payout = status.payout
            return (
                QCoreApplication.translate("ShareTableModel", "Slip %1, %2, paid %3 by %4")
                .replace("%1", payout.slip)
                .replace("%2", date_short(payout.date))
                .replace("%3", rupiah(payout.paid))
                .replace("%4", method_text(payout.method).lower())
            )
        return None

    def _status_text(self, status: ShareStatus) -> str:
        if status.payout is None:
            return QCoreApplication.translate("ShareTableModel", "Unpaid")
        return (
            QCoreApplication.translate("ShareTableModel", "Paid · %1 · %2")
            .replace("%1", status.payout.slip)
            .replace("%2", date_short(status.payout.date))
        )

    def _total_cell(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return plurals().total_members(len(self.rows))
            if column == COL_DELIVERIES:
                return group(sum(s.deliveries for s in self.rows))
            if column == COL_NET:
                return kg_number(sum(s.net_grams for s in self.rows), self.places)
            if column == COL_SHARE:
                return rupiah(self.share_total())
            if column == COL_STATUS:
                unpaid = self.unpaid_count()
                if not unpaid:
                    return self.tr("All paid")
                return plurals().unpaid(unpaid)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return TOTAL_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return RIGHT
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not self.checkable
            or not index.isValid()
            or self.is_total_row(index.row())
            or index.column() != COL_NUMBER
        ):
            return False
        status = self.rows[index.row()]
        if status.payout is not None:
            return False  # a paid share cannot be picked again
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(status.member.number)
        else:
            self.checked.discard(status.member.number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
