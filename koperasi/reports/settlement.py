"""The settlement sheet (daftar pembagian hasil penjualan) of one sale: one row per member."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.reports.header import (
    Header,
    SaleSummary,
    header_of,
    sale_summary,
    with_audit_code,
    with_reference,
)

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class SettlementRow:
    """A member's part of the sale.

    Attributes:
      equivalent_grams: net grams × quality, in grams (rounded half up); the weight the
        split is proportional to. Equal to net_grams when the commodity has no quality.
      slip: the payout slip that paid the share, or "" while unpaid.
      deductions / paid: what the slip deducted (savings, kasbon, loan) and what the
        member actually received, beside which they sign; paid is None while unpaid.
    """

    member_number: str
    member_name: str
    deliveries: int
    net_grams: int
    equivalent_grams: int
    share: int
    slip: str
    deductions: int = 0
    paid: int | None = None


@dataclass(frozen=True)
class SettlementData:
    """Attributes:
    rows: one per member, in member order.
    total_*: sums of the rows; total_share equals sale.net and total_net_grams equals
      sale.pooled_grams, always (the book's settlement guarantees it; tests check it).
    """

    header: Header
    sale: SaleSummary
    rows: tuple[SettlementRow, ...]
    total_deliveries: int
    total_net_grams: int
    total_equivalent_grams: int
    total_share: int
    total_deductions: int = 0
    total_paid: int = 0
    void: tuple[datetime.date, str] | None = None  # a reversed sale: (date, reason)


def settlement_data(book: Book, sale_number: str) -> SettlementData:
    detail = book.sales.detail(sale_number)
    sale = with_reference(book, sale_summary(detail.sale, detail.commodity, detail.costs))
    equivalent: dict[int, int] = {}
    for d in detail.deliveries:
        equivalent[d.member_id] = equivalent.get(d.member_id, 0) + d.weight_equivalent
    members = book.members.by_ids([member_id for member_id, *_ in detail.shares])
    slips = book.payouts.of_sale(sale_number)
    voided = book.corrections.voided_payouts([p.id for p in slips])
    # A voided slip paid nothing: the member signs beside the slip that stands, if any.
    payouts = {p.member_id: p for p in slips if p.id not in voided}
    rows = [
        SettlementRow(
            member_number=members[member_id].number,
            member_name=members[member_id].name,
            deliveries=count,
            net_grams=grams,
            # weight_equivalent is grams × basis points; back to grams, half up.
            equivalent_grams=(2 * equivalent[member_id] + 10_000) // 20_000,
            share=share,
            slip=payouts[member_id].slip if member_id in payouts else "",
            deductions=payouts[member_id].deductions if member_id in payouts else 0,
            paid=payouts[member_id].paid if member_id in payouts else None,
        )
        for member_id, count, grams, share in detail.shares
    ]
    return SettlementData(
        header=with_audit_code(header_of(book), book),
        sale=sale,
        rows=tuple(rows),
        total_deliveries=sum(r.deliveries for r in rows),
        total_net_grams=sum(r.net_grams for r in rows),
        total_equivalent_grams=sum(r.equivalent_grams for r in rows),
        total_share=sum(r.share for r in rows),
        total_deductions=sum(r.deductions for r in rows),
        total_paid=sum(r.paid or 0 for r in rows),
        void=(detail.reversal.date, detail.reversal.reason) if detail.reversal else None,
    )
