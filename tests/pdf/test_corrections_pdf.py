"""Issue 10 on paper: a voided slip prints BATAL with its reason; a reversed sale's sheet
says it was reversed, why, and still shows what it held."""

from __future__ import annotations

from koperasi import pdf, reports
from tests.book.test_corrections import rubber, sale  # noqa: F401
from tests.pdf.pdf_helpers import pages


def test_void_slip_and_reversed_sale_print_batal(rubber):  # noqa: F811
    book = rubber
    s = book.sales.settle(sale())
    [budi] = book.payouts.pay(s.number, members=["LJ-0002"])
    book.corrections.void_payout(budi.slip, "salah orang")
    data = reports.slip_data(book, budi.slip)
    assert data.void == (book.today(), "salah orang")
    (page,) = pages(pdf.render_slips([data], "a5"))
    assert "BATAL 27/11/2026: salah orang" in page
    assert "BATAL" in page.replace("BATAL 27/11/2026", "")  # the watermark across the page
    assert "Rp 970.538" in page  # the slip still shows what it paid
    book.corrections.reverse_sale(s.number, "harga salah ketik")
    sheet = reports.settlement_data(book, s.number)
    # The sheet shows what the sale held: 2.820.625 over Siti and Budi.
    assert sheet.total_share == sheet.sale.net == 2_820_625
    assert [r.share for r in sheet.rows] == [1_850_087, 970_538]
    text = " ".join(pages(pdf.render_settlement(sheet)))
    assert "PENJUALAN INI DIBATALKAN 27 November 2026: harga salah ketik" in text
    assert "Rp 2.820.625" in text
