"""Indonesian display formats for money, prices, weights, rates and dates on every screen."""

from __future__ import annotations

import datetime
import re

from koperasi.core.errors import TypedValueError

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_THOUSANDS = "."
_DECIMAL = ","


def group(n: int) -> str:
    """An integer with dot thousands separators: 1234567 -> "1.234.567", -1500 -> "-1.500"."""
    sign = "-" if n < 0 else ""
    return sign + f"{abs(n):,}".replace(",", _THOUSANDS)


def rupiah(n: int) -> str:
    """Whole rupiah: "Rp 1.234.567", "-Rp 1.500", "Rp 0"."""
    sign = "-" if n < 0 else ""
    return f"{sign}Rp {group(abs(n))}"


def _fixed(value: int, scale_digits: int, decimals: int | None, min_decimals: int = 0) -> str:
    """`value` / 10**scale_digits with Indonesian separators, exactly.

    With `decimals` None, as many decimals as needed (trailing zeros dropped), but at
    least `min_decimals` once there are any; otherwise exactly `decimals`, rounded half
    away from zero.
    """
    negative = value < 0
    magnitude = abs(value)
    if decimals is None:
        whole, frac = divmod(magnitude, 10**scale_digits)
        digits = f"{frac:0{scale_digits}d}".rstrip("0") if frac else ""
        if digits:
            digits = digits.ljust(min_decimals, "0")
    else:
        if decimals < 0:
            raise ValueError(f"decimals must not be negative: {decimals}")
        if decimals >= scale_digits:
            scaled = magnitude * 10 ** (decimals - scale_digits)
        else:
            step = 10 ** (scale_digits - decimals)
            scaled = (2 * magnitude + step) // (2 * step)
        whole, frac = divmod(scaled, 10**decimals)
        digits = f"{frac:0{decimals}d}" if decimals else ""
    # A value that rounds to zero must not print as "-0".
    sign = "-" if negative and (whole or (digits and int(digits))) else ""
    text = sign + group(whole)
    return f"{text}{_DECIMAL}{digits}" if digits else text


def price(cents: int) -> str:
    """A unit price in hundredths of a rupiah: "Rp 3.152,62", "Rp 3.152,60", "Rp 12.000"."""
    text = _fixed(cents, 2, None, min_decimals=2)
    if text.startswith("-"):
        return f"-Rp {text[1:]}"
    return f"Rp {text}"


def kg_number(grams: int, decimals: int | None = None) -> str:
    """Grams as a kilogram number without the unit: "1.234,5", "1"; `decimals` fixes the places."""
    return _fixed(grams, 3, decimals)


def kg(grams: int, decimals: int | None = None) -> str:
    """Grams as kilograms with the unit: "1.234,5 kg", "1 kg"; `decimals` fixes the places."""
    return f"{kg_number(grams, decimals)} kg"


def percent(bp: int) -> str:
    """A rate in basis points as a percentage: 5550 -> "55,5 %", 1 -> "0,01 %"."""
    return f"{_fixed(bp, 2, None)} %"


def percent_input(bp: int) -> str:
    """A rate as it is typed back into a field: 150 -> "1,5", 300 -> "3"."""
    return _fixed(bp, 2, None)


def price_input(cents: int) -> str:
    """A unit price as it is typed back into a field: 2500 -> "25", 315262 -> "3.152,62"."""
    return _fixed(cents, 2, None)


def fee_text(kind: str, bp: int, cents_per_kg: int) -> str:
    """A fee rule as the treasurer says it: "3 %" (kind "percent") or "Rp 25/kg" ("per_kg")."""
    return percent(bp) if kind == "percent" else f"{price(cents_per_kg)}/kg"


def month_name(month: int, lang: str = "id") -> str:
    """The name of a month numbered 1 to 12, in Indonesian ("id") or English ("en")."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be between 1 and 12: {month}")
    if lang == "id":
        return MONTHS_ID[month - 1]
    if lang == "en":
        return MONTHS_EN[month - 1]
    raise ValueError(f"unknown language {lang!r}; expected 'id' or 'en'")


def date_short(d: datetime.date) -> str:
    """A date as "27/11/2026"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def date_long(d: datetime.date, lang: str = "id") -> str:
    """A date with the month spelled out: "1 Januari 2026" (id) or "1 January 2026" (en)."""
    return f"{d.day} {month_name(d.month, lang)} {d.year}"


def datetime_short(dt: datetime.datetime) -> str:
    """A date and time to the minute: "27/11/2026 14:05"."""
    return f"{date_short(dt)} {dt.hour:02d}:{dt.minute:02d}"


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", re.ASCII)
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{2}", re.ASCII)


def parse_date(text: str, *, bounded: bool = True) -> datetime.date:
    """A date typed day first, "27/11/2026" (or with - or . between), or as "2026-11-27".

    Refused, with a sentence (a TypedValueError, which is also a ValueError): anything
    else, a day that is not in the calendar (31/02/2026, 29/02/2027), a two-digit year
    (27/11/26 could be 1926 or 2026) and, unless `bounded` is False, a year outside
    limits.MIN_YEAR..MAX_YEAR.
    """
    from koperasi.core.limits import MAX_YEAR, MIN_YEAR  # limits formats its sentences here

    value = str(text).strip()
    if match := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST.fullmatch(value):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif _TWO_DIGIT_YEAR.fullmatch(value):
        raise TypedValueError("date.two_digit_year", text=text)
    else:
        raise TypedValueError("date.invalid", text=text)
    if bounded and not MIN_YEAR <= year <= MAX_YEAR:
        raise TypedValueError("date.year_range", text=text, low=MIN_YEAR, high=MAX_YEAR)
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise TypedValueError("date.impossible", text=text) from None
