"""Members' savings: principal (pokok), mandatory (wajib) and voluntary (sukarela)."""

from __future__ import annotations

import datetime

from koperasi.core import accounts as acc

SAVINGS_KINDS = ("pokok", "wajib", "sukarela")
SAVINGS_ACCOUNTS = {
    "pokok": acc.PRINCIPAL_SAVINGS,
    "wajib": acc.MANDATORY_SAVINGS,
    "sukarela": acc.VOLUNTARY_SAVINGS,
}


def months_due(joined: datetime.date, start: datetime.date | None, on: datetime.date) -> int:
    """Monthly mandatory savings owed from the later of joining and the scheme's start, up to
    and including the month of `on`."""
    first = max(joined, start) if start else joined
    if on < first:
        return 0
    return (on.year - first.year) * 12 + on.month - first.month + 1


def wajib_due(
    joined: datetime.date,
    start: datetime.date | None,
    on: datetime.date,
    monthly: int,
    paid: int,
    left_on: datetime.date | None = None,
) -> int:
    """Mandatory savings in arrears on a date: months owed × the monthly amount, less what was paid."""
    if left_on is not None and left_on < on:
        on = left_on
    return max(0, months_due(joined, start, on) * monthly - paid)


def wajib_due_moved_in(
    start: datetime.date,
    arrears: int,
    paid_before: int,
    scheme_start: datetime.date | None,
    on: datetime.date,
    monthly: int,
    paid: int,
    left_on: datetime.date | None = None,
) -> int:
    """Mandatory savings in arrears on a date for a member brought in from the old books on
    `start`: the arrears brought in (up to the month before the start), plus each month from
    the start's month on, less what was paid since (the balance brought in, `paid_before`,
    was paid before the start)."""
    if left_on is not None and left_on < on:
        on = left_on
    if on < start:
        return 0
    first = start.replace(day=1)
    months = months_due(first, scheme_start, on) if monthly > 0 else 0
    return max(0, arrears + months * monthly - (paid - paid_before))
