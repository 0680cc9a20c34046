"""One day's weighings (Setoran) as a lazily loaded table."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from koperasi.book import Book
from koperasi.core.fmt import datetime_short, kg, kg_number, percent
from koperasi.core.model import Commodity, Delivery, Member
from koperasi.gui.kit.style import RIGHT
from koperasi.gui.paged_model import PagedTableModel, Query

(
    COL_RECEIPT,
    COL_TIME,
    COL_MEMBER,
    COL_COMMODITY,
    COL_GROSS,
    COL_DEDUCTIONS,
    COL_NET,
    COL_QUALITY,
    COL_STATUS,
) = range(9)

NUMERIC_COLUMNS = {COL_GROSS, COL_DEDUCTIONS, COL_NET, COL_QUALITY}
CENTER = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SETTLED_COLOR = QColor("#1f7a4d")
VOID_COLOR = QColor("#9a9a9a")


@dataclass(frozen=True)
class DeliveryRow:
    """A row of the day's list: the delivery with its member and commodity."""

    delivery: Delivery
    member: Member
    commodity: Commodity

    @property
    def receipt(self) -> str:
        return self.delivery.receipt


def delivery_rows(book: Book, deliveries: list[Delivery]) -> list[DeliveryRow]:
    """Deliveries with their members and commodities (runs on the worker)."""
    members = book.members.by_ids(sorted({d.member_id for d in deliveries}))
    commodities = {c.id: c for c in book.commodities.list()}
    return [DeliveryRow(d, members[d.member_id], commodities[d.commodity_id]) for d in deliveries]


def status_text(status: str) -> str:
    if status == "settled":
        return QCoreApplication.translate("DeliveryTableModel", "Sold")
    if status == "void":
        return QCoreApplication.translate("DeliveryTableModel", "Void")
    return QCoreApplication.translate("DeliveryTableModel", "Open")


def deduction_kind_text(kind: str) -> str:
    texts = {
        "tare": QCoreApplication.translate("DeliveryTableModel", "Tare"),
        "moisture": QCoreApplication.translate("DeliveryTableModel", "Moisture"),
        "dirt": QCoreApplication.translate("DeliveryTableModel", "Dirt"),
    }
    return texts.get(kind, QCoreApplication.translate("DeliveryTableModel", "Other"))


def recorded_time(recorded_at: str) -> str:
    """ "2026-11-27 08:05:28" → "08:05"."""
    return recorded_at[11:16] if len(recorded_at) >= 16 else ""


class DeliveryTableModel(PagedTableModel):
    """Filter 'date' (a datetime.date): the deliveries dated that day, void ones included."""

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("DeliveryTableModel", "Receipt"),
            QCoreApplication.translate("DeliveryTableModel", "Time"),
            QCoreApplication.translate("DeliveryTableModel", "Member"),
            QCoreApplication.translate("DeliveryTableModel", "Commodity"),
            QCoreApplication.translate("DeliveryTableModel", "Gross (kg)"),
            QCoreApplication.translate("DeliveryTableModel", "Deductions (kg)"),
            QCoreApplication.translate("DeliveryTableModel", "Net (kg)"),
            QCoreApplication.translate("DeliveryTableModel", "Quality"),
            QCoreApplication.translate("DeliveryTableModel", "Status"),
        ]

    def sort_keys(self) -> list[str]:
        return [
            "receipt",
            "receipt",
            "member",
            "commodity",
            "gross",
            "deductions",
            "net",
            "quality",
            "status",
        ]

    def day(self) -> datetime.date | None:
        return self.query.get("date")

    def fetch_count(self, book: Book, query: Query) -> int:
        day = query.get("date")
        return book.deliveries.count_on_date(day) if day else 0

    def fetch_page(self, book: Book, query: Query, offset: int, limit: int) -> list[DeliveryRow]:
        deliveries = book.deliveries.page_on_date(
            query.get("date"), query.sort_key or "receipt", query.descending, offset, limit
        )
        return delivery_rows(book, deliveries)

    def row_of(self, receipt: str) -> int:
        """The row of a loaded delivery, or -1."""
        for row, record in enumerate(self.loaded_records()):
            if record.receipt == receipt:
                return row
        return -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if section in NUMERIC_COLUMNS:
                return RIGHT
            return CENTER if section == COL_TIME else LEFT
        return super().headerData(section, orientation, role)

    def cell(self, row: DeliveryRow, column: int, role: int) -> Any:
        d = row.delivery
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_RECEIPT:
                return d.receipt
            if column == COL_TIME:
                return recorded_time(d.recorded_at)
            if column == COL_MEMBER:
                # the number too: a village has a dozen members called Mukhlis
                return f"{row.member.number} · {row.member.name}"
            if column == COL_COMMODITY:
                return row.commodity.name
            if column == COL_GROSS:
                return kg_number(d.gross_grams)
            if column == COL_DEDUCTIONS:
                deducted = d.gross_grams - d.net_grams
                return f"−{kg_number(deducted)}" if deducted else "—"
            if column == COL_NET:
                return kg_number(d.net_grams)
            if column == COL_QUALITY:
                return percent(d.quality_bp) if row.commodity.uses_quality else "—"
            if column == COL_STATUS:
                return status_text(d.status)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC_COLUMNS:
                return RIGHT
            if column == COL_TIME:
                return CENTER
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if d.status == "void":
                return VOID_COLOR
            if column == COL_STATUS and d.status == "settled":
                return SETTLED_COLOR
            return None
        if role == Qt.ItemDataRole.FontRole:
            if d.status == "void" and column in (COL_GROSS, COL_DEDUCTIONS, COL_NET):
                font = QFont()
                font.setStrikeOut(True)
                return font
            if column == COL_NET:
                font = QFont()
                font.setBold(True)
                return font
            if column == COL_GROSS and d.weight_manual:
                font = QFont()  # typed by hand, not taken from the scale
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: DeliveryRow, column: int) -> str | None:
        d = row.delivery
        if column == COL_MEMBER:
            return f"{row.member.number} · {row.member.village}".rstrip(" ·")
        if column == COL_TIME and d.recorded_at:
            try:
                entered = datetime_short(datetime.datetime.fromisoformat(d.recorded_at))
            except ValueError:
                entered = d.recorded_at
            return QCoreApplication.translate("DeliveryTableModel", "Entered %1").replace(
                "%1", entered
            )
        if column == COL_DEDUCTIONS and d.deductions:
            lines = []
            for deduction in d.deductions:
                text = f"{deduction_kind_text(deduction.kind)}: {kg(deduction.grams)}"
                if deduction.percent_bp is not None:
                    text += f" ({percent(deduction.percent_bp)})"
                lines.append(text)
            return "\n".join(lines)
        if column == COL_GROSS and d.weight_manual:
            return QCoreApplication.translate(
                "DeliveryTableModel", "Weight typed by hand, not taken from the scale"
            )
        if column == COL_STATUS and d.status == "void" and d.void_reason:
            return QCoreApplication.translate("DeliveryTableModel", "Reason: %1").replace(
                "%1", d.void_reason
            )
        if d.plot and column in (COL_RECEIPT, COL_COMMODITY):
            return QCoreApplication.translate("DeliveryTableModel", "Plot: %1").replace(
                "%1", d.plot
            )
        return None
