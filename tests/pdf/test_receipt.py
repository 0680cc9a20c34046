"""The delivery receipt (nota timbang) read back from the PDF."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from koperasi import pdf, reports
from tests.pdf.pdf_helpers import page_sizes, pages, text_runs


@pytest.mark.parametrize("paper", ["a6", "roll80"])
def test_receipt_shows_the_weighing(demo, paper):
    text = pages(pdf.render_receipt(reports.receipt_data(demo, "NT-2026-000001"), paper))
    assert len(text) == 1
    page = text[0]
    for expected in (
        "KOPERASI PRODUSEN TANI LEMBAH JAYA",
        "Badan Hukum No. AHU-0012345.AH.01.29.2020",
        "NOTA TIMBANG",
        "NT-2026-000001",
        "2 November 2026",
        "LJ-0001",
        "Ahmad Yani",
        "Karet",
        "Berat kotor 120,500 kg",
        "Tara (wadah) −2,000 kg",
        "Kadar air (5 %) −6,025 kg",
        "Jumlah potongan −8,025 kg",
        "BERAT BERSIH 112,475 kg",
        "Kadar (mutu) 60 %",
        "Terjual, penjualan PJ-2026-0001",
        "Petugas timbang",
        "Dicetak 27/11/2026",
    ):
        assert expected in page, expected
    assert "BATAL" not in page


def test_receipt_weights_add_up(demo):
    data = reports.receipt_data(demo, "NT-2026-000001")
    assert data.gross_grams - sum(d.grams for d in data.deductions) == data.net_grams == 112_475
    assert data.deductions_grams == 8_025


def test_void_receipt_is_marked_batal_with_its_reason(demo):
    for paper in ("a6", "roll80"):
        page = pages(pdf.render_receipt(reports.receipt_data(demo, "NT-2026-000007"), paper))[0]
        assert "NT-2026-000007" in page
        assert page.count("BATAL") >= 1
        assert "Alasan batal: salah timbang, ditimbang ulang" in page
        assert "Belum terjual" not in page


def test_corrected_receipt_says_so(demo):
    page = pages(pdf.render_receipt(reports.receipt_data(demo, "NT-2026-000008"), "a6"))[0]
    assert "BERAT BERSIH 45,5 kg" in page
    assert "berat kotor salah ketik" in page


def test_open_receipt_says_not_yet_sold(demo):
    page = pages(pdf.render_receipt(reports.receipt_data(demo, "NT-2026-000011"), "roll80"))[0]
    assert "Status Belum terjual" in page


def test_paper_sizes(demo):
    data = reports.receipt_data(demo, "NT-2026-000001")
    assert page_sizes(pdf.render_receipt(data, "a6")) == [pytest.approx((105 * mm, 148 * mm))]
    ((width, height),) = page_sizes(pdf.render_receipt(data, "roll80"))
    assert width == pytest.approx(80 * mm)
    # A roll is cut where the receipt ends: longer than wide, far shorter than A4.
    assert 100 * mm < height < 200 * mm


def test_nothing_runs_off_the_roll(demo):
    data = reports.receipt_data(demo, "NT-2026-000003")  # the member with the longest name
    for run in text_runs(pdf.render_receipt(data, "roll80"))[0]:
        assert 3.9 * mm <= run[0] and run[1] <= 76.1 * mm, run


def test_receipt_papers_are_a6_and_roll(demo):
    with pytest.raises(ValueError):
        pdf.render_receipt(reports.receipt_data(demo, "NT-2026-000001"), "a4")


def test_english_receipt(english):
    page = pages(pdf.render_receipt(reports.receipt_data(english, "NT-2026-000007"), "a6"))[0]
    assert "DELIVERY RECEIPT" in page
    assert "VOID" in page
    assert "NET WEIGHT 45 kg" in page
    assert "Registration No. AHU-0012345.AH.01.29.2020" in page
