"""The year-end box's read model (Tutup buku & SHU page): where a year stands in the flow
close → RAT decision → payment, with the figures the box shows and asks about."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from koperasi.book import Book
from koperasi.book.shu import ShuMemberShare, ShuReport
from koperasi.book.yearend import RatDecision
from koperasi.store.yearend import YearClosingRow


@dataclass(frozen=True)
class YearEndData:
    """One year in the year-end flow.

    Attributes:
      over: the year has ended (it may be closed).
      closing: the year closed with close_year (SHU Belum Dibagi / SHU Negatif), or None.
      statutes_posted: the year was closed and split by the statutes with the older posting.
      result: the closed result, or for an open year the result so far (a preview).
      decision: the RAT's standing decision; paid: some of its SHU is paid (no amending).
      statutes: the statutes' percentages (basis points per RAT part), the form's default.
      carried_deficit: a deficit of earlier years a surplus would cover first.
    """

    year: int
    today: datetime.date
    over: bool
    closing: YearClosingRow | None
    statutes_posted: bool
    result: int
    decision: RatDecision | None
    paid: bool
    statutes: dict[str, int]
    carried_deficit: int
    # The settings' bases (issue 14, i14shu): the form's default for a new decision.
    transaction_basis: dict[str, int] = field(default_factory=dict)
    capital_basis: str = "year_end"

    @property
    def closed(self) -> bool:
        return self.closing is not None or self.statutes_posted

    @property
    def provisional(self) -> bool:
        """The year is not closed: its figures are a preview (PRATINJAU)."""
        return not self.closed


def year_end_data(book: Book, year: int) -> YearEndData:
    today = book.today()
    closing = book.yearend.closing(year)
    statutes_posted = closing is None and book.shu.is_posted(year)
    if closing is not None:
        result = closing.result
    else:
        income, expenses = book.shu.figures(year)
        result = sum(a.amount for a in income) - sum(a.amount for a in expenses)
    decision = book.yearend.decision(year)
    end = datetime.date(year, 12, 31)
    return YearEndData(
        year=year,
        today=today,
        over=end < today,
        closing=closing,
        statutes_posted=statutes_posted,
        result=result,
        decision=decision,
        paid=book.shu.is_posted(year) and closing is not None,
        statutes=book.yearend.statutes_split(),
        carried_deficit=book.yearend.carried_deficit(end) if closing else 0,
        transaction_basis=book.yearend.transaction_basis(),
        capital_basis=book.yearend.capital_basis(),
    )


def decided_report(book: Book, data: YearEndData, lang: str) -> ShuReport | None:
    """A year the RAT decided whose SHU is not paid yet, as the SHU list shows it to pay
    from: the members' shares as decided (the first payment freezes them)."""
    d = data.decision
    if d is None or data.paid or d.row.entry_id is None or not d.members:
        return None
    income, expenses = book.shu.figures(data.year, lang)
    row = d.row
    return ShuReport(
        data.year,
        income,
        expenses,
        sum(a.amount for a in income),
        sum(a.amount for a in expenses),
        d.closing.result,
        dict(row.split),
        dict(row.parts),
        tuple(
            ShuMemberShare(m, r.transactions, r.capital, r.jasa_usaha, r.jasa_modal)
            for m, r in d.members
        ),
        posted=True,
        entry_number=d.entry_number,
        close_entry_number=book.journal.number_of(d.closing.entry_id),
    )
