"""PPh final 0,5 % (PP 55/2022) computed, posted to Utang Pajak and paid, by hand."""

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError

D = datetime.date


@pytest.fixture
def taxed(book):
    """2025, registered for tax in 2023 (final regime allowed 2023-2026).
    March: fee 25/kg × 4.000 kg = 100.000 and warehouse rent 1.999 → turnover 101.999,
    tax 509,995 → 509. Bank interest 8.765 in March is not turnover.
    July: rent 10.900.001 → 54.500,005 → 54.500."""
    book.with_today(D(2025, 12, 31))
    book.tax.set_profile("final", 2023)
    book.members.add("Ahmad", joined=D(2025, 1, 2))
    book.deliveries.record("LJ-0001", "TBS Sawit", 4_000_000, date=D(2025, 3, 8))
    book.sales.settle(
        SaleInput("TBS Sawit", D(2025, 3, 10), "PT Pauh", 4_000_000, agreed_total=4_100_000)
    )
    book.cash.income("Pendapatan lain-lain", 1_999, "Sewa", date=D(2025, 3, 20))
    book.cash.income("Bunga bank", 8_765, "Jasa giro", date=D(2025, 3, 31), money="bank")
    book.cash.income("Pendapatan lain-lain", 10_900_001, "Sewa gudang", date=D(2025, 7, 1))
    return book


def test_months_by_hand(taxed):
    march = taxed.tax.month(2025, 3)
    assert (march.regime, march.turnover, march.base, march.due) == ("final", 101_999, 101_999, 509)
    july = taxed.tax.month(2025, 7)
    assert (july.turnover, july.due) == (10_900_001, 54_500)
    assert taxed.tax.month(2025, 4).due == 0
    assert taxed.tax.year(2025).due == 509 + 54_500


def test_post_and_pay_through_the_cash_book(taxed):
    book = taxed
    book.tax.post_month(2025, 3)
    book.tax.post_month(2025, 7)
    with pytest.raises(KoperasiError):
        book.tax.post_month(2025, 7)
    book.cash.expense("Setor pajak", 509, "PPh final Maret", date=D(2025, 4, 15))
    july = book.tax.month(2025, 7)
    assert (july.posted, july.paid, july.payable) == (54_500, 0, 54_500)
    april = book.tax.month(2025, 4)
    assert (april.paid, april.payable) == (509, 0)
    year = book.tax.year(2025)
    assert (year.posted, year.paid, year.payable) == (55_009, 509, 54_500)
    # The tax is an expense of the year: the SHU closed is after tax.
    _income, expenses = book.shu.figures(2025)
    assert dict((a.code, a.amount) for a in expenses)[acc.INCOME_TAX_EXPENSE] == 55_009


def test_after_the_eligible_years_the_normal_regime(taxed):
    book = taxed
    book.tax.set_profile("final", 2021)  # 2021-2024 only
    year = book.tax.year(2025)
    # Taxable income = 101.999 + 10.900.001 = 11.002.000 (bank interest left out);
    # turnover ≤ 4,8 miliar: 11 % → 1.210.220.
    assert (year.regime, year.base, year.due) == ("normal", 11_002_000, 1_210_220)
    with pytest.raises(KoperasiError):
        book.tax.post_month(2025, 3)
