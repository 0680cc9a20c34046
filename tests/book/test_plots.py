"""Importing members' plots into the book, listing them, and a delivery's plot."""

from __future__ import annotations

import datetime

import pytest

from koperasi.core.errors import KoperasiError
from tests.geo.samples import BIG_GEOMETRY, POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature
from tests.helpers import dump

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def farmers(book):
    book.members.add("Siti Aminah", village="Lubuk Resam")
    book.members.add("Budi Santoso", village="Lubuk Resam")
    return book


def plots_file(tmp_path, *features: str, name: str = "kebun.geojson"):
    path = tmp_path / name
    path.write_text(collection(*features), encoding="utf-8")
    return path


GOOD = (
    feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai", komoditas="Karet"),
    feature(POINT_GEOMETRY, anggota="LJ-0001", nama="Pondok", luas="1,5", tahun_tanam=2010),
    feature(BIG_GEOMETRY, anggota="LJ-0002", nama="Kebun Bukit", estdb="STDB-7"),
)


def test_import_then_list_round_trip(farmers, tmp_path):
    book = farmers
    result = book.plots.import_file(plots_file(tmp_path, *GOOD))
    assert (result.new, result.unchanged, result.refused) == (3, 0, 0)
    assert [(r.member_number, r.name, r.outcome) for r in result.rows] == [
        ("LJ-0001", "Kebun Sungai", "new"),
        ("LJ-0001", "Pondok", "new"),
        ("LJ-0002", "Kebun Bukit", "new"),
    ]
    siti = book.plots.list("LJ-0001")
    assert [
        (p.name, p.commodity_id, p.area_m2, p.planting_year, p.geometry_type, p.geometry)
        for p in siti
    ] == [
        ("Kebun Sungai", book.commodities.get("Karet").id, 9_963, None, "Polygon", SQUARE_GEOMETRY),
        ("Pondok", None, 15_000, 2010, "Point", POINT_GEOMETRY),
    ]
    everyone = book.plots.list()
    assert [(p.name, p.estdb) for p in everyone] == [
        ("Kebun Sungai", ""),
        ("Pondok", ""),
        ("Kebun Bukit", "STDB-7"),
    ]
    assert book.plots.get(everyone[2].id).area_m2 == everyone[2].area_m2 > 40_000


def test_importing_the_same_file_twice_changes_nothing(farmers, tmp_path):
    book = farmers
    path = plots_file(tmp_path, *GOOD)
    first = book.plots.import_file(path)
    before = dump(book)
    again = book.plots.import_file(path)
    assert (again.new, again.unchanged, again.refused) == (0, 3, 0)
    assert [r.plot_id for r in again.rows] == [r.plot_id for r in first.rows]
    assert dump(book) == before


def test_a_preview_writes_nothing(farmers, tmp_path):
    book = farmers
    before = dump(book)
    result = book.plots.import_file(plots_file(tmp_path, *GOOD), preview=True)
    assert (result.preview, result.new, result.rows[0].plot_id) == (True, 3, None)
    assert dump(book) == before


def test_refused_rows_say_why_and_the_good_ones_are_kept(farmers, tmp_path):
    book = farmers
    book.plots.import_file(plots_file(tmp_path, GOOD[0], name="first.geojson"))
    result = book.plots.import_file(
        plots_file(
            tmp_path,
            feature(BIG_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai"),  # another boundary
            feature(POINT_GEOMETRY, anggota="LJ-0009", nama="Pondok", luas="1"),
            feature(POINT_GEOMETRY, nama="Pondok", luas="1"),
            feature(POINT_GEOMETRY, anggota="LJ-0002", luas="1"),
            feature(POINT_GEOMETRY, anggota="LJ-0002", nama="Pondok", luas="6"),
            feature(POINT_GEOMETRY, anggota="LJ-0002", nama="Pondok", luas="2", komoditas="Kopi"),
            feature(POINT_GEOMETRY, anggota="LJ-0002", nama="Pondok", luas="2"),
        )
    )
    assert [(r.outcome, r.reason.code if r.reason else None) for r in result.rows] == [
        ("refused", "plot.name_taken"),
        ("refused", "plot.member_unknown"),
        ("refused", "plot.member_required"),
        ("refused", "plot.name_required"),
        ("refused", "plot.point_too_large"),
        ("refused", "plot.commodity_unknown"),
        ("new", None),
    ]
    assert [r.reason.message("id") for r in result.rows[:2]] == [
        "Fitur 1: anggota LJ-0001 sudah memiliki kebun Kebun Sungai dengan batas atau data lain; "
        "beri nama lain atau perbaiki kebun yang ada.",
        "Fitur 2: anggota LJ-0009 tidak ditemukan.",
    ]
    assert [p.name for p in book.plots.list("LJ-0002")] == ["Pondok"]


def test_the_member_of_the_import_owns_every_plot(farmers, tmp_path):
    book = farmers
    path = plots_file(
        tmp_path,
        feature(SQUARE_GEOMETRY, nama="Kebun Sungai"),
        feature(POINT_GEOMETRY, anggota="LJ-0001", nama="Pondok", luas="1"),
    )
    result = book.plots.import_file(path, member="LJ-0002")
    assert [(r.outcome, r.member_number) for r in result.rows] == [
        ("new", "LJ-0002"),
        ("refused", "LJ-0001"),
    ]
    assert result.rows[1].reason.message("en") == (
        "Feature 2: this plot belongs to member LJ-0001, not to the chosen member LJ-0002."
    )


def test_a_delivery_records_its_members_plot_and_refuses_anothers(farmers, tmp_path):
    book = farmers
    book.plots.import_file(plots_file(tmp_path, *GOOD))
    sungai, _ = book.plots.list("LJ-0001")
    delivery = book.deliveries.record("LJ-0001", "Karet", 100_000, date=DAY, plot_id=sungai.id)
    row = book._db.execute("SELECT plot_id FROM deliveries WHERE id = ?", [delivery.id]).fetchone()
    assert row == (sungai.id,)
    before = dump(book)
    with pytest.raises(KoperasiError) as caught:
        book.deliveries.record("LJ-0002", "Karet", 50_000, date=DAY, plot_id=sungai.id)
    assert caught.value.message("id") == (
        "Kebun Kebun Sungai milik anggota LJ-0001, bukan anggota LJ-0002 yang menyetor."
    )
    with pytest.raises(KoperasiError) as caught:
        book.deliveries.record("LJ-0002", "Karet", 50_000, date=DAY, plot_id=999)
    assert caught.value.code == "plot.not_found"
    assert dump(book) == before
