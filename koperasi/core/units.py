"""Exact units: whole rupiah, grams, price hundredths and basis points; the older parse_* entry points.

The parse_* functions here hand typed text to koperasi.core.numbers, the one parser; the
command line and the screens still import them from here until they call numbers directly.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal

from koperasi.core import fmt, numbers
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


# The command line documented "--gross-kg 120.5" before typed numbers followed the
# Indonesian rule; until its options call koperasi.core.numbers directly (issue 11), a single
# dot followed by one or two digits is still read as a decimal point here. Three digits
# after a dot are always a group of thousands: "1.250" is 1.250 kg, never 1,25 kg.
_LEGACY_POINT = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])", re.ASCII)


def _legacy(parse: Callable[[str], int], text: str, code: str) -> int:
    """`parse(text)`, refusing with the older single sentence `code` of these entry points.

    The screens and the command line show (and their tests expect) that sentence until
    they call koperasi.core.numbers, whose refusals say exactly what is wrong. A ceiling
    on money or weight keeps its own sentence: the older one would not explain it.
    """
    try:
        try:
            return parse(text)
        except KoperasiError as error:
            if error.code.endswith(".ambiguous") and _LEGACY_POINT.search(str(text)):
                return parse(str(text).replace(".", ","))
            raise
    except KoperasiError as error:
        if error.code.startswith("number.") or error.code == "limit.percent":
            raise KoperasiError(code, text=text) from error
        raise


def parse_kg(text: str) -> int:
    """Kilograms to grams by numbers.parse_kg: "1.250" -> 1_250_000, "120,5" (or "120.5") -> 120_500."""
    return _legacy(numbers.parse_kg, text, "input.bad_kg")


def parse_price(text: str) -> int:
    """Rupiah per kg to hundredths by numbers.parse_price: "3.152,62" (or "3152.62") -> 315_262."""
    return _legacy(numbers.parse_price, text, "input.bad_price")


def parse_percent(text: str) -> int:
    """A percent of a whole (0 to 100) to basis points by numbers.parse_percent: "2,5" -> 250."""
    return _legacy(numbers.parse_percent, text, "input.bad_percent")


def parse_rupiah(text: str) -> int:
    """Whole rupiah by numbers.parse_rupiah: "150.000", "Rp 1.500.000" -> 1_500_000."""
    return _legacy(numbers.parse_rupiah, text, "input.bad_rupiah")


def parse_date(text: str | datetime.date) -> datetime.date:
    """Indonesian 'DD/MM/YYYY' (or with - or .) or ISO 'YYYY-MM-DD' to a date (fmt.parse_date).

    Without the MIN_YEAR..MAX_YEAR bounds for now: the command line's callers and tests
    still close a book "until 2999-01-01"; they get the bounds when they call fmt.parse_date.
    """
    if isinstance(text, datetime.date):
        return text
    return fmt.parse_date(str(text), bounded=False)


def decimal_kg(grams: int) -> Decimal:
    """Grams as an exact Decimal of kilograms (for JSON and exports, never for arithmetic)."""
    return Decimal(grams) / GRAMS_PER_KG
