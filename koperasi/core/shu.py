"""The year-end surplus (SHU): split by the statutes and shared among members."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from koperasi.core.allocation import largest_remainder
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import percent
from koperasi.core.units import BP_PER_UNIT

# The parts of the statutes (AD/ART), in the order they print.
SHU_PARTS = ("reserve", "jasa_usaha", "jasa_modal", "board", "staff", "education", "social")
DEFAULT_SHU_SPLIT_BP = {
    "reserve": 4000,
    "jasa_usaha": 2500,
    "jasa_modal": 1500,
    "board": 500,
    "staff": 500,
    "education": 500,
    "social": 500,
}


def check_split(split_bp: Mapping[str, int]) -> dict[str, int]:
    """The statutes' percentages must name known parts and total exactly 100 %."""
    unknown = set(split_bp) - set(SHU_PARTS)
    if unknown or any(v < 0 for v in split_bp.values()) or sum(split_bp.values()) != BP_PER_UNIT:
        raise KoperasiError(
            "shu.bad_split", total=percent(sum(split_bp.values())).removesuffix(" %")
        )
    return {part: split_bp.get(part, 0) for part in SHU_PARTS}


@dataclass(frozen=True)
class ShuDistribution:
    """A year's surplus split.

    Attributes:
      surplus: income − expenses of the year.
      parts: part → rupiah (they sum to the surplus).
      jasa_usaha: member id → rupiah (sum to parts["jasa_usaha"]).
      jasa_modal: member id → rupiah (sum to parts["jasa_modal"]).
    """

    year: int
    surplus: int
    parts: dict[str, int]
    jasa_usaha: dict[int, int]
    jasa_modal: dict[int, int]

    def member_total(self, member_id: int) -> int:
        return self.jasa_usaha.get(member_id, 0) + self.jasa_modal.get(member_id, 0)

    @property
    def members(self) -> list[int]:
        return sorted(set(self.jasa_usaha) | set(self.jasa_modal))


def distribute(
    year: int,
    surplus: int,
    split_bp: Mapping[str, int],
    transactions: Mapping[int, int],
    capital: Mapping[int, int],
) -> ShuDistribution:
    """Split the surplus by the statutes, then jasa usaha over members' transactions in the
    year and jasa modal over their pokok + wajib at year end. Every split is exact (largest
    remainder); a part with no member to receive it goes to the reserve."""
    if surplus <= 0:
        raise KoperasiError("shu.no_surplus", year=year)
    split = check_split(split_bp)
    parts = largest_remainder(surplus, [(SHU_PARTS.index(p), split[p]) for p in SHU_PARTS])
    named = {p: parts[SHU_PARTS.index(p)] for p in SHU_PARTS}
    usaha_weights = [(m, v) for m, v in transactions.items() if v > 0]
    modal_weights = [(m, v) for m, v in capital.items() if v > 0]
    if not usaha_weights:
        named["reserve"] += named["jasa_usaha"]
        named["jasa_usaha"] = 0
    if not modal_weights:
        named["reserve"] += named["jasa_modal"]
        named["jasa_modal"] = 0
    usaha = largest_remainder(named["jasa_usaha"], usaha_weights) if usaha_weights else {}
    modal = largest_remainder(named["jasa_modal"], modal_weights) if modal_weights else {}
    return ShuDistribution(year, surplus, named, usaha, modal)
