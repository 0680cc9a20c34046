"""The savings and loans screen's read model: every member's savings balances joined with
their loans, and the cooperative's totals (the screen's cards)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from koperasi.book import Book
from koperasi.core.model import Member

# The amounts of a member's row, in the order the screen shows them.
AMOUNTS = ("pokok", "wajib", "sukarela", "wajib_due", "loans_outstanding", "loans_due")


@dataclass(frozen=True)
class MemberMoney:
    """A member's savings balances and loans on a date.

    Attributes:
      wajib_due: mandatory savings in arrears (this month's included).
      loans_outstanding: principal still owed on their kasbon and pinjaman.
      loans_due: what of it (principal and service charge) has fallen due and is unpaid.
    """

    member: Member
    pokok: int
    wajib: int
    sukarela: int
    wajib_due: int
    loans_outstanding: int
    loans_due: int

    def amount(self, name: str) -> int:
        """One of AMOUNTS by name."""
        return getattr(self, name)


@dataclass(frozen=True)
class SavingsOverview:
    """Every member's row and the cooperative's totals on a date.

    Attributes:
      totals: the sum of each of AMOUNTS over all rows.
      counts: how many members have a non-zero amount of each of AMOUNTS.
      arrears: wajib in arrears plus installments due, of all members.
    """

    on: datetime.date
    rows: tuple[MemberMoney, ...]
    totals: dict[str, int]
    counts: dict[str, int]
    arrears: int

    def total(self, name: str) -> int:
        return self.totals[name]

    def count(self, name: str) -> int:
        return self.counts[name]


def savings_overview(book: Book, on: datetime.date | None = None) -> SavingsOverview:
    """The savings overview joined with each member's loans, on `on` (the book's today)."""
    on = on or book.today()
    loans = book.loans.outstanding_by_member(on)
    rows = []
    for s in book.savings.overview(on):
        outstanding, due = loans.get(s.member.id, (0, 0))
        rows.append(
            MemberMoney(
                s.member,
                s.balance.pokok,
                s.balance.wajib,
                s.balance.sukarela,
                s.wajib_due,
                outstanding,
                due,
            )
        )
    totals = {name: sum(r.amount(name) for r in rows) for name in AMOUNTS}
    counts = {name: sum(1 for r in rows if r.amount(name)) for name in AMOUNTS}
    return SavingsOverview(
        on, tuple(rows), totals, counts, arrears=totals["wajib_due"] + totals["loans_due"]
    )
