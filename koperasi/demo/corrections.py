"""The demo's corrections on its last day, through the book's own services: a sale keyed
with a wrong price and reversed, the same deliveries sold again to a buyer who pays later
(a receivable, part of it collected), and a payout slip paid to the wrong member, voided and
paid again; and a member who leaves, their savings refunded. Each is skipped when the book
has nothing it applies to (a very small demo)."""

from __future__ import annotations

import datetime

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError


def corrections_today(book: Book, today: datetime.date) -> None:
    for commodity in ("TBS Sawit", "Karet"):
        pool = book.sales.open_deliveries(commodity, today)
        last = next((s for s in book.sales.list(commodity) if s.price_cents), None)
        if pool and last is not None:
            break
    else:
        return
    pooled = sum(d.net_grams for d in pool)
    sold = pooled * last.sold_grams // last.pooled_grams  # the shrinkage of the last sale
    price = last.price_cents or 0
    try:
        # Keyed with one zero too many; the buyer's weight note shows it the same day.
        wrong = book.sales.settle(
            SaleInput(commodity, today, last.buyer, sold, price_cents=price * 10)
        )
        book.corrections.reverse_sale(
            wrong.number, "Harga per kg salah ketik (satu nol kelebihan), sesuai nota pembeli"
        )
        # Sold again at the right price; the buyer pays in two weeks: Piutang Pembeli.
        sale = book.sales.settle(
            SaleInput(
                commodity,
                today,
                last.buyer,
                sold,
                price_cents=price,
                received_into=acc.BUYER_RECEIVABLE,
            )
        )
        book.receivables.collect(sale.number, sale.gross // 2 // 100_000 * 100_000, into="bank")
        # One share paid to the wrong member's name: the slip is voided and paid again.
        first = book.payouts.status(sale.number)[0].member.number
        [slip] = book.payouts.pay(sale.number, members=[first], method="transfer")
        book.corrections.void_payout(slip.slip, "Dibayarkan ke rekening anggota lain")
        book.payouts.pay(sale.number, members=[first], method="transfer")
    except KoperasiError:
        return  # a small book without the money for it: the demo stays without these


def a_member_leaves(book: Book, today: datetime.date) -> None:
    """A member without a loan leaves today (moving away): pokok, wajib and sukarela are
    refunded in cash, or by transfer when Kas cannot spare it; the exit statement's record."""
    for member in reversed(book.members.list(active=True)):
        try:
            plan = book.leaving.plan(member.number, today, "cash")
            if plan.loans or plan.savings <= 0:
                continue
            for refund in ("cash", "bank"):
                try:
                    book.leaving.leave(member.number, today, "Pindah ke luar desa", refund)
                    return
                except KoperasiError:
                    continue
        except KoperasiError:
            continue
