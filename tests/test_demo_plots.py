"""The demo book's plots around Sarolangun: points and polygons that pass the EUDR checks,
deliveries tied to them, and some members whose plots were never mapped."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest
from shapely.geometry import shape

from koperasi.book import Book
from koperasi.demo import build_demo
from koperasi.geo.checks import check_plot
from koperasi.geo.drafts import Where, draft, from_json
from koperasi.reports.trace import lot_geojson, lot_trace
from tests.geo.test_eudr_geojson import check_eudr

TODAY = datetime.date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.koperasi"
    build_demo(path, members=60, years=1, seed=3, today=TODAY)
    book = Book.open(path, readonly=True)
    yield book
    book.close()


def test_plots_are_points_and_polygons_around_sarolangun_that_pass_the_checks(demo):
    plots = demo.plots.list()
    kinds = {p.geometry_type for p in plots}
    assert kinds == {"Point", "Polygon"}
    rubber = demo.commodities.get("Karet").id
    unmapped = demo._db.conn.execute(
        "SELECT count(DISTINCT member_id) FROM deliveries WHERE commodity_id = ? AND plot_id IS NULL",
        [rubber],
    ).fetchone()[0]
    assert 0 < unmapped < 0.2 * 60  # a few members' rubber gardens were never mapped
    for p in plots:
        geometry = json.loads(p.geometry, parse_float=Decimal)
        assert shape(json.loads(p.geometry)).is_valid
        lon, lat = (
            geometry["coordinates"] if p.geometry_type == "Point" else geometry["coordinates"][0][0]
        )
        assert 102.4 < lon < 103.0 and -2.55 < lat < -2.05
        if p.geometry_type == "Point":
            assert p.area_m2 <= 40_000  # a point only for 4 ha or less
        # What the import would say of it: every demo plot passes, area within 20 %.
        values = {"member": "x", "name": p.name, "area": str(Decimal(p.area_m2).scaleb(-4))}
        checked = check_plot(draft(Where("feature", 1), values, from_json(p.geometry)))
        assert checked.warnings == ()
        assert abs(checked.area_m2 - p.area_m2) <= 0.01 * p.area_m2


def test_deliveries_are_tied_to_their_members_plots_and_some_are_untraceable(demo):
    conn = demo._db.conn
    tied, untied, foreign = conn.execute(
        "SELECT sum(d.plot_id IS NOT NULL), sum(d.plot_id IS NULL),"
        " sum(p.member_id IS NOT NULL AND p.member_id != d.member_id)"
        " FROM deliveries d LEFT JOIN plots p ON p.id = d.plot_id"
    ).fetchone()
    assert tied > 10 * untied > 0
    assert foreign == 0
    # A palm delivery's plot is the Kapling written at the scale.
    assert (
        conn.execute(
            "SELECT count(*) FROM deliveries d JOIN plots p ON p.id = d.plot_id"
            " WHERE d.plot != '' AND d.plot != p.name"
        ).fetchone()[0]
        == 0
    )


def test_a_traceable_demo_lot_gives_its_eudr_geojson_and_an_untraceable_one_does_not(demo):
    conn = demo._db.conn
    numbers = [row[0] for row in conn.execute("SELECT number FROM sales ORDER BY id")]
    traceable = [n for n in numbers if demo.plots.sale_traceable(n)]
    mixed = [n for n in numbers if not demo.plots.sale_traceable(n)]
    assert mixed, "some lots pool deliveries of unmapped plots"
    palm = demo.commodities.get("TBS Sawit").id
    # Every palm plot was mapped: every palm lot is traceable; the mixed lots are rubber.
    assert {demo.sales.get(n).commodity_id for n in mixed} == {demo.commodities.get("Karet").id}
    assert palm in {demo.sales.get(n).commodity_id for n in traceable}
    data = check_eudr(lot_geojson(demo, traceable[0]))
    assert len(data["features"]) == len(lot_trace(demo, traceable[0]).plots) > 1
    trace = lot_trace(demo, mixed[0])
    assert trace.untraceable and trace.untraceable_bp > 0
