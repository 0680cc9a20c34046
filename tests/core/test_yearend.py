"""The RAT's appropriation (pure): the textbook example, voted parts, unclaimed parts."""

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.core.yearend import appropriate, parse_parts


def test_textbook_example_member_receives_1_240_000():
    # SHU 60.000.000; jasa anggota 25 % = 15.000.000, jasa modal 20 % = 12.000.000.
    # The member: transactions 5.000.000 of 75.000.000 → 15.000.000 × 5/75 = 1.000.000;
    # savings 2.000.000 of 100.000.000 → 12.000.000 × 2/100 = 240.000. Total 1.240.000.
    a = appropriate(
        60_000_000,
        {"reserve": 5500, "jasa_usaha": 2500, "jasa_modal": 2000},
        {1: 5_000_000, 2: 70_000_000},
        {1: 2_000_000, 2: 98_000_000},
    )
    assert a.parts["jasa_usaha"] == 15_000_000
    assert a.parts["jasa_modal"] == 12_000_000
    assert a.jasa_usaha[1] + a.jasa_modal[1] == 1_240_000


def test_parts_as_typed_must_total_100_percent():
    split = parse_parts(
        ["cadangan=30", "jasa_anggota=27,5", "jasa_modal=22,5 %", "pengurus=5", "daerah_kerja=15"]
    )
    assert split["reserve"] == 3000
    assert split["jasa_usaha"] == 2750
    assert split["regional"] == 1500
    assert split["social"] == 0
    with pytest.raises(KoperasiError) as e:
        parse_parts(["cadangan=40", "jasa_anggota=50"])
    assert "90" in e.value.message("id")
    with pytest.raises(KoperasiError):
        parse_parts(["kas=100"])
    with pytest.raises(KoperasiError):
        parse_parts(["cadangan=abc"])


def test_a_jasa_part_with_no_member_goes_to_the_reserve_and_the_parts_say_so():
    # 1.000.000: reserve 40 % 400.000, jasa usaha 60 % 600.000, but nobody traded.
    a = appropriate(1_000_000, {"reserve": 4000, "jasa_usaha": 6000}, {}, {1: 100})
    assert a.parts["reserve"] == 1_000_000
    assert a.parts["jasa_usaha"] == 0
    assert a.moved == {"jasa_usaha": 600_000}
    assert sum(a.parts.values()) == 1_000_000
