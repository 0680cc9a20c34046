"""The settlement sheet read back from the PDF: its totals are the sale's figures exactly."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.units import mm

from koperasi import pdf, reports
from koperasi.core.fmt import kg, rupiah
from tests.pdf.pdf_helpers import LONG_NAME, page_sizes, pages, text_runs


def test_sale_figures_and_every_member(demo):
    data = reports.settlement_data(demo, "PJ-2026-0001")
    (page,) = pages(pdf.render_settlement(data))
    for expected in (
        "DAFTAR PEMBAGIAN HASIL PENJUALAN",
        "PJ-2026-0001 · 10 November 2026",
        "Pembeli PT Karet Jambi Lestari",
        "Komoditas Karet",
        "Berat terjual 935 kg",
        "Harga Rp 12.500/kg",
        "Berat terkumpul 986,8 kg (7 setoran)",
        "Susut 51,8 kg (5,25 %)",
        "Hasil kotor Rp 11.687.500",
        "Jasa koperasi (3 %) −Rp 350.625",
        "Angkutan ke pabrik −Rp 350.000",
        "Retribusi desa −Rp 75.000",
        "Hasil bersih untuk anggota Rp 10.911.875",
        "Tanda tangan",
        "Halaman 1 dari 1",
        "Dicetak 27 November 2026",
    ):
        assert expected in page, expected
    for index, status in enumerate(demo.payouts.status("PJ-2026-0001"), start=1):
        assert f"{index} {status.member.number}" in page
        assert rupiah(status.share) in page
    assert "JUMLAH (5 anggota) 7 986,800 kg 587,765 kg Rp 10.911.875" in page
    assert "Siti Aminah" in page and "H. Abdul Rahman" in page and "Pengawas" in page


def test_totals_equal_the_sale_exactly(demo, long_book):
    for book, number in (
        (demo, "PJ-2026-0001"),
        (demo, "PJ-2026-0002"),
        (long_book, "PJ-2026-0001"),
    ):
        data = reports.settlement_data(book, number)
        sale = book.sales.get(number)
        assert data.total_share == sale.net == sum(r.share for r in data.rows)
        assert data.total_net_grams == sale.pooled_grams
        assert data.total_deliveries == sale.delivery_count
        assert data.sale.gross - data.sale.fee - data.sale.costs_total == data.sale.net
        text = " ".join(pages(pdf.render_settlement(data)))
        assert f"{rupiah(sale.net)}" in text.split("JUMLAH")[-1]


def test_long_sheet_runs_over_pages_with_the_header_on_each(long_book):
    data = reports.settlement_data(long_book, "PJ-2026-0001")
    text = pages(pdf.render_settlement(data))
    count = len(text)
    assert count >= 3
    for number, page in enumerate(text, start=1):
        assert f"Halaman {number} dari {count}" in page
        assert "No. anggota Nama anggota Setoran Berat bersih" in page
        assert "KOPERASI TANI MAJU BERSAMA" in page
    # Every member exactly once, in order, and the total only at the end.
    joined = " ".join(text)
    numbers = re.findall(r"\bMB-\d{4}\b", joined)
    assert numbers == [f"MB-{i:04d}" for i in range(1, 71)]
    assert joined.count("JUMLAH") == 1
    assert f"JUMLAH (70 anggota) 70 {kg(data.total_net_grams, 3)}" in text[-1]
    assert rupiah(long_book.sales.get("PJ-2026-0001").net) in text[-1]
    # The signatures never stand alone: member rows share their page.
    assert "Dibuat oleh," in text[-1] and "MB-0070" in text[-1] and "MB-0068" in text[-1]
    sizes = page_sizes(pdf.render_settlement(data))
    assert sizes == [pytest.approx((210 * mm, 297 * mm), abs=0.5)] * count


def test_long_name_wraps_in_its_cell(demo):
    data = reports.settlement_data(demo, "PJ-2026-0001")
    runs = text_runs(pdf.render_settlement(data))[0]
    for left, right, _, text in runs:
        assert 14.5 * mm <= left and right <= 195.5 * mm, text
    name_runs = [text for *_, text in runs if "Abdurrahman" in text or "Hasibuan" in text]
    assert len(name_runs) >= 2  # the name takes several lines
    assert not any(LONG_NAME in text for *_, text in runs)


def test_agreed_total_and_fee_per_kg(demo):
    data = reports.settlement_data(demo, "PJ-2026-0002")
    (page,) = pages(pdf.render_settlement(data))
    assert "Harga Rp 3.152,62/kg" in page
    assert "Jasa koperasi (Rp 25/kg) −Rp 57.250" in page
    assert "Susut 0 kg" in page
    assert "Berat × kadar" not in page  # palm fruit has no quality factor
