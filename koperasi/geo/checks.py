"""The EUDR's rules for one plot's geometry, checked before the book stores it.

The rules (EUDR GeoJSON File Description, as summarised by duracert.com/en/eudr-geojson-format
and nadar.earth/media/preparing-geodata-for-the-eudr, and Regulation (EU) 2023/1115 art. 2(28)):
positions are [longitude, latitude] in WGS84 with at least six decimals; a polygon's ring is
closed, has at least four positions and does not cross itself; a single point describes a
plot of at most 4 ha, a larger plot needs its boundary.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import shapely
from pyproj import Geod
from shapely.geometry import shape
from shapely.validation import explain_validity

from koperasi.core.errors import KoperasiError
from koperasi.geo.drafts import (
    GEOMETRY_TYPES,
    M2_PER_HA,
    PlotDraft,
    PlotError,
    decimals_of,
    ha_text,
    ha_to_m2,
)

MIN_DECIMALS = 6
POINT_MAX_M2 = 4 * M2_PER_HA
AREA_WARNING_SHARE = Decimal("0.20")

# Indonesia's extent: lon 94.9..141.1, lat -11.1..6.2.
INDONESIA = (Decimal("94.9"), Decimal("-11.1"), Decimal("141.1"), Decimal("6.2"))
# A coarse land check: generous boxes around the island groups, so that a point in the open
# Indian Ocean, the South China Sea or the Arafura Sea inside the extent is still refused.
# (lon min, lat min, lon max, lat max); generous by a few tenths of a degree everywhere.
LAND = (
    ("Sumatra, Riau, Bangka-Belitung", 94.9, -6.4, 109.0, 6.2),
    ("Natuna, Anambas", 105.5, 1.5, 109.5, 4.9),
    ("Java, Madura, Bali", 105.0, -9.0, 116.0, -5.0),
    ("Kalimantan", 108.0, -4.6, 119.5, 4.6),
    ("Sulawesi", 118.5, -7.0, 125.8, 5.6),
    ("Nusa Tenggara", 114.3, -11.1, 127.5, -7.7),
    ("Maluku", 124.0, -8.5, 135.0, 3.0),
    ("Papua", 129.5, -9.3, 141.1, 1.2),
)

_GEOD = Geod(ellps="WGS84")


@dataclass(frozen=True)
class CheckedPlot:
    """A plot that passed every rule.

    Attributes:
      area_m2: its area in whole square metres: the stated area when given, else measured.
      measured_m2: the geodesic area of its boundary, or None for a point.
      warnings: KoperasiErrors to show but not refuse (a stated area far from the measured).
    """

    draft: PlotDraft
    area_m2: int
    measured_m2: int | None
    warnings: tuple[KoperasiError, ...]


def _all_positions(geometry: dict) -> Iterator[list[Decimal]]:
    coordinates = geometry["coordinates"]
    if geometry["type"] == "Point":
        yield coordinates
    elif geometry["type"] == "Polygon":
        for ring in coordinates:
            yield from ring
    else:
        for polygon in coordinates:
            for ring in polygon:
                yield from ring


def _rings(geometry: dict) -> Iterator[list[list[Decimal]]]:
    if geometry["type"] == "Polygon":
        yield from geometry["coordinates"]
    elif geometry["type"] == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield from polygon


def in_indonesia(lon: Decimal | float, lat: Decimal | float) -> bool:
    """Inside Indonesia's extent and one of the coarse land boxes."""
    lon_min, lat_min, lon_max, lat_max = INDONESIA
    if not (lon_min <= Decimal(str(lon)) <= lon_max and lat_min <= Decimal(str(lat)) <= lat_max):
        return False
    return any(
        west <= float(lon) <= east and south <= float(lat) <= north
        for _, west, south, east, north in LAND
    )


def check_positions(where: object, geometry: dict) -> None:
    """Six decimals on each coordinate as written, and every position on Indonesian land."""
    for lon, lat in _all_positions(geometry):
        for value in (lon, lat):
            if decimals_of(value) < MIN_DECIMALS:
                raise PlotError(
                    "plot.few_decimals", where=where, text=str(value), decimals=decimals_of(value)
                )
        if not in_indonesia(lon, lat):
            code = "plot.swapped" if in_indonesia(lat, lon) else "plot.outside_indonesia"
            raise PlotError(code, where=where, lon=str(lon), lat=str(lat))


def check_rings(where: object, geometry: dict) -> None:
    for ring in _rings(geometry):
        if len(ring) < 4:
            raise PlotError("plot.ring_short", where=where, count=len(ring))
        if ring[0] != ring[-1]:
            raise PlotError("plot.ring_open", where=where)


def geodesic_area_m2(geometry: dict) -> int:
    """The area on the WGS84 ellipsoid, in whole square metres (0 for a point)."""
    area, _ = _GEOD.geometry_area_perimeter(shape(_floats(geometry)))
    return round(abs(area))


def _floats(geometry: dict) -> dict:
    def convert(value: object) -> object:
        if isinstance(value, Decimal):
            return float(value)
        return [convert(v) for v in value]  # type: ignore[union-attr]

    return {"type": geometry["type"], "coordinates": convert(geometry["coordinates"])}


def check_plot(draft: PlotDraft) -> CheckedPlot:
    """The draft with its area, or the KoperasiError naming the rule it breaks."""
    where, geometry = draft.where, draft.geometry
    if geometry.get("type") not in GEOMETRY_TYPES:
        raise PlotError("plot.unsupported_geometry", where=where, kind=geometry.get("type"))
    check_positions(where, geometry)
    stated = ha_to_m2(draft.area_ha) if draft.area_ha is not None else None
    if geometry["type"] == "Point":
        if stated is None or stated <= 0:
            raise PlotError("plot.point_needs_area", where=where)
        if stated > POINT_MAX_M2:
            raise PlotError("plot.point_too_large", where=where, area=ha_text(stated))
        return CheckedPlot(draft, stated, None, ())
    check_rings(where, geometry)
    figure = shape(_floats(geometry))
    if not figure.is_valid:
        raise PlotError("plot.invalid_polygon", where=where, reason=explain_validity(figure))
    measured = geodesic_area_m2(geometry)
    if measured <= 0 or shapely.is_empty(figure):
        raise PlotError("plot.invalid_polygon", where=where, reason="0 m²")
    warnings = []
    if stated is not None and abs(stated - measured) > AREA_WARNING_SHARE * measured:
        percent = round(abs(stated - measured) * 100 / measured)
        warnings.append(
            PlotError(
                "plot.area_mismatch",
                where=where,
                stated=ha_text(stated),
                measured=ha_text(measured),
                percent=percent,
            )
        )
    return CheckedPlot(draft, stated if stated is not None else measured, measured, tuple(warnings))
