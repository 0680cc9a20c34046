"""Each reader on a small file as a phone GPS app would write it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.geo.drafts import PlotDraft, geometry_text
from koperasi.geo.readers import read_plot_file
from tests.geo.samples import SQUARE, SQUARE_GEOMETRY, collection, feature


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_geojson_features_with_indonesian_properties(tmp_path):
    path = write(
        tmp_path,
        "kebun.geojson",
        collection(
            feature(
                SQUARE_GEOMETRY,
                no_anggota="LJ-0001",
                nama_kebun="Kebun Sungai",
                luas="1,05",
                tahun_tanam=2009,
                estdb="15.03/STDB/0012",
                komoditas="Karet",
            ),
            feature('{"type":"Point","coordinates":[102.705123,-2.305456,31.5]}', name="Ladang"),
            feature('{"type":"LineString","coordinates":[[102.7,-2.3],[102.8,-2.4]]}'),
        ),
    )
    square, point, line = read_plot_file(path)
    assert isinstance(square, PlotDraft)
    assert (
        square.member_number,
        square.name,
        square.commodity,
        square.area_ha,
        square.planting_year,
        square.estdb,
    ) == ("LJ-0001", "Kebun Sungai", "Karet", Decimal("1.05"), 2009, "15.03/STDB/0012")
    # The digits as written, trailing zeros included.
    assert geometry_text(square.geometry) == SQUARE_GEOMETRY
    # An altitude is dropped; the position stays [lon, lat].
    assert geometry_text(point.geometry) == '{"type":"Point","coordinates":[102.705123,-2.305456]}'
    assert (point.name, point.member_number, point.area_ha) == ("Ladang", "", None)
    assert isinstance(line, KoperasiError)
    assert line.message("id") == (
        "Fitur 3: bentuk LineString tidak dapat dipakai; gunakan titik (Point), poligon "
        "(Polygon) atau multipoligon (MultiPolygon)."
    )


def test_a_geojson_in_web_mercator_is_refused(tmp_path):
    path = write(
        tmp_path,
        "mercator.geojson",
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":'
        '"urn:ogc:def:crs:EPSG::3857"}},"features":[]}',
    )
    with pytest.raises(KoperasiError) as caught:
        read_plot_file(path)
    assert caught.value.code == "plot.file_crs"


KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark><name>Kebun Sungai</name>
    <ExtendedData><Data name="anggota"><value>LJ-0002</value></Data>
      <Data name="luas_ha"><value>1,0</value></Data></ExtendedData>
    <Polygon><outerBoundaryIs><LinearRing><coordinates>
      102.700000,-2.300000,0 102.700900,-2.300000,0 102.700900,-2.299100,0
      102.700000,-2.299100,0 102.700000,-2.300000,0
    </coordinates></LinearRing></outerBoundaryIs></Polygon>
  </Placemark>
  <Placemark><name>Pondok</name><description>anggota: LJ-0002; luas: 0,5</description>
    <Point><coordinates>102.705123,-2.305456,0</coordinates></Point></Placemark>
  <Placemark><name>Jalan</name><LineString><coordinates>102.7,-2.3 102.8,-2.4</coordinates>
  </LineString></Placemark>
</Document></kml>
"""


def test_kml_placemarks(tmp_path):
    polygon, point, line = read_plot_file(write(tmp_path, "kebun.kml", KML))
    assert (polygon.name, polygon.member_number, polygon.area_ha) == (
        "Kebun Sungai",
        "LJ-0002",
        Decimal("1.0"),
    )
    assert geometry_text(polygon.geometry) == SQUARE_GEOMETRY
    assert (point.name, point.area_ha, point.geometry["type"]) == (
        "Pondok",
        Decimal("0.5"),
        "Point",
    )
    assert point.geometry["coordinates"] == [Decimal("102.705123"), Decimal("-2.305456")]
    assert line.code == "plot.unsupported_geometry"
    assert "Placemark 3" in line.message("id")


GPX = """<?xml version="1.0"?>
<gpx version="1.1" creator="GPS Essentials" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="-2.305456" lon="102.705123"><name>Pondok</name><desc>luas=0,8</desc></wpt>
  <trk><name>Kebun Sungai</name><trkseg>
    <trkpt lat="-2.300000" lon="102.700000"/><trkpt lat="-2.300000" lon="102.700900"/>
    <trkpt lat="-2.299100" lon="102.700900"/><trkpt lat="-2.299100" lon="102.700000"/>
  </trkseg></trk>
  <rte><name>Batas</name><rtept lat="-2.3" lon="102.7"/><rtept lat="-2.31" lon="102.71"/></rte>
</gpx>
"""


