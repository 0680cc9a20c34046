"""The tax computation against hand-computed figures."""

from koperasi.core.tax import RATES, corporate_tax, final_eligible, final_tax


def test_every_rate_names_its_law():
    assert all(r.source.startswith(("PP ", "UU ", "PMK ")) for r in RATES.values())


def test_final_half_percent_of_turnover():
    assert final_tax(11_000_001) == 55_000  # 55.000,005
    assert final_tax(1_999) == 9  # 9,995
    assert final_tax(0) == 0


def test_cooperative_eligible_four_tax_years():
    assert [final_eligible(y, 2022) for y in (2021, 2022, 2025, 2026)] == [
        False,
        True,
        True,
        False,
    ]


def test_corporate_tax_with_art_31e():
    # Turnover 1 miliar (≤ 4,8 miliar): all taxable income at 11 %: 100.000.000 → 11.000.000.
    assert corporate_tax(100_000_000, 1_000_000_000) == 11_000_000
    # Turnover 9,6 miliar: half the taxable income at 11 %, half at 22 %:
    # 50.000.000 × 11 % + 50.000.000 × 22 % = 5.500.000 + 11.000.000 = 16.500.000.
    assert corporate_tax(100_000_000, 9_600_000_000) == 16_500_000
    # Over 50 miliar: 22 % on everything.
    assert corporate_tax(100_000_000, 60_000_000_000) == 22_000_000
    assert corporate_tax(-5, 1) == 0
