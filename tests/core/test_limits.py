import datetime

import pytest

from koperasi.core import limits
from koperasi.core.errors import KoperasiError


def test_ceilings_are_far_below_2_to_the_63():
    assert limits.MAX_RUPIAH == 10**15  # Rp 1.000 triliun per operation
    assert limits.MAX_RUPIAH * 1_000 < 2**63  # a thousand operations at the ceiling still fit
    # a weight times a price at their ceilings, in whole rupiah, still fits
    assert limits.MAX_GRAMS * limits.MAX_PRICE_CENTS // 100_000 < 2**63
    assert limits.MAX_GRAMS * limits.MAX_SHARE_BP < 2**63
    assert limits.MAX_SHARE_BP == 10_000  # 100 %
    assert limits.MAX_RATE_BP > limits.MAX_SHARE_BP
    assert (limits.MIN_YEAR, limits.MAX_YEAR) == (1900, 2200)


@pytest.mark.parametrize(
    ("check", "ceiling"),
    [
        (limits.check_rupiah, limits.MAX_RUPIAH),
        (limits.check_grams, limits.MAX_GRAMS),
        (limits.check_price, limits.MAX_PRICE_CENTS),
        (limits.check_bp, limits.MAX_SHARE_BP),
        (limits.check_count, limits.MAX_COUNT),
    ],
)
def test_each_check_lets_the_ceiling_through_and_refuses_one_more(check, ceiling):
    assert check(0) == 0
    assert check(ceiling) == ceiling
    with pytest.raises(KoperasiError):
        check(ceiling + 1)
    with pytest.raises(KoperasiError):
        check(-ceiling - 1)


def test_rupiah_sentence_shows_value_ceiling_and_field():
    with pytest.raises(KoperasiError) as info:
        limits.check_rupiah(10**16, "Harga total")
    assert info.value.code == "limit.rupiah"
    assert info.value.message("id") == (
        "Harga total: Rp 10.000.000.000.000.000 melebihi batas Rp 1.000.000.000.000.000 per "
        "transaksi: periksa jumlah angka nolnya."
    )
    assert "Rp 1.000.000.000.000.000 per operation" in info.value.message("en")


def test_weight_price_and_percent_sentences():
    with pytest.raises(KoperasiError) as info:
        limits.check_grams(limits.MAX_GRAMS + 1)
    assert info.value.message("id").startswith(
        "1.000.000.000,001 kg melebihi batas 1.000.000.000 kg"
    )
    with pytest.raises(KoperasiError) as info:
        limits.check_price(limits.MAX_PRICE_CENTS + 1, "Harga per kg")
    assert "Rp 1.000.000.000 per kg" in info.value.message("id")
    with pytest.raises(KoperasiError) as info:
        limits.check_bp(10_050, "Fee")
    assert info.value.message("id") == "Fee: 100,5 % melebihi batas 100 %."
    assert limits.check_bp(25_000, max_bp=limits.MAX_RATE_BP) == 25_000


def test_years_and_dates():
    assert limits.check_year(1900) == 1900
    assert limits.check_year(2200) == 2200
    for year in (1899, 2201, 20260):
        with pytest.raises(KoperasiError) as info:
            limits.check_year(year, "Tanggal setoran")
        assert info.value.code == "limit.year"
        assert "1900 sampai 2200" in info.value.message("id")
    assert limits.check_date(datetime.date(2026, 11, 27)) == datetime.date(2026, 11, 27)
    with pytest.raises(KoperasiError):
        limits.check_date(datetime.date(2226, 11, 27))


@pytest.mark.parametrize("value", [1.5, 1e15, True, "100"])
def test_a_float_near_money_is_a_programming_error(value):
    with pytest.raises(TypeError):
        limits.check_rupiah(value)
