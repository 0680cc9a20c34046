import pytest

from koperasi.core.errors import KoperasiError
from koperasi.core.model import SaleCost
from koperasi.core.settlement import FeeRule, PooledDelivery, settle


def pool():
    # Three rubber deliveries: (id, member, net grams, KKK bp)
    return [
        PooledDelivery(1, 10, 120_000, 5500),  # weight-equivalent 660.000.000
        PooledDelivery(2, 20, 80_000, 6000),  # 480.000.000
        PooledDelivery(3, 10, 51_000, 5000),  # 255.000.000 ; W = 1.395.000.000
    ]


def test_worked_rubber_sale():
    s = settle(
        pool(),
        sold_grams=245_000,
        fee_rule=FeeRule("percent", bp=300),
        price_cents=1_250_000,
        costs=[SaleCost("transport", 150_000)],
    )
    assert s.gross == 3_062_500  # 245 kg × Rp 12.500
    assert s.fee == 91_875  # 3 % of the gross
    assert s.costs == 150_000
    assert s.net == 2_820_625  # 3.062.500 − 91.875 − 150.000
    # N × w / W: 1.334.489,24 / 970.537,63 / 515.598,12 → floors sum to 2.820.624; the one
    # rupiah left goes to delivery 2 (largest fraction .63).
    assert s.parts == {1: 1_334_489, 2: 970_538, 3: 515_598}
    assert s.shares == {10: 1_334_489 + 515_598, 20: 970_538}
    assert s.pooled_grams == 251_000
    assert s.shrinkage_grams == 6_000


def test_palm_fee_per_kg_and_agreed_total():
    deliveries = [PooledDelivery(1, 1, 1_000_000, 10000), PooledDelivery(2, 2, 500_000, 10000)]
    s = settle(deliveries, 1_480_000, FeeRule("per_kg", cents_per_kg=2500), agreed_total=4_250_000)
    assert s.gross == 4_250_000
    assert s.fee == 37_000  # 1.480 kg × Rp 25
    assert s.net == 4_213_000
    assert s.parts == {1: 2_808_667, 2: 1_404_333}  # 2/3 and 1/3 of 4.213.000
    assert sum(s.parts.values()) == s.net


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"sold_grams": 0, "price_cents": 100}, "sale.sold_positive"),
        ({"sold_grams": 1000, "price_cents": 0}, "sale.price_positive"),
        ({"sold_grams": 1000, "price_cents": 100, "agreed_total": 5}, "sale.price_or_total"),
        (
            {"sold_grams": 1000, "price_cents": 100_000, "costs": [SaleCost("truk", 2000)]},
            "sale.net_not_positive",
        ),
    ],
)
def test_refusals(kwargs, code):
    with pytest.raises(KoperasiError) as info:
        settle(pool(), fee_rule=FeeRule(), **kwargs)
    assert info.value.code == code


def test_no_deliveries_refused():
    with pytest.raises(KoperasiError) as info:
        settle([], 1000, FeeRule(), price_cents=100, commodity="Karet", date="27/11/2026")
    assert (
        info.value.message("id")
        == "Tidak ada setoran Karet yang belum terjual sampai tanggal 27/11/2026."
    )
