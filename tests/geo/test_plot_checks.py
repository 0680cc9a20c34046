"""The EUDR rules on one plot: each refusal with its sentence, and the geodesic area."""

from __future__ import annotations

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.geo.checks import check_plot, geodesic_area_m2, in_indonesia
from koperasi.geo.drafts import Where, draft, from_json
from tests.geo.samples import BIG_GEOMETRY, SQUARE_GEOMETRY, small_rectangle_m2


def plot(geometry: str, area: str | None = None, n: int = 3):
    values = {"member": "LJ-0001", "name": "Kebun Sungai"}
    if area is not None:
        values["area"] = area
    return draft(Where("feature", n), values, from_json(geometry))


def refusal(geometry: str, area: str | None = None) -> KoperasiError:
    with pytest.raises(KoperasiError) as caught:
        check_plot(plot(geometry, area))
    return caught.value


def test_a_self_intersecting_polygon_is_refused_with_where_it_crosses():
    bow_tie = (
        '{"type":"Polygon","coordinates":[[[102.700000,-2.300000],[102.700900,-2.299100],'
        "[102.700900,-2.300000],[102.700000,-2.299100],[102.700000,-2.300000]]]}"
    )
    error = refusal(bow_tie)
    assert error.code == "plot.invalid_polygon"
    assert error.message("id") == (
        "Fitur 3: batas kebun tidak sah (Self-intersection[102.70045 -2.29955]): garis batas "
        "tidak boleh berpotongan sendiri."
    )


def test_a_lat_lon_swap_of_a_jambi_plot_is_refused_and_the_swap_suggested():
    error = refusal('{"type":"Point","coordinates":[-2.300000,102.700000]}', area="1,5")
    assert error.code == "plot.swapped"
    assert error.message("en") == (
        "Feature 3: the point at longitude -2.300000, latitude 102.700000 is outside Indonesia; "
        "latitude and longitude look swapped. GeoJSON writes [longitude, latitude], so write "
        "[102.700000, -2.300000]."
    )


def test_a_point_in_the_indian_ocean_inside_the_box_is_not_on_land():
    error = refusal('{"type":"Point","coordinates":[97.000000,-9.500000]}', area="1")
    assert error.code == "plot.outside_indonesia"
    assert "Fitur 3" in error.message("id")
    assert in_indonesia(102.7, -2.3) and in_indonesia(110.4, -7.0) and in_indonesia(140.7, -2.5)
    assert not in_indonesia(103.8, 1.35 + 5)  # the South China Sea north of Riau


def test_a_three_decimal_coordinate_is_refused_on_the_text_as_written():
    error = refusal('{"type":"Point","coordinates":[102.700,-2.300000]}', area="1")
    assert error.code == "plot.few_decimals"
    assert error.message("id").startswith(
        "Fitur 3: koordinat 102.700 hanya memiliki 3 angka di belakang koma; EUDR meminta "
        "paling sedikit 6"
    )
    # Six decimals written as zeros count: the text has them, though the float is 102.7.
    assert (
        check_plot(plot('{"type":"Point","coordinates":[102.700000,-2.300000]}', "1")).area_m2
        == 10_000
    )


def test_an_unclosed_ring_is_refused():
    open_ring = (
        '{"type":"Polygon","coordinates":[[[102.700000,-2.300000],[102.700900,-2.300000],'
        "[102.700900,-2.299100],[102.700000,-2.299100]]]}"
    )
    error = refusal(open_ring)
    assert error.code == "plot.ring_open"
    assert error.message("en") == (
        "Feature 3: the boundary is not closed: the last position must equal the first."
    )


def test_a_ring_of_three_positions_is_refused():
    short = (
        '{"type":"Polygon","coordinates":[[[102.700000,-2.300000],[102.700900,-2.300000],'
        "[102.700000,-2.300000]]]}"
    )
    error = refusal(short)
    assert (error.code, error.params["count"]) == ("plot.ring_short", 3)


def test_a_point_for_a_plot_above_4_ha_is_refused_and_4_ha_is_allowed():
    point = '{"type":"Point","coordinates":[102.705123,-2.305456]}'
    error = refusal(point, area="4,5")
    assert error.code == "plot.point_too_large"
    assert error.message("id") == (
        "Fitur 3: kebun seluas 4,5 ha lebih dari 4 ha; EUDR meminta batas kebun (poligon), "
        "bukan satu titik."
    )
    assert check_plot(plot(point, "4")).area_m2 == 40_000
    assert refusal(point).code == "plot.point_needs_area"


def test_the_geodesic_area_of_a_100_m_square_near_sarolangun():
    expected = small_rectangle_m2(-2.29955, 0.0009, 0.0009)
    assert 9_900 < expected < 10_000  # about 1 ha: 99,5 m × 100,1 m
    measured = geodesic_area_m2(from_json(SQUARE_GEOMETRY))
    assert abs(measured - expected) <= 2  # square metres
    checked = check_plot(plot(SQUARE_GEOMETRY))
    assert (checked.area_m2, checked.measured_m2, checked.warnings) == (measured, measured, ())


def test_a_stated_area_within_20_percent_is_kept_and_a_farther_one_warned():
    checked = check_plot(plot(SQUARE_GEOMETRY, area="1,1"))
    assert (checked.area_m2, checked.warnings) == (11_000, ())
    warned = check_plot(plot(BIG_GEOMETRY, area="3"))
    assert warned.area_m2 == 30_000  # stated areas are kept: a warning, not a refusal
    [warning] = warned.warnings
    assert warning.code == "plot.area_mismatch"
    measured = warned.measured_m2
    assert abs(measured - small_rectangle_m2(-2.3091, 0.00225, 0.0018)) <= 5
    assert warning.params["percent"] == round(abs(30_000 - measured) * 100 / measured) == 40


def test_a_multipolygon_of_two_squares_adds_their_areas():
    second = SQUARE_GEOMETRY.replace("102.7000", "102.7050").replace("102.7009", "102.7059")
    multi = (
        '{"type":"MultiPolygon","coordinates":['
        + from_json_text(SQUARE_GEOMETRY)
        + ","
        + from_json_text(second)
        + "]}"
    )
    checked = check_plot(plot(multi))
    single = geodesic_area_m2(from_json(SQUARE_GEOMETRY))
    assert abs(checked.area_m2 - 2 * single) <= 1


def from_json_text(geometry: str) -> str:
    return geometry.split('"coordinates":', 1)[1][:-1]
