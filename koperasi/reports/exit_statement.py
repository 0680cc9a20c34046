"""A member's exit statement (surat keterangan keluar) and the receipt for the refund:
savings handed back, loans settled from them, what the member received, in words."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core.errors import KoperasiError
from koperasi.core.terbilang import amount_in_words
from koperasi.reports.header import Header, header_of
from koperasi.reports.slips import meterai_duty

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class ExitLoan:
    number: str
    kind: str
    principal: int
    service: int


@dataclass(frozen=True)
class ExitData:
    """Everything the exit statement and its receipt print, every figure computed.

    Attributes:
      part: "statement" or "receipt": the two pages printed together.
      savings: pokok + wajib + sukarela; owed: the loans settled (principal + service).
      paid: savings - owed: what the member receives (or is owed, refund "payable").
    """

    header: Header
    part: str
    number: str
    date: datetime.date
    member_number: str
    member_name: str
    member_village: str
    joined: datetime.date | None
    reason: str
    refund: str
    pokok: int
    wajib: int
    sukarela: int
    loans: tuple[ExitLoan, ...]
    savings: int
    owed: int
    paid: int
    in_words: str
    meterai_duty: int | None


def exit_data(book: Book, member: str) -> list[ExitData]:
    """The exit statement and receipt of a member who left (two pages)."""
    the_member = book.members.get(member)
    row = book.leaving.of_member(the_member.number)
    if row is None:
        raise KoperasiError("exit.not_left", number=the_member.number)
    header = header_of(book)
    loans = []
    if row.entry_id is not None:
        for loan in book.loans.list(the_member.number):
            for r in book.loans.repayments(loan.loan.number):
                if r.entry_id == row.entry_id:
                    loans.append(ExitLoan(loan.loan.number, loan.loan.kind, r.principal, r.service))
    common = dict(
        header=header,
        number=row.number,
        date=row.date,
        member_number=the_member.number,
        member_name=the_member.name,
        member_village=the_member.village,
        joined=the_member.joined,
        reason=row.reason,
        refund=row.refund,
        pokok=row.pokok,
        wajib=row.wajib,
        sukarela=row.sukarela,
        loans=tuple(loans),
        savings=row.savings,
        owed=row.loans,
        paid=row.paid,
        in_words=amount_in_words(row.paid, header.lang),
        meterai_duty=meterai_duty(row.paid),
    )
    return [ExitData(part="statement", **common), ExitData(part="receipt", **common)]  # type: ignore[arg-type]
