"""Ceilings on every amount a person can type, far above real life and far below 2**63.

SQLite stores an INTEGER in 64 bits: a sum past 2**63 - 1 (about 9,2 × 10**18) fails or,
worse, turns into a float. Each ceiling below is far above anything a village cooperative
will ever type, so it never stands in a treasurer's way, and small enough that a sum of a
thousand amounts at the ceiling, or a weight times a price at their ceilings (in whole
rupiah), still fits. A value past its ceiling is almost always a
slip of the keyboard (an extra group of zeros), so it is refused with one sentence.

Python integers do not overflow, so the checks are what keeps the stored values small.
"""

from __future__ import annotations

import datetime

from koperasi.core import fmt
from koperasi.core.errors import KoperasiError

MAX_RUPIAH = 10**15
"""Rp 1.000 triliun per operation (a sale, a payout, a deposit, a cost).

Indonesia's whole state budget is about Rp 3.500 triliun a year; a village cooperative's
sale is at most some billions. A thousand operations at the ceiling sum to 10**18 < 2**63;
a real book's totals stay many orders of magnitude below that.
"""

MAX_GRAMS = 10**12
"""10**12 g = 1.000.000 tonnes in one weighing or one sale.

A large palm-oil mill takes in about 300.000 t of fruit a year; a truck carries 30 t. The
product with MAX_PRICE_CENTS is 10**23 hundredth-rupiah-grams, which in whole rupiah
(÷ 10**5) is 10**18 < 2**63, so a weight times a price never overflows a stored integer.
"""

MAX_PRICE_CENTS = 10**11
"""Rp 1.000.000.000 (one billion) per kg, in hundredths of a rupiah.

Rubber sells near Rp 12.500/kg, palm fruit near Rp 3.000/kg, good coffee below
Rp 200.000/kg; even saffron or agarwood stay far below a billion rupiah per kg.
"""

MAX_SHARE_BP = 10_000
"""100 %: the ceiling of a rate that is a part of a whole.

A fee, a quality factor (KKK), a weight deduction, an SHU share, a tax rate or a monthly
loan charge can never be more than the whole it is taken from.
"""

MAX_RATE_BP = 100_000
"""1.000 %: the ceiling of a rate that may exceed 100 % (a ratio, a price change).

Above 100 % makes sense for a comparison ("this year's price is 250 % of last year's"),
never ten times more; an amount at most MAX_RUPIAH times this rate is 10**20 in Python,
and the rounded rupiah result (÷ 10**4) is checked against MAX_RUPIAH again.
"""

MAX_COUNT = 10**9
"""One billion of anything counted (members, years of demo data, copies, rows).

A cooperative has hundreds or thousands of members; a count past a billion is a typo.
"""

MIN_YEAR = 1900
"""No cooperative book starts before 1900 (Indonesia's first cooperatives date from 1896,
but none of their books is typed in today); an earlier year is a typo such as 1026."""

MAX_YEAR = 2200
"""No date typed today is later than 2200 (a 30-year loan ends before 2060); a later year
is a typo such as 2206 or 20260."""


def _require_int(value: object) -> int:
    # A float here is a programming error (money is never a float), not a user's.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"an exact integer is required, got {type(value).__name__}: {value!r}")
    return value


def _where(field: str) -> str:
    return f"{field}: " if field else ""


def check_rupiah(value: int, field: str = "") -> int:
    """Return `value` (whole rupiah) if its size is at most MAX_RUPIAH, else refuse.

    `field` is the label of the field as the screen shows it, put in front of the sentence.
    """
    if abs(_require_int(value)) > MAX_RUPIAH:
        raise KoperasiError(
            "limit.rupiah", field=_where(field), value=fmt.rupiah(value), max=fmt.rupiah(MAX_RUPIAH)
        )
    return value


def check_grams(value: int, field: str = "") -> int:
    """Return `value` (grams) if its size is at most MAX_GRAMS, else refuse."""
    if abs(_require_int(value)) > MAX_GRAMS:
        raise KoperasiError(
            "limit.grams", field=_where(field), value=fmt.kg(value), max=fmt.kg(MAX_GRAMS)
        )
    return value


def check_price(value: int, field: str = "") -> int:
    """Return `value` (hundredths of a rupiah per kg) if at most MAX_PRICE_CENTS, else refuse."""
    if abs(_require_int(value)) > MAX_PRICE_CENTS:
        raise KoperasiError(
            "limit.price",
            field=_where(field),
            value=fmt.price(value),
            max=fmt.price(MAX_PRICE_CENTS),
        )
    return value


def check_bp(value: int, field: str = "", max_bp: int = MAX_SHARE_BP) -> int:
    """Return `value` (basis points) if at most `max_bp` (100 % unless told), else refuse."""
    if abs(_require_int(value)) > max_bp:
        raise KoperasiError(
            "limit.percent", field=_where(field), value=fmt.percent(value), max=fmt.percent(max_bp)
        )
    return value


def check_count(value: int, field: str = "") -> int:
    """Return `value` if at most MAX_COUNT, else refuse."""
    if abs(_require_int(value)) > MAX_COUNT:
        raise KoperasiError(
            "limit.count", field=_where(field), value=fmt.group(value), max=fmt.group(MAX_COUNT)
        )
    return value


def check_year(year: int, field: str = "") -> int:
    """Return `year` if MIN_YEAR <= year <= MAX_YEAR, else refuse."""
    if not MIN_YEAR <= _require_int(year) <= MAX_YEAR:
        raise KoperasiError(
            "limit.year", field=_where(field), value=str(year), low=MIN_YEAR, high=MAX_YEAR
        )
    return year


def check_date(day: datetime.date, field: str = "") -> datetime.date:
    """Return `day` if its year is within MIN_YEAR..MAX_YEAR, else refuse."""
    check_year(day.year, field)
    return day
