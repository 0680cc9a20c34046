"""The RAT report's commodities by month (volume dan harga komoditas)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of
from koperasi.reports.rat.ledger import average_price_cents, year_end, year_start

if TYPE_CHECKING:
    from koperasi.book import Book

# -- commodities by month (volume dan harga komoditas) ------------------------------------------


@dataclass(frozen=True)
class CommodityMonth:
    """One month of one commodity.

    Attributes:
      month: 1 to 12.
      deliveries, delivered_grams, members: deliveries dated in the month (void ones left
        out), their net weight, and how many members delivered.
      sales, sold_grams, gross, fee, costs, net: sales dated in the month, the weight the
        buyers paid for, what they paid, the cooperative's fee, the sale costs and the net
        to members (gross − fee − costs).
    """

    month: int
    deliveries: int
    delivered_grams: int
    members: int
    sales: int
    sold_grams: int
    gross: int
    fee: int
    costs: int
    net: int

    @property
    def average_price_cents(self) -> int | None:
        return average_price_cents(self.gross, self.sold_grams)


@dataclass(frozen=True)
class CommodityYear:
    """A commodity over the year, month by month (all twelve, idle ones at zero).

    Attributes:
      members: members who delivered at least once in the year (not the sum of months).
      previous_*: the year before's totals, to compare.
    """

    commodity: str
    uses_quality: bool
    months: tuple[CommodityMonth, ...]
    members: int
    previous_delivered_grams: int
    previous_sold_grams: int
    previous_gross: int

    @property
    def deliveries(self) -> int:
        return sum(m.deliveries for m in self.months)

    @property
    def delivered_grams(self) -> int:
        return sum(m.delivered_grams for m in self.months)

    @property
    def sales(self) -> int:
        return sum(m.sales for m in self.months)

    @property
    def sold_grams(self) -> int:
        return sum(m.sold_grams for m in self.months)

    @property
    def gross(self) -> int:
        return sum(m.gross for m in self.months)

    @property
    def fee(self) -> int:
        return sum(m.fee for m in self.months)

    @property
    def costs(self) -> int:
        return sum(m.costs for m in self.months)

    @property
    def net(self) -> int:
        return sum(m.net for m in self.months)

    @property
    def average_price_cents(self) -> int | None:
        return average_price_cents(self.gross, self.sold_grams)

    @property
    def previous_average_price_cents(self) -> int | None:
        return average_price_cents(self.previous_gross, self.previous_sold_grams)


@dataclass(frozen=True)
class CommodityMonths:
    """Every commodity with a delivery or a sale in the year, in the book's order, and the
    money totals over all of them (weights of different commodities are not added)."""

    header: Header
    year: int
    commodities: tuple[CommodityYear, ...]

    @property
    def gross(self) -> int:
        return sum(c.gross for c in self.commodities)

    @property
    def fee(self) -> int:
        return sum(c.fee for c in self.commodities)

    @property
    def costs(self) -> int:
        return sum(c.costs for c in self.commodities)

    @property
    def net(self) -> int:
        return sum(c.net for c in self.commodities)

    @property
    def previous_gross(self) -> int:
        return sum(c.previous_gross for c in self.commodities)


def commodity_months(book: Book, year: int) -> CommodityMonths:
    """Each commodity's deliveries and sales of `year`, month by month, with the year
    before's totals beside them."""
    header = header_of(book)
    start, end = year_start(year), year_end(year)
    delivered = {
        (cid, month): (count, grams, members)
        for cid, month, count, grams, members in book.annual.deliveries_by_month(start, end)
    }
    sold = {(cid, month): rest for cid, month, *rest in book.annual.sales_by_month(start, end)}
    members = book.annual.members_delivering(start, end)
    previous: dict[int, list[int]] = {}
    for cid, _, _, grams, _ in book.annual.deliveries_by_month(
        year_start(year - 1), year_end(year - 1)
    ):
        previous.setdefault(cid, [0, 0, 0])[0] += grams
    for cid, _, _, sold_grams, gross, *_ in book.annual.sales_by_month(
        year_start(year - 1), year_end(year - 1)
    ):
        row = previous.setdefault(cid, [0, 0, 0])
        row[1] += sold_grams
        row[2] += gross
    commodities = []
    for commodity in book.commodities.list():
        active = any(key[0] == commodity.id for key in (*delivered, *sold))
        if not active:
            continue
        months = tuple(
            CommodityMonth(
                month,
                *delivered.get((commodity.id, month), (0, 0, 0)),
                *sold.get((commodity.id, month), (0, 0, 0, 0, 0, 0)),
            )
            for month in range(1, 13)
        )
        before = previous.get(commodity.id, [0, 0, 0])
        commodities.append(
            CommodityYear(
                commodity.name,
                commodity.uses_quality,
                months,
                members.get(commodity.id, 0),
                *before,
            )
        )
    return CommodityMonths(header, year, tuple(commodities))
