"""Payout slips (slip pembayaran / tanda terima): what a member signs when paid their share."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core.terbilang import amount_in_words
from koperasi.reports.header import Header, SaleSummary, header_of, sale_summary, with_reference

if TYPE_CHECKING:
    from koperasi.book.book import Book
    from koperasi.store.payouts import PayoutRow

# Bea meterai (UU 10/2020): a document acknowledging receipt of more than Rp 5.000.000
# carries a Rp 10.000 duty stamp. The threshold is strict: exactly Rp 5.000.000 is exempt.
METERAI_THRESHOLD = 5_000_000
METERAI_DUTY = 10_000


def meterai_duty(paid: int) -> int | None:
    """The duty stamp a receipt for `paid` rupiah needs, or None."""
    return METERAI_DUTY if paid > METERAI_THRESHOLD else None


@dataclass(frozen=True)
class SlipDelivery:
    """One of the member's deliveries in the sale; quality_bp is None without a quality factor."""

    receipt: str
    date: datetime.date
    net_grams: int
    quality_bp: int | None
    part: int


@dataclass(frozen=True)
class SlipDeduction:
    """One deduction from the share, in the order of the rules.

    Attributes:
      kind: "wajib" (mandatory savings), "kasbon" (advance) or "pinjaman" (loan installment).
      amount: what the share covered.
      loan_number: the kasbon or pinjaman, "" for savings.
      principal, service: how a pinjaman's amount splits (pokok, jasa); 0 otherwise.
      still_owed: what was due and the share could not cover (due − amount).
      receipt: the receipt (kwitansi) of the savings movement or loan repayment.
    """

    kind: str
    amount: int
    loan_number: str = ""
    principal: int = 0
    service: int = 0
    still_owed: int = 0
    receipt: str = ""


@dataclass(frozen=True)
class SlipData:
    """Attributes:
    share: the member's share of the sale = the sum of the deliveries' parts.
    paid: share − deductions.
    paid_in_words: terbilang of `paid` in the header's language.
    meterai_duty: the duty stamp's value when the slip needs one, else None.
    """

    header: Header
    slip: str
    date: datetime.date
    method: str
    member_number: str
    member_name: str
    member_village: str
    sale: SaleSummary
    deliveries: tuple[SlipDelivery, ...]
    deliveries_grams: int
    share: int
    deductions: tuple[SlipDeduction, ...]
    paid: int
    paid_in_words: str
    meterai_duty: int | None
    void: tuple[datetime.date, str] | None = None  # a voided slip: (date, reason)


def _build(book: Book, payouts: Sequence[PayoutRow]) -> list[SlipData]:
    """Slips for many payouts, reading each sale and each member once."""
    header = header_of(book)
    sales: dict[int, tuple] = {}
    for sale_id in dict.fromkeys(p.sale_id for p in payouts):
        detail = book.sales.detail(book.sales.by_id(sale_id).number)
        by_member: dict[int, list] = {}
        for d in detail.deliveries:
            by_member.setdefault(d.member_id, []).append(d)
        summary = with_reference(book, sale_summary(detail.sale, detail.commodity, detail.costs))
        sales[sale_id] = (summary, by_member)
    members = book.members.by_ids(list(dict.fromkeys(p.member_id for p in payouts)))
    # One read for the whole batch, and none at all when nothing was deducted.
    planned = book.payouts.deductions_of([p for p in payouts if p.deductions])
    voids = book.corrections.voided_payouts([p.id for p in payouts])
    slips = []
    for p in payouts:
        summary, by_member = sales[p.sale_id]
        member = members[p.member_id]
        deliveries = tuple(
            SlipDelivery(
                d.receipt,
                d.date,
                d.net_grams,
                d.quality_bp if summary.uses_quality else None,
                d.part or 0,
            )
            for d in by_member.get(p.member_id, ())
        )
        deductions = tuple(
            SlipDeduction(
                d.kind,
                d.amount,
                d.loan_number,
                d.principal if d.kind == "pinjaman" else 0,
                d.service if d.kind == "pinjaman" else 0,
                d.still_owed,
                d.receipt,
            )
            for d in planned.get(p.id, ())
        )
        unexplained = p.deductions - sum(d.amount for d in deductions)
        if unexplained:  # a payout whose deductions were not recorded one by one
            deductions += (SlipDeduction("deductions", unexplained),)
        slips.append(
            SlipData(
                header=header,
                slip=p.slip,
                date=p.date,
                method=p.method,
                member_number=member.number,
                member_name=member.name,
                member_village=member.village,
                sale=summary,
                deliveries=deliveries,
                deliveries_grams=sum(d.net_grams for d in deliveries),
                share=p.share,
                deductions=deductions,
                paid=p.paid,
                paid_in_words=amount_in_words(p.paid, header.lang),
                meterai_duty=meterai_duty(p.paid),
                void=(voids[p.id].date, voids[p.id].reason) if p.id in voids else None,
            )
        )
    return slips


def slip_data(book: Book, slip: str) -> SlipData:
    return _build(book, [book.payouts.get(slip)])[0]


def slips_data(book: Book, slips: Iterable[str]) -> list[SlipData]:
    """The given slips, in the order given, each once."""
    numbers = list(dict.fromkeys(s.strip().upper() for s in slips))
    return _build(book, [book.payouts.get(number) for number in numbers])


def slips_for_sale(book: Book, sale_number: str) -> list[SlipData]:
    """Every slip paid out of a sale, in slip order."""
    return _build(book, sorted(book.payouts.of_sale(sale_number), key=lambda p: p.slip))


def slips_for_run(book: Book, slip: str) -> list[SlipData]:
    """Every slip of the payout run that `slip` belongs to, in slip order."""
    return _build(book, sorted(book.payouts.of_run(slip), key=lambda p: p.slip))
