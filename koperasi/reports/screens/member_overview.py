"""The member page's read model: a member's deliveries, their parts of sales and their payouts,
with what the cooperative has settled, paid and still owes them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from koperasi.book import Book
from koperasi.core.model import Member


@dataclass(frozen=True)
class DeliveryLine:
    """quality_bp: None when the commodity has no quality factor; part: None until sold."""

    receipt: str
    date: datetime.date
    commodity: str
    net_grams: int
    quality_bp: int | None
    status: str
    sale: str
    part: int | None


@dataclass(frozen=True)
class SalePart:
    """The member's share of one sale; slip is "" while it is unpaid."""

    sale: str
    date: datetime.date
    commodity: str
    deliveries: int
    net_grams: int
    share: int
    slip: str


@dataclass(frozen=True)
class PayoutLine:
    slip: str
    date: datetime.date
    sale: str
    share: int
    deductions: int
    paid: int
    method: str


@dataclass(frozen=True)
class MemberOverview:
    """Everything the member page shows, newest first.

    Attributes:
      settled: the member's shares of every settled sale.
      paid: the shares paid out (cash paid plus what was deducted from them).
      unpaid: settled − paid: what the cooperative still owes the member.
      open_count / open_grams: deliveries not yet sold.
    """

    member: Member
    today: datetime.date
    deliveries: tuple[DeliveryLine, ...]
    sale_parts: tuple[SalePart, ...]
    payouts: tuple[PayoutLine, ...]
    settled: int
    paid: int
    unpaid: int
    open_count: int
    open_grams: int
    paid_cash: int
    deducted: int


def member_overview(book: Book, number: str) -> MemberOverview:
    member = book.members.get(number)
    deliveries = book.deliveries.of_member(member.number)
    payouts = book.payouts.of_member(member.number)
    commodities = {c.id: c for c in book.commodities.list()}
    sale_ids = list(
        dict.fromkeys([d.sale_id for d in deliveries if d.sale_id] + [p.sale_id for p in payouts])
    )
    sales = {sale_id: book.sales.by_id(sale_id) for sale_id in sale_ids}
    slips = {p.sale_id: p.slip for p in payouts}

    lines = tuple(
        DeliveryLine(
            receipt=d.receipt,
            date=d.date,
            commodity=commodities[d.commodity_id].name,
            net_grams=d.net_grams,
            quality_bp=d.quality_bp if commodities[d.commodity_id].uses_quality else None,
            status=d.status,
            sale=sales[d.sale_id].number if d.sale_id else "",
            part=d.part if d.status == "settled" else None,
        )
        for d in reversed(deliveries)
    )
    by_sale: dict[int, list] = {}
    for d in deliveries:
        if d.status == "settled" and d.sale_id:
            by_sale.setdefault(d.sale_id, []).append(d)
    parts = sorted(
        (
            SalePart(
                sale=sales[sale_id].number,
                date=sales[sale_id].date,
                commodity=commodities[sales[sale_id].commodity_id].name,
                deliveries=len(ds),
                net_grams=sum(d.net_grams for d in ds),
                share=sum(d.part or 0 for d in ds),
                slip=slips.get(sale_id, ""),
            )
            for sale_id, ds in by_sale.items()
        ),
        key=lambda p: (p.date, p.sale),
        reverse=True,
    )
    paid_lines = tuple(
        PayoutLine(
            slip=p.slip,
            date=p.date,
            sale=sales[p.sale_id].number,
            share=p.share,
            deductions=p.deductions,
            paid=p.paid,
            method=p.method,
        )
        for p in reversed(payouts)
    )
    settled = sum(p.share for p in parts)
    paid = sum(p.share for p in payouts)
    open_deliveries = [d for d in deliveries if d.status == "open"]
    return MemberOverview(
        member=member,
        today=book.today(),
        deliveries=lines,
        sale_parts=tuple(parts),
        payouts=paid_lines,
        settled=settled,
        paid=paid,
        unpaid=settled - paid,
        open_count=len(open_deliveries),
        open_grams=sum(d.net_grams for d in open_deliveries),
        paid_cash=sum(p.paid for p in payouts),
        deducted=sum(p.deductions for p in payouts),
    )
