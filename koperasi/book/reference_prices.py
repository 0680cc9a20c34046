"""The plantation office's (Disbun) weekly reference prices, and a sale's price against them.

Jambi's Disbun publishes each week a TBS (palm fruit) price per tree-age bracket (3, 4, … 9,
10–20, 21–24, 25 years). A sale's reference is the price for each delivery's plot age,
weighted by the delivery's net weight; deliveries whose plot or planting year is unknown do
not count in the weighting (they have no age).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core.errors import KoperasiError
from koperasi.core.units import BP_PER_UNIT
from koperasi.store.reference_prices import ReferencePriceRow, ReferencePriceStore

if TYPE_CHECKING:
    from koperasi.book.book import Book

__all__ = ["ReferencePriceRow", "ReferencePrices", "SaleReference", "iso_week", "parse_week"]

_WEEK = re.compile(r"\s*(\d{4})-?W(\d{2})\s*", re.IGNORECASE)


def iso_week(day: datetime.date) -> str:
    """The ISO week of a day: 2026-11-25 -> "2026-W48"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(text: str) -> str:
    """ "2026-W48" (or "2026W48", any case) as "2026-W48"; refused when no such ISO week."""
    match = _WEEK.fullmatch(text)
    if match:
        year, week = int(match[1]), int(match[2])
        try:
            datetime.date.fromisocalendar(year, week, 1)
        except ValueError:
            pass
        else:
            return f"{year}-W{week:02d}"
    raise KoperasiError("reference.bad_week", text=text)


@dataclass(frozen=True)
class SaleReference:
    """A sale's price against the reference.

    Attributes:
      week: the reference week used (the sale's week, or the latest earlier one entered).
      reference_cents: the reference price per kg weighted by the pooled net weight of the
        deliveries with a known plot age, in hundredths of a rupiah.
      weighed_grams: the net weight that had a bracket; the rest had no plot age or bracket.
      price_cents: the price the buyer paid per sold kg (None for an agreed total).
    """

    week: str
    reference_cents: int
    weighed_grams: int
    pooled_grams: int
    price_cents: int | None

    @property
    def difference_cents(self) -> int | None:
        return None if self.price_cents is None else self.price_cents - self.reference_cents


class ReferencePrices:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = ReferencePriceStore(book._db)

    @operation("reference_price.set", "reference_prices")
    def set(
        self, commodity: str, week: str, age_from: int, age_to: int, price_cents: int
    ) -> ReferencePriceRow:
        """Record the week's price for trees aged age_from..age_to years (inclusive)."""
        commodity_id = self.book.commodities.get(commodity).id
        week = parse_week(week)
        if not (0 <= age_from <= age_to <= 100):
            raise KoperasiError("reference.bad_ages", age_from=age_from, age_to=age_to)
        if price_cents <= 0:
            raise KoperasiError("reference.bad_price")
        row = ReferencePriceRow(0, commodity_id, week, age_from, age_to, price_cents)
        return replace(row, id=self._store.insert(row))

    def of_week(self, commodity: str, week: str) -> list[ReferencePriceRow]:
        return self._store.of_week(self.book.commodities.get(commodity).id, parse_week(week))

    def week_for(self, commodity_id: int, day: datetime.date) -> str | None:
        """The reference week for a day: its own ISO week, else the latest earlier one."""
        target = iso_week(day)
        earlier = [w for w in self._store.weeks(commodity_id) if w <= target]
        return earlier[-1] if earlier else None

    def price_for(self, commodity_id: int, day: datetime.date, age: int) -> int | None:
        """The reference price for trees of `age` years on `day`, or None."""
        week = self.week_for(commodity_id, day)
        if week is None:
            return None
        for row in self._store.of_week(commodity_id, week):
            if row.age_from <= age <= row.age_to:
                return row.price_cents
        return None

    def of_sale(self, sale_number: str) -> SaleReference | None:
        """The sale's price against the reference, or None when the sale's commodity has no
        reference for its week or no delivery of a known plot age."""
        sale = self.book.sales.get(sale_number)
        week = self.week_for(sale.commodity_id, sale.date)
        if week is None:
            return None
        brackets = self._store.of_week(sale.commodity_id, week)
        years = {p.id: p.planting_year for p in self.book.plots.of_sale(sale.id)}
        per_kkk = self.book.commodities.by_id(sale.commodity_id).uses_quality
        weighted = 0
        weighed = 0
        pooled = 0
        for origin in self.book.plots.sale_origins(sale.id):
            pooled += origin.net_grams
            planted = years.get(origin.plot_id) if origin.plot_id is not None else None
            if planted is None:
                continue
            age = origin.date.year - planted
            # Rubber's reference is per kg of dry rubber (KKK 100 %): a wet kilogram at KKK
            # 55 % is worth 55 % of it. Commodities without a measured quality count whole.
            quality = origin.quality_bp if per_kkk else BP_PER_UNIT
            for row in brackets:
                if row.age_from <= age <= row.age_to:
                    weighted += row.price_cents * origin.net_grams * quality
                    weighed += origin.net_grams
                    break
        if not weighed:
            return None
        # Half up, in hundredths of a rupiah.
        divisor = weighed * BP_PER_UNIT
        reference = (2 * weighted + divisor) // (2 * divisor)
        return SaleReference(week, reference, weighed, pooled, sale.price_cents)
