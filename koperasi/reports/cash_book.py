"""The cash book (buku kas) or bank book of a period, ready to print: every movement of the
money account with the balance after it, the opening and closing balances and the totals."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of
from koperasi.text import text
from koperasi.text.i14shu import I14SHU

if TYPE_CHECKING:
    from koperasi.book.book import Book
    from koperasi.book.cash import CashBook, CashBookLine


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


def with_buyers(cb: CashBook, lang: str = "id") -> CashBook:
    """The cash book with each income voucher that names the member who bought (their
    purchases from the cooperative, a basis of jasa anggota) saying so in its description:
    "Penjualan pupuk (dibeli oleh A-0003 Siti)"."""

    def described(line: CashBookLine) -> CashBookLine:
        if not line.member:
            return line
        # The journal names the buyer by number only ("Pupuk 10 sak (LJ-0003)"): the cash
        # book says who it is, once.
        bare = line.description.removesuffix(f" ({line.member.split(' ', 1)[0]})")
        return replace(
            line, description=text(I14SHU, "bought_by", lang, text=bare, member=line.member)
        )

    return replace(cb, lines=tuple(described(line) for line in cb.lines))


def cash_book_data(
    book: Book, start: datetime.date, end: datetime.date, account: str = "kas"
) -> CashBookData:
    header = header_of(book)
    cb = with_buyers(book.cash.cash_book(start, end, account, lang=header.lang), header.lang)
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
