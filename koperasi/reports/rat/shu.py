"""The RAT report's SHU distribution list (daftar pembagian SHU)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from koperasi.core.shu import DEFAULT_SHU_SPLIT_BP, SHU_PARTS, check_split, distribute
from koperasi.core.yearend import RAT_PARTS
from koperasi.reports.header import Header, header_of
from koperasi.reports.rat.ledger import year_end, year_start
from koperasi.reports.rat.statements import operations

if TYPE_CHECKING:
    from koperasi.book import Book

# -- the SHU distribution list (daftar pembagian SHU) -------------------------------------------


@dataclass(frozen=True)
class ShuPartLine:
    """A part of the statutes' split: "reserve", "jasa_usaha", ... with its rate and rupiah."""

    part: str
    bp: int
    amount: int


@dataclass(frozen=True)
class ShuMemberLine:
    """A member's SHU for the year.

    Attributes:
      transactions: the value of their transactions with the cooperative in the year (what
        jasa usaha is proportional to).
      capital: their simpanan pokok + wajib (what jasa modal is proportional to).
      paid: how much of it was paid; method "cash" or "sukarela" (credited to voluntary
        savings), "" while unpaid; paid_on the day.
    """

    number: str
    name: str
    village: str
    transactions: int
    jasa_usaha: int
    capital: int
    jasa_modal: int
    paid: int = 0
    method: str = ""
    paid_on: datetime.date | None = None

    @property
    def total(self) -> int:
        return self.jasa_usaha + self.jasa_modal


@dataclass(frozen=True)
class ShuList:
    """The year's surplus, its split and each member's part.

    Attributes:
      status: "posted" (the distribution the book holds), "preview" (computed now from the
        journal, not yet approved and posted: printed PRATINJAU) or "none" (no surplus to
        share: income does not exceed expenses).
      income, expenses, surplus: the year's, as the distribution was (or would be) computed.
      parts: the statutes' parts in order; they sum to the surplus.
      members: members with a part, in member-number order; their jasa usaha sums to the
        jasa_usaha part and their jasa modal to the jasa_modal part.
    """

    header: Header
    year: int
    status: str
    income: int
    expenses: int
    surplus: int
    parts: tuple[ShuPartLine, ...]
    members: tuple[ShuMemberLine, ...]
    # The bases the shares were computed on (issue 14): "year_end"/"average", {basis: bp}
    # of the transaction basis and each component's total; empty when not known (a year
    # posted or decided before they were recorded).
    capital_basis: str = ""
    transaction_basis: dict[str, int] = field(default_factory=dict)
    transaction_totals: dict[str, int] = field(default_factory=dict)

    @property
    def preview(self) -> bool:
        return self.status == "preview"

    def part(self, name: str) -> int:
        return sum(p.amount for p in self.parts if p.part == name)

    @property
    def parts_total(self) -> int:
        """The parts' sum: the surplus, whenever there is a split."""
        return sum(p.amount for p in self.parts)

    @property
    def split_total_bp(self) -> int:
        return sum(p.bp for p in self.parts)

    @property
    def total_transactions(self) -> int:
        return sum(m.transactions for m in self.members)

    @property
    def total_jasa_usaha(self) -> int:
        return sum(m.jasa_usaha for m in self.members)

    @property
    def total_capital(self) -> int:
        return sum(m.capital for m in self.members)

    @property
    def total_jasa_modal(self) -> int:
        return sum(m.jasa_modal for m in self.members)

    @property
    def total(self) -> int:
        return sum(m.total for m in self.members)

    @property
    def total_paid(self) -> int:
        return sum(m.paid for m in self.members)


