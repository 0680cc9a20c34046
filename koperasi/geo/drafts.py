"""A plot as read from a file, before the book knows it: PlotDraft, and the values in it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from koperasi.core.errors import KoperasiError

M2_PER_HA = 10_000
GEOMETRY_TYPES = ("Point", "Polygon", "MultiPolygon")


@dataclass(frozen=True)
class Where:
    """Where in the file a plot came from ("Baris 4", "Feature 2"), in the user's language."""

    kind: str  # feature, placemark, waypoint, track, route, row
    n: int

    def text(self, lang: str | None = None) -> str:
        return KoperasiError(f"plot.where_{self.kind}", n=self.n).message(lang)

    def __str__(self) -> str:
        return self.text()


class PlotError(KoperasiError):
    """A refusal of one plot of a file: its `where` reads in the sentence's own language."""

    def message(self, lang: str | None = None) -> str:
        params = {
            key: value.text(lang) if isinstance(value, Where) else value
            for key, value in self.params.items()
        }
        return KoperasiError(self.code, **params).message(lang)


@dataclass(frozen=True)
class PlotDraft:
    """One plot read from a file.

    Attributes:
      where: its feature, placemark, waypoint, track or row in the file.
      member_number: the owner's member number as written, or "" (the import names him).
      name: the plot's name (nama kebun), or "".
      commodity: the commodity's name as written, or "".
      area_ha: the area stated in the file, in hectares, exactly; None when not stated.
      planting_year: tahun tanam, or None.
      estdb: the e-STDB number (Surat Tanda Daftar Budidaya), or "".
      land_document: the land title or letter (SHM, SKT...), or "".
      geometry: a GeoJSON geometry (Point, Polygon or MultiPolygon) whose numbers are the
        Decimals written in the file, positions [longitude, latitude].
    """

    where: Where
    member_number: str
    name: str
    commodity: str
    area_ha: Decimal | None
    planting_year: int | None
    estdb: str
    land_document: str
    geometry: dict


# What phone apps, spreadsheets and our own exports call each field (normalised: lower
# case, spaces and dashes as underscores).
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "member": ("member", "member_number", "member_no", "anggota", "no_anggota", "nomor_anggota"),
    "name": ("name", "plot", "plot_name", "nama", "nama_kebun", "kebun", "productionplace"),
    "commodity": ("commodity", "komoditas", "crop", "tanaman"),
    "area": ("area_ha", "area", "luas", "luas_ha", "luas_(ha)", "area_(ha)", "hectares", "ha"),
    "planting_year": ("planting_year", "tahun_tanam", "year_planted"),
    "estdb": ("estdb", "e_stdb", "stdb", "no_stdb", "nomor_stdb"),
    "land_document": ("land_document", "dokumen_lahan", "alas_hak", "sertifikat", "shm"),
    "lat": ("lat", "latitude", "lintang"),
    "lon": ("lon", "lng", "long", "longitude", "bujur"),
    "wkt": ("wkt", "geometry_wkt", "geom"),
    "seq": ("seq", "sequence", "vertex", "urutan", "no_titik"),
}
_FIELD_OF = {alias: field for field, aliases in FIELD_NAMES.items() for alias in aliases}


def normalise_key(key: str) -> str:
    return key.strip().lower().replace(" ", "_").replace("-", "_")


def known_fields(values: Mapping[str, object]) -> dict[str, object]:
    """The values of a row or a feature's properties under our field names; others dropped."""
    found: dict[str, object] = {}
    for key, value in values.items():
        field = _FIELD_OF.get(normalise_key(str(key)))
        if field and field not in found and value not in (None, ""):
            found[field] = value
    return found


def key_values(text: str) -> dict[str, str]:
    """'luas: 1,5; anggota = LJ-0001' lines in a description, as a mapping."""
    found = {}
    for part in text.replace(";", "\n").splitlines():
        for sep in ("=", ":"):
            if sep in part:
                key, value = part.split(sep, 1)
                found[key.strip()] = value.strip()
                break
    return found


def coordinate(text: object, where: Where) -> Decimal:
    """A coordinate exactly as written. A decimal comma (a spreadsheet in Indonesian) reads
    as a point; coordinates never use thousands grouping."""
    if isinstance(text, Decimal):
        return text
    raw = str(text).strip()
    cleaned = raw.replace(",", ".") if "." not in raw else raw
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise PlotError("plot.bad_coordinate", where=where, text=raw) from None
    if not value.is_finite():
        raise PlotError("plot.bad_coordinate", where=where, text=raw)
    return value


def decimals_of(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def area_hectares(text: object, where: Where) -> Decimal:
    """A stated area in hectares. Written by a person in Indonesian ("1,5", "1.250,5") or by
    an app with a decimal point ("1.5"): a comma means Indonesian, so dots group thousands."""
    raw = str(text).strip()
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = raw.replace(" ", "")
        if "," in cleaned:
            cleaned = cleaned.replace(".", "").replace(",", ".")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise PlotError("plot.bad_area", where=where, text=raw) from None
    # Below half a square metre it would be stored as 0 m2; above 100 000 ha no smallholding.
    if not value.is_finite() or ha_to_m2(value) <= 0 or value > 100_000:
        raise PlotError("plot.bad_area", where=where, text=raw)
    return value


def planting_year(text: object, where: Where) -> int | None:
    raw = str(text).strip()
    if not raw:
        return None
    try:
        year = int(Decimal(raw))
    except (InvalidOperation, ValueError):
        raise PlotError("plot.bad_year", where=where, text=raw) from None
    if not 1900 <= year <= 2200 or Decimal(raw) != year:
        raise PlotError("plot.bad_year", where=where, text=raw)
    return year


def ha_to_m2(hectares: Decimal) -> int:
    return int((hectares * M2_PER_HA).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def ha_text(m2: int) -> str:
    """Square metres as hectares the Indonesian way, to four decimals at most: 12345 -> 1,2345."""
    whole, rest = divmod(m2, M2_PER_HA)
    fraction = f"{rest:04d}".rstrip("0")
    return f"{whole},{fraction}" if fraction else str(whole)


def draft(where: Where, values: Mapping[str, object], geometry: dict) -> PlotDraft:
    """A PlotDraft from a row's or feature's known fields (see known_fields)."""
    area = values.get("area")
    year = values.get("planting_year")
    return PlotDraft(
        where=where,
        member_number=str(values.get("member", "")).strip(),
        name=str(values.get("name", "")).strip(),
        commodity=str(values.get("commodity", "")).strip(),
        area_ha=area_hectares(area, where) if area not in (None, "") else None,
        planting_year=planting_year(year, where) if year not in (None, "") else None,
        estdb=str(values.get("estdb", "")).strip(),
        land_document=str(values.get("land_document", "")).strip(),
        geometry=geometry,
    )


# -- GeoJSON text with the digits as given -----------------------------------------------


def to_json(value: object) -> str:
    """Compact JSON in which a Decimal is written with exactly its own digits."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool) or value is None or isinstance(value, (int, float, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        return "{" + ",".join(f"{json.dumps(str(k))}:{to_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(to_json(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def from_json(text: str) -> object:
    """JSON with every number read as an exact Decimal."""
    return json.loads(text, parse_float=Decimal, parse_int=Decimal)


def geometry_text(geometry: dict) -> str:
    """The stored form of a geometry: {"type":...,"coordinates":...}, digits as given."""
    return to_json({"type": geometry["type"], "coordinates": geometry["coordinates"]})
