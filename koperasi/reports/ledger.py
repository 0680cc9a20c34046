"""The ledger reports: the trial balance (neraca saldo) and the general journal (jurnal umum)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class TrialBalanceLine:
    """An account's debit and credit totals up to the date, and its balance on its normal
    side (negative when the account stands on the other side)."""

    code: str
    name: str
    kind: str
    debit: int
    credit: int
    balance: int


@dataclass(frozen=True)
class TrialBalanceData:
    """Attributes:
    until: the trial balance is as of the end of this day.
    rows: every account of the chart, in code order.
    difference: total_debit − total_credit; 0 when the books balance.
    """

    header: Header
    until: datetime.date
    rows: tuple[TrialBalanceLine, ...]
    total_debit: int
    total_credit: int

    @property
    def difference(self) -> int:
        return self.total_debit - self.total_credit

    @property
    def balanced(self) -> bool:
        return self.difference == 0


def trial_balance_data(book: Book, until: datetime.date) -> TrialBalanceData:
    header = header_of(book)
    tb = book.journal.trial_balance(until, lang=header.lang)
    rows = tuple(
        TrialBalanceLine(r.code, r.name, r.kind, r.debit, r.credit, r.balance) for r in tb.rows
    )
    return TrialBalanceData(
        header=header,
        until=until,
        rows=rows,
        total_debit=sum(r.debit for r in rows),
        total_credit=sum(r.credit for r in rows),
    )


@dataclass(frozen=True)
class JournalLineData:
    """One side of an entry; member_number names the member the line is for, or ""."""

    account: str
    account_name: str
    member_number: str
    memo: str
    debit: int
    credit: int


@dataclass(frozen=True)
class JournalEntryData:
    """Attributes:
    reverses: the number of the entry this one reverses, or "".
    reversed_by: the number of the entry that reverses this one, or "".
    """

    number: str
    date: datetime.date
    description: str
    reverses: str
    reversed_by: str
    lines: tuple[JournalLineData, ...]
    total_debit: int
    total_credit: int


@dataclass(frozen=True)
class JournalData:
    """The journal entries dated in [start, end], in date order, with their totals."""

    header: Header
    start: datetime.date
    end: datetime.date
    entries: tuple[JournalEntryData, ...]
    total_debit: int
    total_credit: int
    line_count: int


def journal_data(book: Book, start: datetime.date, end: datetime.date) -> JournalData:
    if start > end:
        raise ValueError(f"the period starts after it ends: {start} > {end}")
    header = header_of(book)
    entries = book.journal.entries(start, end)
    names = {a.code: a.name(header.lang) for a in book.journal.accounts()}
    member_ids = sorted({ln.member_id for e in entries for ln in e.lines if ln.member_id})
    members = book.members.by_ids(member_ids)
    numbers = {e.id: e.number for e in entries}
    reversed_by = book.journal.reversal_numbers()

    def number_of(entry_id: int | None) -> str:
        if entry_id is None:
            return ""
        if entry_id not in numbers:
            numbers[entry_id] = book.journal.number_of(entry_id)
        return numbers[entry_id]

    result = []
    for e in entries:
        lines = tuple(
            JournalLineData(
                account=ln.account,
                account_name=names.get(ln.account, ""),
                member_number=members[ln.member_id].number if ln.member_id in members else "",
                memo=ln.memo,
                debit=ln.debit,
                credit=ln.credit,
            )
            for ln in e.lines
        )
        result.append(
            JournalEntryData(
                number=e.number,
                date=e.date,
                description=e.description,
                reverses=number_of(e.reverses),
                reversed_by=reversed_by.get(e.id, "") if e.id is not None else "",
                lines=lines,
                total_debit=sum(ln.debit for ln in lines),
                total_credit=sum(ln.credit for ln in lines),
            )
        )
    return JournalData(
        header=header,
        start=start,
        end=end,
        entries=tuple(result),
        total_debit=sum(e.total_debit for e in result),
        total_credit=sum(e.total_credit for e in result),
        line_count=sum(len(e.lines) for e in result),
    )
