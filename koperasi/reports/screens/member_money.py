"""The member page's money tab read model: savings balances, the passbook with what each line
came from or was voided by, and the member's loans with their installment plans."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from koperasi.book import Book


@dataclass(frozen=True)
class Movement:
    """A passbook line: the receipt, its kind, how it was paid and the balance after it.

    Attributes:
      source: the payout slip that deducted it, or the receipt it voids, or "".
      voided_by: the receipt that voids this one, or "".
    """

    number: str
    date: datetime.date
    kind: str
    method: str
    amount: int
    balance: int
    memo: str
    source: str
    voids: bool
    voided_by: str


@dataclass(frozen=True)
class MemberMoneyData:
    """A member's savings balances, passbook (newest first) and loans; `outstanding` and
    `due` are summed over the loans."""

    today: datetime.date
    pokok: int
    wajib: int
    sukarela: int
    wajib_due: int
    movements: tuple[Movement, ...]
    loans: tuple  # LoanStatus, newest first
    plans: dict  # loan number → installment plan

    @property
    def outstanding(self) -> int:
        return sum(s.outstanding for s in self.loans)

    @property
    def due(self) -> int:
        return sum(s.due for s in self.loans)


def member_money(book: Book, number: str) -> MemberMoneyData:
    """A member's balances, passbook and loans as of the book's today."""
    member = book.members.get(number)
    today = book.today()
    balance = book.savings.balances(member.number)
    passbook = book.savings.movements(member.number)
    numbers = {m.row.id: m.row.number for m in passbook}
    voided = {m.row.reverses: m.row.number for m in passbook if m.row.reverses is not None}
    slips = {p.id: p.slip for p in book.payouts.of_member(member.number)}
    movements = []
    for m in reversed(passbook):
        row = m.row
        if row.reverses is not None:
            source = numbers.get(row.reverses, "")
        elif row.payout_id is not None:
            source = slips.get(row.payout_id, "")
        else:
            source = ""
        movements.append(
            Movement(
                row.number,
                row.date,
                row.kind,
                row.method,
                row.amount,
                m.balance,
                row.memo,
                source,
                row.reverses is not None,
                voided.get(row.id, ""),
            )
        )
    loans = list(reversed(book.loans.list(member.number, on=today)))
    return MemberMoneyData(
        today=today,
        pokok=balance.pokok,
        wajib=balance.wajib,
        sukarela=balance.sukarela,
        wajib_due=book.savings.wajib_due(member.number, today),
        movements=tuple(movements),
        loans=tuple(loans),
        plans={s.loan.number: book.loans.schedule(s.loan.number) for s in loans},
    )
