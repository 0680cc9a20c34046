import datetime

import pytest

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.journal import (
    entry_errors,
    payout_entry,
    require_balanced,
    reversal_of,
    sale_entry,
)
from koperasi.core.model import JournalEntry, JournalLine, SaleCost

DAY = datetime.date(2026, 11, 25)


def test_sale_entry_posts_gross_net_fee_and_costs():
    entry = sale_entry(DAY, "PJ", 3_062_500, 91_875, 2_820_625, [SaleCost("transport", 150_000)])
    assert entry.lines == (
        JournalLine(acc.CASH, debit=3_062_500),
        JournalLine(acc.MEMBER_HARVEST_PAYABLE, credit=2_820_625),
        JournalLine(acc.MARKETING_FEE_INCOME, credit=91_875),
        JournalLine(acc.CASH, credit=150_000),
    )
    assert entry_errors(entry) == []


def test_payout_entry_debits_each_share_and_credits_cash_and_deductions():
    entry = payout_entry(
        DAY,
        "SP",
        {1: (1_000_000, 900_000, {acc.MANDATORY_SAVINGS: 100_000}), 2: (500_000, 500_000, {})},
    )
    assert entry.lines == (
        JournalLine(acc.MEMBER_HARVEST_PAYABLE, debit=1_000_000, member_id=1),
        JournalLine(acc.MANDATORY_SAVINGS, credit=100_000, member_id=1),
        JournalLine(acc.MEMBER_HARVEST_PAYABLE, debit=500_000, member_id=2),
        JournalLine(acc.CASH, credit=1_400_000),
    )


def test_unbalanced_entry_refused():
    entry = JournalEntry(
        DAY, "x", (JournalLine(acc.CASH, debit=10), JournalLine(acc.BANK, credit=9))
    )
    assert entry_errors(entry) == ["debits 10 != credits 9"]
    with pytest.raises(KoperasiError) as info:
        require_balanced(entry)
    assert info.value.message("en") == "The journal entry does not balance: debit 10, credit 9."


def test_line_must_be_debit_or_credit():
    entry = JournalEntry(DAY, "x", (JournalLine(acc.CASH, debit=5, credit=5),))
    assert "line on 1101 must be either a debit or a credit" in entry_errors(entry)


def test_reversal_mirrors_and_names_the_original():
    original = JournalEntry(
        DAY, "x", (JournalLine(acc.CASH, debit=7), JournalLine(acc.OTHER_INCOME, credit=7)), id=42
    )
    reversal = reversal_of(original, DAY, "salah")
    assert reversal.reverses == 42
    assert reversal.lines == (
        JournalLine(acc.CASH, credit=7),
        JournalLine(acc.OTHER_INCOME, debit=7),
    )
