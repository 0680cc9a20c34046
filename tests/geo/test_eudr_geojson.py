"""The EUDR GeoJSON: shape, digits, [lon, lat] order, properties schema, size limit."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import jsonschema
import pytest
from shapely.geometry import shape

from koperasi.core.errors import KoperasiError
from koperasi.geo import eudr
from koperasi.geo.eudr import EUDR_PROPERTIES_SCHEMA, EudrPlot, feature_collection
from tests.geo.samples import BIG_GEOMETRY, POINT_GEOMETRY, SQUARE_GEOMETRY

PLOTS = [
    EudrPlot("Siti Aminah", "Kebun Sungai, Lubuk Resam", SQUARE_GEOMETRY, 9_963),
    EudrPlot("Siti Aminah", "Pondok, Lubuk Resam", POINT_GEOMETRY, 15_000),
    EudrPlot("Budi Santoso", "Kebun Bukit", BIG_GEOMETRY, 49_800),
]


def positions(geometry: dict):
    coordinates = geometry["coordinates"]
    if geometry["type"] == "Point":
        return [coordinates]
    rings = coordinates if geometry["type"] == "Polygon" else [r for p in coordinates for r in p]
    return [position for ring in rings for position in ring]


def check_eudr(text: str) -> dict:
    """Every rule the EUDR information system applies that we can check offline."""
    data = json.loads(text, parse_float=Decimal)
    assert data["type"] == "FeatureCollection" and "crs" not in data
    for f in data["features"]:
        assert f["type"] == "Feature"
        assert f["geometry"]["type"] in ("Point", "Polygon", "MultiPolygon")
        jsonschema.validate(f["properties"], EUDR_PROPERTIES_SCHEMA)
        assert f["properties"]["ProducerCountry"] == "ID"
        if f["geometry"]["type"] == "Point":
            assert 0 < f["properties"]["Area"] <= 4
        floats = json.loads(json.dumps(f["geometry"], default=float))
        assert shape(floats).is_valid
        for lon, lat in positions(f["geometry"]):
            # [longitude, latitude]: every position inside Indonesia's extent in that order.
            assert 94.9 <= lon <= 141.1 and -11.1 <= lat <= 6.2
            for value in (lon, lat):
                assert -value.as_tuple().exponent >= 6
    # The six decimals are in the text itself, not only after parsing.
    numbers = re.findall(r"-?\d+\.\d+", text.split('"features"', 1)[1])
    coordinates = [n for n in numbers if abs(Decimal(n)) > 10]
    assert coordinates and all(len(n.split(".")[1]) >= 6 for n in coordinates)
    return data


def test_the_collection_passes_every_rule():
    text = feature_collection(PLOTS)
    data = check_eudr(text)
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
            "Area": Decimal("1.5"),
        },
        {"ProducerName": "Budi Santoso", "ProducerCountry": "ID", "ProductionPlace": "Kebun Bukit"},
    ]
    # The stored geometry text goes out digit for digit.
    assert SQUARE_GEOMETRY in text and POINT_GEOMETRY in text


def test_the_schema_refuses_what_the_information_system_would():
    good = {"ProducerName": "Siti", "ProducerCountry": "ID", "ProductionPlace": "Kebun"}
    jsonschema.validate(good, EUDR_PROPERTIES_SCHEMA)
    for bad in (
        {k: v for k, v in good.items() if k != "ProducerName"},
        good | {"ProducerCountry": "Indonesia"},
        good | {"Area": 0},
        good | {"Luas": 1},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, EUDR_PROPERTIES_SCHEMA)


def test_a_file_above_the_limit_is_refused(monkeypatch):
    assert eudr.MAX_BYTES == 25_000_000  # the information system's 25 MB, read strictly
    size = len(feature_collection(PLOTS).encode())
    monkeypatch.setattr(eudr, "MAX_BYTES", size - 1)
    with pytest.raises(KoperasiError) as caught:
        feature_collection(PLOTS)
    assert caught.value.code == "geo.too_large"
    monkeypatch.setattr(eudr, "MAX_BYTES", size)
    assert len(feature_collection(PLOTS).encode()) == size
    assert size == eudr.MAX_BYTES and 25_000_000 == 25 * 1000 * 1000
