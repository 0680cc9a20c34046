"""A weight typed by hand says so on the receipt, in the PDF and on the thermal roll."""

from __future__ import annotations

from koperasi import pdf, reports
from koperasi.devices.escpos import receipt_layout
from tests.pdf.pdf_helpers import pages


def test_manual_weight_is_marked_on_pdf_and_thermal_receipts(book):
    book.members.add("Siti Aminah")
    typed = book.deliveries.record("LJ-0001", "TBS Sawit", 1_234_500, weight_manual=True)
    scaled = book.deliveries.record("LJ-0001", "TBS Sawit", 1_000_000)
    for paper in ("a6", "roll80"):
        text = "\n".join(
            pages(pdf.render_receipt(reports.receipt_data(book, typed.receipt), paper))
        )
        assert "(berat diketik manual)" in text and "1.234,5 kg" in text
        other = "\n".join(
            pages(pdf.render_receipt(reports.receipt_data(book, scaled.receipt), paper))
        )
        assert "manual" not in other
    lines = [line.text for line in receipt_layout(reports.receipt_data(book, typed.receipt), 32)]
    gross = next(i for i, line in enumerate(lines) if line.startswith("Berat kotor"))
    assert lines[gross] == "Berat kotor" + " " * 11 + "1.234,5 kg"
    assert lines[gross + 1] == "          (berat diketik manual)"
