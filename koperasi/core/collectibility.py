"""Loans by collectibility (kolektibilitas): how long the oldest unpaid installment is
overdue on a day, and the class that ageing puts a loan in (pure).

The classes and their day bands follow the ageing cooperatives commonly use for their
members' loans (the bank practice of POJK 40/2019, with its "dalam perhatian khusus"
folded into "kurang lancar"):

- lancar: nothing overdue;
- kurang lancar: overdue 1 to 90 days;
- diragukan: overdue 91 to 180 days;
- macet: overdue more than 180 days.

A pinjaman is overdue from the due date of its first installment whose principal is not
fully repaid (repayments pay the installments in order). A kasbon has no plan: it is to be
deducted from the member's next harvest payout, so it is taken as due 30 days after it
was given.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from koperasi.core.loans import Installment

CLASSES = ("lancar", "kurang_lancar", "diragukan", "macet")
# The last day overdue of each class but the last (which has no end).
BANDS = (0, 90, 180)
KASBON_DAYS = 30


def days_overdue(
    kind: str,
    date: datetime.date,
    plan: Sequence[Installment],
    principal_paid: int,
    on: datetime.date,
) -> int:
    """Days the oldest unpaid part of a loan is overdue on `on` (0: nothing overdue)."""
    if kind == "kasbon":
        due = date + datetime.timedelta(days=KASBON_DAYS)
        return max((on - due).days, 0)
    scheduled = 0
    for installment in plan:
        scheduled += installment.principal
        if scheduled > principal_paid:
            return max((on - installment.due).days, 0)
    return 0


def collectibility(days: int) -> str:
    """The class of a loan overdue `days` days."""
    for name, last in zip(CLASSES, BANDS, strict=False):
        if days <= last:
            return name
    return CLASSES[-1]


# The allowance for doubtful loans (penyisihan penghapusan aset produktif, PPAP) each class
# calls for, in basis points of the principal owed: the rates of the Ministry of
# Cooperatives' health assessment of savings-and-loan units (lancar 0,5 %, kurang lancar
# 10 %, diragukan 50 %, macet 100 %). A board may set a stricter policy; these are the
# book's defaults.
ALLOWANCE_BP = {"lancar": 50, "kurang_lancar": 1_000, "diragukan": 5_000, "macet": 10_000}
ALLOWANCE_SOURCE = "Pedoman penilaian kesehatan KSP/USP Koperasi (Kementerian Koperasi dan UKM)"


def allowance(outstanding: int, name: str) -> int:
    """The allowance a class's outstanding principal calls for, rounded half up to the
    rupiah."""
    return (outstanding * ALLOWANCE_BP[name] + 5_000) // 10_000
