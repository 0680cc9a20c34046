"""Collective sales: preview, settle, and read back."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, kg
from koperasi.core.journal import sale_entry
from koperasi.core.limits import check_grams, check_price, check_rupiah
from koperasi.core.model import Commodity, Delivery, SaleCost
from koperasi.core.numbering import document_number
from koperasi.core.settlement import FeeRule, PooledDelivery, Settlement, settle
from koperasi.store.corrections import Cancellation
from koperasi.store.sales import SaleRow

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class SaleInput:
    """What the treasurer enters for a sale.

    Attributes:
      exclude: receipts of open deliveries to leave out of the pool.
      include: when given, exactly these receipts are pooled instead of the default pool.
      fee_bp / fee_cents_per_kg: override the commodity's fee for this sale.
      received_into: the account debited with the gross (Kas, Bank or Piutang Pembeli).
      oversold_confirmed: the treasurer confirmed that the buyer weighed more than was
        pooled (negative shrinkage); without it such a sale is refused, never accepted
        without a word.
      traceable_only: pool only deliveries from a mapped plot (a fully traceable lot, EUDR);
        the sale records it.
    """

    commodity: str
    date: datetime.date
    buyer: str
    sold_grams: int
    price_cents: int | None = None
    agreed_total: int | None = None
    costs: tuple[SaleCost, ...] = ()
    fee_bp: int | None = None
    fee_cents_per_kg: int | None = None
    received_into: str = acc.CASH
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] | None = None
    oversold_confirmed: bool = False
    traceable_only: bool = False


def check_sale_bounds(sale: SaleInput) -> None:
    """Every figure of a sale within its ceiling (core.limits), so that none of its sums can
    overflow a stored integer: one sentence instead of a traceback."""
    check_grams(sale.sold_grams)
    if sale.price_cents is not None:
        check_price(sale.price_cents)
    if sale.agreed_total is not None:
        check_rupiah(sale.agreed_total)
    if sale.fee_cents_per_kg is not None:
        check_price(sale.fee_cents_per_kg)
    for cost in sale.costs:
        check_rupiah(cost.amount)
    if sale.price_cents is not None:  # the gross, weight × price, is one amount too
        check_rupiah(sale.sold_grams * sale.price_cents // 100_000)


@dataclass(frozen=True)
class SalePreview:
    """A sale computed but not saved: the figures and the pool they were computed on."""

    commodity: Commodity
    fee_rule: FeeRule
    pool: tuple[PooledDelivery, ...]
    receipts: dict[int, str]
    settlement: Settlement


@dataclass(frozen=True)
class SaleDetail:
    """A settled sale with its costs, deliveries and member shares (for show and print)."""

    sale: SaleRow
    commodity: Commodity
    costs: tuple[SaleCost, ...]
    deliveries: tuple[Delivery, ...]
    shares: tuple[tuple[int, int, int, int], ...]  # (member id, deliveries, net grams, share)
    reversal: Cancellation | None = None  # a reversed sale (BATAL): when and why


class Sales:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_sales

    def fee_rule(
        self, commodity: Commodity, fee_bp: int | None, fee_cents_per_kg: int | None
    ) -> FeeRule:
        if fee_bp is not None and fee_cents_per_kg is not None:
            raise KoperasiError("commodity.bad_fee")
        if fee_bp is not None:
            if not 0 <= fee_bp <= 10_000:
                raise KoperasiError("commodity.bad_fee")
            return FeeRule("percent", bp=fee_bp)
        if fee_cents_per_kg is not None:
            if fee_cents_per_kg < 0:
                raise KoperasiError("commodity.bad_fee")
            return FeeRule("per_kg", cents_per_kg=fee_cents_per_kg)
        return FeeRule(commodity.fee_kind, commodity.fee_bp, commodity.fee_cents_per_kg)

    def open_pool(self, commodity: str, until: datetime.date) -> list[tuple[PooledDelivery, str]]:
        return self.book._store_deliveries.open_pool(self.book.commodities.get(commodity).id, until)

    def preview(self, sale: SaleInput) -> SalePreview:
        """Every figure of the sale, computed exactly as settling would, saving nothing."""
        commodity = self.book.commodities.get(sale.commodity)
        check_sale_bounds(sale)
        if not sale.buyer.strip():
            raise KoperasiError("sale.buyer_required")
        if sale.received_into not in {a.code for a in self.book._store_journal.accounts()}:
            raise KoperasiError("sale.bad_account", account=sale.received_into)
        if sale.date > self.book.today():
            raise KoperasiError("delivery.future_date", date=date_short(sale.date))
        self.book.closing.require_open(sale.date)
        pool_rows = self.book._store_deliveries.open_pool(commodity.id, sale.date)
        receipts = {pooled.id: receipt for pooled, receipt in pool_rows}
        by_receipt = {receipt.upper(): pooled for pooled, receipt in pool_rows}
        if sale.include is not None:
            chosen = []
            for receipt in sale.include:
                pooled = by_receipt.get(receipt.strip().upper())
                if pooled is None:
                    raise KoperasiError(
                        "sale.delivery_not_open",
                        receipt=receipt,
                        commodity=commodity.name,
                        date=date_short(sale.date),
                    )
                chosen.append(pooled)
        else:
            for receipt in sale.exclude:
                if receipt.strip().upper() not in by_receipt:
                    raise KoperasiError(
                        "sale.delivery_not_open",
                        receipt=receipt,
                        commodity=commodity.name,
                        date=date_short(sale.date),
                    )
            excluded = {r.strip().upper() for r in sale.exclude}
            chosen = [pooled for pooled, receipt in pool_rows if receipt.upper() not in excluded]
        if sale.traceable_only:
            untraceable = set(self.book.plots.untraceable_open(commodity.name, sale.date))
            chosen = [p for p in chosen if receipts[p.id] not in untraceable]
        rule = self.fee_rule(commodity, sale.fee_bp, sale.fee_cents_per_kg)
        settlement = settle(
            chosen,
            sale.sold_grams,
            rule,
            price_cents=sale.price_cents,
            agreed_total=sale.agreed_total,
            costs=sale.costs,
            commodity=commodity.name,
            date=date_short(sale.date),
        )
        return SalePreview(commodity, rule, tuple(chosen), receipts, settlement)

    @operation("sale.settle", "sales", "deliveries", "journal")
    def settle(self, sale: SaleInput) -> SaleRow:
        """Settle a sale in one transaction: the sale, its costs, every delivery's part, the journal."""
        preview = self.preview(sale)
        s = preview.settlement
        if s.shrinkage_grams < 0 and not sale.oversold_confirmed:
            raise KoperasiError(
                "sale.oversold",
                sold=kg(sale.sold_grams),
                pooled=kg(s.pooled_grams),
                extra=kg(-s.shrinkage_grams),
            )
        year = sale.date.year
        with self.book.atomic():
            seq = self.book._settings.next_seq("sale", year)
            number = document_number("sale", year, seq)
            row = SaleRow(
                id=0,
                number=number,
                date=sale.date,
                commodity_id=preview.commodity.id,
                buyer=sale.buyer.strip(),
                sold_grams=sale.sold_grams,
                pooled_grams=s.pooled_grams,
                price_cents=sale.price_cents,
                agreed_total=sale.agreed_total,
                fee_kind=preview.fee_rule.kind,
                fee_bp=preview.fee_rule.bp,
                fee_cents_per_kg=preview.fee_rule.cents_per_kg,
                gross=s.gross,
                fee=s.fee,
                costs=s.costs,
                net=s.net,
                received_into=sale.received_into,
                delivery_count=len(preview.pool),
            )
            sale_id = self._store.insert(row, year, seq, sale.costs)
            changed = self.book._store_deliveries.mark_settled(sale_id, s.parts)
            if changed != len(s.parts):
                # Another writer cannot exist (the book is locked), but never settle half a pool.
                raise KoperasiError("book.write_failed", reason="pooled deliveries changed")
            self.book.plots.record_lot(sale_id, sale.traceable_only)
            self.book.journal.post(
                sale_entry(
                    sale.date,
                    f"Penjualan {number} {preview.commodity.name} ke {row.buyer}",
                    s.gross,
                    s.fee,
                    s.net,
                    sale.costs,
                    received_into=sale.received_into,
                    sale_id=sale_id,
                )
            )
        return self._store.get(sale_id)

    def get(self, number: str) -> SaleRow:
        sale = self._store.by_number(number)
        if sale is None:
            raise KoperasiError("sale.not_found", number=number)
        return sale

    def by_id(self, sale_id: int) -> SaleRow:
        sale = self._store.get(sale_id)
        if sale is None:
            raise KoperasiError("sale.not_found", number=f"#{sale_id}")
        return sale

    def detail(self, number: str) -> SaleDetail:
        sale = self.get(number)
        deliveries = self.book._store_deliveries.of_sale(sale.id)
        shares = self._store.member_shares(sale.id)
        reversal = self.book.corrections.sale_reversal(sale.id)
        if reversal is not None:
            # A reversed sale shows what it held: its deliveries are back in the open pool.
            deliveries, shares = self.book.corrections.held(sale.id)
        return SaleDetail(
            sale=sale,
            commodity=self.book.commodities.by_id(sale.commodity_id),
            costs=tuple(self._store.costs(sale.id)),
            deliveries=tuple(deliveries),
            shares=tuple(shares),
            reversal=reversal,
        )

    def list(self, commodity: str | None = None, limit: int | None = None) -> list[SaleRow]:
        commodity_id = self.book.commodities.get(commodity).id if commodity else None
        return self._store.all(commodity_id, limit)

    # -- for the Penjualan and Pembayaran screens -----------------------------------------

    def count_listed(
        self, text: str = "", commodity: str | None = None, unpaid_only: bool = False
    ) -> int:
        commodity_id = self.book.commodities.get(commodity).id if commodity else None
        return self._store.count_listed(text, commodity_id, unpaid_only)

    def listed(
        self,
        text: str = "",
        commodity: str | None = None,
        unpaid_only: bool = False,
        sort: str = "date",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[tuple[SaleRow, int, int]]:
        """A page of the sales register: (sale, members with a share, members already paid),
        filtered by number or buyer text, commodity, and 'has unpaid shares'."""
        commodity_id = self.book.commodities.get(commodity).id if commodity else None
        return self._store.listed(text, commodity_id, unpaid_only, sort, descending, offset, limit)

    def sums_by_commodity(
        self, start: datetime.date, end: datetime.date
    ) -> list[tuple[int, int, int, int, int]]:
        """(commodity id, sales, sold grams, gross, net to members) dated start..end."""
        return self.book._store_dashboard.sales_by_commodity(start, end)

    def monthly_sums(
        self, commodity_id: int, start: datetime.date, end: datetime.date
    ) -> list[tuple[str, int, int, int]]:
        """("YYYY-MM", sales, sold grams, gross rupiah) of one commodity."""
        return self.book._store_dashboard.monthly_sales(commodity_id, start, end)

    def open_deliveries(self, commodity: str, until: datetime.date) -> list[Delivery]:
        """The deliveries a sale of `commodity` on `until` pools by default, oldest first."""
        return self.book._store_deliveries.open_until(
            self.book.commodities.get(commodity).id, until
        )


def parse_costs(items: Iterable[tuple[str, int]], account: str = acc.CASH) -> tuple[SaleCost, ...]:
    return tuple(SaleCost(label, amount, account) for label, amount in items)
