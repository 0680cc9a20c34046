"""What is deducted from a member's share at payout, in the order the rules give."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Due:
    """Something a member owes that a payout may deduct.

    Attributes:
      kind: "wajib" (mandatory savings due), "kasbon" (advance) or "pinjaman" (loan installment).
      amount: what is due now.
      ref: the loan id for kasbon/pinjaman, None for savings.
    """

    kind: str
    amount: int
    ref: int | None = None


@dataclass(frozen=True)
class Deduction:
    kind: str
    amount: int
    ref: int | None = None


ORDER = {"wajib": 0, "kasbon": 1, "pinjaman": 2}


def deduct(share: int, dues: Sequence[Due]) -> tuple[tuple[Deduction, ...], int]:
    """Deduct mandatory savings due, then advances, then loan installments due, each capped
    by what is left of the share; returns the deductions and the cash to pay (never < 0).
    What cannot be deducted stays owed."""
    left = share
    taken = []
    for due in sorted(dues, key=lambda d: (ORDER[d.kind], d.ref or 0)):
        amount = min(left, max(0, due.amount))
        if amount:
            taken.append(Deduction(due.kind, amount, due.ref))
            left -= amount
    return tuple(taken), left
