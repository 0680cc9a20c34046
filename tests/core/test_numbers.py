import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koperasi.core import fmt, limits
from koperasi.core.errors import KoperasiError
from koperasi.core.numbers import parse_count, parse_kg, parse_percent, parse_price, parse_rupiah


def refusal(parse, text):
    with pytest.raises(KoperasiError) as info:
        parse(text)
    return info.value


# --- the treasurer's cases, by hand -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1.250.000", "Rp 1.250.000", "rp1250000", "1250000", " 1.250.000 ", "RP 1.250.000",
     "Rp. 1.250.000", "Rp 1.250.000,-", "1.250.000,00", "Rp 1.250.000,0"],
)  # fmt: skip
def test_rupiah_one_million_two_hundred_fifty_thousand(text):
    assert parse_rupiah(text) == 1_250_000


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("1.250", 1_250_000),  # one thousand two hundred fifty kg, not 1,25 kg
        ("1.250,5", 1_250_500),
        ("120,5", 120_500),
        ("0,125", 125),
        ("0,001", 1),
        ("7", 7_000),
        ("1.250 kg", 1_250_000),
        ("120,5kg", 120_500),
        ("120,5 KG", 120_500),
        ("1,2500", 1_250),  # trailing zeros add no precision
        ("0", 0),
    ],
)
def test_kg(text, grams):
    assert parse_kg(text) == grams


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("3.152,62", 315_262),
        ("3.152,6", 315_260),
        ("12.500", 1_250_000),
        ("Rp 12.500", 1_250_000),
        ("Rp 3.152,62/kg", 315_262),
        ("25,50", 2_550),
    ],
)
def test_price(text, cents):
    assert parse_price(text) == cents


@pytest.mark.parametrize(
    ("text", "bp"),
    [("55,5", 5_550), ("3", 300), ("0,01", 1), ("3 %", 300), ("2,5%", 250), ("100", 10_000)],
)
def test_percent(text, bp):
    assert parse_percent(text) == bp


def test_percent_above_100_only_where_it_makes_sense():
    # a fee, a quality factor or an SHU share cannot exceed the whole
    error = refusal(parse_percent, "100,01")
    assert error.code == "limit.percent"
    assert "100 %" in error.message("id")
    # a ratio can, when the caller says so
    assert parse_percent("250", max_bp=limits.MAX_RATE_BP) == 25_000
    assert refusal(lambda t: parse_percent(t, max_bp=limits.MAX_RATE_BP), "1.000,01").code == (
        "limit.percent"
    )


@pytest.mark.parametrize(("text", "n"), [("50", 50), ("1.250", 1_250), (" 7 ", 7)])
def test_count(text, n):
    assert parse_count(text) == n


# --- refusals: each code, and the sentence shows the accepted form ------------------


