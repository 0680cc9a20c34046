"""A loan's agreement and installment plan (jadwal angsuran): what was lent, each month's
principal and service charge, what was repaid so far and what is still owed."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.core.loans import effective_annual_bp
from koperasi.core.terbilang import amount_in_words
from koperasi.reports.header import Header, header_of
from koperasi.reports.slips import meterai_duty

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class ScheduleLine:
    """One month of the plan; outstanding_after is the principal still owed after it."""

    number: int
    due: datetime.date
    principal: int
    service: int
    total: int
    outstanding_after: int


@dataclass(frozen=True)
class RepaymentLine:
    """A repayment made so far: its receipt, how it split, and how it was paid."""

    number: str
    date: datetime.date
    principal: int
    service: int
    method: str


@dataclass(frozen=True)
class LoanScheduleData:
    """Attributes:
    kind: "kasbon" (no term, no charge, due whole at the next payout) or "pinjaman".
    method: "flat" or "declining" (the service charge on the principal still owed); "none"
      for a kasbon.
    paid_from: "cash" or "transfer", how the loan was paid out.
    principal_in_words: terbilang of the principal, in the header's language.
    lines: the installment plan (empty for a kasbon); total_* its sums.
    repayments: the repayments made up to the print date.
    outstanding / principal_due / service_due: where the loan stands on the print date.
    effective_bp: the effective annual rate (core.loans.effective_annual_bp), 0 for a kasbon.
    meterai_duty: the duty stamp the agreement needs (above Rp 5.000.000), or None.
    """

    header: Header
    number: str
    kind: str
    date: datetime.date
    member_number: str
    member_name: str
    member_village: str
    principal: int
    principal_in_words: str
    months: int
    rate_bp: int
    method: str
    purpose: str
    paid_from: str
    lines: tuple[ScheduleLine, ...]
    total_principal: int
    total_service: int
    total: int
    repayments: tuple[RepaymentLine, ...]
    principal_paid: int
    service_paid: int
    outstanding: int
    principal_due: int
    service_due: int
    on: datetime.date
    effective_bp: int = 0
    meterai_duty: int | None = None


def loan_schedule_data(book: Book, number: str) -> LoanScheduleData:
    header = header_of(book)
    status = book.loans.status(number)
    loan, member = status.loan, status.member
    plan = book.loans.schedule(loan.number)
    lines = tuple(
        ScheduleLine(
            i.number, i.due, i.principal, i.service, i.total, i.outstanding_before - i.principal
        )
        for i in plan
    )
    repayments = tuple(
        RepaymentLine(r.number, r.date, r.principal, r.service, r.method)
        for r in book.loans.repayments(loan.number)
        if r.date <= header.printed_on
    )
    return LoanScheduleData(
        header=header,
        number=loan.number,
        kind=loan.kind,
        date=loan.date,
        member_number=member.number,
        member_name=member.name,
        member_village=member.village,
        principal=loan.principal,
        principal_in_words=amount_in_words(loan.principal, header.lang),
        months=loan.months,
        rate_bp=loan.rate_bp,
        method=loan.method,
        purpose=loan.purpose,
        paid_from="transfer" if loan.money_account == acc.BANK else "cash",
        lines=lines,
        total_principal=sum(line.principal for line in lines),
        total_service=sum(line.service for line in lines),
        total=sum(line.total for line in lines),
        repayments=repayments,
        principal_paid=status.principal_paid,
        service_paid=status.service_paid,
        outstanding=status.outstanding,
        principal_due=status.position.principal_due,
        service_due=status.position.service_due,
        on=header.printed_on,
        effective_bp=(
            effective_annual_bp(loan.principal, loan.months, loan.rate_bp, loan.method)
            if loan.kind == "pinjaman"
            else 0
        ),
        meterai_duty=meterai_duty(loan.principal),
    )
