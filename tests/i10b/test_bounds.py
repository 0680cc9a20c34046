"""Bounds: every amount within its documented ceiling (core.limits, Rp 10^15 per
operation), refused in one sentence; nothing near 2^63 reaches a stored sum."""

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core.errors import KoperasiError
from koperasi.core.limits import MAX_RUPIAH
from koperasi.core.model import SaleCost
from tests.helpers import dump

D = datetime.date
DAY = D(2026, 11, 20)
HUGE = 2**63 - 1


@pytest.fixture
def seller(book):
    book.members.add("Siti Aminah", joined=D(2025, 1, 2))
    book.deliveries.record("LJ-0001", "TBS Sawit", 1_000_000, date=DAY)
    return book


@pytest.mark.parametrize(
    "sale, code",
    [
        (SaleInput("TBS Sawit", DAY, "PT Pauh", 1_000_000, agreed_total=HUGE), "limit.rupiah"),
        (SaleInput("TBS Sawit", DAY, "PT Pauh", HUGE, agreed_total=1_000_000), "limit.grams"),
        (SaleInput("TBS Sawit", DAY, "PT Pauh", 1_000_000, price_cents=HUGE), "limit.price"),
        (
            SaleInput(
                "TBS Sawit",
                DAY,
                "PT Pauh",
                1_000_000,
                agreed_total=3_000_000,
                costs=(SaleCost("Angkutan", HUGE),),
            ),
            "limit.rupiah",
        ),
        (
            # 10^12 g at Rp 10^9/kg is Rp 10^18: each within its own ceiling, the gross not.
            SaleInput("TBS Sawit", DAY, "PT Pauh", 10**12, price_cents=10**11),
            "limit.rupiah",
        ),
    ],
)
def test_a_sale_near_2_63_is_refused_in_one_sentence(seller, sale, code):
    before = dump(seller)
    with pytest.raises(KoperasiError) as caught:
        seller.sales.settle(sale)
    assert caught.value.code == code
    assert "melebihi batas" in caught.value.message("id")
    assert dump(seller) == before
    # The trial balance and every check still run.
    assert all(f.ok for f in seller.checks.run())


def test_other_operations_refuse_amounts_past_the_ceiling(seller):
    book = seller
    before = dump(book)
    for call in (
        lambda: book.savings.deposit("LJ-0001", "sukarela", MAX_RUPIAH + 1, date=DAY),
        lambda: book.loans.grant("LJ-0001", "kasbon", HUGE, date=DAY),
        lambda: book.deliveries.record("LJ-0001", "TBS Sawit", HUGE, date=DAY),
        lambda: book.cash.income("Pendapatan lain-lain", HUGE, "Sewa", date=DAY),
    ):
        with pytest.raises(KoperasiError) as caught:
            call()
        assert caught.value.code.startswith("limit."), caught.value.code
    assert dump(book) == before
    # At the ceiling itself an amount is accepted.
    book.savings.deposit("LJ-0001", "sukarela", MAX_RUPIAH, date=DAY)
    assert book.savings.balances("LJ-0001").sukarela == MAX_RUPIAH
