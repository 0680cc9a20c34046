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


# -- PPh 21 withheld on honoraria, and PPN on the cooperative's services (branch i14tax) ---
#
# A honorarium to someone who is not the cooperative's employee (a pengurus, a speaker, a
# helper: "bukan pegawai") is paid net of PPh 21: the Pasal 17 rates on a tax base of 50 %
# of the gross. A member of the pengawas who is not also an employee ("pengawas", the
# cooperative's dewan pengawas) pays the Pasal 17 rates on the whole gross. Cumulation: each
# payment is computed on its own (the layers start again at Rp 0 for every payment); a
# recipient without NIK/NPWP is withheld 120 % of that tax. The tax is rounded down to the
# whole rupiah once, at the end (the base shown is rounded down too; the tax is computed on
# the exact base, so 50 % of an odd gross loses nothing).
PPH21_CATEGORIES = ("bukan-pegawai", "pengawas")
_PASAL17 = "UU 7/2021 (HPP) pasal 17 ayat (1) huruf a"
RATES.update(
    {
        r.key: r
        for r in (
            TaxRate("pasal17_limit_1", 60_000_000, f"{_PASAL17}: lapisan s.d. Rp 60 juta"),
            TaxRate("pasal17_rate_1_bp", 500, f"{_PASAL17}: 5 %"),
            TaxRate("pasal17_limit_2", 250_000_000, f"{_PASAL17}: > Rp 60 juta s.d. Rp 250 juta"),
            TaxRate("pasal17_rate_2_bp", 1500, f"{_PASAL17}: 15 %"),
            TaxRate("pasal17_limit_3", 500_000_000, f"{_PASAL17}: > Rp 250 juta s.d. Rp 500 juta"),
            TaxRate("pasal17_rate_3_bp", 2500, f"{_PASAL17}: 25 %"),
            TaxRate(
                "pasal17_limit_4", 5_000_000_000, f"{_PASAL17}: > Rp 500 juta s.d. Rp 5 miliar"
            ),
            TaxRate("pasal17_rate_4_bp", 3000, f"{_PASAL17}: 30 %"),
            TaxRate("pasal17_rate_5_bp", 3500, f"{_PASAL17}: 35 % di atas Rp 5 miliar"),
            TaxRate(
                "pph21_base_bukan-pegawai_bp",
                5000,
                "PMK 168/2023 (PPh 21 bukan pegawai): dasar pemotongan 50 % dari penghasilan bruto",
            ),
            TaxRate(
                "pph21_base_pengawas_bp",
                10000,
                "PMK 168/2023 (anggota dewan pengawas yang tidak merangkap pegawai tetap, "
                "penghasilan tidak teratur): tarif pasal 17 atas penghasilan bruto",
            ),
            TaxRate(
                "pph21_no_npwp_bp",
                12000,
                "UU PPh pasal 21 ayat (5a): tanpa NPWP (NIK) tarif 20 % lebih tinggi, 120 %",
            ),
            TaxRate(
                "ppn_rate_bp",
                1200,
                "UU 42/2009 diubah UU 7/2021 (HPP) pasal 7 ayat (1) huruf b: 12 % mulai 2025",
            ),
            TaxRate(
                "ppn_dpp_numerator",
                11,
                "PMK 131/2024 pasal 3: DPP nilai lain 11/12 dari penggantian (efektif 11 %)",
            ),
            TaxRate("ppn_dpp_denominator", 12, "PMK 131/2024 pasal 3: DPP nilai lain 11/12"),
            TaxRate(
                "ppn_rate_2022_bp",
                1100,
                "UU 7/2021 (HPP) pasal 7 ayat (1) huruf a: 11 % 1 April 2022 s.d. 2024",
            ),
        )
    }
)


@dataclass(frozen=True)
class Pph21:
    """One honorarium's PPh 21: the gross, the tax base (rounded down), the top Pasal 17
    rate reached, 120 % or 100 % for a missing NIK/NPWP, the tax withheld and the net paid."""

    category: str
    gross: int
    base: int
    rate_bp: int
    surcharge_bp: int
    tax: int
    net: int


def pasal17_layers() -> list[tuple[int | None, int]]:
    """[(upper limit or None, rate in bp)] of Pasal 17 ayat (1) huruf a, from RATES."""
    return [
        (RATES[f"pasal17_limit_{i}"].value if i < 5 else None, RATES[f"pasal17_rate_{i}_bp"].value)
        for i in range(1, 6)
    ]


def pph21(category: str, gross: int, has_tax_id: bool = True) -> Pph21:
    """PPh 21 on one honorarium (see the rules above RATES' PPh 21 rows)."""
    base_bp = RATES[f"pph21_base_{category}_bp"].value  # KeyError: not a category
    scaled = max(gross, 0) * base_bp  # the exact base, in 1/10.000 rupiah
    tax_scaled, lower, top = 0, 0, RATES["pasal17_rate_1_bp"].value
    for limit, rate in pasal17_layers():
        upper = scaled if limit is None else min(scaled, limit * BP_PER_UNIT)
        if upper > lower:
            tax_scaled += (upper - lower) * rate
            top = rate
        if limit is None or scaled <= limit * BP_PER_UNIT:
            break
        lower = limit * BP_PER_UNIT
    surcharge = BP_PER_UNIT if has_tax_id else RATES["pph21_no_npwp_bp"].value
    tax = tax_scaled * surcharge // BP_PER_UNIT**3
    return Pph21(category, gross, scaled // BP_PER_UNIT, top, surcharge, tax, gross - tax)


def ppn_rate(year: int) -> tuple[int, int, int]:
    """(rate bp, DPP numerator, DPP denominator) of PPN on a delivery in `year` (from 2022):
    12 % × 11/12 from 2025 (PMK 131/2024), 11 % of the whole before."""
    if year >= 2025:
        return (
            RATES["ppn_rate_bp"].value,
            RATES["ppn_dpp_numerator"].value,
            RATES["ppn_dpp_denominator"].value,
        )
    return RATES["ppn_rate_2022_bp"].value, 1, 1


def ppn(turnover: int, year: int) -> tuple[int, int]:
    """(DPP, PPN keluaran) on a period's taxable turnover, each rounded down to the rupiah."""
    rate, num, den = ppn_rate(year)
    turnover = max(turnover, 0)
    return turnover * num // den, turnover * num * rate // (den * BP_PER_UNIT)
