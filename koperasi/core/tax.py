"""Income tax of a cooperative, computed (pure). No advice beyond the computation.

Every rate and limit lives in RATES with the law it comes from. Two regimes:
- 'final': PPh final 0,5 % of each month's gross turnover (peredaran bruto), for a
  cooperative during its first four tax years from registration (PP 55/2022);
- 'normal': PPh badan 22 % of taxable income, with the art. 31E reduction of 50 % of the
  rate on the part of taxable income that corresponds to turnover up to Rp 4,8 miliar, for
  turnover up to Rp 50 miliar.
A marketing cooperative's turnover is its own income (fees, loan service, other income),
not the members' produce it sells on their behalf; bank interest is taxed final at source
and left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from koperasi.core.units import BP_PER_UNIT


@dataclass(frozen=True)
class TaxRate:
    key: str
    value: int  # basis points, rupiah or years, as the key says
    source: str


RATES: dict[str, TaxRate] = {
    r.key: r
    for r in (
        TaxRate("final_rate_bp", 50, "PP 55/2022 pasal 56 ayat (2): 0,5 % dari peredaran bruto"),
        TaxRate(
            "final_turnover_limit",
            4_800_000_000,
            "PP 55/2022 pasal 57 ayat (1): peredaran bruto tidak melebihi Rp 4,8 miliar setahun",
        ),
        TaxRate(
            "final_years_cooperative",
            4,
            "PP 55/2022 pasal 59 ayat (1) huruf b: koperasi paling lama 4 tahun pajak",
        ),
        TaxRate("corporate_rate_bp", 2200, "UU 7/2021 (HPP) pasal 17 ayat (1) huruf b: 22 %"),
        TaxRate(
            "art31e_reduction_bp",
            5000,
            "UU PPh pasal 31E ayat (1): pengurangan 50 % dari tarif pasal 17",
        ),
        TaxRate(
            "art31e_part_limit",
            4_800_000_000,
            "UU PPh pasal 31E ayat (1): bagian peredaran bruto sampai Rp 4,8 miliar",
        ),
        TaxRate(
            "art31e_turnover_limit",
            50_000_000_000,
            "UU PPh pasal 31E ayat (1): peredaran bruto sampai Rp 50 miliar",
        ),
    )
}
REGIMES = ("final", "normal")


def final_eligible(year: int, registered_year: int) -> bool:
    """Whether a cooperative registered in `registered_year` may use PP 55/2022 in `year`."""
    years = RATES["final_years_cooperative"].value
    return registered_year <= year < registered_year + years


def final_tax(turnover: int) -> int:
    """0,5 % of a month's turnover, whole rupiah (the fraction dropped)."""
    return max(turnover, 0) * RATES["final_rate_bp"].value // BP_PER_UNIT


def corporate_tax(taxable: int, turnover: int) -> int:
    """PPh badan of a year: 22 %, with the art. 31E reduction where the turnover allows."""
    if taxable <= 0:
        return 0
    rate = RATES["corporate_rate_bp"].value
    if turnover > RATES["art31e_turnover_limit"].value:
        return taxable * rate // BP_PER_UNIT
    limit = RATES["art31e_part_limit"].value
    facility = taxable if turnover <= limit else taxable * limit // turnover
    reduced = rate * (BP_PER_UNIT - RATES["art31e_reduction_bp"].value) // BP_PER_UNIT
    return (facility * reduced + (taxable - facility) * rate) // BP_PER_UNIT
