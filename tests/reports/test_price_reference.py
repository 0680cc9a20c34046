"""Beranda's chart line of the Disbun reference: each month's reference weighted by the pooled
weight with a known plot age, beside what the buyers paid on the same sales (issue 13)."""

from __future__ import annotations

import datetime

from koperasi.book.sales import SaleInput
from koperasi.reports.screens.price_reference import MonthReference, monthly_reference
from tests.geo.samples import POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature

OCT, NOV = datetime.date(2026, 10, 1), datetime.date(2026, 11, 1)
DAY = datetime.date(2026, 11, 20)  # Friday of 2026-W47


def test_a_month_of_tbs_against_the_reference(book, tmp_path):
    book.members.add("Siti Aminah", village="Lembah Jaya")
    book.members.add("Budi Santoso", village="Pauh")
    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai", tahun_tanam=2012),
            feature(POINT_GEOMETRY, anggota="LJ-0002", nama="Pondok", luas="1,5", tahun_tanam=2020),
        ),
        encoding="utf-8",
    )
    book.plots.import_file(path)
    [sungai] = book.plots.list("LJ-0001")
    [pondok] = book.plots.list("LJ-0002")
    book.reference_prices.set("TBS Sawit", "2026-W47", 10, 20, 320_000)  # Rp 3.200 for 14 years
    book.reference_prices.set("TBS Sawit", "2026-W47", 6, 6, 280_000)  # Rp 2.800 for 6 years
    book.deliveries.record("LJ-0001", "TBS Sawit", 800_000, date=DAY, plot_id=sungai.id)
    book.deliveries.record("LJ-0002", "TBS Sawit", 200_000, date=DAY, plot_id=pondok.id)
    book.sales.settle(SaleInput("TBS Sawit", DAY, "PKS Sarolangun", 990_000, price_cents=300_000))

    # (3.200 × 800 + 2.800 × 200) / 1.000 kg = Rp 3.120; paid 990 kg × Rp 3.000 = 2.970.000,
    # that is Rp 3.000 per kg sold.
    assert monthly_reference(book, "TBS Sawit", (OCT, NOV)) == (
        MonthReference(OCT, None, None),
        MonthReference(NOV, 312_000, 300_000),
    )
    assert monthly_reference(book, "Karet", (OCT, NOV)) == (
        MonthReference(OCT, None, None),
        MonthReference(NOV, None, None),
    )
