"""Loans by collectibility: the oldest unpaid installment's days overdue, and the class."""

import datetime

import pytest

from koperasi.core.collectibility import collectibility, days_overdue
from koperasi.core.loans import schedule

D = datetime.date


@pytest.mark.parametrize(
    ("days", "name"),
    [
        (0, "lancar"),
        (1, "kurang_lancar"),
        (90, "kurang_lancar"),
        (91, "diragukan"),
        (180, "diragukan"),
        (181, "macet"),
        (2000, "macet"),
    ],
)
def test_bands(days, name):
    assert collectibility(days) == name


def test_days_from_the_oldest_installment_not_fully_repaid():
    # 1.200.000 over 12 months from 1 March 2025: 100.000 principal due on the 1st of
    # each month from 1 April.
    plan = schedule(1_200_000, 12, 100, "flat", D(2025, 3, 1))
    on = D(2025, 12, 31)
    assert days_overdue("pinjaman", D(2025, 3, 1), plan, 1_200_000, on) == 0
    # 200.000 repaid covers April and May; June (1 June) is the oldest unpaid: 213 days.
    assert days_overdue("pinjaman", D(2025, 3, 1), plan, 200_000, on) == 213
    # 150.000 leaves May half paid: overdue from 1 May, 244 days.
    assert days_overdue("pinjaman", D(2025, 3, 1), plan, 150_000, on) == 244
    # Everything due by 1 December paid (900.000): nothing overdue on 31 December.
    assert days_overdue("pinjaman", D(2025, 3, 1), plan, 900_000, on) == 0
    # Before the first installment falls due, nothing is overdue.
    assert days_overdue("pinjaman", D(2025, 3, 1), plan, 0, D(2025, 3, 31)) == 0


def test_a_kasbon_is_due_thirty_days_after_it_was_given():
    assert days_overdue("kasbon", D(2025, 12, 1), (), 0, D(2025, 12, 31)) == 0
    assert days_overdue("kasbon", D(2025, 12, 1), (), 0, D(2026, 1, 10)) == 10
