"""A member's statement (rekening anggota) for a period: what the cooperative owes them, and why.

The statement is a list of sections, one per balance the member has with the cooperative.
Today there is one, harvest proceeds: a settled sale's part raises what the cooperative owes
the member (on the sale date), a payout lowers it by the share (what was paid in cash plus
each deduction, on its own line). Deliveries are listed with their weight and no money until
a sale settles them. Savings and loans add their own builders to SECTION_BUILDERS.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book
    from koperasi.core.model import Member

# Lines of one day print in this order: what came in before what went out.
_KIND_ORDER = {"delivery": 0, "sale": 1, "payout": 2, "deduction": 3}


@dataclass(frozen=True)
class StatementLine:
    """One line of a section.

    Attributes:
      kind: "delivery", "sale", "payout" or "deduction" (later sections add their own).
      reference: the receipt, sale or slip number.
      related: for a delivery, the sale that settled it by the end of the period; for a
        payout or deduction, the sale it paid.
      status: for a delivery, "sold", "open" (belum terjual at the end of the period) or "void".
      grams: net weight (deliveries, and a sale line's sum of the member's deliveries).
      quality_bp: a delivery's quality factor, when the commodity has one.
      count: how many of the member's deliveries a sale line covers.
      credit / debit: rupiah in / out of the balance (0 on delivery lines).
      balance: the balance after the line, or None for lines that do not move money.
    """

    date: datetime.date
    kind: str
    reference: str
    commodity: str = ""
    related: str = ""
    status: str = ""
    grams: int | None = None
    quality_bp: int | None = None
    count: int = 0
    method: str = ""
    credit: int = 0
    debit: int = 0
    balance: int | None = None


@dataclass(frozen=True)
class StatementSection:
    """One balance over the period: opening + total_credit − total_debit = closing.

    Attributes:
      key: "harvest" (hasil panen); later "savings", "loans".
      delivered_grams / unsold_grams: for the harvest section, the net weight delivered in
        the period (void receipts excluded) and how much of it was not yet sold at its end.
    """

    key: str
    opening: int
    lines: tuple[StatementLine, ...]
    total_credit: int
    total_debit: int
    closing: int
    delivered_grams: int = 0
    unsold_grams: int = 0


@dataclass(frozen=True)
class StatementData:
    header: Header
    member_number: str
    member_name: str
    member_village: str
    member_joined: datetime.date | None
    start: datetime.date
    end: datetime.date
    sections: tuple[StatementSection, ...]


def harvest_section(
    book: Book, member: Member, start: datetime.date, end: datetime.date
) -> StatementSection:
    deliveries = book.deliveries.of_member(member.number)
    sales = {
        sale_id: book.sales.by_id(sale_id)
        for sale_id in dict.fromkeys(d.sale_id for d in deliveries if d.sale_id)
    }
    commodities = {c.id: c for c in book.commodities.list()}
    payouts = book.payouts.of_member(member.number)

    parts: dict[int, list] = {}
    for d in deliveries:
        if d.sale_id:
            parts.setdefault(d.sale_id, []).append(d)
    opening = sum(
        d.part or 0 for sale_id, ds in parts.items() if sales[sale_id].date < start for d in ds
    ) - sum(p.share for p in payouts if p.date < start)

    lines: list[StatementLine] = []
    delivered = unsold = 0
    for d in deliveries:
        if not start <= d.date <= end:
            continue
        commodity = commodities[d.commodity_id]
        sale = sales.get(d.sale_id) if d.sale_id else None
        if d.status == "void":
            status = "void"
        elif sale is not None and sale.date <= end:
            status = "sold"
        else:
            status = "open"
        if status != "void":
            delivered += d.net_grams
        if status == "open":
            unsold += d.net_grams
        lines.append(
            StatementLine(
                date=d.date,
                kind="delivery",
                reference=d.receipt,
                commodity=commodity.name,
                related=sale.number if status == "sold" and sale else "",
                status=status,
                grams=d.net_grams,
                quality_bp=d.quality_bp if commodity.uses_quality else None,
            )
        )
    for sale_id, ds in parts.items():
        sale = sales[sale_id]
        if start <= sale.date <= end:
            lines.append(
                StatementLine(
                    date=sale.date,
                    kind="sale",
                    reference=sale.number,
                    commodity=commodities[sale.commodity_id].name,
                    grams=sum(d.net_grams for d in ds),
                    count=len(ds),
                    credit=sum(d.part or 0 for d in ds),
                )
            )
    for p in payouts:
        if not start <= p.date <= end:
            continue
        sale_number = sales[p.sale_id].number if p.sale_id in sales else ""
        lines.append(
            StatementLine(
                date=p.date,
                kind="payout",
                reference=p.slip,
                related=sale_number,
                method=p.method,
                debit=p.paid,
            )
        )
        if p.deductions:
            lines.append(
                StatementLine(
                    date=p.date,
                    kind="deduction",
                    reference=p.slip,
                    related=sale_number,
                    debit=p.deductions,
                )
            )
    lines.sort(key=lambda line: (line.date, _KIND_ORDER.get(line.kind, 9), line.reference))

    balance = opening
    with_balance = []
    for line in lines:
        if line.kind == "delivery":
            with_balance.append(line)
            continue
        balance += line.credit - line.debit
        with_balance.append(replace(line, balance=balance))
    total_credit = sum(line.credit for line in lines)
    total_debit = sum(line.debit for line in lines)
    return StatementSection(
        key="harvest",
        opening=opening,
        lines=tuple(with_balance),
        total_credit=total_credit,
        total_debit=total_debit,
        closing=opening + total_credit - total_debit,
        delivered_grams=delivered,
        unsold_grams=unsold,
    )


SectionBuilder = Callable[
    ["Book", "Member", datetime.date, datetime.date], "StatementSection | None"
]

# The balances a statement shows, in order. A builder returns None when the member has
# nothing to show in it; the savings and loans issue appends its builders here.
SECTION_BUILDERS: list[SectionBuilder] = [harvest_section]


def statement_data(
    book: Book, member_number: str, start: datetime.date, end: datetime.date
) -> StatementData:
    if start > end:
        raise ValueError(f"the period starts after it ends: {start} > {end}")
    member = book.members.get(member_number)
    sections = tuple(
        section
        for builder in SECTION_BUILDERS
        if (section := builder(book, member, start, end)) is not None
    )
    return StatementData(
        header=header_of(book),
        member_number=member.number,
        member_name=member.name,
        member_village=member.village,
        member_joined=member.joined,
        start=start,
        end=end,
        sections=sections,
    )
