"""Readers for plot files as phone GPS apps export them: GeoJSON, KML, GPX and CSV.

Each reader returns, in file order, a PlotDraft or the KoperasiError refusing that feature
or row, so that one bad row never hides the good ones. A file that cannot be read at all
raises its KoperasiError.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from koperasi.core.errors import KoperasiError
from koperasi.geo.drafts import (
    GEOMETRY_TYPES,
    PlotDraft,
    PlotError,
    Where,
    coordinate,
    draft,
    from_json,
    key_values,
    known_fields,
    normalise_key,
)

Parsed = PlotDraft | KoperasiError


def read_plot_file(path: str | Path) -> list[Parsed]:
    """The plots in a GeoJSON, KML, GPX or CSV file, chosen by its extension."""
    path = Path(path)
    readers: dict[str, tuple[str, Callable[[str, Path], list[Parsed]]]] = {
        ".geojson": ("GeoJSON", read_geojson),
        ".json": ("GeoJSON", read_geojson),
        ".kml": ("KML", read_kml),
        ".gpx": ("GPX", read_gpx),
        ".csv": ("CSV", read_csv),
        ".txt": ("CSV", read_csv),
    }
    if path.suffix.lower() not in readers:
        raise PlotError("plot.file_unknown_kind", path=path)
    kind, reader = readers[path.suffix.lower()]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "bukan UTF-8 / not UTF-8"
        raise PlotError("plot.file_unreadable", path=path, kind=kind, reason=reason) from exc
    found = reader(text, path)
    if not found:
        raise PlotError("plot.file_empty", path=path)
    return found


def _refusing(make: Callable[[], PlotDraft]) -> Parsed:
    try:
        return make()
    except KoperasiError as exc:
        return exc


def _closed(positions: list[list[Decimal]]) -> list[list[Decimal]]:
    """A walked boundary (a GPX track, CSV vertices) closed back to its first position."""
    if positions and positions[0] != positions[-1]:
        return [*positions, positions[0]]
    return positions


# -- GeoJSON --------------------------------------------------------------------------


def _positions(value: object, depth: int, where: Where) -> list:
    """Nested coordinate arrays, each position cut to [lon, lat] (an altitude is dropped)."""
    if not isinstance(value, list):
        raise PlotError("plot.no_geometry", where=where)
    if depth == 0:
        if len(value) < 2:
            raise PlotError("plot.no_geometry", where=where)
        for v in value[:2]:
            if not isinstance(v, Decimal):  # a string or null where a number belongs
                raise PlotError("plot.bad_coordinate", where=where, text=str(v))
        return list(value[:2])
    return [_positions(v, depth - 1, where) for v in value]


def _geojson_geometry(geometry: object, where: Where) -> dict:
    if not isinstance(geometry, dict) or "type" not in geometry:
        raise PlotError("plot.no_geometry", where=where)
    kind = geometry["type"]
    if kind not in GEOMETRY_TYPES:
        raise PlotError("plot.unsupported_geometry", where=where, kind=kind)
    depth = {"Point": 0, "Polygon": 2, "MultiPolygon": 3}[kind]
    return {"type": kind, "coordinates": _positions(geometry.get("coordinates"), depth, where)}


def read_geojson(text: str, path: Path) -> list[Parsed]:
    try:
        data = from_json(text)
    except json.JSONDecodeError as exc:
        raise PlotError("plot.file_unreadable", path=path, kind="GeoJSON", reason=str(exc)) from exc
    if not isinstance(data, dict):
        raise PlotError("plot.file_unreadable", path=path, kind="GeoJSON", reason="no object")
    crs = data.get("crs")
    if crs is not None:
        # RFC 7946 dropped `crs`; some desktop exports still write it. Only WGS84 lon/lat is fine.
        name = str((crs.get("properties") or {}).get("name", "")) if isinstance(crs, dict) else ""
        if not re.search(r"CRS84$|EPSG:+4326$", name):
            raise PlotError("plot.file_crs", path=path, crs=name or str(crs))
    if data.get("type") == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list):
            raise PlotError("plot.file_unreadable", path=path, kind="GeoJSON", reason="features")
    elif data.get("type") == "Feature":
        features = [data]
    else:
        features = [{"type": "Feature", "properties": {}, "geometry": data}]
    found: list[Parsed] = []
    for n, feature in enumerate(features, 1):
        where = Where("feature", n)
        properties = feature.get("properties") if isinstance(feature, dict) else None
        values = known_fields(properties if isinstance(properties, dict) else {})
        found.append(
            _refusing(
                lambda w=where, v=values, f=feature: draft(
                    w, v, _geojson_geometry(f.get("geometry") if isinstance(f, dict) else None, w)
                ),
            )
        )
    return found


# -- KML and GPX (XML) ----------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _descendants(element: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in element.iter() if _local(e.tag) == name]


def _text(element: ET.Element, name: str) -> str:
    found = _children(element, name)
    return (found[0].text or "").strip() if found else ""


def _parse_xml(text: str, path: Path, kind: str) -> ET.Element:
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise PlotError("plot.file_unreadable", path=path, kind=kind, reason=str(exc)) from exc


def _kml_ring(element: ET.Element, where: Where) -> list[list[Decimal]]:
    coordinates = _descendants(element, "coordinates")
    if not coordinates:
        raise PlotError("plot.no_geometry", where=where)
    ring = []
    for item in (coordinates[0].text or "").split():
        parts = item.split(",")
        if len(parts) < 2:
            raise PlotError("plot.bad_coordinate", where=where, text=item)
        ring.append([coordinate(parts[0], where), coordinate(parts[1], where)])  # KML: lon,lat
    return ring


def _kml_polygon(polygon: ET.Element, where: Where) -> list[list[list[Decimal]]]:
    outer = _children(polygon, "outerBoundaryIs")
    if not outer:
        raise PlotError("plot.no_geometry", where=where)
    rings = [_kml_ring(outer[0], where)]
    rings += [_kml_ring(inner, where) for inner in _children(polygon, "innerBoundaryIs")]
    return rings


def _kml_geometry(placemark: ET.Element, where: Where) -> dict:
    polygons = _descendants(placemark, "Polygon")
    points = _descendants(placemark, "Point")
    if len(polygons) > 1:
        return {"type": "MultiPolygon", "coordinates": [_kml_polygon(p, where) for p in polygons]}
    if polygons:
        return {"type": "Polygon", "coordinates": _kml_polygon(polygons[0], where)}
    if len(points) == 1:
        return {"type": "Point", "coordinates": _kml_ring(points[0], where)[0]}
    if len(points) > 1:
        raise PlotError("plot.unsupported_geometry", where=where, kind="MultiPoint")
    for kind in ("LineString", "LinearRing", "Point", "Model", "Track"):
        if _descendants(placemark, kind):
            raise PlotError("plot.unsupported_geometry", where=where, kind=kind)
    raise PlotError("plot.no_geometry", where=where)


def _kml_values(placemark: ET.Element) -> dict[str, object]:
    values: dict[str, object] = dict(key_values(_text(placemark, "description")))
    for data in _descendants(placemark, "Data"):
        values[data.get("name", "")] = _text(data, "value")
    for data in _descendants(placemark, "SimpleData"):
        values[data.get("name", "")] = (data.text or "").strip()
    fields = known_fields(values)
    if _text(placemark, "name"):
        fields.setdefault("name", _text(placemark, "name"))
    return fields


def read_kml(text: str, path: Path) -> list[Parsed]:
    root = _parse_xml(text, path, "KML")
    found: list[Parsed] = []
    for n, placemark in enumerate(_descendants(root, "Placemark"), 1):
        where = Where("placemark", n)
        found.append(
            _refusing(
                lambda w=where, p=placemark: draft(w, _kml_values(p), _kml_geometry(p, w)),
            )
        )
    return found


def _gpx_values(element: ET.Element) -> dict[str, object]:
    values: dict[str, object] = {}
    for name in ("desc", "cmt"):
        values.update(key_values(_text(element, name)))
    fields = known_fields(values)
    if _text(element, "name"):
        fields.setdefault("name", _text(element, "name"))
    return fields


def _gpx_position(point: ET.Element, where: Where) -> list[Decimal]:
    if point.get("lat") is None or point.get("lon") is None:
        raise PlotError("plot.no_geometry", where=where)
    return [coordinate(point.get("lon"), where), coordinate(point.get("lat"), where)]


def _gpx_walk(element: ET.Element, point_tag: str, where: Where) -> dict:
    """A track or route walked around a plot: its points closed into a polygon."""
    ring = [_gpx_position(p, where) for p in _descendants(element, point_tag)]
    if not ring:
        raise PlotError("plot.no_geometry", where=where)
    return {"type": "Polygon", "coordinates": [_closed(ring)]}


def read_gpx(text: str, path: Path) -> list[Parsed]:
    root = _parse_xml(text, path, "GPX")
    found: list[Parsed] = []
    for n, wpt in enumerate(_children(root, "wpt"), 1):
        where = Where("waypoint", n)
        found.append(
            _refusing(
                lambda w=where, p=wpt: draft(
                    w, _gpx_values(p), {"type": "Point", "coordinates": _gpx_position(p, w)}
                ),
            )
        )
    for kind, point_tag in (("track", "trkpt"), ("route", "rtept")):
        tag = "trk" if kind == "track" else "rte"
        for n, walk in enumerate(_children(root, tag), 1):
            where = Where(kind, n)
            found.append(
                _refusing(
                    lambda w=where, e=walk, t=point_tag: draft(
                        w, _gpx_values(e), _gpx_walk(e, t, w)
                    ),
                )
            )
    return found


# -- CSV --------------------------------------------------------------------------------

_WKT_PAIR = re.compile(r"([-+0-9.eE]+)\s+([-+0-9.eE]+)(?:\s+[-+0-9.eE]+)*")


def _wkt_geometry(text: str, where: Where) -> dict:
    """POINT, POLYGON or MULTIPOLYGON in WKT (x y = lon lat), with the digits as written."""
    match = re.fullmatch(r"\s*([A-Za-z]+)\s*(?:Z\s*)?(\(.*\))\s*", text, re.DOTALL)
    if not match:
        raise PlotError("plot.no_geometry", where=where)
    kind = {"POINT": "Point", "POLYGON": "Polygon", "MULTIPOLYGON": "MultiPolygon"}.get(
        match.group(1).upper()
    )
    if kind is None:
        raise PlotError("plot.unsupported_geometry", where=where, kind=match.group(1))
    body = _WKT_PAIR.sub(r'["\1","\2"]', match.group(2)).replace("(", "[").replace(")", "]")
    try:
        nested = json.loads(body)
    except json.JSONDecodeError:
        raise PlotError("plot.no_geometry", where=where) from None

    def numbers(value: object) -> object:
        if isinstance(value, str):
            return coordinate(value, where)
        return [numbers(v) for v in value]  # type: ignore[union-attr]

    coordinates = numbers(nested)
    return {"type": kind, "coordinates": coordinates[0] if kind == "Point" else coordinates}


def _sniff_delimiter(text: str) -> str:
    header = text.splitlines()[0] if text else ""
    for delimiter in (";", "\t"):
        if delimiter in header:
            return delimiter
    return ","


def read_csv(text: str, path: Path) -> list[Parsed]:
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text))
    rows = [row for row in reader]
    if not rows:
        return []
    header = [normalise_key(h) for h in rows[0]]
    fields = [known_fields({h: "x"}) for h in header]
    columns = [next(iter(f), "") for f in fields]
    has = set(columns)
    if "wkt" not in has and not {"lat", "lon"} <= has:
        raise PlotError("plot.csv_columns", path=path, columns="lat, lon / wkt")
    records = []
    for line, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        values = {c: v.strip() for c, v in zip(columns, row, strict=False) if c and v.strip()}
        records.append((line, values))

    def point(values: dict, where: Where) -> list[Decimal]:
        if "lat" not in values or "lon" not in values:
            raise PlotError("plot.no_geometry", where=where)
        return [coordinate(values["lon"], where), coordinate(values["lat"], where)]

    found: list[Parsed] = []
    if "seq" not in has:
        for line, values in records:
            where = Where("row", line)
            found.append(
                _refusing(
                    lambda w=where, v=values: draft(
                        w,
                        v,
                        _wkt_geometry(v["wkt"], w)
                        if "wkt" in v
                        else {"type": "Point", "coordinates": point(v, w)},
                    ),
                )
            )
        return found
    # One row per vertex: a plot's rows share member and name, and `seq` orders them.
    groups: dict[tuple[str, str], list[tuple[int, dict]]] = {}
    for line, values in records:
        groups.setdefault((values.get("member", ""), values.get("name", "")), []).append(
            (line, values)
        )
    for members_rows in groups.values():
        where = Where("row", members_rows[0][0])

        def make(rows=members_rows, w=where) -> PlotDraft:
            def order(item: tuple[int, dict]) -> Decimal:
                return coordinate(item[1].get("seq", item[0]), Where("row", item[0]))

            ordered = sorted(rows, key=order)
            merged: dict = {}
            for _, values in ordered:
                for key, value in values.items():
                    merged.setdefault(key, value)
            positions = [point(values, Where("row", line)) for line, values in ordered]
            geometry = (
                {"type": "Point", "coordinates": positions[0]}
                if len(positions) == 1
                else {"type": "Polygon", "coordinates": [_closed(positions)]}
            )
            return draft(w, merged, geometry)

        found.append(_refusing(make))
    return found
