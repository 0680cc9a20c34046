"""The RAT report's shared ground: the year's bounds, the journal summed by year and
account (read once for every part), and the shapes the statements share."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core.model import Account
from koperasi.core.units import CENTS_PER_RUPIAH, GRAMS_PER_KG, round_half_up_div

if TYPE_CHECKING:
    from koperasi.book import Book


# The source of the year-end closing entry that moves the year's income and expenses into
# SHU Tahun Berjalan (3301). The statement of operations leaves it out, or it would show
# every income and expense account at zero once the year is closed.
CLOSING_SOURCE = "shu_close"


def year_start(year: int) -> datetime.date:
    return datetime.date(year, 1, 1)


def year_end(year: int) -> datetime.date:
    return datetime.date(year, 12, 31)


def average_price_cents(gross: int, sold_grams: int) -> int | None:
    """What buyers paid per kg (hundredths of a rupiah, half up), or None without weight."""
    if sold_grams <= 0:
        return None
    return round_half_up_div(gross * CENTS_PER_RUPIAH * GRAMS_PER_KG, sold_grams)


# -- shared shapes --------------------------------------------------------------------


@dataclass(frozen=True)
class AccountAmount:
    """One line of a statement: an account (or a computed line) in the year and the year before.

    Attributes:
      code: the account code, or "" for a computed line.
      key: "" for an account; for a computed line what it is: "current_result" (the year's
        surplus not yet closed into SHU Tahun Berjalan) or "earlier_result" (earlier years'
        surplus never closed).
      amount / previous: on the account's normal side (negative when it stands on the other).
    """

    code: str
    name: str
    amount: int
    previous: int
    key: str = ""


@dataclass(frozen=True)
class Group:
    """A group of lines with its totals in both years ("assets", "income", ...)."""

    key: str
    lines: tuple[AccountAmount, ...]
    total: int
    previous_total: int


def _group(key: str, lines: Iterable[AccountAmount]) -> Group:
    kept = tuple(lines)
    return Group(key, kept, sum(x.amount for x in kept), sum(x.previous for x in kept))


@dataclass(frozen=True)
class YearLedger:
    """The journal summed by year and account, read once for all the parts of a report.

    Attributes:
      accounts: the chart of accounts, in code order.
      sums: (year, account) → (debits, credits, closing debits, closing credits), the last
        two of the year-end closing entries alone (source CLOSING_SOURCE).
    """

    accounts: tuple[Account, ...]
    sums: dict[tuple[int, str], tuple[int, int, int, int]]

    def kind(self, code: str) -> str:
        return next(a.kind for a in self.accounts if a.code == code)

    def movements(self, year: int, closing: bool = True) -> dict[str, tuple[int, int]]:
        """{account: (debits, credits)} of the entries dated in `year`; without the
        year-end closing entry when `closing` is False."""
        found = {}
        for a in self.accounts:
            debit, credit, closing_debit, closing_credit = self.sums.get(
                (year, a.code), (0, 0, 0, 0)
            )
            if not closing:
                debit, credit = debit - closing_debit, credit - closing_credit
            found[a.code] = (debit, credit)
        return found

    def totals(self, year: int) -> dict[str, tuple[int, int]]:
        """{account: (debits, credits)} of every entry up to 31 December of `year`."""
        found = {a.code: (0, 0) for a in self.accounts}
        for (y, code), (debit, credit, _, _) in self.sums.items():
            if y <= year and code in found:
                d, c = found[code]
                found[code] = (d + debit, c + credit)
        return found

    def balances(self, year: int) -> dict[str, int]:
        """Each account's balance at 31 December of `year`, on its normal side: the trial
        balance of that day."""
        return {code: _normal(self.kind(code), d, c) for code, (d, c) in self.totals(year).items()}

    def result(self, sums: dict[str, tuple[int, int]]) -> int:
        """Income − expenses over {account: (debits, credits)}."""
        kinds = {a.code: a.kind for a in self.accounts}
        return sum(c - d for code, (d, c) in sums.items() if kinds[code] in ("income", "expense"))


def _normal(kind: str, debit: int, credit: int) -> int:
    return debit - credit if kind in ("asset", "expense") else credit - debit


def year_ledger(book: Book) -> YearLedger:
    """The journal summed by year and account, in one pass (see AnnualStore)."""
    sums: dict[tuple[int, str], tuple[int, int, int, int]] = {}
    for year, code, closing, debit, credit in book.annual.movements_by_year(CLOSING_SOURCE):
        d, c, cd, cc = sums.get((year, code), (0, 0, 0, 0))
        if closing:
            sums[(year, code)] = (d + debit, c + credit, cd + debit, cc + credit)
        else:
            sums[(year, code)] = (d + debit, c + credit, cd, cc)
    return YearLedger(tuple(book.journal.accounts()), sums)
