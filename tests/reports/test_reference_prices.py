"""The plantation office's (Disbun) weekly TBS reference price per tree-age bracket, a sale's
price against it weighted by the pooled weight, on the settlement sheet and the slip."""

from __future__ import annotations

import datetime

import pytest

from koperasi import pdf, reports
from koperasi.book.reference_prices import iso_week, parse_week
from koperasi.book.sales import SaleInput
from koperasi.core.errors import KoperasiError
from tests.geo.samples import BIG_GEOMETRY, POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature
from tests.pdf.pdf_helpers import pages

SALE_DAY = datetime.date(2026, 11, 25)  # ISO week 2026-W48


@pytest.fixture
def palm(book, tmp_path):
    """Siti's plots planted 2012 (14 years old in 2026) and 2020 (6 years); Budi's 2001 (25)."""
    book.members.add("Siti Aminah", village="Lubuk Resam")
    book.members.add("Budi Santoso", village="Bukit Suban")
    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai", tahun_tanam=2012),
            feature(POINT_GEOMETRY, anggota="LJ-0001", nama="Pondok", luas="1,5", tahun_tanam=2020),
            feature(BIG_GEOMETRY, anggota="LJ-0002", nama="Kebun Bukit", tahun_tanam=2001),
        ),
        encoding="utf-8",
    )
    book.plots.import_file(path)
    sungai, pondok = book.plots.list("LJ-0001")
    [bukit] = book.plots.list("LJ-0002")
    record = book.deliveries.record
    record("LJ-0001", "TBS Sawit", 1_000_000, date=datetime.date(2026, 11, 23), plot_id=sungai.id)
    record("LJ-0001", "TBS Sawit", 500_000, date=datetime.date(2026, 11, 24), plot_id=pondok.id)
    record("LJ-0002", "TBS Sawit", 500_000, date=datetime.date(2026, 11, 24), plot_id=bukit.id)
    # No plot: no age, so it does not count in the weighting.
    record("LJ-0002", "TBS Sawit", 300_000, date=datetime.date(2026, 11, 24))
    prices = book.reference_prices
    prices.set("TBS Sawit", "2026-W48", 10, 20, 315_262)  # Rp 3.152,62
    prices.set("TBS Sawit", "2026-W48", 6, 6, 290_000)
    prices.set("TBS Sawit", "2026-W48", 25, 25, 280_000)
    prices.set("TBS Sawit", "2026-W47", 10, 20, 999_900)  # last week's: not used
    return book


def settle(book, price_cents=300_000):
    return book.sales.settle(
        SaleInput("TBS Sawit", SALE_DAY, "PKS Sarolangun", 2_250_000, price_cents=price_cents)
    )


def test_the_reference_is_weighted_by_the_weight_of_each_plot_age(palm):
    sale = settle(palm)
    ref = palm.reference_prices.of_sale(sale.number)
    # (1000 kg × 3.152,62 + 500 kg × 2.900 + 500 kg × 2.800) / 2000 kg = 3.001,31 per kg.
    assert (ref.week, ref.weighed_grams, ref.pooled_grams) == ("2026-W48", 2_000_000, 2_300_000)
    assert ref.reference_cents == 300_131
    assert ref.difference_cents == 300_000 - 300_131


def test_a_later_entry_for_the_same_bracket_replaces_the_earlier(palm):
    palm.reference_prices.set("TBS Sawit", "2026-w48", 10, 20, 320_000)
    [six, adult, old] = palm.reference_prices.of_week("TBS Sawit", "2026-W48")
    assert (adult.age_from, adult.age_to, adult.price_cents) == (10, 20, 320_000)
    assert (six.price_cents, old.price_cents) == (290_000, 280_000)


def test_without_a_reference_for_the_week_the_sale_has_none(book):
    book.members.add("Siti Aminah")
    book.deliveries.record("LJ-0001", "TBS Sawit", 100_000, date=SALE_DAY)
    sale = book.sales.settle(SaleInput("TBS Sawit", SALE_DAY, "PKS", 100_000, price_cents=300_000))
    assert book.reference_prices.of_sale(sale.number) is None
    text = pages(pdf.render_settlement(reports.settlement_data(book, sale.number)))[0]
    assert "Harga Disbun" not in text


def test_weeks_and_ages_are_checked():
    assert (iso_week(SALE_DAY), parse_week(" 2026w48 ")) == ("2026-W48", "2026-W48")
    for bad in ("2026-W54", "2026-48", "W48"):
        with pytest.raises(KoperasiError) as caught:
            parse_week(bad)
        assert caught.value.code == "reference.bad_week"


def test_bad_ages_and_prices_are_refused_and_change_nothing(palm):
    with pytest.raises(KoperasiError) as caught:
        palm.reference_prices.set("TBS Sawit", "2026-W48", 20, 10, 300_000)
    assert caught.value.message("id").startswith("Umur tanaman 20 s.d. 10 tahun tidak valid")
    with pytest.raises(KoperasiError):
        palm.reference_prices.set("TBS Sawit", "2026-W48", 3, 3, 0)
    assert len(palm.reference_prices.of_week("TBS Sawit", "2026-W48")) == 3


def test_the_settlement_sheet_and_the_slip_show_the_reference(palm):
    sale = settle(palm)
    sheet = pages(pdf.render_settlement(reports.settlement_data(palm, sale.number)))[0]
    assert (
        "Harga Disbun Rp 3.001,31/kg (2026-W48), tertimbang berat setoran; harga jual −Rp 1,31/kg"
    ) in sheet
    palm.payouts.pay(sale.number, date=SALE_DAY)
    for paper in ("a5", "a6", "roll80"):
        slips = pages(pdf.render_slips(reports.slips_for_sale(palm, sale.number), paper))
        assert len(slips) == 2
        for slip in slips:
            assert "Harga Disbun minggu ini: Rp 3.001,31/kg (2026-W48)" in slip, paper


def test_rubber_reference_is_per_kg_of_dry_rubber(book, tmp_path):
    """Disbun's rubber price is for KKK 100 %: a wet kilogram at KKK 55 % is worth 55 % of it.
    Siti's 100 kg at 55 % and 100 kg at 60 %, garden planted 2011 (15 years): reference
    Rp 20.000 × (100 × 0,55 + 100 × 0,60) / 200 = Rp 11.500 per wet kg."""
    book.members.add("Siti Aminah", village="Lubuk Resam")
    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(
                SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Karet", komoditas="Karet",
                tahun_tanam=2011,
            )
        ),
        encoding="utf-8",
    )  # fmt: skip
    book.plots.import_file(path)
    [garden] = book.plots.list("LJ-0001")
    for quality in (5500, 6000):
        book.deliveries.record(
            "LJ-0001", "Karet", 100_000, date=datetime.date(2026, 11, 24), quality_bp=quality,
            plot_id=garden.id,
        )  # fmt: skip
    book.reference_prices.set("Karet", "2026-W48", 10, 20, 2_000_000)  # Rp 20.000 per dry kg
    sale = book.sales.settle(
        SaleInput("Karet", SALE_DAY, "PT Remco", 195_000, price_cents=1_200_000)
    )
    ref = book.reference_prices.of_sale(sale.number)
    assert ref.reference_cents == 1_150_000
    assert ref.difference_cents == 1_200_000 - 1_150_000  # Rp 500 above the reference
