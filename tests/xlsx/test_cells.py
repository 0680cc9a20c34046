"""Reading cells as treasurers fill them, and finding their headers."""

from __future__ import annotations

import datetime

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.xlsx.cells import read_cell
from koperasi.xlsx.schemas import match_headers


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("1.250.000", "rupiah", 1_250_000),
        ("Rp 1.250.000", "rupiah", 1_250_000),
        (1250000, "rupiah", 1_250_000),
        (1250000.0, "rupiah", 1_250_000),
        ("120,5", "kg", 120_500),
        (120.5, "kg", 120_500),
        ("1,5", "percent", 150),
        (55, "percent", 5_500),
        ("27/11/2026", "date", datetime.date(2026, 11, 27)),
        (datetime.datetime(2026, 11, 27, 0, 0), "date", datetime.date(2026, 11, 27)),
        (46353, "date", datetime.date(2026, 11, 27)),  # an Excel serial number
        (1503014507800001, "nik", "1503014507800001"),
        ("  ", "rupiah", None),
        (None, "text", None),
    ],
)
def test_cells_read_as_typed(value, kind, expected):
    assert read_cell(value, kind) == expected


@pytest.mark.parametrize(
    ("value", "kind", "code"),
    [
        ("1.25", "rupiah", "number.unclear"),
        (1250.5, "rupiah", "import.not_whole"),
        (-5, "rupiah", "import.negative"),
        (10**20, "rupiah", "import.too_large"),
        ("=SUM(A1:A3)", "rupiah", "import.formula"),
        ("31/02/2026", "date", "import.not_a_date"),
        (True, "rupiah", "import.not_a_number"),
        (datetime.date(2026, 1, 1), "kg", "import.not_a_number"),
    ],
)
def test_cells_that_cannot_be_read_are_refused(value, kind, code):
    with pytest.raises(KoperasiError) as refused:
        read_cell(value, kind)
    assert refused.value.code.startswith(code.split(".")[0])


def test_headers_are_matched_loosely():
    found = match_headers(
        "members", ["No.", "NO. ANGGOTA", "Nama  Lengkap", "NIK/KTP", "jenis kelamin", "Catatan"]
    )
    assert {i: c.key for i, c in found.items()} == {1: "number", 2: "name", 3: "nik", 4: "gender"}
