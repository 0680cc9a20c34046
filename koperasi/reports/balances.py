"""Each account's balance on a date, on its normal side: Kas, Bank and the funds included."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc

if TYPE_CHECKING:
    from koperasi.book import Book


@dataclass(frozen=True)
class AccountBalance:
    """An account of the chart and its balance at the end of a day.

    Attributes:
      balance: debit − credit for a debit-normal account, credit − debit otherwise; an
        account with no entries shows 0.
      never_negative: Kas, Bank or a fund, which the book never lets go below zero.
    """

    code: str
    name_id: str
    name_en: str
    kind: str
    normal: str
    balance: int
    never_negative: bool

    def name(self, lang: str = "id") -> str:
        return self.name_en if lang == "en" else self.name_id


def account_balances(book: Book, on: datetime.date | None = None) -> list[AccountBalance]:
    """Every account of the chart in code order, with its balance at the end of `on` (all
    entries when None)."""
    totals = {r.code: (r.debit, r.credit) for r in book.journal.trial_balance(on).rows}
    found = []
    for a in sorted(book.journal.accounts(), key=lambda a: a.code):
        debit, credit = totals.get(a.code, (0, 0))
        balance = debit - credit if a.normal == "debit" else credit - debit
        found.append(
            AccountBalance(
                a.code,
                a.name_id,
                a.name_en,
                a.kind,
                a.normal,
                balance,
                a.code in acc.NEVER_NEGATIVE,
            )
        )
    return found
