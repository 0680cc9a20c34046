import pytest

from koperasi.core.errors import KoperasiError
from koperasi.core.units import (
    money_at_rate,
    money_for_weight,
    parse_kg,
    parse_percent,
    parse_price,
    parse_rupiah,
    round_half_up_div,
)


def test_round_half_up():
    assert round_half_up_div(5, 2) == 3  # 2.5 → 3
    assert round_half_up_div(7, 2) == 4  # 3.5 → 4, not banker's 4/2 alternation
    assert round_half_up_div(249, 100) == 2
    assert round_half_up_div(250, 100) == 3


def test_money_for_weight_rounds_once_half_up():
    # 245 kg × Rp 12.500 = Rp 3.062.500
    assert money_for_weight(245_000, 1_250_000) == 3_062_500
    # 1.234,567 kg × Rp 3.152,62 = 3.892.120,6155... → 3.892.121
    assert money_for_weight(1_234_567, 315_262) == 3_892_121
    # 0,5 kg × Rp 1,00 = Rp 0,50 → rounds up to Rp 1
    assert money_for_weight(500, 100) == 1


def test_money_at_rate():
    assert money_at_rate(3_062_500, 300) == 91_875  # 3 %
    assert money_at_rate(1_000_050, 250) == 25_001  # 2,5 % of 1.000.050 = 25.001,25


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("120,5", 120_500),
        ("120.5", 120_500),  # the command line's documented form, until it calls numbers
        ("0,001", 1),
        ("7", 7000),
        ("1.250", 1_250_000),  # one thousand two hundred fifty kg, never 1,25 kg
        ("1.250,5", 1_250_500),
    ],
)
def test_parse_kg(text, grams):
    assert parse_kg(text) == grams


@pytest.mark.parametrize(
    ("text", "exact_code"),
    [
        ("", "number.kg.empty"),
        ("abc", "number.kg.invalid"),
        ("-5", "number.negative"),
        ("1.0005", "number.kg.ambiguous"),
        ("0.125", "number.kg.ambiguous"),  # three digits after a dot are never decimals
        ("1e3", "number.kg.invalid"),
        ("12.5.1", "number.kg.invalid"),
        ("1,0005", "number.kg.decimals"),
    ],
)
def test_parse_kg_refuses(text, exact_code):
    # the older entry point keeps its one sentence; the exact refusal is its cause
    with pytest.raises(KoperasiError) as info:
        parse_kg(text)
    assert info.value.code == "input.bad_kg"
    assert "tidak valid" in info.value.message("id")
    assert "not valid" in info.value.message("en")
    assert info.value.__cause__.code == exact_code


def test_a_ceiling_keeps_its_own_sentence():
    with pytest.raises(KoperasiError) as info:
        parse_rupiah("Rp 10.000.000.000.000.000")
    assert info.value.code == "limit.rupiah"
    with pytest.raises(KoperasiError) as info:
        parse_percent("120")
    assert info.value.code == "input.bad_percent"  # "0 sampai 100", as the screens expect


def test_parse_date_without_bounds_for_the_command_line():
    import datetime

    from koperasi.core.units import parse_date

    assert parse_date("2999-01-01") == datetime.date(2999, 1, 1)
    assert parse_date("27.11.2026") == datetime.date(2026, 11, 27)
    with pytest.raises(KoperasiError) as info:
        parse_date("31/02/2026")
    assert info.value.code == "date.impossible"


def test_parse_price_and_percent_and_rupiah():
    assert parse_price("3152.62") == 315_262
    assert parse_price("3.152,62") == 315_262
    assert parse_price("12500") == 1_250_000
    assert parse_price("12.500") == 1_250_000  # not Rp 12,50
    with pytest.raises(KoperasiError):
        parse_price("3152.625")
    assert parse_percent("2.5") == 250
    assert parse_percent("2,5") == 250
    assert parse_percent("100") == 10_000
    with pytest.raises(KoperasiError):
        parse_percent("100.01")
    assert parse_rupiah("150000") == 150_000
    assert parse_rupiah("150.000") == 150_000
    assert parse_rupiah("Rp 1.500.000") == 1_500_000
    with pytest.raises(KoperasiError):
        parse_rupiah("150000.5")
