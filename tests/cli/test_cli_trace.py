"""`koperasi plot|trace|price` (issue 13): plots imported from a phone's GPS file, a lot's EUDR
GeoJSON and trace sheet, and the plantation office's reference price."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from tests.geo.samples import BIG_GEOMETRY, POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature
from tests.geo.test_eudr_geojson import check_eudr

BOW_TIE = (
    '{"type":"Polygon","coordinates":[[[102.700000,-2.300000],[102.700900,-2.299100],'
    "[102.700900,-2.300000],[102.700000,-2.299100],[102.700000,-2.300000]]]}"
)
SWAPPED = '{"type":"Point","coordinates":[-2.300000,102.700000]}'
THREE_DECIMALS = '{"type":"Point","coordinates":[102.700,-2.300000]}'


@pytest.fixture
def palm_book(tmp_path, cli):
    """Siti and Budi of a palm-fruit cooperative, with their three plots imported."""
    path = tmp_path / "sawit.koperasi"
    assert cli("init", path, "--name", "Koperasi Sawit Maju", "--prefix", "SM").code == 0
    for name in ("Siti Aminah", "Budi Santoso"):
        assert cli("member", "add", path, "--name", name, "--joined", "2024-01-15").code == 0
    assert cli("commodity", "add", path, "--name", "TBS Sawit", "--fee-per-kg", "25").code == 0
    plots = tmp_path / "kebun.geojson"
    plots.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="SM-0001", nama="Kebun Sungai", tahun_tanam=2012),
            feature(POINT_GEOMETRY, anggota="SM-0001", nama="Pondok", luas="1,5", tahun_tanam=2020),
            feature(BIG_GEOMETRY, anggota="SM-0002", nama="Kebun Bukit", tahun_tanam=2010),
        ),
        encoding="utf-8",
    )
    result = cli("plot", "import", path, plots)
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == f"{plots}: 3 kebun baru, 0 sudah ada, 0 ditolak."
    return path


def plot_ids(cli, path) -> dict[str, int]:
    listed = json.loads(cli("plot", "list", path, "--json").out)
    return {p["name"]: p["id"] for p in listed}


def deliver(cli, path, member, kg, date, *extra):
    result = cli(
        "delivery", "add", path, "--member", member, "--commodity", "TBS Sawit",
        "--gross-kg", kg, "--date", date, *extra,
    )  # fmt: skip
    assert result.code == 0, result.err
    return result.out.strip()


def test_plot_list_names_each_plot_with_its_area_and_kind(palm_book, cli):
    listed = json.loads(cli("plot", "list", palm_book, "--json").out)
    assert [
        (p["member"], p["name"], p["area_ha"], p["planting_year"], p["geometry_type"])
        for p in listed
    ] == [
        ("SM-0001", "Kebun Sungai", 0.9963, 2012, "Polygon"),
        ("SM-0001", "Pondok", 1.5, 2020, "Point"),
        ("SM-0002", "Kebun Bukit", 4.9812, 2010, "Polygon"),
    ]
    assert set(listed[0]) == {"id", "member", "name", "area_ha", "planting_year", "geometry_type"}
    only_budi = json.loads(cli("plot", "list", palm_book, "--member", "SM-0002", "--json").out)
    assert [p["name"] for p in only_budi] == ["Kebun Bukit"]
    table = cli("plot", "list", palm_book).out
    assert "Kebun Bukit" in table and "4,9812" in table


def test_a_bow_tie_a_swap_and_three_decimals_are_refused_and_nothing_else(
    palm_book, cli, tmp_path, snapshot
):
    bad = tmp_path / "salah.geojson"
    bad.write_text(
        collection(
            feature(BOW_TIE, nama="Silang"),
            feature(SWAPPED, nama="Tertukar", luas="1"),
            feature(THREE_DECIMALS, nama="Kasar", luas="1"),
        ),
        encoding="utf-8",
    )
    before = snapshot(palm_book)
    result = cli("plot", "import", palm_book, bad, "--member", "SM-0002", "--lang", "en")
    assert result.code == 1
    errors = result.err.splitlines()
    assert errors[0].startswith("Feature 1: SM-0002 Silang – refused: Feature 1: the boundary is")
    assert "its edges must not cross each other" in errors[0]
    assert "latitude and longitude look swapped" in errors[1]
    assert "write [102.700000, -2.300000]" in errors[1]
    assert "the coordinate 102.700 has only 3 decimals" in errors[2]
    assert result.out.splitlines()[-1] == f"{bad}: 0 new plots, 0 unchanged, 3 refused."
    assert snapshot(palm_book)[1] == before[1]
    as_json = json.loads(cli("plot", "import", palm_book, bad, "--member", "SM-0002", "--json").out)
    assert [r["outcome"] for r in as_json["rows"]] == ["refused"] * 3


def test_a_preview_writes_nothing(palm_book, cli, tmp_path, snapshot):
    more = tmp_path / "baru.geojson"
    more.write_text(collection(feature(POINT_GEOMETRY, nama="Rumah", luas="0,5")), encoding="utf-8")
    before = snapshot(palm_book)
    result = cli("plot", "import", palm_book, more, "--member", "SM-0002", "--preview")
    assert result.code == 0
    assert "belum disimpan" in result.out
    assert snapshot(palm_book)[1] == before[1]


def test_a_traceable_lot_exports_its_eudr_geojson_and_trace_sheet(palm_book, cli, tmp_path):
    ids = plot_ids(cli, palm_book)
    deliver(cli, palm_book, "SM-0001", "1.000", "2025-03-03", "--plot-id", ids["Kebun Sungai"])
    deliver(cli, palm_book, "SM-0001", "500", "2025-03-04", "--plot-id", ids["Pondok"])
    deliver(cli, palm_book, "SM-0002", "1.500", "2025-03-05", "--plot-id", ids["Kebun Bukit"])
    # Written only as text: left out of a traceable lot.
    loose = deliver(cli, palm_book, "SM-0002", "200", "2025-03-05", "--plot", "belakang")
    sale = cli(
        "sale", "add", palm_book, "--commodity", "TBS Sawit", "--date", "2025-03-06",
        "--buyer", "PT Sawit Jambi", "--sold-kg", "2.950", "--price-per-kg", "2.500",
        "--traceable-only",
    )  # fmt: skip
    assert sale.code == 0, sale.err
    number = sale.out.strip()
    out = tmp_path / "lot.geojson"
    result = cli("trace", "geojson", palm_book, number, "-o", out)
    assert result.code == 0, result.err
    assert result.out == f"{out}: 3 kebun dari penjualan {number}.\n"
    data = check_eudr(out.read_text(encoding="utf-8"))
    assert [f["properties"]["ProducerName"] for f in data["features"]] == [
        "Siti Aminah",
        "Siti Aminah",
        "Budi Santoso",
    ]
    assert [f["geometry"]["type"] for f in data["features"]] == ["Polygon", "Point", "Polygon"]
    # The loose delivery stays open for the next sale.
    listed = json.loads(cli("delivery", "list", palm_book, "--member", "SM-0002", "--json").out)
    assert {d["receipt"]: d["status"] for d in listed}[loose] == "open"

    sheet = tmp_path / "lot.pdf"
    assert cli("trace", "sheet", palm_book, number, "-o", sheet).code == 0
    words = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(sheet.read_bytes())).pages
    )
    for expected in (
        "LEMBAR KETERTELUSURAN LOT",
        "PT Sawit Jambi",
        "1207.10",
        "2.950 kg",
        "Kebun Sungai",
        "0,9963",
        "33,33 %",  # 1.000 kg of 3.000
        "Tertelusur penuh",
    ):
        assert expected in words, expected


def test_an_untraceable_lot_has_no_geojson_and_its_sheet_says_why(palm_book, cli, tmp_path):
    ids = plot_ids(cli, palm_book)
    deliver(cli, palm_book, "SM-0001", "1.000", "2025-03-03", "--plot-id", ids["Kebun Sungai"])
    loose = deliver(cli, palm_book, "SM-0002", "200", "2025-03-05", "--plot", "belakang")
    sale = cli(
        "sale", "add", palm_book, "--commodity", "TBS Sawit", "--date", "2025-03-06",
        "--buyer", "PT Sawit Jambi", "--sold-kg", "1.200", "--price-per-kg", "2.500",
    )  # fmt: skip
    number = sale.out.strip()
    out = tmp_path / "lot.geojson"
    result = cli("trace", "geojson", palm_book, number, "-o", out)
    assert result.code == 1
    assert result.err == (
        f"Penjualan {number}: 1 setoran tanpa kebun asal ({loose}); berkas GeoJSON EUDR tidak "
        "dibuat. Catat kebun setiap setoran terlebih dahulu.\n"
    )
    assert not out.exists()
    sheet = tmp_path / "lot.pdf"
    assert cli("trace", "sheet", palm_book, number, "-o", sheet).code == 0
    words = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(sheet.read_bytes())).pages
    )
    assert "TIDAK tertelusur penuh" in words
    assert loose in words
    assert 'kebun hanya ditulis sebagai teks "belakang"' in words.replace("\n", " ")


def test_price_reference_is_recorded_and_bad_weeks_refused(palm_book, cli):
    result = cli(
        "price", "reference", palm_book, "--commodity", "TBS Sawit", "--week", "2025-W10",
        "--age-from", "10", "--age-to", "20", "--price", "3.152,62",
    )  # fmt: skip
    assert (result.code, result.out) == (
        0,
        "Harga Disbun TBS Sawit 2025-W10, umur 10–20 tahun: Rp 3.152,62/kg.\n",
    )
    refused = cli(
        "price", "reference", palm_book, "--commodity", "TBS Sawit", "--week", "2025-10",
        "--age-from", "10", "--age-to", "20", "--price", "3.000",
    )  # fmt: skip
    assert refused.code == 1
    assert refused.err.startswith('Minggu "2025-10" tidak valid')
    backwards = cli(
        "price", "reference", palm_book, "--commodity", "TBS Sawit", "--week", "2025-W10",
        "--age-from", "20", "--age-to", "10", "--price", "3.000",
    )  # fmt: skip
    assert backwards.code == 1 and "tidak valid" in backwards.err
