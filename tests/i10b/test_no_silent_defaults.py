"""No silent defaults: KKK must be given for Karet, a sold weight above the pooled weight
must be confirmed (and shows as negative shrinkage), a zero share gets no slip."""

import datetime

import pytest

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from koperasi.core.errors import KoperasiError
from tests.helpers import dump
from tests.pdf.pdf_helpers import pages

D = datetime.date
DAY = D(2026, 11, 20)


@pytest.fixture
def rubber(book):
    book.members.add("Siti Aminah", joined=D(2025, 1, 2))
    book.members.add("Budi Santoso", joined=D(2025, 1, 2))
    return book


def test_cli_refuses_a_karet_delivery_without_kkk(rubber, cli):
    path = rubber.path
    rubber.close()
    result = cli("delivery", "add", path, "--member", "LJ-0001", "--commodity", "Karet",
                 "--gross-kg", "100", "--date", "2026-11-20")  # fmt: skip
    assert result.code == 1
    assert result.err.strip() == (
        "Karet dinilai menurut kadar (KKK): isi kadar setoran ini, mis. 55 %."
    )
    with Book.open(path) as book:
        assert book.deliveries.on_date(DAY) == []
    ok = cli("delivery", "add", path, "--member", "LJ-0001", "--commodity", "Karet",
             "--gross-kg", "100", "--date", "2026-11-20", "--quality-percent", "50")  # fmt: skip
    assert ok.code == 0, ok.err
    # Palm fruit has no quality factor: nothing to ask.
    palm = cli("delivery", "add", path, "--member", "LJ-0001", "--commodity", "TBS Sawit",
               "--gross-kg", "100", "--date", "2026-11-20")  # fmt: skip
    assert palm.code == 0, palm.err


def test_sold_above_pooled_needs_confirmation(rubber):
    book = rubber
    book.deliveries.record("LJ-0001", "TBS Sawit", 1_000_000, date=DAY)
    sale = SaleInput("TBS Sawit", DAY, "PT Pauh", 1_050_000, price_cents=300_000)
    before = dump(book)
    with pytest.raises(KoperasiError) as caught:
        book.sales.settle(sale)
    assert caught.value.code == "sale.oversold"
    assert "1.050 kg" in str(caught.value) and "1.000 kg" in str(caught.value)
    assert "50 kg" in str(caught.value)
    assert dump(book) == before
    import dataclasses

    row = book.sales.settle(dataclasses.replace(sale, oversold_confirmed=True))
    assert (row.sold_grams, row.pooled_grams) == (1_050_000, 1_000_000)
    from koperasi.pdf.settlement import render_settlement
    from koperasi.reports.settlement import settlement_data

    (text,) = pages(render_settlement(settlement_data(book, row.number)))
    assert "Susut -50 kg (-5 %)" in text
    assert "Susut negatif: terjual 50 kg lebih banyak dari yang dikumpulkan" in text


def test_cli_confirm_oversold(rubber, cli):
    rubber.deliveries.record("LJ-0001", "TBS Sawit", 1_000_000, date=DAY)
    path = rubber.path
    rubber.close()
    args = ("sale", "add", path, "--commodity", "TBS Sawit", "--date", "2026-11-20",
            "--buyer", "PT Pauh", "--sold-kg", "1050", "--price-per-kg", "3000")  # fmt: skip
    refused = cli(*args)
    assert refused.code == 1 and "susut negatif" in refused.err
    assert cli(*args, "--confirm-oversold").out.strip() == "PJ-2026-0001"


def test_a_zero_share_gets_no_slip(rubber):
    book = rubber
    # Net Rp 1.000 over 1.000.000 g and 100 g: the 100 g part is floor(0,0999...) = Rp 0.
    book.deliveries.record("LJ-0001", "TBS Sawit", 1_000_000, date=DAY)
    book.deliveries.record("LJ-0002", "TBS Sawit", 100, date=DAY)
    sale = book.sales.settle(
        SaleInput("TBS Sawit", DAY, "PT Pauh", 1_000_100, agreed_total=1_000 + 25_003)
    )
    shares = {s.member.number: s.share for s in book.payouts.status(sale.number)}
    assert shares == {"LJ-0001": 1_000, "LJ-0002": 0}
    paid = book.payouts.pay(sale.number, date=DAY)
    assert [(p.slip, p.share) for p in paid] == [("SP-2026-000001", 1_000)]
    with pytest.raises(KoperasiError) as caught:
        book.payouts.pay(sale.number, date=DAY, members=["LJ-0002"])
    assert caught.value.code == "payout.zero_share"
    with pytest.raises(KoperasiError) as caught:
        book.payouts.pay(sale.number, date=DAY)
    assert caught.value.code == "payout.nothing_to_pay"
    assert all(f.ok for f in book.checks.run())