def shu_list(book: Book, year: int) -> ShuList:
    """The distribution the book holds for `year`, or, until it is posted, the one posting
    would make now (book.shu.preview computes both the same way)."""
    header = header_of(book)
    if not book.annual.has_shu_tables():
        return _shu_from_journal(book, year, header)
    decided = _shu_from_decision(book, year, header)
    if decided is not None:
        return decided
    report = book.shu.preview(year, header.lang)
    if report.posted:
        status = "posted"
    elif report.surplus > 0:
        status = "preview"
    else:
        status = "none"
    parts = tuple(
        ShuPartLine(part, report.split_bp.get(part, 0), report.parts.get(part, 0))
        for part in SHU_PARTS
        if report.parts
    )
    members = tuple(
        ShuMemberLine(
            number=share.member.number,
            name=share.member.name,
            village=share.member.village,
            transactions=share.transactions,
            jasa_usaha=share.jasa_usaha,
            capital=share.capital,
            jasa_modal=share.jasa_modal,
            paid=share.payment.amount if share.payment else 0,
            method=share.payment.method if share.payment else "",
            paid_on=share.payment.date if share.payment else None,
        )
        for share in report.members
    )
    basis = book.yearend.transactions(year) if not report.posted else None
    return ShuList(
        header=header,
        year=year,
        status=status,
        income=report.total_income,
        expenses=report.total_expenses,
        surplus=report.surplus,
        parts=parts,
        members=members,
        capital_basis=book.yearend.capital_basis() if basis else "",
        transaction_basis=dict(basis.mix) if basis else {},
        transaction_totals=dict(basis.totals) if basis else {},
    )


def _shu_from_journal(book: Book, year: int, header: Header) -> ShuList:
    """A preview for a book that holds no savings or SHU yet (made before them and opened
    read-only): the statutes' default split of the year's surplus, jasa usaha over the
    members' sale shares; with no savings, jasa modal goes to the reserve."""
    ops = operations(book, year)
    if ops.surplus <= 0:
        return ShuList(
            header, year, "none", ops.income.total, ops.expenses.total, ops.surplus, (), ()
        )
    transactions = book.annual.member_sale_shares(year_start(year), year_end(year))
    split = check_split(DEFAULT_SHU_SPLIT_BP)
    d = distribute(year, ops.surplus, split, transactions, {})
    members = book.members.by_ids(d.members)
    return ShuList(
        header=header,
        year=year,
        status="preview",
        income=ops.income.total,
        expenses=ops.expenses.total,
        surplus=ops.surplus,
        parts=tuple(ShuPartLine(p, split[p], d.parts[p]) for p in SHU_PARTS),
        members=tuple(
            ShuMemberLine(
                members[m].number,
                members[m].name,
                members[m].village,
                transactions.get(m, 0),
                d.jasa_usaha.get(m, 0),
                0,
                d.jasa_modal.get(m, 0),
            )
            for m in d.members
        ),
        capital_basis="year_end",
        transaction_basis={"sales": 10_000},
        transaction_totals={"sales": sum(v for v in transactions.values() if v > 0)},
    )


def _shu_from_decision(book: Book, year: int, header: Header) -> ShuList | None:
    """The RAT's standing decision on a year closed by book.yearend (issue 14): the parts
    as voted and the amounts actually allocated, a carried deficit it covered first, and
    each member's share with their payment."""
    if not book.yearend.is_closed(year):
        return None
    decision = book.yearend.decision(year)
    if decision is None or book.yearend.closing(year) is None:
        return None
    row = decision.row
    income, expenses = book.shu.figures(year, header.lang)
    parts: list[ShuPartLine] = []
    if row.deficit_covered:
        parts.append(ShuPartLine("deficit", 0, row.deficit_covered))
    for part in RAT_PARTS:
        bp, amount = row.split.get(part, 0), row.parts.get(part, 0)
        if part in SHU_PARTS or bp or amount:
            parts.append(ShuPartLine(part, bp, amount))
    paid = {p.member_id: p for p in book.shu.payments(year)}
    members = tuple(
        ShuMemberLine(
            number=m.number,
            name=m.name,
            village=m.village,
            transactions=r.transactions,
            jasa_usaha=r.jasa_usaha,
            capital=r.capital,
            jasa_modal=r.jasa_modal,
            paid=paid[m.id].amount if m.id in paid else 0,
            method=paid[m.id].method if m.id in paid else "",
            paid_on=paid[m.id].date if m.id in paid else None,
        )
        for m, r in decision.members
    )
    return ShuList(
        header=header,
        year=year,
        status="posted" if row.split else "none",
        income=sum(a.amount for a in income),
        expenses=sum(a.amount for a in expenses),
        surplus=decision.closing.result,
        parts=tuple(parts) if row.split else (),
        members=members,
        capital_basis=decision.basis.capital if decision.basis else "",
        transaction_basis=dict(decision.basis.transactions) if decision.basis else {},
        transaction_totals=dict(decision.basis.totals) if decision.basis else {},
    )
