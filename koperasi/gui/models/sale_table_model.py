"""The register of settled sales as a lazily loaded table, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from koperasi.book import Book
from koperasi.core.fmt import date_short, fee_text, group, kg_number
from koperasi.gui.kit.style import OWED, RIGHT
from koperasi.gui.paged_model import PagedTableModel, Query

(
    COL_NUMBER,
    COL_DATE,
    COL_COMMODITY,
    COL_BUYER,
    COL_SOLD,
    COL_GROSS,
    COL_FEE,
    COL_COSTS,
    COL_NET,
    COL_DELIVERIES,
    COL_PAID,
    COL_TRACEABLE,
) = range(12)

NUMERIC_COLUMNS = {
    COL_SOLD,
    COL_GROSS,
    COL_FEE,
    COL_COSTS,
    COL_NET,
    COL_DELIVERIES,
    COL_PAID,
}


@dataclass(frozen=True)
class SaleListing:
    """A row of the register: the settled sale (the book's SaleRow), its commodity's name,
    how many members have a share in it and how many of them are paid."""

    sale: Any
    commodity: str
    members: int
    paid: int
    reversed: bool = False  # issue 10: a reversed sale shows VOID
    traceable: bool | None = None  # the lot is fully traceable (recorded at settling)

    @property
    def number(self) -> str:
        return self.sale.number

    @property
    def unpaid(self) -> int:
        return self.members - self.paid


def listings(rows: list[tuple[Any, int, int]], book: Book) -> list[SaleListing]:
    """The book's (sale, members, paid) rows with commodity names (runs on the worker)."""
    names = {c.id: c.name for c in book.commodities.list()}
    reversed_ = book.corrections.reversed_sales([sale.id for sale, _, _ in rows])
    lots = book.plots.lots(sale.id for sale, _, _ in rows)
    return [
        SaleListing(
            sale,
            names.get(sale.commodity_id, "?"),
            members,
            paid,
            sale.id in reversed_,
            lots[sale.id].fully_traceable if sale.id in lots else None,
        )
        for sale, members, paid in rows
    ]


class SaleTableModel(PagedTableModel):
    """Filters: text (number or buyer), 'commodity' (a name or None), 'unpaid_only'."""

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("SaleTableModel", "Number"),
            QCoreApplication.translate("SaleTableModel", "Date"),
            QCoreApplication.translate("SaleTableModel", "Commodity"),
            QCoreApplication.translate("SaleTableModel", "Buyer"),
            QCoreApplication.translate("SaleTableModel", "Sold (kg)"),
            QCoreApplication.translate("SaleTableModel", "Gross (Rp)"),
            QCoreApplication.translate("SaleTableModel", "Fee (Rp)"),
            QCoreApplication.translate("SaleTableModel", "Costs (Rp)"),
            QCoreApplication.translate("SaleTableModel", "Net (Rp)"),
            QCoreApplication.translate("SaleTableModel", "Deliveries"),
            QCoreApplication.translate("SaleTableModel", "Paid"),
            QCoreApplication.translate("SaleTableModel", "Traceable"),
        ]

    def sort_keys(self) -> list[str]:
        return [
            "number",
            "date",
            "commodity",
            "buyer",
            "sold",
            "gross",
            "fee",
            "costs",
            "net",
            "deliveries",
            "unpaid",
            "number",  # the register is not sorted by traceability
        ]

    def fetch_count(self, book: Book, query: Query) -> int:
        return book.sales.count_listed(
            query.text, query.get("commodity"), bool(query.get("unpaid_only"))
        )

    def fetch_page(self, book: Book, query: Query, offset: int, limit: int) -> list[SaleListing]:
        rows = book.sales.listed(
            query.text,
            query.get("commodity"),
            bool(query.get("unpaid_only")),
            query.sort_key or "date",
            query.descending if query.sort_key else True,
            offset,
            limit,
        )
        return listings(rows, book)

    def row_of(self, number: str) -> int:
        """The row of a loaded sale, or -1."""
        for row, listing in enumerate(self.loaded_records()):
            if listing.number == number:
                return row
        return -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section in NUMERIC_COLUMNS
        ):
            return RIGHT
        return super().headerData(section, orientation, role)

    def cell(self, listing: SaleListing, column: int, role: int) -> Any:
        sale = listing.sale
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return sale.number
            if column == COL_DATE:
                return date_short(sale.date)
            if column == COL_COMMODITY:
                return listing.commodity
            if column == COL_BUYER:
                return sale.buyer
            if column == COL_SOLD:
                return kg_number(sale.sold_grams)
            # The headers say "(Rp)": bare amounts keep eleven columns readable side by side.
            if column == COL_GROSS:
                return group(sale.gross)
            if column == COL_FEE:
                return group(sale.fee)
            if column == COL_COSTS:
                return group(sale.costs)
            if column == COL_NET:
                return group(sale.net)
            if column == COL_DELIVERIES:
                return group(sale.delivery_count)
            if column == COL_PAID:
                if listing.reversed:
                    return QCoreApplication.translate("SaleTableModel", "VOID")
                return f"{group(listing.paid)} / {group(listing.members)}"
            if column == COL_TRACEABLE and listing.traceable is not None:
                return (
                    QCoreApplication.translate("SaleTableModel", "Fully")
                    if listing.traceable
                    else QCoreApplication.translate("SaleTableModel", "No")
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PAID and listing.unpaid:
            return OWED
        if role == Qt.ItemDataRole.FontRole and column in (COL_NET, COL_PAID):
            font = QFont()
            font.setBold(column == COL_NET or listing.unpaid > 0)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_BUYER:
                return sale.buyer
            if column == COL_FEE:
                return fee_text(sale.fee_kind, sale.fee_bp, sale.fee_cents_per_kg)
            if column == COL_TRACEABLE and listing.traceable is not None:
                return (
                    QCoreApplication.translate(
                        "SaleTableModel", "Every delivery of the lot came from a mapped plot"
                    )
                    if listing.traceable
                    else QCoreApplication.translate(
                        "SaleTableModel", "Some deliveries of the lot have no mapped plot"
                    )
                )
            if column == COL_PAID:
                return (
                    QCoreApplication.translate("SaleTableModel", "%1 of %2 members paid")
                    .replace("%1", group(listing.paid))
                    .replace("%2", group(listing.members))
                )
        return None
