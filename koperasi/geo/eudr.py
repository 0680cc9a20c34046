"""The EUDR GeoJSON: the geolocation file a due diligence statement carries.

Format (EUDR GeoJSON File Description v1.2+, as summarised by duracert.com/en/eudr-geojson-format,
www.evanbuytendijk.nl/en/news/2024/eudr-geojson/ and nadar.earth/media/preparing-geodata-for-the-eudr):
a FeatureCollection of Point, Polygon or MultiPolygon features; coordinates [longitude,
latitude] (RFC 7946), WGS84, at least six decimals; no `crs` member; properties ProducerName,
ProducerCountry (ISO 3166 alpha-2), ProductionPlace, and Area in hectares for a point (a
point stands for a plot of at most 4 ha); at most 25 MB per statement. (One of those pages
says the file wants [latitude, longitude]; the others, RFC 7946 and the Commission's own
example polygon in the Netherlands, [5.82, 52.27], are [longitude, latitude], which we follow.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from koperasi.core.errors import KoperasiError
from koperasi.geo.drafts import GEOMETRY_TYPES, from_json, to_json

PRODUCER_COUNTRY = "ID"
# The information system's limit per statement; taken as 25 × 10^6 bytes, the stricter reading.
MAX_BYTES = 25 * 1000 * 1000

# The properties of each feature, as a JSON schema (draft 2020-12).
EUDR_PROPERTIES_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["ProducerName", "ProducerCountry", "ProductionPlace"],
    "properties": {
        "ProducerName": {"type": "string", "minLength": 1},
        "ProducerCountry": {"type": "string", "pattern": "^[A-Z]{2}$"},
        "ProductionPlace": {"type": "string", "minLength": 1},
        "Area": {"type": "number", "exclusiveMinimum": 0},
    },
    "additionalProperties": False,
}


@dataclass(frozen=True)
class EudrPlot:
    """One plot of a lot as the EUDR file lists it.

    Attributes:
      producer_name: the farmer (the member's name).
      production_place: the plot's name and village.
      geometry: the plot's stored GeoJSON geometry text ([lon, lat], digits as recorded).
      area_m2: its area in square metres; written as Area (ha) for a point.
    """

    producer_name: str
    production_place: str
    geometry: str
    area_m2: int


def feature(plot: EudrPlot) -> dict:
    geometry = from_json(plot.geometry)
    if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
        raise ValueError(f"not a plot geometry: {plot.geometry[:60]}")
    properties: dict = {
        "ProducerName": plot.producer_name,
        "ProducerCountry": PRODUCER_COUNTRY,
        "ProductionPlace": plot.production_place,
    }
    if geometry["type"] == "Point":
        properties["Area"] = (Decimal(plot.area_m2).scaleb(-4)).normalize()
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {"type": geometry["type"], "coordinates": geometry["coordinates"]},
    }


def feature_collection(plots: Iterable[EudrPlot]) -> str:
    """The EUDR GeoJSON text of these plots; refused above the information system's 25 MB."""
    text = to_json({"type": "FeatureCollection", "features": [feature(p) for p in plots]})
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise KoperasiError("geo.too_large", size=f"{size / 1_000_000:.1f}".replace(".", ","))
    return text
