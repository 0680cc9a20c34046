"""Exact units: whole rupiah, grams, price hundredths and basis points, and their parsing."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation

from koperasi.core import fmt
from koperasi.core.errors import KoperasiError

GRAMS_PER_KG = 1000
CENTS_PER_RUPIAH = 100
BP_PER_UNIT = 10_000  # basis points in 100 %
FULL_QUALITY_BP = BP_PER_UNIT


def round_half_up_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for non-negative integers, exactly."""
    if numerator < 0 or denominator <= 0:
        raise ValueError(
            "round_half_up_div takes a non-negative numerator and a positive denominator"
        )
    return (2 * numerator + denominator) // (2 * denominator)


def money_for_weight(grams: int, cents_per_kg: int) -> int:
    """Value of a weight at a price per kg, rounded once, half up, to whole rupiah."""
    return round_half_up_div(grams * cents_per_kg, GRAMS_PER_KG * CENTS_PER_RUPIAH)


def money_at_rate(amount: int, rate_bp: int) -> int:
    """A rate (basis points) of a rupiah amount, rounded once, half up, to whole rupiah."""
    return round_half_up_div(amount * rate_bp, BP_PER_UNIT)


_NUMBER = re.compile(r"^\s*(\d+)(?:[.,](\d*))?\s*$")


def _scaled(text: str, decimals: int) -> int | None:
    """Parse a non-negative decimal with at most `decimals` places into an integer scaled by 10**decimals."""
    match = _NUMBER.match(str(text))
    if not match:
        return None
    whole, frac = match.group(1), match.group(2) or ""
    frac = frac.rstrip("0")
    if len(frac) > decimals:
        return None
    return int(whole) * 10**decimals + int(frac.ljust(decimals, "0") or 0)


def parse_kg(text: str) -> int:
    """'120.5' or '120,5' kilograms to 120500 grams."""
    grams = _scaled(text, 3)
    if grams is None:
        raise KoperasiError("input.bad_kg", text=text)
    return grams


def parse_price(text: str) -> int:
    """'3152.62' rupiah per kg to 315262 hundredths of a rupiah."""
    cents = _scaled(text, 2)
    if cents is None:
        raise KoperasiError("input.bad_price", text=text)
    return cents


def parse_percent(text: str) -> int:
    """'2.5' percent to 250 basis points; 0 to 100."""
    bp = _scaled(text, 2)
    if bp is None or bp > BP_PER_UNIT:
        raise KoperasiError("input.bad_percent", text=text)
    return bp


def parse_rupiah(text: str) -> int:
    """'150000' (dots as thousands separators allowed: '150.000') to whole rupiah."""
    cleaned = str(text).strip().replace("Rp", "").strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    if not re.fullmatch(r"\d+", cleaned):
        raise KoperasiError("input.bad_rupiah", text=text)
    return int(cleaned)


def parse_date(text: str | datetime.date) -> datetime.date:
    """ISO 'YYYY-MM-DD' or Indonesian 'DD/MM/YYYY' (or DD-MM-YYYY) to a date."""
    if isinstance(text, datetime.date):
        return text
    try:
        return fmt.parse_date(str(text))
    except ValueError as exc:
        raise KoperasiError("input.bad_date", text=text) from exc


def decimal_kg(grams: int) -> Decimal:
    """Grams as an exact Decimal of kilograms (for JSON and exports, never for arithmetic)."""
    return Decimal(grams) / GRAMS_PER_KG


def to_decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
