"""Advances (kasbon) and loans (pinjaman): paid out, scheduled, repaid in cash or at payout.

A kasbon is an advance against the next harvest: no term, no service charge, all of it due
at the next payout. A pinjaman has a monthly installment plan (core.loans.schedule) with a
service charge (jasa) flat on the principal or on the declining balance. Repayments pay the
service charge due first, then principal. 1202 Piutang Anggota carries what is still owed,
each line tagged with the member.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.collectibility import CLASSES, collectibility, days_overdue
from koperasi.core.errors import KoperasiError
from koperasi.core.loans import (
    LOAN_KINDS,
    ON_BALANCE,
    Installment,
    LoanPosition,
    position,
    schedule,
    split_repayment,
)
from koperasi.core.model import JournalEntry, JournalLine, Member
from koperasi.core.numbering import document_number
from koperasi.store.loans import LoanRow, RepaymentRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

MONEY_METHODS = {"cash": acc.CASH, "tunai": acc.CASH, "transfer": acc.BANK, "bank": acc.BANK}
SERIES = {"pinjaman": "loan", "kasbon": "kasbon"}


@functools.lru_cache(maxsize=4096)
def _plan(
    kind: str, principal: int, months: int, rate_bp: int, method: str, start: datetime.date
) -> tuple[Installment, ...]:
    if kind == "kasbon":
        return ()
    return schedule(principal, months, rate_bp, method, start)


def plan_of(loan: LoanRow) -> tuple[Installment, ...]:
    """The installment plan of a loan (empty for a kasbon)."""
    return _plan(loan.kind, loan.principal, loan.months, loan.rate_bp, loan.method, loan.date)


def position_of(
    loan: LoanRow,
    principal_paid: int,
    service_paid: int,
    on: datetime.date,
    history: Sequence[tuple[datetime.date, int]] = (),
) -> LoanPosition:
    """Where a loan stands on a date. Once its principal is repaid the loan is closed: the
    service charge of months not yet due is not charged. `history`, the (date, principal)
    of its repayments, lets a loan charged on its balance charge service on what is actually
    owed after a prepayment (core.loans.position)."""
    outstanding = loan.principal - principal_paid
    if outstanding <= 0:
        return LoanPosition(0, 0, 0)
    return position(
        loan.kind,
        loan.principal,
        plan_of(loan),
        principal_paid,
        service_paid,
        on,
        rate_bp=loan.rate_bp,
        history=history if loan.method in ON_BALANCE else (),
        start=loan.date,
    )


@dataclass(frozen=True)
class LoanStatus:
    """A loan, its member, what was repaid and where it stands on a date.

    Attributes:
      position: outstanding principal, and principal and service due (arrears included).
      next_installment: the first installment falling due after the date, if any.
    """

    loan: LoanRow
    member: Member
    principal_paid: int
    service_paid: int
    position: LoanPosition
    next_installment: Installment | None

    @property
    def outstanding(self) -> int:
        return self.position.outstanding

    @property
    def due(self) -> int:
        return self.position.due


class Loans:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_loans

    # -- paying out ------------------------------------------------------------------

    @operation("loan.grant", "loans", "journal")
    def grant(
        self,
        member: str,
        kind: str,
        amount: int,
        date: datetime.date | None = None,
        months: int = 0,
        rate_bp: int = 0,
        method: str = "flat",
        purpose: str = "",
        paid_from: str = "cash",
    ) -> LoanRow:
        """Pay out a kasbon or a pinjaman: Dr 1202 Piutang Anggota / Cr Kas or Bank."""
        kind = (kind or "").strip().lower()
        if kind not in LOAN_KINDS:
            raise KoperasiError("loan.bad_kind")
        the_member = self.book.members.get(member)
        if not the_member.active:
            raise KoperasiError("member.inactive", number=the_member.number, name=the_member.name)
        money = MONEY_METHODS.get((paid_from or "").strip().lower())
        if money is None:
            raise KoperasiError("loan.bad_money")
        if amount is None or amount <= 0:
            raise KoperasiError("loan.amount_positive")
        if kind == "kasbon":
            if months or rate_bp:
                raise KoperasiError("loan.kasbon_terms")
            months, rate_bp, method = 0, 0, "none"
        else:
            method = (method or "").strip().lower()
            method = {"menurun": "declining", "anuitas": "annuity"}.get(method, method)
        day = self.book.closing.check_date(date)
        if the_member.joined and day < the_member.joined:
            raise KoperasiError(
                "member.before_joined",
                date=fmt.date_short(day),
                number=the_member.number,
                joined=fmt.date_short(the_member.joined),
            )
        if kind == "pinjaman":
            schedule(amount, months, rate_bp, method, day)  # refuses a bad term, rate or method
        series = SERIES[kind]
        with self.book.atomic():
            seq = self.book._settings.next_seq(series, day.year)
            loan_id = self._store.next_id()
            loan = LoanRow(
                id=loan_id,
                number=document_number(series, day.year, seq),
                kind=kind,
                member_id=the_member.id,
                date=day,
                principal=amount,
                months=months,
                rate_bp=rate_bp,
                method=method,
                purpose=(purpose or "").strip(),
                money_account=money,
                entry_id=0,
            )
            word = "Kasbon" if kind == "kasbon" else "Pinjaman"
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    day,
                    f"{word} {loan.number} kepada {the_member.number} {the_member.name}",
                    (
                        JournalLine(acc.MEMBER_RECEIVABLE, debit=amount, member_id=the_member.id),
                        JournalLine(money, credit=amount),
                    ),
                    source="loan",
                    source_id=loan_id,
                )
            )
            self._store.insert(replace(loan, entry_id=entry_id), day.year, seq)
        return self.get(loan.number)

    # -- reading -----------------------------------------------------------------------

    def _history(self, loan: LoanRow, principal_paid: int) -> list[tuple[datetime.date, int]]:
        """The principal repayments of a loan charged on its balance (nothing to read for a
        loan on which no principal was repaid, or one charged flat)."""
        if not principal_paid or loan.method not in ON_BALANCE:
            return []
        return self._store.principal_history(loan.id)

    def get(self, number: str) -> LoanRow:
        loan = self._store.by_number(number)
        if loan is None:
            raise KoperasiError("loan.not_found", number=number)
        return loan

    def by_id(self, loan_id: int) -> LoanRow:
        loan = self._store.get(loan_id)
        if loan is None:
            raise KoperasiError("loan.not_found", number=f"#{loan_id}")
        return loan

    def schedule(self, number: str) -> tuple[Installment, ...]:
        """The installment plan (empty for a kasbon, which is due whole at the next payout)."""
        return plan_of(self.get(number))

    def position(self, number: str, on: datetime.date | None = None) -> LoanPosition:
        loan = self.get(number)
        principal_paid, service_paid = self._store.repaid(loan.id)
        history = self._history(loan, principal_paid)
        return position_of(loan, principal_paid, service_paid, on or self.book.today(), history)

    def _status(
        self,
        loan: LoanRow,
        member: Member,
        principal_paid: int,
        service_paid: int,
        on: datetime.date,
    ) -> LoanStatus:
        pos = position_of(
            loan, principal_paid, service_paid, on, self._history(loan, principal_paid)
        )
        upcoming = None
        if pos.outstanding:
            upcoming = next((i for i in plan_of(loan) if i.due > on), None)
        return LoanStatus(loan, member, principal_paid, service_paid, pos, upcoming)

    def status(self, number: str, on: datetime.date | None = None) -> LoanStatus:
        loan = self.get(number)
        principal_paid, service_paid = self._store.repaid(loan.id)
        member = self.book.members.by_id(loan.member_id)
        return self._status(loan, member, principal_paid, service_paid, on or self.book.today())

    def list(
        self,
        member: str | None = None,
        open_only: bool = False,
        on: datetime.date | None = None,
    ) -> list[LoanStatus]:
        """Loans (of a member, or all), each with its balance and what is due, oldest first."""
        on = on or self.book.today()
        member_id = self.book.members.get(member).id if member else None
        loans = self._store.all(member_id)
        repaid = self._store.repaid_all()
        members = self.book.members.by_ids(sorted({loan.member_id for loan in loans}))
        found = []
        for loan in loans:
            principal_paid, service_paid = repaid.get(loan.id, (0, 0))
            status = self._status(loan, members[loan.member_id], principal_paid, service_paid, on)
            if not open_only or status.outstanding:
                found.append(status)
        return found

    def repayments(self, number: str) -> list[RepaymentRow]:
        return self._store.repayments(self.get(number).id)

    def get_repayment(self, number: str) -> RepaymentRow:
        row = self._store.repayment_by_number(number)
        if row is None:
            raise KoperasiError("loan.repayment_not_found", number=number)
        return row

    def find_repayment(self, number: str) -> RepaymentRow | None:
        """The repayment with this receipt number, or None (the kwitansi series is shared
        with savings movements, so a miss is no error)."""
        return self._store.repayment_by_number(number)

    def repayments_of_member(
        self, member: str, start: datetime.date | None = None, end: datetime.date | None = None
    ) -> list[RepaymentRow]:
        return self._store.repayments_of_member(self.book.members.get(member).id, start, end)

    def dues(
        self, members: Iterable[Member], on: datetime.date
    ) -> dict[int, list[tuple[LoanRow, LoanPosition]]]:
        """{member id: [(loan, position on the date)]} of the members' loans paid out on or
        before the date with something due, oldest loan first (for payout deductions)."""
        wanted = {m.id for m in members}
        found: dict[int, list[tuple[LoanRow, LoanPosition]]] = {}
        for loan, principal_paid, service_paid in self._store.open_loans(on):
            if loan.member_id in wanted:
                history = self._history(loan, principal_paid)
                pos = position_of(loan, principal_paid, service_paid, on, history)
                if pos.due > 0:
                    found.setdefault(loan.member_id, []).append((loan, pos))
        return found

    def outstanding_by_member(self, on: datetime.date | None = None) -> dict[int, tuple[int, int]]:
        """{member id: (outstanding principal, due now)} of members with an open loan."""
        on = on or self.book.today()
        found: dict[int, tuple[int, int]] = {}
        for loan, principal_paid, service_paid in self._store.open_loans():
            history = self._history(loan, principal_paid)
            pos = position_of(loan, principal_paid, service_paid, on, history)
            outstanding, due = found.get(loan.member_id, (0, 0))
            found[loan.member_id] = (outstanding + pos.outstanding, due + pos.due)
        return found

    # -- repaying in cash ------------------------------------------------------------------

    @operation("loan.repay", "loans", "journal")
    def repay(
        self,
        number: str,
        amount: int,
        date: datetime.date | None = None,
        method: str = "cash",
    ) -> RepaymentRow:
        """A repayment in cash or by transfer, with its receipt (kwitansi): the service charge
        due first, then principal; never more than the principal left plus the service due."""
        loan = self.get(number)
        money = MONEY_METHODS.get((method or "").strip().lower())
        if money is None:
            raise KoperasiError("loan.bad_money")
        if amount is None or amount <= 0:
            raise KoperasiError("loan.repay_positive")
        day = self.book.closing.check_date(date)
        if day < loan.date:
            raise KoperasiError(
                "loan.before_loan",
                date=fmt.date_short(day),
                number=loan.number,
                loan_date=fmt.date_short(loan.date),
            )
        principal_paid, service_paid = self._store.repaid(loan.id)
        pos = position_of(
            loan, principal_paid, service_paid, day, self._history(loan, principal_paid)
        )
        if pos.outstanding == 0:
            raise KoperasiError("loan.paid_off", number=loan.number)
        most = pos.outstanding + pos.service_due
        if amount > most:
            raise KoperasiError(
                "loan.overpaid",
                amount=fmt.rupiah(amount),
                number=loan.number,
                outstanding=fmt.rupiah(pos.outstanding),
                service=fmt.rupiah(pos.service_due),
                most=fmt.rupiah(most),
            )
        principal, service = split_repayment(amount, pos.service_due)
        member = self.book.members.by_id(loan.member_id)
        with self.book.atomic():
            row_id = self._store.next_repayment_id()
            row, year, seq = self.new_repayment(
                loan, day, principal, service, "transfer" if money == acc.BANK else "cash", 0
            )
            lines = [JournalLine(money, debit=amount)]
            if principal:
                lines.append(
                    JournalLine(acc.MEMBER_RECEIVABLE, credit=principal, member_id=member.id)
                )
            if service:
                lines.append(
                    JournalLine(acc.LOAN_SERVICE_INCOME, credit=service, member_id=member.id)
                )
            word = "Pembayaran kasbon" if loan.kind == "kasbon" else "Angsuran pinjaman"
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    day,
                    f"{word} {loan.number} {row.number} {member.number} {member.name}",
                    tuple(lines),
                    source="loan_repayment",
                    source_id=row_id,
                )
            )
            self._store.insert_repayments([(replace(row, id=row_id, entry_id=entry_id), year, seq)])
        return self._store.repayment_by_id(row_id)  # type: ignore[return-value]

    @operation("loan.new_repayment", "loans")
    def new_repayment(
        self,
        loan: LoanRow,
        date: datetime.date,
        principal: int,
        service: int,
        method: str,
        entry_id: int,
        payout_id: int | None = None,
    ) -> tuple[RepaymentRow, int, int]:
        """A numbered repayment to insert (row, year, seq), for payouts that repay inside
        their own transaction. Call inside it."""
        seq = self.book._settings.next_seq("kwitansi", date.year)
        row = RepaymentRow(
            id=0,
            number=document_number("kwitansi", date.year, seq),
            loan_id=loan.id,
            date=date,
            principal=principal,
            service=service,
            method=method,
            payout_id=payout_id,
            entry_id=entry_id,
        )
        return row, date.year, seq

    # -- collectibility ----------------------------------------------------------------------

    def collectibility(self, on: datetime.date) -> dict[str, tuple[int, int]]:
        """{class: (loans, outstanding principal)} of the loans owed on a day, by how long
        their oldest unpaid installment is overdue (core.collectibility); every class is
        present, empty ones as (0, 0). Repayments after the day are not counted."""
        found = {name: (0, 0) for name in CLASSES}
        for loan, principal_paid, _service in self._store.loans_on(on):
            days = days_overdue(loan.kind, loan.date, plan_of(loan), principal_paid, on)
            name = collectibility(days)
            count, outstanding = found[name]
            found[name] = (count + 1, outstanding + loan.principal - principal_paid)
        return found
