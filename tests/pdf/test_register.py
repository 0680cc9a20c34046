"""The member register read back from the PDF."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from koperasi import pdf, reports
from tests.pdf.pdf_helpers import LONG_NAME, page_sizes, pages


def test_register_lists_every_member(demo):
    data = reports.register_data(demo)
    raw = pdf.render_register(data)
    (page,) = pages(raw)
    assert page_sizes(raw) == [pytest.approx((297 * mm, 210 * mm), abs=0.5)]
    for expected in (
        "DAFTAR ANGGOTA",
        "Keadaan per 27 November 2026",
        "No. No. anggota Nama anggota NIK L/P Desa Tanggal masuk Status",
        "1 LJ-0001 Ahmad Yani 1503010101800001 L Lubuk Resam 05/01/2020 Aktif",
        "2 LJ-0002 Sri Wahyuni P Pulau Pandan 05/01/2020 Aktif",
        "5 LJ-0005 Nurhayati P Pulau Pandan 01/02/2020 Keluar 26/11/2026",
        "Jumlah anggota 5: aktif 4, keluar 1. Anggota aktif laki-laki 3, perempuan 1.",
    ):
        assert expected in page, expected
    for word in LONG_NAME.split():
        assert word in page


def test_long_register_repeats_its_header(long_book):
    text = pages(pdf.render_register(reports.register_data(long_book)))
    assert len(text) >= 2
    for number, page in enumerate(text, start=1):
        assert "Nama anggota NIK" in page
        assert f"Halaman {number} dari {len(text)}" in page
    assert "Jumlah anggota 70" in text[-1]


def test_register_of_active_members_only(demo):
    data = reports.register_data(demo, active=True)
    assert [r.number for r in data.rows] == ["LJ-0001", "LJ-0002", "LJ-0003", "LJ-0004"]
    assert "LJ-0005" not in pages(pdf.render_register(data))[0]
