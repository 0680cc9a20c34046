"""The cash-book screen's read model: the balances, one period's cash or bank book and its
vouchers with the void that cancelled each."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from koperasi.book import Book
from koperasi.book.cash import CashBook
from koperasi.core import fmt
from koperasi.reports.cash_book import with_buyers


@dataclass(frozen=True)
class Voucher:
    """A cash-book voucher of the period, its category's names and whether it was voided."""

    number: str
    date: datetime.date
    kind: str
    category: object | None
    description: str
    money_account: str
    to_account: str | None
    amount: int
    reverses: bool
    voided_by: str


@dataclass(frozen=True)
class CashPageData:
    """The balances of every money account today, the period's cash book and its vouchers
    (newest first), and the date the books are closed until."""

    today: datetime.date
    balances: dict[str, int]
    book: CashBook
    vouchers: tuple[Voucher, ...]
    closed_until: datetime.date | None


def cash_page_data(
    book: Book, start: datetime.date, end: datetime.date, account: str, lang: str = "id"
) -> CashPageData:
    """Balances now, the cash book of `account` from `start` to `end` and its vouchers."""
    today = book.today()
    categories = {c.id: c for c in book.cash.categories(None)}
    # A void is dated on or after what it voids: the vouchers up to today find every one.
    later = book.cash.entries(start, max(end, today))
    voided = {r.reverses: r.number for r in later if r.reverses is not None}
    vouchers = [
        Voucher(
            r.number,
            r.date,
            r.kind,
            categories.get(r.category_id) if r.category_id else None,
            r.description,
            r.money_account,
            r.to_account,
            r.amount,
            r.reverses is not None,
            voided.get(r.id, ""),
        )
        for r in reversed(later)
        if r.date <= end
    ]
    # Honoraria paid net of PPh 21 (issue 14) are vouchers too (their bukti potong number):
    # the net left Kas or Bank, and a mistake is voided from the same list.
    vouchers += [
        Voucher(
            h.number,
            h.date,
            "honorarium",
            None,
            f"{h.name}: {fmt.rupiah(h.gross)} − PPh 21 {fmt.rupiah(h.tax)}",
            h.account,
            None,
            h.net,
            False,
            fmt.date_short(h.void_date) if h.void_date else "",
        )
        for h in reversed(book.honoraria.between(start, end))
    ]
    vouchers.sort(key=lambda v: v.date, reverse=True)  # stable: newest first, as entered
    return CashPageData(
        today=today,
        balances=book.cash.balances(today),
        book=with_buyers(book.cash.cash_book(start, end, account, lang=lang), lang),
        vouchers=tuple(vouchers),
        closed_until=book.closing.closed_until(),
    )
