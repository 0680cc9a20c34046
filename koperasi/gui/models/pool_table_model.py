"""The open deliveries a new sale pools, each with a box to leave it for a later sale."""

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

from koperasi.core.fmt import date_short, kg_number, percent
from koperasi.core.model import Delivery, Member
from koperasi.core.units import BP_PER_UNIT, round_half_up_div
from koperasi.gui.kit.style import RIGHT
from koperasi.gui.models.share_table_model import kg_places
from koperasi.gui.paged_model import RecordRole

(
    COL_RECEIPT,
    COL_DATE,
    COL_MEMBER,
    COL_NAME,
    COL_NET,
    COL_QUALITY,
    COL_EQUIVALENT,
) = range(7)
QUALITY_COLUMNS = (COL_QUALITY, COL_EQUIVALENT)
NUMERIC_COLUMNS = {COL_NET, COL_QUALITY, COL_EQUIVALENT}
_ROOT = QModelIndex()  # the invisible root: a list model's rows have no parent


def equivalent_grams(weight_equivalent: int) -> int:
    """net grams × quality bp back to grams, rounded half up (as the settlement sheet shows it)."""
    return round_half_up_div(weight_equivalent, BP_PER_UNIT)


class PoolTableModel(QAbstractTableModel):
    """Rows are (delivery, member); every delivery starts ticked (the default pool).

    Signals:
      checked_changed(): a delivery was ticked or unticked.
    """

    checked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Delivery, Member]] = []
        self.left_out: set[str] = set()
        # Receipts that may not be ticked (untraceable ones while the lot is traceable-only).
        self.locked: set[str] = set()
        self.places = self.places_equivalent = 0

    def set_rows(self, rows: list[tuple[Delivery, Member]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.left_out = set()
        self.locked = set()
        self.places = kg_places(*(d.net_grams for d, _ in self.rows))
        self.places_equivalent = kg_places(
            *(equivalent_grams(d.weight_equivalent) for d, _ in self.rows)
        )
        self.endResetModel()
        self.checked_changed.emit()

    def set_all_checked(self, checked: bool) -> None:
        self.left_out = set(self.locked) if checked else {d.receipt for d, _ in self.rows}
        if self.rows:
            self.dataChanged.emit(
                self.index(0, COL_RECEIPT),
                self.index(len(self.rows) - 1, COL_RECEIPT),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit()

    def set_checked(self, receipt: str, checked: bool) -> None:
        for row, (delivery, _) in enumerate(self.rows):
            if delivery.receipt == receipt:
                self.setData(
                    self.index(row, COL_RECEIPT),
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
                return

    def chosen(self) -> list[tuple[Delivery, Member]]:
        return [(d, m) for d, m in self.rows if d.receipt not in self.left_out]

    def chosen_receipts(self) -> tuple[str, ...]:
        return tuple(d.receipt for d, _ in self.chosen())

    def totals(self) -> tuple[int, int, int, int]:
        """(deliveries, members, net grams, weight-equivalent grams) of the ticked deliveries."""
        chosen = self.chosen()
        return (
            len(chosen),
            len({m.id for _, m in chosen}),
            sum(d.net_grams for d, _ in chosen),
            equivalent_grams(sum(d.weight_equivalent for d, _ in chosen)),
        )

    # -- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("PoolTableModel", "Receipt"),
            QCoreApplication.translate("PoolTableModel", "Date"),
            QCoreApplication.translate("PoolTableModel", "Member"),
            QCoreApplication.translate("PoolTableModel", "Name"),
            QCoreApplication.translate("PoolTableModel", "Net weight (kg)"),
            QCoreApplication.translate("PoolTableModel", "Quality"),
            QCoreApplication.translate("PoolTableModel", "Equivalent (kg)"),
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
        if index.column() == COL_RECEIPT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        delivery, member = self.rows[index.row()]
        column = index.column()
        if role == RecordRole:
            return delivery
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_RECEIPT:
                return delivery.receipt
            if column == COL_DATE:
                return date_short(delivery.date)
            if column == COL_MEMBER:
                return member.number
            if column == COL_NAME:
                return member.name
            if column == COL_NET:
                return kg_number(delivery.net_grams, self.places)
            if column == COL_QUALITY:
                return percent(delivery.quality_bp)
            if column == COL_EQUIVALENT:
                return kg_number(
                    equivalent_grams(delivery.weight_equivalent), self.places_equivalent
                )
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_RECEIPT:
            return (
                Qt.CheckState.Unchecked
                if delivery.receipt in self.left_out
                else Qt.CheckState.Checked
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and delivery.receipt in self.left_out:
            return Qt.GlobalColor.gray
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_RECEIPT:
            return False
        receipt = self.rows[index.row()][0].receipt
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            if receipt in self.locked:
                return False
            self.left_out.discard(receipt)
        else:
            self.left_out.add(receipt)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        self.checked_changed.emit()
        return True

    def lock_out(self, receipts: set[str]) -> None:
        """Untick these and keep them unticked; an empty set frees them (they stay unticked)."""
        self.locked = set(receipts)
        self.left_out |= self.locked
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 6))
        self.checked_changed.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
