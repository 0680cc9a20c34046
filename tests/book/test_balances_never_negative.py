"""Kas, Bank and the funds never go below zero: `koperasi check` reports any day one did."""

from __future__ import annotations

import datetime

from koperasi.book import checks
from koperasi.core import accounts as acc
from koperasi.core.model import JournalEntry, JournalLine

D = datetime.date


def _broken(book, day, account, other, amount):
    """Write an entry through the store directly, the way a damaged or old book holds one."""
    entry = JournalEntry(
        date=day,
        description="rusak",
        lines=(JournalLine(other, amount, 0), JournalLine(account, 0, amount)),
        source="manual",
    )
    with book.atomic():
        book._store_journal.insert(
            entry, f"JU-{day.year}-9{day.day:05d}", day.year, 90000 + day.day
        )


def test_a_fresh_book_has_no_negative_balance(book):
    assert checks._balances_never_negative(book) == []


def test_kas_below_zero_on_one_day_is_reported_even_if_later_refilled(book):
    book.members.add("Siti Aminah", joined=D(2026, 1, 1))
    book.savings.deposit("LJ-0001", "pokok", 100_000, date=D(2026, 3, 1))
    # Rp 250.000 leaves Kas on 2 March: Kas is −150.000 that day.
    _broken(book, D(2026, 3, 2), acc.CASH, acc.OPERATING_EXPENSE, 250_000)
    # Refilled on 10 March: the balance ends positive, the bad day is still reported.
    book.savings.deposit("LJ-0001", "wajib", 500_000, date=D(2026, 3, 10))
    assert checks._balances_never_negative(book) == ["1101: -150000 on 2026-03-02"]
    name, check = checks.NEGATIVE_BALANCES
    assert (name, check(book)) == (
        "Kas, Bank and the funds never go below zero",
        ["1101: -150000 on 2026-03-02"],
    )


def test_bank_and_funds_below_zero_are_reported(book):
    _broken(book, D(2026, 4, 1), acc.BANK, acc.OPERATING_EXPENSE, 8_868_404)
    # Dana Sosial is a credit account: a debit of 75.000 with nothing in it is −75.000.
    entry = JournalEntry(
        date=D(2026, 4, 2),
        description="rusak",
        lines=(JournalLine(acc.SOCIAL_FUND, 75_000, 0), JournalLine(acc.OTHER_INCOME, 0, 75_000)),
        source="manual",
    )
    with book.atomic():
        book._store_journal.insert(entry, "JU-2026-990002", 2026, 99002)
    assert checks._balances_never_negative(book) == [
        "1102: -8868404 on 2026-04-01",
        "2107: -75000 on 2026-04-02",
    ]


def test_what_can_leave_an_account_counts_later_days(book):
    book.members.add("Siti Aminah", joined=D(2026, 1, 1))
    book.savings.deposit("LJ-0001", "pokok", 1_000_000, date=D(2026, 3, 1))
    book.cash.expense("transport", 600_000, "Bensin", date=D(2026, 3, 20))
    # On 1 March Kas holds 1.000.000, but 600.000 of it is spent on 20 March: 400.000 is free.
    assert book.journal.available(acc.CASH, D(2026, 3, 5)) == 400_000
    assert book.journal.available(acc.CASH, D(2026, 3, 25)) == 400_000
    assert book.journal.available(acc.CASH, D(2026, 2, 1)) == 0
    assert book.journal.available(acc.BANK, D(2026, 3, 5)) == 0
