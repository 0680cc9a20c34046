import datetime

import pytest

from koperasi.core.fmt import (
    MONTHS_ID,
    date_long,
    date_short,
    datetime_short,
    group,
    kg,
    kg_number,
    month_name,
    parse_date,
    percent,
    price,
    rupiah,
)


def test_group():
    assert group(1_234_567) == "1.234.567"
    assert group(-1_500) == "-1.500"
    assert group(0) == "0"
    assert group(999) == "999"
    assert group(1_000) == "1.000"
    assert group(-999) == "-999"


def test_rupiah():
    assert rupiah(1_234_567) == "Rp 1.234.567"
    assert rupiah(-1_500) == "-Rp 1.500"
    assert rupiah(0) == "Rp 0"


def test_price():
    assert price(315_262) == "Rp 3.152,62"
    assert price(1_200_000) == "Rp 12.000"
    assert price(315_260) == "Rp 3.152,60"
    assert price(0) == "Rp 0"
    assert price(5) == "Rp 0,05"
    assert price(-315_262) == "-Rp 3.152,62"
    assert price(-50) == "-Rp 0,50"


def test_kg_default_decimals():
    assert kg(1_234_500) == "1.234,5 kg"
    assert kg(1_000) == "1 kg"
    assert kg(1_234_567) == "1.234,567 kg"
    assert kg(0) == "0 kg"
    assert kg(1) == "0,001 kg"
    assert kg(1_250) == "1,25 kg"
    assert kg(-1_500) == "-1,5 kg"


def test_kg_fixed_decimals():
    assert kg(1_234_567, 1) == "1.234,6 kg"
    assert kg(1_000, 1) == "1,0 kg"
    assert kg(1_250, 1) == "1,3 kg"
    assert kg(1_249, 1) == "1,2 kg"
    assert kg(1_500, 0) == "2 kg"
    assert kg(1_499, 0) == "1 kg"
    assert kg(999_950, 1) == "1.000,0 kg"
    assert kg(1_234, 2) == "1,23 kg"
    assert kg(1_235, 2) == "1,24 kg"
    assert kg(1_234, 3) == "1,234 kg"
    assert kg(1_234, 4) == "1,2340 kg"
    assert kg(0, 2) == "0,00 kg"
    assert kg(-1_250, 1) == "-1,3 kg"
    assert kg(-40, 1) == "0,0 kg"


def test_kg_number():
    assert kg_number(1_234_500) == "1.234,5"
    assert kg_number(1_234_567, 1) == "1.234,6"
    assert kg_number(1_000) == "1"


def test_percent():
    assert percent(5_550) == "55,5 %"
    assert percent(10_000) == "100 %"
    assert percent(250) == "2,5 %"
    assert percent(1) == "0,01 %"
    assert percent(0) == "0 %"
    assert percent(1_234) == "12,34 %"
    assert percent(-250) == "-2,5 %"


def test_dates():
    assert date_short(datetime.date(2026, 11, 27)) == "27/11/2026"
    assert date_short(datetime.date(2026, 1, 5)) == "05/01/2026"
    assert date_long(datetime.date(2026, 11, 27)) == "27 November 2026"
    assert date_long(datetime.date(2026, 1, 1)) == "1 Januari 2026"
    assert date_long(datetime.date(2026, 8, 17), "id") == "17 Agustus 2026"
    assert date_long(datetime.date(2026, 11, 27), "en") == "27 November 2026"
    assert date_long(datetime.date(2026, 1, 1), "en") == "1 January 2026"
    assert datetime_short(datetime.datetime(2026, 11, 27, 14, 5, 59)) == "27/11/2026 14:05"
    assert datetime_short(datetime.datetime(2026, 1, 2, 3, 4)) == "02/01/2026 03:04"


def test_month_name():
    assert MONTHS_ID == (
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
    assert month_name(3) == "Maret"
    assert month_name(5, "en") == "May"
    with pytest.raises(ValueError):
        month_name(0)
    with pytest.raises(ValueError):
        month_name(13)
    with pytest.raises(ValueError):
        month_name(1, "fr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-27", datetime.date(2026, 11, 27)),
        ("27/11/2026", datetime.date(2026, 11, 27)),
        ("27-11-2026", datetime.date(2026, 11, 27)),
        ("27.11.2026", datetime.date(2026, 11, 27)),
        ("1/2/2026", datetime.date(2026, 2, 1)),
        (" 05/01/2026 ", datetime.date(2026, 1, 5)),
        ("2024-02-29", datetime.date(2024, 2, 29)),
    ],
)
def test_parse_date_accepts(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "kemarin",
        "27/11-2026",
        "11/27/2026",
        "31/02/2026",
        "2025-02-29",
        "27/11/26",
        "2026/11/27",
        "2026-11-27x",
    ],
)
def test_parse_date_rejects(text):
    with pytest.raises(ValueError):
        parse_date(text)
