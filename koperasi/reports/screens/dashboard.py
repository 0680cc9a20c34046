"""The home screen's figures: this month per commodity, money on hand, what is still owed.

The Setoran screen's day totals (deliveries_by_commodity) come from here too."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.core.units import CENTS_PER_RUPIAH, GRAMS_PER_KG, round_half_up_div

if TYPE_CHECKING:
    from koperasi.book import Book


@dataclass(frozen=True)
class DeliveryTotal:
    """A commodity's deliveries over some days.

    Attributes:
      deliveries: how many, void ones not counted.
      net_grams: their net weight.
      voided: how many void ones were dated in those days.
    """

    commodity: str
    deliveries: int
    net_grams: int
    voided: int = 0


@dataclass(frozen=True)
class CommodityMonth:
    """One commodity on the home screen.

    Attributes:
      deliveries, delivered_grams: deliveries dated this month (void ones left out), net weight.
      sales, sold_grams, sales_gross, sales_net: sales dated this month, the weight the buyers
        paid for, what they paid (rupiah) and the part of it that goes to the members.
      open_deliveries, open_grams: every delivery not sold yet, whatever its date.
    """

    commodity: str
    uses_quality: bool
    deliveries: int
    delivered_grams: int
    sales: int
    sold_grams: int
    sales_gross: int
    sales_net: int
    open_deliveries: int
    open_grams: int


@dataclass(frozen=True)
class Overview:
    """The figures of the home screen on `today`.

    Attributes:
      month_start: the first day of today's month; "this month" runs from it to today.
      cash, bank: balances of the accounts Kas (1101) and Bank (1102).
      unpaid_total, unpaid_members: settled shares not paid out yet, and how many members
        are owed them.
    """

    today: datetime.date
    month_start: datetime.date
    commodities: tuple[CommodityMonth, ...]
    cash: int
    bank: int
    unpaid_total: int
    unpaid_members: int
    receivable_total: int = 0  # issue 10: what buyers still owe (Piutang Pembeli)
    receivable_sales: int = 0
    receivable_oldest_days: int = 0


@dataclass(frozen=True)
class MonthVolume:
    """One month of a commodity: what members delivered and what the cooperative sold.

    Attributes:
      month: the first day of the month.
      delivered_grams: net weight of the month's deliveries (void ones left out).
      sold_grams, sales_gross: weight the buyers paid for and what they paid, in rupiah.
    """

    month: datetime.date
    deliveries: int
    delivered_grams: int
    sales: int
    sold_grams: int
    sales_gross: int

    @property
    def average_price_cents(self) -> int | None:
        """What buyers paid per kg on average (hundredths of a rupiah), or None without sales."""
        if not self.sold_grams:
            return None
        return round_half_up_div(
            self.sales_gross * CENTS_PER_RUPIAH * GRAMS_PER_KG, self.sold_grams
        )


def _month_back(month: datetime.date, count: int) -> datetime.date:
    index = month.year * 12 + month.month - 1 - count
    return datetime.date(index // 12, index % 12 + 1, 1)


def _month_end(month: datetime.date) -> datetime.date:
    return _month_back(month, -1) - datetime.timedelta(days=1)


def deliveries_by_commodity(
    book: Book, start: datetime.date, end: datetime.date | None = None
) -> tuple[DeliveryTotal, ...]:
    """Deliveries dated start..end (one day when end is left out), per commodity."""
    commodities = {c.id: c for c in book.commodities.list()}
    return tuple(
        DeliveryTotal(commodities[cid].name, count or 0, grams or 0, voided or 0)
        for cid, count, grams, voided in book.deliveries.sums_by_commodity(start, end or start)
    )


def overview(book: Book, today: datetime.date | None = None) -> Overview:
    today = today or book.today()
    month_start = today.replace(day=1)
    delivered = {row[0]: row[1:] for row in book.deliveries.sums_by_commodity(month_start, today)}
    sold = {row[0]: row[1:] for row in book.sales.sums_by_commodity(month_start, today)}
    open_ = {row[0]: row[1:] for row in book.deliveries.open_summary()}
    rows = []
    for commodity in book.commodities.list():
        count, grams, _ = delivered.get(commodity.id, (0, 0, 0))
        sales, sold_grams, gross, net = sold.get(commodity.id, (0, 0, 0, 0))
        open_count, open_grams = open_.get(commodity.id, (0, 0))
        if not commodity.active and not (count or sales or open_count):
            continue
        rows.append(
            CommodityMonth(
                commodity.name,
                commodity.uses_quality,
                count or 0,
                grams or 0,
                sales,
                sold_grams,
                gross,
                net,
                open_count,
                open_grams or 0,
            )
        )
    balances = book.journal.account_sums([acc.CASH, acc.BANK])
    unpaid_total, unpaid_members = book.payouts.unpaid_shares()
    owed = book.receivables.list(on=today)
    return Overview(
        today=today,
        month_start=month_start,
        commodities=tuple(rows),
        cash=balances[acc.CASH][0] - balances[acc.CASH][1],
        bank=balances[acc.BANK][0] - balances[acc.BANK][1],
        unpaid_total=unpaid_total,
        unpaid_members=unpaid_members,
        receivable_total=sum(r.outstanding for r in owed),
        receivable_sales=len(owed),
        receivable_oldest_days=max((r.age_days for r in owed), default=0),
    )


def monthly(
    book: Book, commodity: str, months: int = 12, until: datetime.date | None = None
) -> tuple[MonthVolume, ...]:
    """The last `months` calendar months up to and including until's (default today's),
    oldest first; months without deliveries or sales are there with zeros."""
    the_commodity = book.commodities.get(commodity)
    last = (until or book.today()).replace(day=1)
    first = _month_back(last, months - 1)
    end = _month_end(last)
    delivered = {
        month: (count, grams)
        for month, count, grams in book.deliveries.monthly_sums(the_commodity.id, first, end)
    }
    sold = {
        month: (count, grams, gross)
        for month, count, grams, gross in book.sales.monthly_sums(the_commodity.id, first, end)
    }
    result = []
    for back in range(months - 1, -1, -1):
        month = _month_back(last, back)
        key = f"{month.year:04d}-{month.month:02d}"
        count, grams = delivered.get(key, (0, 0))
        sales, sold_grams, gross = sold.get(key, (0, 0, 0))
        result.append(MonthVolume(month, count, grams, sales, sold_grams, gross))
    return tuple(result)