@pytest.mark.parametrize(
    ("parse", "text", "code", "accepted"),
    [
        # a dot not followed by a group of three is an English decimal point, or a lost digit
        (parse_kg, "1.25", "number.kg.ambiguous", "1,25"),
        (parse_kg, "1.2500", "number.kg.ambiguous", "1.250"),
        (parse_kg, "0.125", "number.kg.ambiguous", "0,125"),
        (parse_kg, "1250.000", "number.kg.ambiguous", "1.250"),
        (parse_price, "12.50", "number.price.ambiguous", "12,50"),
        (parse_percent, "2.5", "number.percent.ambiguous", "2,5"),
        (parse_rupiah, "12.50", "number.rupiah.ambiguous", "1.250.000"),
        (parse_count, "1.25", "number.count.ambiguous", "1.250"),
        # malformed
        (parse_kg, "1,2,3", "number.kg.invalid", "1.250,5"),
        (parse_kg, "1..250", "number.kg.invalid", "1.250,5"),
        (parse_kg, "1.250.00", "number.kg.invalid", "1.250,5"),
        (parse_kg, "1,250.5", "number.kg.invalid", "1.250,5"),
        (parse_kg, "1 250", "number.kg.invalid", "1.250,5"),
        (parse_kg, "5,", "number.kg.invalid", "1.250,5"),
        (parse_kg, "+5", "number.kg.invalid", "1.250,5"),
        (parse_kg, "abc", "number.kg.invalid", "1.250,5"),
        (parse_kg, "1e3", "number.kg.invalid", "1.250,5"),
        (parse_kg, "12 lb", "number.kg.invalid", "1.250,5"),
        (parse_rupiah, "satu juta", "number.rupiah.invalid", "1.250.000"),
        (parse_rupiah, "USD 5", "number.rupiah.invalid", "1.250.000"),
        (parse_price, "3.152.62", "number.price.invalid", "3.152,62"),
        (parse_percent, "5 %%", "number.percent.invalid", "55,5"),
        (parse_count, "lima", "number.count.invalid", "50"),
        # too many decimals
        (parse_kg, "1,2345", "number.kg.decimals", "0,125"),
        (parse_price, "3.152,625", "number.price.decimals", "3.152,62"),
        (parse_percent, "0,005", "number.percent.decimals", "0,01"),
        (parse_rupiah, "1.250.000,50", "number.rupiah.decimals", "1.250.000"),
        (parse_count, "5,0", "number.count.decimals", "50"),
        # empty
        (parse_kg, "", "number.kg.empty", "1.250,5"),
        (parse_kg, "   ", "number.kg.empty", "1.250,5"),
        (parse_kg, "kg", "number.kg.empty", "1.250,5"),
        (parse_rupiah, "Rp", "number.rupiah.empty", "1.250.000"),
        (parse_price, "", "number.price.empty", "3.152,62"),
        (parse_percent, "%", "number.percent.empty", "55,5"),
        (parse_count, "", "number.count.empty", "50"),
        # ",5": refused, the sentence asks for 0,5 (the 1 of "1,5" may have been lost)
        (parse_kg, ",5", "number.leading_comma", "0,5"),
        # no typed amount, weight, price or rate is negative
        (parse_kg, "-5", "number.negative", "1.250"),
        (parse_rupiah, "-1.250.000", "number.negative", "1.250"),
        (parse_percent, "\u22123", "number.negative", "1.250"),
        # digits from another keyboard: they look right but are not what was typed
        (parse_kg, "١٢٣", "number.foreign_digits", "0-9"),
        (parse_rupiah, "１２３", "number.foreign_digits", "0-9"),
        (parse_count, "१२", "number.foreign_digits", "0-9"),
        # invisible characters pasted from a chat or a spreadsheet
        (parse_kg, "1\u200b250", "number.invisible", "1.250"),
        (parse_rupiah, "\ufeff1.250.000", "number.invisible", "1.250"),
        (parse_price, "12\u2060500", "number.invisible", "1.250"),
        (parse_percent, "5\u200e", "number.invisible", "1.250"),
        (parse_count, "5\x00", "number.invisible", "1.250"),
    ],
)
def test_refusals_name_the_accepted_form(parse, text, code, accepted):
    error = refusal(parse, text)
    assert error.code == code
    assert accepted in error.message("id")
    assert accepted in error.message("en")


def test_the_unclear_weight_reads_both_ways():
    error = refusal(parse_kg, "1.25")
    assert error.message("id") == (
        'Berat "1.25" tidak jelas: tulis 1.250 untuk seribu dua ratus lima puluh kg (titik '
        "memisahkan ribuan), atau 1,25 bila maksudnya desimal (koma menandai desimal)."
    )


def test_invisible_character_is_named():
    error = refusal(parse_kg, "1\u200b250")
    assert "U+200B" in error.message("id")
    assert '"1250"' in error.message("id")  # the text shown is what the treasurer sees


def test_non_text_is_a_programming_error():
    with pytest.raises(TypeError):
        parse_kg(1.25)  # type: ignore[arg-type]


# --- ceilings -----------------------------------------------------------------------


def test_parsers_apply_the_ceilings():
    assert parse_rupiah("Rp 1.000.000.000.000.000") == limits.MAX_RUPIAH
    assert refusal(parse_rupiah, "1.000.000.000.000.001").code == "limit.rupiah"
    assert parse_kg("1.000.000.000") == limits.MAX_GRAMS
    assert refusal(parse_kg, "1.000.000.000,001").code == "limit.grams"
    assert parse_price("1.000.000.000") == limits.MAX_PRICE_CENTS
    assert refusal(parse_price, "1.000.000.000,01").code == "limit.price"
    assert refusal(parse_count, "1.000.000.001").code == "limit.count"
    # far past 2**63: refused, never wrapped or turned into a float
    assert refusal(parse_rupiah, "9" * 40).code == "limit.rupiah"


