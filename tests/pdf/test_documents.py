"""What every document shares: the bundled font, the letterhead, the logo, the print date."""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfReader

from koperasi import pdf, reports
from koperasi.book import Book
from koperasi.pdf.fonts import FONTS_DIR
from tests.pdf.pdf_helpers import TODAY, pages


def every_document(book: Book) -> dict[str, bytes]:
    month = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    docs = {
        "settlement": pdf.render_settlement(reports.settlement_data(book, "PJ-2026-0001")),
        "statement": pdf.render_statement(reports.statement_data(book, "LJ-0001", *month)),
        "register": pdf.render_register(reports.register_data(book)),
    }
    for paper in pdf.RECEIPT_PAPERS:
        docs[f"receipt-{paper}"] = pdf.render_receipt(
            reports.receipt_data(book, "NT-2026-000001"), paper
        )
    for paper in pdf.SLIP_PAPERS:
        docs[f"slips-{paper}"] = pdf.render_slips(
            reports.slips_for_sale(book, "PJ-2026-0001"), paper
        )
    return docs


def fonts_of(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_bundled_fonts_and_their_licence():
    assert (FONTS_DIR / "DejaVuSans.ttf").is_file()
    assert (FONTS_DIR / "DejaVuSans-Bold.ttf").is_file()
    assert "Bitstream" in (FONTS_DIR / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_every_document_embeds_only_the_bundled_font(demo):
    for name, data in every_document(demo).items():
        assert fonts_of(data) <= {"DejaVuSans", "DejaVuSans-Bold"}, name


def test_every_document_carries_the_letterhead_and_print_date(demo):
    for name, data in every_document(demo).items():
        first = pages(data)[0]
        assert "KOPERASI PRODUSEN TANI LEMBAH JAYA" in first, name
        assert "Jl. Lintas Sarolangun–Jambi Km 12" in first, name
        assert "AHU-0012345.AH.01.29.2020" in first, name
        assert "Dicetak 27" in first, name


def test_logo_is_drawn_when_the_book_has_one(demo, english):
    def images(data: bytes) -> int:
        return sum(len(page.images) for page in PdfReader(io.BytesIO(data)).pages[:1])

    for name, data in every_document(demo).items():
        assert images(data) == 1, name
    for name, data in every_document(english).items():
        assert images(data) == 0, name


def test_a_broken_logo_does_not_stop_printing(tmp_path):
    book = Book.create(tmp_path / "b.koperasi", name="Koperasi Uji", logo=b"not an image")
    book.with_today(TODAY)
    book.members.add("Ani", joined=TODAY)
    (page,) = pages(pdf.render_register(reports.register_data(book)))
    assert "KOPERASI UJI" in page and "Ani" in page
    book.close()


def test_a_bare_profile_prints_without_empty_lines(tmp_path):
    book = Book.create(tmp_path / "b.koperasi", name="Koperasi Uji")
    book.with_today(TODAY)
    book.members.add("Ani", joined=TODAY)
    (page,) = pages(pdf.render_register(reports.register_data(book)))
    assert "Badan Hukum" not in page and "Telp." not in page
    book.close()


def test_renderers_refuse_paper_they_do_not_print_on(demo):
    with pytest.raises(ValueError):
        pdf.render_slips(reports.slips_for_sale(demo, "PJ-2026-0001"), "a4")
    with pytest.raises(ValueError):
        pdf.render_slips([], "a5")