def test_gpx_waypoints_are_points_and_a_track_is_closed_into_a_polygon(tmp_path):
    waypoint, track, route = read_plot_file(write(tmp_path, "jalan.gpx", GPX))
    assert (waypoint.name, waypoint.area_ha) == ("Pondok", Decimal("0.8"))
    assert waypoint.geometry == {
        "type": "Point",
        "coordinates": [Decimal("102.705123"), Decimal("-2.305456")],
    }
    assert track.name == "Kebun Sungai"
    assert geometry_text(track.geometry) == SQUARE_GEOMETRY  # closed back to its start
    assert route.geometry["type"] == "Polygon" and len(route.geometry["coordinates"][0]) == 3


def test_csv_with_decimal_commas_one_point_per_row(tmp_path):
    text = (
        "No Anggota;Nama Kebun;Lintang;Bujur;Luas (ha);Tahun Tanam\n"
        "LJ-0001;Kebun Sungai;-2,305456;102,705123;1,25;2012\n"
        "LJ-0002;Kebun Bukit;-2.306000;102.706000;0,75;\n"
    )
    first, second = read_plot_file(write(tmp_path, "kebun.csv", text))
    assert (first.member_number, first.name, first.area_ha, first.planting_year) == (
        "LJ-0001",
        "Kebun Sungai",
        Decimal("1.25"),
        2012,
    )
    assert geometry_text(first.geometry) == '{"type":"Point","coordinates":[102.705123,-2.305456]}'
    assert (second.member_number, second.area_ha, second.planting_year) == (
        "LJ-0002",
        Decimal("0.75"),
        None,
    )


def test_csv_vertices_with_a_sequence_become_one_polygon(tmp_path):
    text = (
        "anggota,kebun,seq,lat,lon\n"
        "LJ-0001,Kebun Sungai,3,-2.299100,102.700900\n"
        "LJ-0001,Kebun Sungai,1,-2.300000,102.700000\n"
        "LJ-0001,Kebun Sungai,2,-2.300000,102.700900\n"
        "LJ-0001,Kebun Sungai,4,-2.299100,102.700000\n"
    )
    [polygon] = read_plot_file(write(tmp_path, "titik.csv", text))
    assert (polygon.member_number, polygon.name) == ("LJ-0001", "Kebun Sungai")
    assert geometry_text(polygon.geometry) == SQUARE_GEOMETRY
    assert str(polygon.where) == "Baris 2"


def test_csv_with_a_wkt_column(tmp_path):
    wkt = SQUARE.replace("],[", ", ").replace(",", " ").replace("[[[", "((").replace("]]]", "))")
    wkt = "POLYGON " + wkt.replace("  ", ", ")
    text = f'member,name,wkt\nLJ-0001,Kebun Sungai,"{wkt}"\nLJ-0001,Jalan,"LINESTRING (1 2, 3 4)"\n'
    polygon, line = read_plot_file(write(tmp_path, "wkt.csv", text))
    assert geometry_text(polygon.geometry) == SQUARE_GEOMETRY
    assert line.code == "plot.unsupported_geometry" and str(line.params["where"]) == "Baris 3"


def test_files_that_cannot_be_read(tmp_path):
    with pytest.raises(KoperasiError) as caught:
        read_plot_file(write(tmp_path, "kebun.shp", "x"))
    assert caught.value.code == "plot.file_unknown_kind"
    with pytest.raises(KoperasiError) as caught:
        read_plot_file(write(tmp_path, "kebun.csv", "anggota,nama\nLJ-0001,Kebun\n"))
    assert caught.value.message("en") == (
        f"The CSV file {tmp_path / 'kebun.csv'} has no column lat, lon / wkt."
    )
    with pytest.raises(KoperasiError) as caught:
        read_plot_file(write(tmp_path, "kebun.kml", "<kml><Placemark>"))
    assert caught.value.code == "plot.file_unreadable"
    with pytest.raises(KoperasiError) as caught:
        read_plot_file(write(tmp_path, "kosong.geojson", collection()))
    assert caught.value.code == "plot.file_empty"


def test_a_coordinate_written_as_text_and_a_tiny_area_are_refused(tmp_path):
    path = write(
        tmp_path,
        "teks.geojson",
        collection(
            feature('{"type":"Point","coordinates":["102.700000",-2.300000]}', luas="1"),
            feature('{"type":"Point","coordinates":[102.700000,-2.300000]}', luas="0,00001"),
        ),
    )
    text, tiny = read_plot_file(path)
    assert text.message("en") == 'Feature 1: the coordinate "102.700000" is not a number.'
    assert tiny.message("id") == 'Fitur 2: luas "0,00001" tidak valid: tulis hektare, mis. 1,5.'
