"""Beranda: each month's price against the plantation office's (Disbun) reference price, for
the chart of the last twelve months (issue 13)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from koperasi.book import Book


@dataclass(frozen=True)
class MonthReference:
    """Attributes:
    month: the first day of the month.
    reference_cents: the Disbun reference per kg of the month's sales, weighted by the
      pooled net weight with a known plot age, in hundredths of a rupiah; None when no sale
      of the month had a reference.
    price_cents: what the buyers paid per kg on those same sales (None likewise), so the
      two lines compare like with like.
    """

    month: datetime.date
    reference_cents: int | None
    price_cents: int | None


def _share(total: int, weight: int) -> int:
    """total / weight rounded half up (both positive)."""
    return (2 * total + weight) // (2 * weight)


def monthly_reference(
    book: Book, commodity: str, months: tuple[datetime.date, ...]
) -> tuple[MonthReference, ...]:
    """The reference of each month in `months` (first days), oldest first."""
    if not months:
        return ()
    first = months[0]
    wanted = {(m.year, m.month) for m in months}
    sums: dict[tuple[int, int], list[int]] = {}
    for sale in book.sales.list(commodity):
        key = (sale.date.year, sale.date.month)
        if sale.date < first or key not in wanted or sale.sold_grams <= 0:
            continue
        reference = book.reference_prices.of_sale(sale.number)
        if reference is None or reference.weighed_grams <= 0:
            continue
        # Σ reference × weight, Σ weight; Σ gross rupiah, Σ sold grams
        row = sums.setdefault(key, [0, 0, 0, 0])
        row[0] += reference.reference_cents * reference.weighed_grams
        row[1] += reference.weighed_grams
        row[2] += sale.gross
        row[3] += sale.sold_grams
    result = []
    for month in months:
        row = sums.get((month.year, month.month))
        if row is None:
            result.append(MonthReference(month, None, None))
        else:
            # rupiah per sold gram × 100 000 = hundredths of a rupiah per kg
            result.append(
                MonthReference(month, _share(row[0], row[1]), _share(row[2] * 100_000, row[3]))
            )
    return tuple(result)
