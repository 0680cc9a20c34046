"""A sold lot traced to its members' plots, and its EUDR GeoJSON."""

from __future__ import annotations

import datetime
import json

import pytest
from shapely.geometry import shape

from koperasi.book.sales import SaleInput
from koperasi.core.errors import KoperasiError
from koperasi.reports.trace import hs_code, lot_geojson, lot_trace
from tests.geo.samples import BIG_GEOMETRY, POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature
from tests.helpers import dump

SALE_DAY = datetime.date(2026, 11, 25)


@pytest.fixture
def mapped(book, tmp_path):
    """Siti (two plots) and Budi (one) deliver rubber, every delivery from a mapped plot."""
    book.members.add("Siti Aminah", village="Lubuk Resam")
    book.members.add("Budi Santoso", village="Bukit Suban")
    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai"),
            feature(POINT_GEOMETRY, anggota="LJ-0001", nama="Pondok", luas="1,5"),
            feature(BIG_GEOMETRY, anggota="LJ-0002", nama="Kebun Bukit"),
        ),
        encoding="utf-8",
    )
    book.plots.import_file(path)
    sungai, pondok = book.plots.list("LJ-0001")
    [bukit] = book.plots.list("LJ-0002")
    record = book.deliveries.record
    record("LJ-0001", "Karet", 100_000, date=datetime.date(2026, 11, 18), plot_id=sungai.id)
    record("LJ-0001", "Karet", 50_000, date=datetime.date(2026, 11, 20), plot_id=pondok.id)
    record("LJ-0002", "Karet", 150_000, date=datetime.date(2026, 11, 22), plot_id=bukit.id)
    record("LJ-0001", "Karet", 30_000, date=datetime.date(2026, 11, 24), plot_id=sungai.id)
    return book


def settle(book):
    return book.sales.settle(
        SaleInput("Karet", SALE_DAY, "PT Remco Jambi", 320_000, price_cents=1_250_000)
    )


def test_the_trace_of_a_lot_whose_deliveries_all_have_plots(mapped):
    sale = settle(mapped)
    trace = lot_trace(mapped, sale.number)
    assert (trace.buyer, trace.commodity, trace.hs_code) == ("PT Remco Jambi", "Karet", "4001")
    assert (trace.net_mass_grams, trace.pooled_grams) == (320_000, 330_000)
    assert (trace.harvest_first, trace.harvest_last) == (
        datetime.date(2026, 11, 18),
        datetime.date(2026, 11, 24),
    )
    assert trace.header.name == "Koperasi Produsen Tani Lembah Jaya"
    # 130 kg of 330 from Kebun Sungai = 3939,39 bp; 50 kg = 1515,15 bp; 150 kg = 4545,45 bp:
    # the largest remainder gives the odd basis point to Kebun Bukit (,45).
    assert [
        (p.member_number, p.plot_name, p.deliveries, p.net_grams, p.share_bp, p.area_m2)
        for p in trace.plots
    ] == [
        ("LJ-0001", "Kebun Sungai", 2, 130_000, 3939, 9_963),
        ("LJ-0001", "Pondok", 1, 50_000, 1515, 15_000),
        ("LJ-0002", "Kebun Bukit", 1, 150_000, 4546, 49_812),
    ]
    assert sum(p.share_bp for p in trace.plots) == 10_000
    assert (trace.untraceable, trace.untraceable_grams, trace.untraceable_bp) == ((), 0, 0)
    assert [d.receipt for d in trace.deliveries] == [
        "NT-2026-000001",
        "NT-2026-000002",
        "NT-2026-000003",
        "NT-2026-000004",
    ]

    data = json.loads(lot_geojson(mapped, sale.number))
    assert "crs" not in data
    assert [f["properties"] for f in data["features"]] == [
        {
            "ProducerName": "Siti Aminah",
            "ProducerCountry": "ID",
            "ProductionPlace": "Kebun Sungai, Lubuk Resam",
        },
        {
            "ProducerName": "Siti Aminah",
            "ProducerCountry": "ID",
            "ProductionPlace": "Pondok, Lubuk Resam",
            "Area": 1.5,
        },
        {
            "ProducerName": "Budi Santoso",
            "ProducerCountry": "ID",
            "ProductionPlace": "Kebun Bukit, Bukit Suban",
        },
    ]
    assert all(shape(f["geometry"]).is_valid for f in data["features"])


def test_a_delivery_without_a_plot_makes_the_lot_untraceable(mapped):
    book = mapped
    book.deliveries.record("LJ-0002", "Karet", 20_000, date=datetime.date(2026, 11, 23))
    book.deliveries.record(
        "LJ-0002", "Karet", 10_000, date=datetime.date(2026, 11, 23), plot="Kebun belakang"
    )
    sale = settle(book)
    trace = lot_trace(book, sale.number)
    assert [(d.receipt, d.reason.message("id")) for d in trace.untraceable] == [
        ("NT-2026-000005", "tidak ada kebun asal yang tercatat"),
        ("NT-2026-000006", 'kebun hanya ditulis sebagai teks "Kebun belakang", tanpa lokasi'),
    ]
    assert (trace.untraceable_grams, trace.pooled_grams) == (30_000, 360_000)
    assert sum(p.share_bp for p in trace.plots) + trace.untraceable_bp == 10_000
    assert trace.untraceable_bp == 833  # 30 / 360 kg
    before = dump(book)
    with pytest.raises(KoperasiError) as caught:
        lot_geojson(book, sale.number)
    assert caught.value.message("id") == (
        "Penjualan PJ-2026-0001: 2 setoran tanpa kebun asal (NT-2026-000005, NT-2026-000006); "
        "berkas GeoJSON EUDR tidak dibuat. Catat kebun setiap setoran terlebih dahulu."
    )
    assert dump(book) == before


def test_hs_codes_of_the_commodities():
    assert [hs_code(n) for n in ("Karet", "TBS Sawit", "Minyak Sawit (CPO)", "Kopi", "Gabah")] == [
        "4001",
        "1207.10",
        "1511",
        "0901",
        "",
    ]
