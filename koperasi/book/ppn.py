"""PPN keluaran of a cooperative registered as PKP, per month and year (branch i14tax);
computed and shown, not posted. No tax advice beyond the computation.

What is the taxable delivery: in a collective sale the produce is the members'; the
cooperative sells it for them and keeps a marketing fee (4101 Pendapatan Jasa Pemasaran),
which is the consideration of the service it delivers (a Jasa Kena Pajak). The members'
proceeds (2101) are not the cooperative's turnover. Loan service (4102) is a financial
service, not subject to PPN (UU PPN pasal 4A ayat (3) huruf d); bank interest (4903) is no
delivery at all. Other income (4901) is left out: its account cannot tell a taxable rent from
a grant; the cooperative adds the taxable part itself. So the DPP is the month's 4101 fees
(net of reversals), as charged: the book treats the fee as excluding PPN.

Rate: 12 % × DPP nilai lain 11/12 from 2025 (PMK 131/2024), 11 % before (UU HPP); each
month (masa pajak) rounded down to the rupiah, the year the sum of its months.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.tax import ppn, ppn_rate
from koperasi.store.ppn import PpnStore

if TYPE_CHECKING:
    from koperasi.book.book import Book

TAXABLE_ACCOUNTS = (acc.MARKETING_FEE_INCOME,)


@dataclass(frozen=True)
class PpnLine:
    """PPN keluaran of a month (1-12) or the year (0); zeros when the book is not PKP."""

    year: int
    month: int
    pkp: bool
    taxable: int  # the taxable deliveries (4101 fees)
    dpp: int  # the tax base: 11/12 of them from 2025
    rate_bp: int
    dpp_numerator: int
    dpp_denominator: int
    ppn: int


class Ppn:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = PpnStore(book._db)

    def line(self, year: int, month: int = 0) -> PpnLine:
        if not 0 <= month <= 12:
            raise KoperasiError("tax.bad_month", month=month)
        pkp = self.book.tax.profile().pkp
        rate, num, den = ppn_rate(year)
        if not pkp:
            return PpnLine(year, month, False, 0, 0, rate, num, den, 0)
        if not month:
            months = [self.line(year, m) for m in range(1, 13)]
            return PpnLine(
                year,
                0,
                True,
                sum(m.taxable for m in months),
                sum(m.dpp for m in months),
                rate,
                num,
                den,
                sum(m.ppn for m in months),
            )
        start = datetime.date(year, month, 1)
        end = datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)
        taxable = self._store.income(TAXABLE_ACCOUNTS, start, end)
        dpp, due = ppn(taxable, year)
        return PpnLine(year, month, True, taxable, dpp, rate, num, den, due)