# --- round trips: what the screen shows, typed back, is the same integer ------------


@given(st.integers(0, limits.MAX_GRAMS))
def test_kg_round_trip(grams):
    assert parse_kg(fmt.kg_number(grams)) == grams
    assert parse_kg(fmt.kg(grams)) == grams


@given(st.integers(0, limits.MAX_RUPIAH))
def test_rupiah_round_trip(amount):
    assert parse_rupiah(fmt.rupiah(amount)) == amount
    assert parse_rupiah(fmt.group(amount)) == amount
    assert parse_rupiah(str(amount)) == amount


@given(st.integers(0, limits.MAX_PRICE_CENTS))
def test_price_round_trip(cents):
    assert parse_price(fmt.price_input(cents)) == cents
    assert parse_price(fmt.price(cents)) == cents


@given(st.integers(0, limits.MAX_RATE_BP))
def test_percent_round_trip(bp):
    assert parse_percent(fmt.percent_input(bp), max_bp=limits.MAX_RATE_BP) == bp
    assert parse_percent(fmt.percent(bp), max_bp=limits.MAX_RATE_BP) == bp


@given(st.integers(0, limits.MAX_COUNT))
def test_count_round_trip(n):
    assert parse_count(fmt.group(n)) == n


# --- the old bug ---------------------------------------------------------------------


def test_one_thousand_two_hundred_fifty_kg_is_not_one_and_a_quarter():
    assert float("1.250") == 1.25  # what Python (and the old parsing) reads
    assert parse_kg("1.250") == 1_250_000  # what the treasurer means: 1.250 kg
    assert parse_price("1.250") == 125_000  # Rp 1.250 per kg, not Rp 1,25
    assert parse_count("1.250") == 1_250


def test_core_reads_no_typed_number_with_float_or_decimal():
    """No module in koperasi/core calls float(), or Decimal() on anything but an integer."""
    import ast
    import pathlib

    import koperasi.core

    offenders = []
    for path in sorted(pathlib.Path(koperasi.core.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name = node.func.id
            if name == "float" or (name == "Decimal" and not _is_int_expression(node.args[0])):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def _is_int_expression(node):
    # decimal_kg(grams) turns an int into an exact Decimal for JSON: not typed text
    import ast

    return isinstance(node, ast.Name) and node.id in {"grams", "cents", "bp"}


def test_the_older_entry_points_read_1_250_as_the_treasurer_does():
    from koperasi.core import units

    assert units.parse_kg("1.250") == 1_250_000
    assert units.parse_price("1.250") == 125_000
    assert units.parse_rupiah("1.250") == 1_250


# --- typed dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31/02/2026", "date.impossible"),
        ("29/02/2027", "date.impossible"),
        ("27/11/26", "date.two_digit_year"),
        ("27.11.26", "date.two_digit_year"),
        ("27/11/1899", "date.year_range"),
        ("1/1/2201", "date.year_range"),
        ("0001-01-01", "date.year_range"),
        ("kemarin", "date.invalid"),
        ("27/11-2026", "date.invalid"),
        ("27/11/٢٠٢٦", "date.invalid"),
    ],
)
def test_date_refusals(text, code):
    with pytest.raises(KoperasiError) as info:
        fmt.parse_date(text)
    assert info.value.code == code
    assert "27/11/2026" in info.value.message("id") or "28/02/2027" in info.value.message("id")
    assert isinstance(info.value, ValueError)  # callers that caught ValueError still do


@pytest.mark.parametrize(
    "text", ["27/11/2026", "27-11-2026", "27.11.2026", "2026-11-27", " 27/11/2026 "]
)
def test_date_day_first_with_slash_dash_or_dot(text):
    assert fmt.parse_date(text) == datetime.date(2026, 11, 27)


def test_date_bounds_are_the_limits():
    assert fmt.parse_date("1/1/1900") == datetime.date(limits.MIN_YEAR, 1, 1)
    assert fmt.parse_date("31/12/2200") == datetime.date(limits.MAX_YEAR, 12, 31)
    assert fmt.parse_date("29/02/2028") == datetime.date(2028, 2, 29)
