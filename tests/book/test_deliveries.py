import datetime

import pytest

from koperasi.book.deliveries import DeductionInput
from koperasi.book.sales import SaleInput
from koperasi.core.errors import KoperasiError
from tests.helpers import dump

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def member(book):
    return book.members.add("Siti Aminah")


def test_record_with_deductions_and_quality(book, member):
    d = book.deliveries.record(
        member.number,
        "karet",
        120_500,
        date=DAY,
        deductions=[DeductionInput("tare", grams=500), DeductionInput("moisture", percent_bp=250)],
        quality_bp=5550,
    )
    # 2,5 % of 120,5 kg = 3,0125 kg → 3.013 g (half up to the gram); net = 120.500 − 500 − 3.013
    assert d.net_grams == 116_987
    assert [(x.kind, x.grams, x.percent_bp) for x in d.deductions] == [
        ("tare", 500, None),
        ("moisture", 3013, 250),
    ]
    assert d.receipt == "NT-2026-000001"
    assert d.weight_equivalent == 116_987 * 5550
    assert d.status == "open"


def test_receipts_are_gapless_per_year(book, member):
    numbers = [
        book.deliveries.record(member.number, "Karet", 1000, date=day).receipt
        for day in (datetime.date(2025, 12, 30), DAY, DAY, datetime.date(2025, 12, 31))
    ]
    assert numbers == ["NT-2025-000001", "NT-2026-000001", "NT-2026-000002", "NT-2025-000002"]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"gross_grams": 0}, "delivery.gross_positive"),
        (
            {"gross_grams": 1000, "deductions": [DeductionInput("tare", grams=1000)]},
            "delivery.net_positive",
        ),
        ({"gross_grams": 1000, "quality_bp": 0}, "delivery.bad_quality"),
        ({"gross_grams": 1000, "quality_bp": 10_001}, "delivery.bad_quality"),
        ({"gross_grams": 1000, "date": datetime.date(2026, 11, 28)}, "delivery.future_date"),
        ({"gross_grams": 1000, "commodity": "Kopi"}, "commodity.not_found"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(book, member, kwargs, code):
    before = dump(book)
    args = {"member": member.number, "commodity": "Karet", "date": DAY} | kwargs
    with pytest.raises(KoperasiError) as info:
        book.deliveries.record(**args)
    assert info.value.code == code
    assert info.value.message("id")  # a sentence exists in both languages
    assert info.value.message("en")
    assert dump(book) == before


def test_quality_only_where_the_commodity_uses_it(book, member):
    with pytest.raises(KoperasiError) as info:
        book.deliveries.record(member.number, "TBS Sawit", 1000, date=DAY, quality_bp=9000)
    assert info.value.message("id") == "Komoditas TBS Sawit tidak memakai kadar/mutu."


def test_correct_keeps_history(book, member):
    d = book.deliveries.record(member.number, "Karet", 50_000, date=DAY, quality_bp=5000)
    fixed = book.deliveries.correct(d.receipt, "salah baca timbangan", gross_grams=51_000)
    assert (fixed.receipt, fixed.gross_grams, fixed.net_grams, fixed.quality_bp) == (
        d.receipt,
        51_000,
        51_000,
        5000,
    )
    history = book.deliveries.history(d.receipt)
    assert len(history) == 1
    assert history[0]["action"] == "correct"
    assert history[0]["reason"] == "salah baca timbangan"
    assert (history[0]["before"]["gross_grams"], history[0]["after"]["gross_grams"]) == (
        50_000,
        51_000,
    )
    with pytest.raises(KoperasiError):
        book.deliveries.correct(d.receipt, "  ", gross_grams=52_000)


def test_void_keeps_the_number_and_is_never_pooled(book, member):
    a = book.deliveries.record(member.number, "Karet", 50_000, date=DAY, quality_bp=5000)
    b = book.deliveries.record(member.number, "Karet", 60_000, date=DAY, quality_bp=5000)
    voided = book.deliveries.void(a.receipt, "timbangan rusak")
    assert (voided.status, voided.void_reason, voided.receipt) == (
        "void",
        "timbangan rusak",
        a.receipt,
    )
    sale = book.sales.settle(SaleInput("Karet", DAY, "PT Remco", 59_000, price_cents=1_000_000))
    assert sale.delivery_count == 1
    assert book.deliveries.get(b.receipt).status == "settled"
    with pytest.raises(KoperasiError) as info:
        book.deliveries.void(a.receipt, "lagi")
    assert info.value.code == "delivery.void"


def test_settled_delivery_is_locked(book, member):
    d = book.deliveries.record(member.number, "Karet", 50_000, date=DAY, quality_bp=5000)
    sale = book.sales.settle(SaleInput("Karet", DAY, "PT Remco", 49_000, price_cents=1_000_000))
    before = dump(book)
    for action in (
        lambda: book.deliveries.correct(d.receipt, "x", gross_grams=1),
        lambda: book.deliveries.void(d.receipt, "x"),
    ):
        with pytest.raises(KoperasiError) as info:
            action()
        assert info.value.message("id") == (
            f"Setoran {d.receipt} sudah dibagi dalam penjualan {sale.number} dan tidak dapat diubah atau dibatalkan."
        )
    assert dump(book) == before
