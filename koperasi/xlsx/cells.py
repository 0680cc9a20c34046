"""Reading one cell into a value the book takes: what treasurers really type in Excel.

Text goes through the one parser of typed numbers (koperasi.core.numbers): `1.250.000`,
`Rp 1.250.000`, `120,5`. Real Excel numbers are taken as they are when they are exact
(a float rupiah amount with cents is refused, never rounded). Dates are Excel dates, Excel
serial numbers, or text `27/11/2026` / `2026-11-27`. Every refusal is a KoperasiError.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from koperasi.core import numbers
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import parse_date
from koperasi.core.limits import MAX_YEAR, MIN_YEAR

MAX_TEXT = 500
# Excel's day 1 is 1 Jan 1900, and it counts a 29 Feb 1900 that never was: from March 1900
# on, serial N is 30 Dec 1899 + N days.
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_SCALE = {"rupiah": 0, "kg": 3, "percent": 2, "count": 0, "price": 2}
_PARSERS = {
    "rupiah": numbers.parse_rupiah,
    "kg": numbers.parse_kg,
    "percent": numbers.parse_percent,
    "count": numbers.parse_count,
    "price": numbers.parse_price,  # Rp per kg with two decimals, in hundredths
}
_LIMITS = {
    "rupiah": 10**15,
    "kg": 10**12,
    "percent": 10_000,
    "count": 10**6,
    "price": 10**9,
}


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_cell(value: object, kind: str) -> object:
    """The cell's value for a column of `kind` (schemas.Column.type); None when empty."""
    if is_empty(value):
        return None
    if isinstance(value, str) and value.lstrip().startswith("="):
        raise KoperasiError("import.formula", value=value.strip()[:40])
    if kind == "date":
        return _date(value)
    if kind in _PARSERS:
        return _number(value, kind)
    return _text(value, kind)


def _shown(value: object) -> str:
    return str(value).strip()[:40]


def _text(value: object, kind: str) -> str:
    if isinstance(value, bool):
        raise KoperasiError("import.not_text")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise KoperasiError("import.not_text")
        value = int(value) if value.is_integer() and abs(value) < 10**17 else value
    if isinstance(value, datetime.datetime | datetime.date):
        value = value.strftime("%d/%m/%Y")
    text = " ".join(str(value).split())
    if kind == "nik":
        text = text.replace(" ", "").replace("'", "")
    if len(text) > MAX_TEXT:
        raise KoperasiError("import.too_long", limit=MAX_TEXT)
    return text


def _number(value: object, kind: str) -> int:
    if isinstance(value, bool | datetime.date | datetime.time):
        raise KoperasiError("import.not_a_number", value=_shown(value))
    if isinstance(value, str):
        return _PARSERS[kind](value)
    if not isinstance(value, int | float | Decimal):
        raise KoperasiError("import.not_a_number", value=_shown(value))
    try:
        exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise KoperasiError("import.not_a_number", value=_shown(value)) from None
    if not exact.is_finite():
        raise KoperasiError("import.not_a_number", value=_shown(value))
    if exact < 0:
        raise KoperasiError("import.negative", value=_shown(value))
    if exact > _LIMITS[kind]:
        raise KoperasiError("import.too_large", value=_shown(value))
    scaled = exact.scaleb(_SCALE[kind])
    if scaled != scaled.to_integral_value():
        raise KoperasiError("import.not_whole", value=_shown(value))
    return int(scaled)


def _date(value: object) -> datetime.date:
    if isinstance(value, datetime.datetime):
        day = value.date()
    elif isinstance(value, datetime.date):
        day = value
    elif isinstance(value, bool):
        raise KoperasiError("import.not_a_date", value=_shown(value))
    elif isinstance(value, int | float):
        if not (value == value) or not 1 <= value < 2_958_466 or value != int(value):
            raise KoperasiError("import.not_a_date", value=_shown(value))
        day = _EXCEL_EPOCH + datetime.timedelta(days=int(value))
    elif isinstance(value, str):
        try:
            return parse_date(value)
        except KoperasiError:
            raise KoperasiError("import.not_a_date", value=_shown(value)) from None
    else:
        raise KoperasiError("import.not_a_date", value=_shown(value))
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise KoperasiError("import.not_a_date", value=day.strftime("%d/%m/%Y"))
    return day
