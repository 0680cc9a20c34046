"""The cash book (buku kas) or bank book of a period, ready to print: every movement of the
money account with the balance after it, the opening and closing balances and the totals."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book
    from koperasi.book.cash import CashBookLine


@dataclass(frozen=True)
class CashBookData:
    """Attributes:
    account: "1101" (Kas) or "1102" (Bank); account_name in the header's language.
    lines: each movement, whatever posted it, with the balance after it.
    closing = opening + total_received − total_paid.
    """

    header: Header
    account: str
    account_name: str
    start: datetime.date
    end: datetime.date
    opening: int
    lines: tuple[CashBookLine, ...]
    total_received: int
    total_paid: int
    closing: int


def cash_book_data(
    book: Book, start: datetime.date, end: datetime.date, account: str = "kas"
) -> CashBookData:
    header = header_of(book)
    cb = book.cash.cash_book(start, end, account, lang=header.lang)
    return CashBookData(
        header=header,
        account=cb.account,
        account_name=cb.account_name,
        start=cb.start,
        end=cb.end,
        opening=cb.opening,
        lines=cb.lines,
        total_received=cb.total_received,
        total_paid=cb.total_paid,
        closing=cb.closing,
    )
