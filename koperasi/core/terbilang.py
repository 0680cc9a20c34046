"""Amounts in words ("terbilang") for receipts and payout slips, in Indonesian and English."""

from __future__ import annotations

_LIMIT = 10**18

_ONES_ID = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")

# Scale words from 10^3 upwards, one per group of three digits.
_SCALES_ID = ("ribu", "juta", "miliar", "triliun", "kuadriliun")

_ONES_EN = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS_EN = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES_EN = ("thousand", "million", "billion", "trillion", "quadrillion")


def _check(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"cannot spell a negative number: {n}")
    if n >= _LIMIT:
        raise ValueError(f"number too large to spell (must be below 10^18): {n}")


def _groups(n: int) -> list[int]:
    """Groups of three digits, least significant first."""
    groups = []
    while n:
        n, rest = divmod(n, 1000)
        groups.append(rest)
    return groups


def _below_thousand_id(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_ONES_ID[hundreds], "ratus"]
    if tens == 1:
        if ones == 0:
            words.append("sepuluh")
        elif ones == 1:
            words.append("sebelas")
        else:
            words += [_ONES_ID[ones], "belas"]
    else:
        if tens:
            words += [_ONES_ID[tens], "puluh"]
        if ones:
            words.append(_ONES_ID[ones])
    return words


def terbilang(n: int) -> str:
    """A non-negative integer below 10^18 in lower-case Indonesian words."""
    _check(n)
    if n == 0:
        return "nol"
    words: list[str] = []
    for level, value in reversed(list(enumerate(_groups(n)))):
        if not value:
            continue
        if level == 0:
            words += _below_thousand_id(value)
        elif level == 1 and value == 1:
            # Only the thousands take "se-": 10^6 is "satu juta", never "sejuta".
            words.append("seribu")
        else:
            words += [*_below_thousand_id(value), _SCALES_ID[level - 1]]
    return " ".join(words)


def _capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def terbilang_rupiah(n: int, capitalize: bool = False) -> str:
    """A rupiah amount in Indonesian words, e.g. "satu juta dua ratus ribu rupiah"."""
    text = f"{terbilang(n)} rupiah"
    return _capitalize_first(text) if capitalize else text


def _below_thousand_en(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds:
        words += [_ONES_EN[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(f"{_TENS_EN[tens]}-{_ONES_EN[ones]}" if ones else _TENS_EN[tens])
    elif rest:
        words.append(_ONES_EN[rest])
    return words


def _words_en(n: int) -> str:
    _check(n)
    if n == 0:
        return "zero"
    words: list[str] = []
    for level, value in reversed(list(enumerate(_groups(n)))):
        if not value:
            continue
        words += _below_thousand_en(value)
        if level:
            words.append(_SCALES_EN[level - 1])
    return " ".join(words)


def amount_in_words(n: int, lang: str = "id") -> str:
    """A rupiah amount in words, capitalized, in Indonesian ("id") or English ("en")."""
    if lang == "id":
        return terbilang_rupiah(n, capitalize=True)
    if lang == "en":
        return _capitalize_first(f"{_words_en(n)} rupiah")
    raise ValueError(f"unknown language {lang!r}; expected 'id' or 'en'")
