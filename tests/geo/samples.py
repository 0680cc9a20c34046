"""Plots near Sarolangun, Jambi, shared by the geo tests, and an independent area formula."""

from __future__ import annotations

import math

# A square of 0.000900° × 0.000900° (about 100 m × 100 m), counter-clockwise, lon/lat.
SQUARE = (
    "[[[102.700000,-2.300000],[102.700900,-2.300000],[102.700900,-2.299100],"
    "[102.700000,-2.299100],[102.700000,-2.300000]]]"
)
SQUARE_GEOMETRY = '{"type":"Polygon","coordinates":' + SQUARE + "}"
# 0.002250° × 0.001800° (about 250 m × 200 m, 5 ha): too large for a point.
BIG = (
    "[[[102.710000,-2.310000],[102.712250,-2.310000],[102.712250,-2.308200],"
    "[102.710000,-2.308200],[102.710000,-2.310000]]]"
)
BIG_GEOMETRY = '{"type":"Polygon","coordinates":' + BIG + "}"
POINT_GEOMETRY = '{"type":"Point","coordinates":[102.705123,-2.305456]}'

# WGS84
A = 6_378_137.0
E2 = 0.00669437999014


def small_rectangle_m2(lat_deg: float, dlon_deg: float, dlat_deg: float) -> float:
    """The area of a small lon/lat rectangle from the meridian and prime-vertical radii of
    curvature at its centre: exact enough for 100 m, and independent of pyproj."""
    phi = math.radians(lat_deg)
    w = math.sqrt(1 - E2 * math.sin(phi) ** 2)
    meridian = A * (1 - E2) / w**3  # M
    prime_vertical = A / w  # N
    return (
        math.radians(dlat_deg) * meridian * math.radians(dlon_deg) * prime_vertical * math.cos(phi)
    )


def feature(geometry: str, **properties: object) -> str:
    import json

    return (
        '{"type":"Feature","properties":' + json.dumps(properties) + ',"geometry":' + geometry + "}"
    )


def collection(*features: str) -> str:
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"
