"""The demo book's plots (kebun) around Sarolangun, Jambi, and the plot each delivery came from.

Every palm plot a member harvests (its "Kapling" name is what the weighing point writes) and
every rubber garden gets a location: a point for a plot of 4 ha or less, a polygon for a
larger one, and a surveyed boundary for some small ones too; six decimals, [longitude,
latitude]. The palm plots were all mapped (the mill asked first); a few members' rubber
gardens were not yet (UNMAPPED_RATE): their deliveries stay untraceable, so a rubber lot that
pools them cannot give the EUDR GeoJSON, while the palm lots can.

Plots are written with the members, in bulk; a delivery's plot_id is set on its row as the
year is written (plot_id_of), so that the thousands of plots and a million deliveries cost a
dictionary lookup each, not a query.
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

from koperasi.demo.people import VILLAGES

if TYPE_CHECKING:
    from koperasi.demo.people import _Member

# Sarolangun town, and where each village's gardens lie around it (degrees).
CENTRE = (102.70, -2.30)
VILLAGE_OFFSETS = tuple(
    (
        0.22 * math.cos(2 * math.pi * i / len(VILLAGES)),
        0.16 * math.sin(2 * math.pi * i / len(VILLAGES)),
    )
    for i in range(len(VILLAGES))
)
UNMAPPED_RATE = 0.08
SURVEYED_RATE = 0.25  # small plots whose boundary was walked anyway
RUBBER_PLOT = "Kebun karet"

# Metres per degree near the equator (WGS84 at 2.3° S): latitude, and longitude × cos(lat).
M_PER_DEG_LAT = 110_580.0
M_PER_DEG_LON = 111_320.0


def _point(lon: float, lat: float) -> str:
    return f'{{"type":"Point","coordinates":[{lon:.6f},{lat:.6f}]}}'


def _rectangle(lon: float, lat: float, area_m2: int, rng: random.Random) -> tuple[str, int]:
    """A rectangle of about area_m2 with its south-west corner at (lon, lat), counter-
    clockwise; returns its GeoJSON and its area from the rounded corners."""
    ratio = rng.uniform(0.6, 1.6)
    height_m = math.sqrt(area_m2 / ratio)
    width_m = area_m2 / height_m
    dlat = round(height_m / M_PER_DEG_LAT, 6)
    dlon = round(width_m / (M_PER_DEG_LON * math.cos(math.radians(lat))), 6)
    corners = [
        (lon, lat),
        (lon + dlon, lat),
        (lon + dlon, lat + dlat),
        (lon, lat + dlat),
        (lon, lat),
    ]
    ring = ",".join(f"[{x:.6f},{y:.6f}]" for x, y in corners)
    area = dlat * M_PER_DEG_LAT * dlon * M_PER_DEG_LON * math.cos(math.radians(lat + dlat / 2))
    return f'{{"type":"Polygon","coordinates":[[{ring}]]}}', round(area)


class DemoPlots:
    """The plots of the demo's members, as rows for the plots table, and their ids."""

    def __init__(self, rng: random.Random, rubber_id: int, palm_id: int) -> None:
        self.rng = rng
        self.rubber_id = rubber_id
        self.palm_id = palm_id
        self.rows: list[tuple] = []
        self._by_name: dict[tuple[int, str], int] = {}  # (member, palm plot name) -> plot id
        self._rubber: dict[int, int] = {}  # member -> rubber plot id

    def make(self, members: list[_Member]) -> list[tuple]:
        """Rows (id, member_id, name, commodity_id, area_m2, planting_year, estdb,
        land_document, geometry_type, geometry, created) for every mapped member's plots."""
        rng = self.rng
        for m in members:
            dx, dy = VILLAGE_OFFSETS[m.village]
            base_lon, base_lat = CENTRE[0] + dx, CENTRE[1] + dy
            for name in dict.fromkeys(m.palm_plots):
                plot_id = self._add(
                    m, name, self.palm_id, base_lon, base_lat, rng.uniform(1.0, 2.5)
                )
                self._by_name[(m.id, name)] = plot_id
            if m.rubber and rng.random() >= UNMAPPED_RATE:
                hectares = rng.triangular(1.0, 7.0, 2.5)
                self._rubber[m.id] = self._add(
                    m, RUBBER_PLOT, self.rubber_id, base_lon, base_lat, hectares
                )
        return self.rows

    def _add(
        self, m: _Member, name: str, commodity_id: int, lon: float, lat: float, hectares: float
    ) -> int:
        rng = self.rng
        lon += rng.uniform(-0.04, 0.04)
        lat += rng.uniform(-0.04, 0.04)
        area_m2 = round(hectares * 10_000)
        if hectares > 4 or rng.random() < SURVEYED_RATE:
            geometry, area_m2 = _rectangle(lon, lat, area_m2, rng)
            kind = "Polygon"
        else:
            geometry, kind = _point(lon, lat), "Point"
        planted = (
            rng.randint(1992, 2021) if commodity_id == self.palm_id else rng.randint(1985, 2016)
        )
        estdb = f"STDB-1503-{rng.randint(1000, 9999)}" if rng.random() < 0.35 else ""
        land = rng.choice(("SHM", "SKT", "SPORADIK", "")) if rng.random() < 0.7 else ""
        plot_id = len(self.rows) + 1
        self.rows.append(
            (
                plot_id,
                m.id,
                name,
                commodity_id,
                area_m2,
                planted,
                estdb,
                land,
                kind,
                geometry,
                f"{m.joined.isoformat()} 10:00:00",  # mapped the day the member joined
            )
        )
        return plot_id

    def plot_id_of(self, member_id: int, commodity_id: int, plot: str) -> int | None:
        """The plot a delivery came from, or None when the member's plots were not mapped."""
        if commodity_id == self.rubber_id:
            return self._rubber.get(member_id)
        return self._by_name.get((member_id, plot))
