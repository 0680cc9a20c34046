"""The audit chain head's short code at the foot of every page of the settlement sheet and the
RAT report (issue 9): a later edit changes the head, so the paper no longer matches."""

from __future__ import annotations

from koperasi import pdf, reports
from koperasi.book import Book
from koperasi.book.audit import head
from koperasi.pdf.rat import render_rat
from koperasi.reports.rat import rat_report
from tests.pdf.pdf_helpers import TODAY as PDF_TODAY
from tests.pdf.pdf_helpers import build_book, pages
from tests.reports.rat_helpers import TODAY, build_rat_book


def test_the_settlement_sheet_prints_the_chain_head(tmp_path):
    build_book(tmp_path / "demo.koperasi").close()
    book = Book.open(tmp_path / "demo.koperasi").with_today(PDF_TODAY)
    code = head(book).code
    assert len(code) == 9 and code[4] == "-"
    texts = pages(pdf.render_settlement(reports.settlement_data(book, "PJ-2026-0001")))
    assert all(f"Halaman {i} dari {len(texts)}" in t and f"Kode audit {code}" in t
               for i, t in enumerate(texts, start=1))  # fmt: skip
    book.members.add("Anggota Baru")  # any later write moves the head: the paper is stale
    assert head(book).code != code
    again = pages(pdf.render_settlement(reports.settlement_data(book, "PJ-2026-0001")))
    assert f"Kode audit {head(book).code}" in again[0] and code not in again[0]
    book.close()


def test_the_rat_report_prints_the_chain_head_on_every_page(tmp_path):
    path = tmp_path / "rat.koperasi"
    build_rat_book(path).close()
    with Book.open(path, readonly=True) as book:
        book.with_today(TODAY)
        code = head(book).code
        texts = pages(render_rat(rat_report(book, 2025)))
    assert len(texts) > 3
    assert all(f"Kode audit {code}" in t for t in texts)
    # other documents keep their foot as it was
    with Book.open(path, readonly=True) as book:
        book.with_today(TODAY)
        register = pages(pdf.render_register(reports.register_data(book)))
    assert "Kode audit" not in register[0]
