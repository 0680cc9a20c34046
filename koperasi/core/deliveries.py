"""Rules for a delivery at the weighing point: deductions, net weight and quality."""

from __future__ import annotations

from collections.abc import Iterable

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import kg
from koperasi.core.model import Deduction
from koperasi.core.units import BP_PER_UNIT, FULL_QUALITY_BP, round_half_up_div

DEDUCTION_KINDS = ("tare", "moisture", "dirt", "other")


def resolve_deduction(
    gross_grams: int, kind: str, grams: int | None = None, percent_bp: int | None = None
) -> Deduction:
    """A deduction given in grams, or as a percentage of the gross rounded half up to the gram."""
    if kind not in DEDUCTION_KINDS:
        kind = "other"
    if percent_bp is not None:
        if percent_bp < 0 or percent_bp > BP_PER_UNIT:
            raise KoperasiError("delivery.deduction_negative")
        return Deduction(kind, round_half_up_div(gross_grams * percent_bp, BP_PER_UNIT), percent_bp)
    if grams is None or grams < 0:
        raise KoperasiError("delivery.deduction_negative")
    return Deduction(kind, grams)


def net_grams(gross_grams: int, deductions: Iterable[Deduction]) -> int:
    """Gross − deductions, refused unless both the gross and the net are above zero."""
    if gross_grams <= 0:
        raise KoperasiError("delivery.gross_positive")
    total = sum(d.grams for d in deductions)
    net = gross_grams - total
    if net <= 0:
        raise KoperasiError("delivery.net_positive", gross=kg(gross_grams), deductions=kg(total))
    return net


def check_quality(quality_bp: int | None, uses_quality: bool, commodity: str) -> int:
    if quality_bp is None:
        return FULL_QUALITY_BP
    if not uses_quality and quality_bp != FULL_QUALITY_BP:
        raise KoperasiError("delivery.quality_not_used", commodity=commodity)
    if quality_bp <= 0 or quality_bp > FULL_QUALITY_BP:
        raise KoperasiError("delivery.bad_quality")
    return quality_bp
