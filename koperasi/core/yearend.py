"""The RAT's appropriation of a closed year's surplus, as the members vote it (pure).

The parts are the statutes' (koperasi.core.shu) plus the regional development fund; the
meeting votes a percentage for each (basis points, total 100 %). Jasa usaha is shared over
the members' transactions of the year, jasa modal over their capital; a jasa part with no
eligible member goes where the statutes send it (the reserve by default), and the parts
returned are always the amounts actually allocated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from koperasi.core.allocation import largest_remainder
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import percent
from koperasi.core.numbers import parse_percent
from koperasi.core.units import BP_PER_UNIT

RAT_PARTS = (
    "reserve",
    "jasa_usaha",
    "jasa_modal",
    "board",
    "staff",
    "education",
    "social",
    "regional",
)
# The names the treasurer types after --part (Indonesian first, the code's names too).
PART_NAMES = {
    "cadangan": "reserve",
    "jasa_anggota": "jasa_usaha",
    "jasa_usaha": "jasa_usaha",
    "jasa_transaksi": "jasa_usaha",
    "jasa_modal": "jasa_modal",
    "pengurus": "board",
    "dana_pengurus": "board",
    "karyawan": "staff",
    "dana_karyawan": "staff",
    "pendidikan": "education",
    "dana_pendidikan": "education",
    "sosial": "social",
    "dana_sosial": "social",
    "daerah_kerja": "regional",
    "pembangunan_daerah_kerja": "regional",
    "dana_pembangunan_daerah_kerja": "regional",
    **{p: p for p in RAT_PARTS},
}
MEMBER_PARTS = ("jasa_usaha", "jasa_modal")


def parse_parts(items: Iterable[str]) -> dict[str, int]:
    """["cadangan=40", "jasa_anggota=27,5", ...] → {part: basis points}, all parts named,
    totalling exactly 100 %."""
    split: dict[str, int] = {}
    for item in items:
        name, sep, value = item.partition("=")
        key = PART_NAMES.get(name.strip().lower().replace(" ", "_").replace("-", "_"))
        if not sep or key is None:
            raise KoperasiError("rat.bad_part", part=item.strip())
        try:
            bp = parse_percent(value)
        except KoperasiError:
            raise KoperasiError("rat.bad_part", part=item.strip()) from None
        if key in split:
            raise KoperasiError("rat.bad_part", part=item.strip())
        split[key] = bp
    return check_rat_split(split)


def check_rat_split(split_bp: Mapping[str, int]) -> dict[str, int]:
    unknown = set(split_bp) - set(RAT_PARTS)
    total = sum(split_bp.values())
    if unknown or any(v < 0 for v in split_bp.values()) or total != BP_PER_UNIT:
        raise KoperasiError("shu.bad_split", total=percent(total).removesuffix(" %"))
    return {p: split_bp.get(p, 0) for p in RAT_PARTS}


@dataclass(frozen=True)
class Appropriation:
    """A surplus split as decided: parts actually allocated (they sum to the amount), and
    each member's jasa usaha and jasa modal; moved: part → rupiah sent elsewhere because
    no member was eligible."""

    amount: int
    split: dict[str, int]
    parts: dict[str, int]
    jasa_usaha: dict[int, int]
    jasa_modal: dict[int, int]
    moved: dict[str, int]

    @property
    def members(self) -> list[int]:
        return sorted(set(self.jasa_usaha) | set(self.jasa_modal))


def appropriate(
    amount: int,
    split_bp: Mapping[str, int],
    transactions: Mapping[int, int],
    capital: Mapping[int, int],
    unclaimed_to: str = "reserve",
) -> Appropriation:
    """Split `amount` by the voted percentages, then the jasa parts over the members."""
    split = check_rat_split(split_bp)
    if amount < 0:
        raise ValueError("cannot appropriate a deficit")
    # Keyed by position, so a rupiah left over on a tie goes to the part printed first.
    by_index = largest_remainder(amount, [(i, split[p]) for i, p in enumerate(RAT_PARTS)])
    parts = {p: by_index.get(i, 0) for i, p in enumerate(RAT_PARTS)}
    weights = {
        "jasa_usaha": [(m, v) for m, v in transactions.items() if v > 0],
        "jasa_modal": [(m, v) for m, v in capital.items() if v > 0],
    }
    moved: dict[str, int] = {}
    shares: dict[str, dict[int, int]] = {}
    for part in MEMBER_PARTS:
        if parts[part] and not weights[part]:
            moved[part] = parts[part]
            parts[unclaimed_to] += parts[part]
            parts[part] = 0
        shares[part] = largest_remainder(parts[part], weights[part]) if weights[part] else {}
    return Appropriation(amount, split, parts, shares["jasa_usaha"], shares["jasa_modal"], moved)
