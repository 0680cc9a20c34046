"""Loans (pinjaman) and advances (kasbon): installment schedules and what is due."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from koperasi.core.allocation import largest_remainder
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import percent
from koperasi.core.units import money_at_rate

LOAN_KINDS = ("kasbon", "pinjaman")
INTEREST_METHODS = ("flat", "declining")


@dataclass(frozen=True)
class Installment:
    """One month of a loan: when it is due, the principal it repays and the service charge (jasa).

    Attributes:
      number: 1 for the first month.
      outstanding_before: principal still owed before this installment.
    """

    number: int
    due: datetime.date
    principal: int
    service: int
    outstanding_before: int

    @property
    def total(self) -> int:
        return self.principal + self.service


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, on the month's last day when it is shorter (31 Jan → 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    next_month = datetime.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last_day))


def schedule(
    principal: int, months: int, rate_bp_per_month: int, method: str, start: datetime.date
) -> tuple[Installment, ...]:
    """The installment plan of a loan disbursed on `start`, first installment a month later.

    The principal is repaid in equal monthly parts (split exactly with the largest
    remainder method, the extra rupiah in the first months). The service charge each month
    is the monthly rate of the original principal ("flat") or of the principal still owed
    ("declining", bunga menurun), rounded half up to the rupiah.
    """
    if principal <= 0:
        raise KoperasiError("loan.amount_positive")
    if months <= 0 or months > 120:
        raise KoperasiError("loan.bad_term")
    if rate_bp_per_month < 0 or rate_bp_per_month > 10_000:
        raise KoperasiError("input.bad_percent", text=percent(rate_bp_per_month))
    if method not in INTEREST_METHODS:
        raise KoperasiError("loan.bad_method")
    # Equal weights: the leftover rupiah go to the lowest keys, i.e. the first months.
    parts = largest_remainder(principal, [(n, 1) for n in range(1, months + 1)])
    outstanding = principal
    plan = []
    for n in range(1, months + 1):
        base = principal if method == "flat" else outstanding
        plan.append(
            Installment(
                n,
                add_months(start, n),
                parts[n],
                money_at_rate(base, rate_bp_per_month),
                outstanding,
            )
        )
        outstanding -= parts[n]
    return tuple(plan)


@dataclass(frozen=True)
class LoanPosition:
    """Where a loan stands on a date.

    Attributes:
      principal_paid / service_paid: repaid so far.
      outstanding: principal still owed.
      principal_due / service_due: what falls due by the date and is not yet paid (arrears
        included); for a kasbon the whole outstanding principal is due.
    """

    outstanding: int
    principal_due: int
    service_due: int

    @property
    def due(self) -> int:
        return self.principal_due + self.service_due


def position(
    kind: str,
    principal: int,
    plan: tuple[Installment, ...],
    principal_paid: int,
    service_paid: int,
    on: datetime.date,
) -> LoanPosition:
    outstanding = principal - principal_paid
    if kind == "kasbon":
        return LoanPosition(outstanding, outstanding, 0)
    scheduled_principal = sum(i.principal for i in plan if i.due <= on)
    scheduled_service = sum(i.service for i in plan if i.due <= on)
    return LoanPosition(
        outstanding,
        max(0, min(outstanding, scheduled_principal - principal_paid)),
        max(0, scheduled_service - service_paid),
    )


def split_repayment(amount: int, service_due: int) -> tuple[int, int]:
    """A repayment pays the service charge due first, then principal: (principal, service)."""
    service = min(amount, service_due)
    return amount - service, service
