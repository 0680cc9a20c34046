"""The printable bukti potong of a honorarium paid net of PPh 21 (branch i14tax): the
recipient, gross, tax base, rate, PPh 21 withheld, net paid with the amount in words, and
signatures. A receipt for the recipient, not the tax office's own form."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core.terbilang import amount_in_words
from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class BuktiPotongData:
    header: Header
    number: str
    date: datetime.date
    name: str
    tax_id: str
    category: str
    description: str
    gross: int
    base: int
    rate_bp: int
    surcharge_bp: int
    tax: int
    net: int
    account: str
    in_words: str  # terbilang of the net paid
    void_date: datetime.date | None


def bukti_potong_data(book: Book, number: str) -> BuktiPotongData:
    header = header_of(book)
    r = book.honoraria.get(number)
    return BuktiPotongData(
        header=header,
        number=r.number,
        date=r.date,
        name=r.name,
        tax_id=r.tax_id,
        category=r.category,
        description=r.description,
        gross=r.gross,
        base=r.base,
        rate_bp=r.rate_bp,
        surcharge_bp=r.surcharge_bp,
        tax=r.tax,
        net=r.net,
        account=r.account,
        in_words=amount_in_words(r.net, header.lang),
        void_date=r.void_date,
    )
