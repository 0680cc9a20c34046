"""The one parser for every number a person types: rupiah, kilograms, prices, percents, counts.

Indonesian writes 1.250 for one thousand two hundred fifty and 1.250,5 for a decimal, so
here a dot only ever separates thousands, in groups of three ("1.250.000"), and a comma is
the one decimal separator. Python's float("1.250") is 1,25: a thousandfold error on a
weighing slip. Whatever can be read two ways is refused with a sentence that shows the
accepted form, never guessed:

- "1.25", "12.50", "1.2500", "0.125": a dot not followed by a group of three (or a group
  that starts with 0) is an English decimal point or a missing digit; refused as unclear.
- ",5": refused. A leading comma is as often a slip ("1,5" with the 1 lost) as a
  shorthand for 0,5, and on a weighing slip the two differ threefold; the sentence asks
  for "0,5".
- "5,": refused; a trailing comma is an unfinished number.
- "1,2,3", "1..250", "1.250.00", "1 250", "+5": malformed.
- Digits other than ASCII 0-9 (Arabic-Indic "١٢٣", full-width "１２３"): refused, because
  they come from another keyboard layout or a pasted text, and a number that looks right
  on screen but is not what the treasurer typed is worse than a refusal.
- Zero-width and other invisible characters (pasted from a chat or a spreadsheet):
  refused, so that what is stored is exactly what is seen.
- A minus sign: refused; no typed amount, weight, price or rate here is negative.

Trailing zeros beyond the allowed decimals are harmless ("1,2500" kg is 1,25 kg exactly,
"Rp 1.250.000,00" is whole rupiah) and accepted. Every value is then checked against its
ceiling in koperasi.core.limits.
"""

from __future__ import annotations

import re
import unicodedata

from koperasi.core.errors import KoperasiError
from koperasi.core.limits import (
    MAX_SHARE_BP,
    check_bp,
    check_count,
    check_grams,
    check_price,
    check_rupiah,
)

_ASCII_DIGITS = frozenset("0123456789")
_WHITESPACE_CONTROLS = frozenset("\t\n\r")
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Co", "Cn", "Zl", "Zp"})

# A whole part that is either plain digits or correctly grouped by threes, then an
# optional comma and decimals.
_NUMBER = re.compile(r"(?P<whole>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d+))?", re.ASCII)
# One dot and no comma, but not a correct grouping: an English decimal point, or a group
# with a digit missing.
_DOT_DECIMAL = re.compile(r"\d+\.\d+", re.ASCII)

_RUPIAH_PREFIX = re.compile(r"rp\.?\s*", re.IGNORECASE | re.ASCII)
_RUPIAH_DASH = re.compile(r",-\Z")  # "Rp 1.250.000,-": the customary "and no cents"
_PER_KG = re.compile(r"\s*/\s*kg\Z", re.IGNORECASE | re.ASCII)
_KG = re.compile(r"\s*kg\Z", re.IGNORECASE | re.ASCII)
_PERCENT = re.compile(r"\s*%\Z")


def parse_rupiah(text: str) -> int:
    """Whole rupiah from "1.250.000", "Rp 1.250.000", "Rp. 1.250.000,-", "rp1250000".

    Decimals are refused unless all zeros ("1.250.000,00"): money is whole rupiah.
    """
    body = _strip_suffix(_strip_prefix(_clean(text, "rupiah"), _RUPIAH_PREFIX), _RUPIAH_DASH)
    return check_rupiah(_scaled(text, body, "rupiah", 0))


def parse_kg(text: str) -> int:
    """Grams from kilograms: "1.250" -> 1_250_000, "1.250,5" -> 1_250_500, "0,125 kg" -> 125."""
    body = _strip_suffix(_clean(text, "kg"), _KG)
    return check_grams(_scaled(text, body, "kg", 3))


def parse_price(text: str) -> int:
    """Hundredths of a rupiah per kg: "3.152,62" -> 315_262, "Rp 12.500/kg" -> 1_250_000."""
    body = _strip_suffix(_strip_prefix(_clean(text, "price"), _RUPIAH_PREFIX), _PER_KG)
    return check_price(_scaled(text, body, "price", 2))


def parse_percent(text: str, max_bp: int = MAX_SHARE_BP) -> int:
    """Basis points: "55,5" -> 5_550, "3 %" -> 300, "0,01" -> 1.

    At most 100 % unless `max_bp` allows more (limits.MAX_RATE_BP for a ratio).
    """
    body = _strip_suffix(_clean(text, "percent"), _PERCENT)
    return check_bp(_scaled(text, body, "percent", 2), max_bp=max_bp)


def parse_count(text: str) -> int:
    """A whole number of things: "50" -> 50, "1.250" -> 1_250; no decimals at all."""
    body = _clean(text, "count")
    if "," in body:
        raise KoperasiError("number.count.decimals", text=text)
    return check_count(_scaled(text, body, "count", 0))


def _clean(text: str, kind: str) -> str:
    """The text without surrounding spaces, refused if it has characters no one can see or type."""
    if not isinstance(text, str):
        raise TypeError(f"typed text is a str, got {type(text).__name__}")
    for char in text:
        if char in _WHITESPACE_CONTROLS:
            continue
        if unicodedata.category(char) in _INVISIBLE_CATEGORIES:
            raise KoperasiError("number.invisible", text=_visible(text), char=f"U+{ord(char):04X}")
        if char not in _ASCII_DIGITS and unicodedata.decimal(char, None) is not None:
            raise KoperasiError("number.foreign_digits", text=text)
    body = text.strip()
    if not body:
        raise KoperasiError(f"number.{kind}.empty")
    return body


def _visible(text: str) -> str:
    return "".join(char for char in text if unicodedata.category(char) not in _INVISIBLE_CATEGORIES)


def _strip_prefix(body: str, prefix: re.Pattern[str]) -> str:
    if match := prefix.match(body):
        return body[match.end() :]
    return body


def _strip_suffix(body: str, suffix: re.Pattern[str]) -> str:
    if match := suffix.search(body):
        return body[: match.start()]
    return body


def _scaled(text: str, body: str, kind: str, decimals: int) -> int:
    """The number in `body` times 10**decimals, exactly, or a refusal naming `text`."""
    if not body:
        raise KoperasiError(f"number.{kind}.empty")
    if body[0] in "-\u2212":
        raise KoperasiError("number.negative", text=text)
    if body[0] == ",":
        raise KoperasiError("number.leading_comma", text=text, suggestion="0" + body)
    match = _NUMBER.fullmatch(body)
    if match is None or (match["whole"][0] == "0" and "." in match["whole"]):
        if "," not in body and _DOT_DECIMAL.fullmatch(body):
            raise KoperasiError(
                f"number.{kind}.ambiguous", text=text, decimal=body.replace(".", ",")
            )
        raise KoperasiError(f"number.{kind}.invalid", text=text)
    whole = int(match["whole"].replace(".", ""))
    frac = (match["frac"] or "").rstrip("0")
    if len(frac) > decimals:
        raise KoperasiError(f"number.{kind}.decimals", text=text)
    return whole * 10**decimals + int(frac.ljust(decimals, "0") or "0")
