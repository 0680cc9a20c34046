"""Loans (pinjaman) and advances (kasbon): installment schedules and what is due."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from koperasi.core.allocation import largest_remainder
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import percent
from koperasi.core.units import money_at_rate

LOAN_KINDS = ("kasbon", "pinjaman")
INTEREST_METHODS = ("flat", "declining", "annuity")
# Methods whose service charge is on the principal still owed (bunga menurun); an annuity is
# one, with equal monthly totals.
ON_BALANCE = ("declining", "annuity")


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
    ("declining", bunga menurun), rounded half up to the rupiah. An "annuity" (anuitas) pays
    the same total every month: the service charge on the principal still owed, the rest
    principal (see _annuity).
    """
    if principal <= 0:
        raise KoperasiError("loan.amount_positive")
    if months <= 0 or months > 120:
        raise KoperasiError("loan.bad_term")
    if rate_bp_per_month < 0 or rate_bp_per_month > 10_000:
        raise KoperasiError("input.bad_percent", text=percent(rate_bp_per_month))
    if method not in INTEREST_METHODS:
        raise KoperasiError("loan.bad_method")
    if method == "annuity":
        return _annuity(principal, months, rate_bp_per_month, start)
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


def annuity_payment(principal: int, months: int, rate_bp_per_month: int) -> int:
    """The equal monthly total of an annuity, P·r / (1 − (1 + r)^−n), rounded half up to the
    rupiah; computed exactly with fractions, never floats."""
    if rate_bp_per_month == 0:
        return -(-principal // months)
    r = Fraction(rate_bp_per_month, 10_000)
    exact = principal * r / (1 - (1 + r) ** -months)
    return int(exact + Fraction(1, 2))


def _annuity(
    principal: int, months: int, rate_bp_per_month: int, start: datetime.date
) -> tuple[Installment, ...]:
    """Equal monthly totals: each month's service is the rate of the principal still owed
    (half up), the rest of the payment repays principal; the last month repays exactly what
    is left, so the parts sum to the principal."""
    payment = annuity_payment(principal, months, rate_bp_per_month)
    outstanding = principal
    plan = []
    for n in range(1, months + 1):
        service = money_at_rate(outstanding, rate_bp_per_month)
        part = outstanding if n == months else min(max(payment - service, 0), outstanding)
        plan.append(Installment(n, add_months(start, n), part, service, outstanding))
        outstanding -= part
    return tuple(plan)


def effective_annual_bp(principal: int, months: int, rate_bp_per_month: int, method: str) -> int:
    """The effective annual rate of a loan in basis points (suku bunga efektif per tahun), as
    Indonesian lenders quote it: 12 × the monthly rate r on the balance that makes the
    installments' present value equal the principal. A declining 2 %/month is 24 % a year; a
    flat 2 %/month over 12 months is about 3,5 % a month on the balance, ≈ 42 % a year.
    Solved by bisection on exact fractions; rounded half up to a basis point."""
    plan = schedule(principal, months, rate_bp_per_month, method, datetime.date(2000, 1, 31))
    totals = [i.total for i in plan]
    if sum(totals) == principal:
        return 0

    def present_value(r: Fraction) -> Fraction:
        value, factor = Fraction(0), Fraction(1)
        for total in totals:
            factor /= 1 + r
            value += total * factor
        return value

    low, high = Fraction(0), Fraction(1)
    while present_value(high) > principal:
        high *= 2
    for _ in range(60):
        middle = (low + high) / 2
        if present_value(middle) > principal:
            low = middle
        else:
            high = middle
    monthly = (low + high) / 2
    return int(monthly * 12 * 10_000 + Fraction(1, 2))


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
    rate_bp: int = 0,
    history: Sequence[tuple[datetime.date, int]] = (),
    start: datetime.date | None = None,
) -> LoanPosition:
    """Where a loan stands on a date. For a loan charged on its balance (declining,
    annuity) with `history` — the (date, principal) of its repayments — each month's service
    is the rate of the principal actually owed at the month's start when a prepayment made
    it lower than the plan's (3 jt, 6 months, 2 %, 1,5 jt prepaid in the first month: 60.000
    + 30.000 + 30.000 = 120.000 by month 3, not the plan's 150.000); paying late never makes
    it higher than the plan's."""
    outstanding = principal - principal_paid
    if kind == "kasbon":
        return LoanPosition(outstanding, outstanding, 0)
    scheduled_principal = sum(i.principal for i in plan if i.due <= on)
    if history and rate_bp:
        scheduled_service = 0
        previous = start
        for i in plan:
            if i.due > on:
                break
            repaid = sum(
                amount for day, amount in history if previous is not None and day <= previous
            )
            owed = max(min(i.outstanding_before, principal - repaid), 0)
            scheduled_service += money_at_rate(owed, rate_bp)
            previous = i.due
    else:
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
