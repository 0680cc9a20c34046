"""PPN keluaran of a PKP cooperative (branch i14tax): the marketing fee is the taxable
delivery, 12 % × DPP 11/12 from 2025 (11 % before), per month, by hand."""

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core.tax import RATES

D = datetime.date


@pytest.fixture
def pkp(book):
    """Fees: TBS Sawit 25/kg × 4.000 kg = 100.000 on 10 March 2025 and × 1.000 kg = 25.000
    on 10 June 2024. Rent 1.000.000 and bank interest 8.765 in March 2025 are not in it."""
    book.with_today(D(2025, 12, 31))
    book.tax.set_profile("final", 2023, pkp=True)
    book.members.add("Ahmad", joined=D(2024, 1, 2))
    book.deliveries.record("LJ-0001", "TBS Sawit", 1_000_000, date=D(2024, 6, 8))
    book.sales.settle(
        SaleInput("TBS Sawit", D(2024, 6, 10), "PT Pauh", 1_000_000, agreed_total=1_025_000)
    )
    book.deliveries.record("LJ-0001", "TBS Sawit", 4_000_000, date=D(2025, 3, 8))
    book.sales.settle(
        SaleInput("TBS Sawit", D(2025, 3, 10), "PT Pauh", 4_000_000, agreed_total=4_100_000)
    )
    book.cash.income("Pendapatan lain-lain", 1_000_000, "Sewa", date=D(2025, 3, 20))
    book.cash.income("Bunga bank", 8_765, "Jasa giro", date=D(2025, 3, 31), money="bank")
    return book


def test_ppn_by_hand(pkp):
    march = pkp.ppn.line(2025, 3)
    # DPP 100.000 × 11/12 = 91.666,67 → 91.666; PPN 12 % × 91.666,67 = 11.000.
    assert (march.taxable, march.dpp, march.rate_bp, march.ppn) == (100_000, 91_666, 1200, 11_000)
    assert (march.dpp_numerator, march.dpp_denominator) == (11, 12)
    assert pkp.ppn.line(2025, 4).ppn == 0
    year = pkp.ppn.line(2025)
    assert (year.taxable, year.dpp, year.ppn) == (100_000, 91_666, 11_000)
    # 2024: 11 % of the whole fee 25.000 = 2.750.
    june = pkp.ppn.line(2024, 6)
    assert (june.taxable, june.dpp, june.rate_bp, june.ppn) == (25_000, 25_000, 1100, 2_750)
    assert "PMK 131/2024" in RATES["ppn_dpp_numerator"].source


def test_not_pkp_no_ppn(pkp):
    pkp.tax.set_profile("final", 2023, pkp=False)
    line = pkp.ppn.line(2025, 3)
    assert (line.pkp, line.taxable, line.ppn) == (False, 0, 0)
