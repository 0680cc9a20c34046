"""A RAT report of a year not yet closed says PRATINJAU on every page; a closed one never."""

from __future__ import annotations

from koperasi.book import Book
from koperasi.pdf.rat import render_rat
from koperasi.reports.rat import rat_report
from tests.pdf.pdf_helpers import pages
from tests.reports.rat_helpers import TODAY, build_rat_book


def test_every_page_of_an_open_year_is_a_preview(tmp_path):
    path = tmp_path / "rat.koperasi"
    build_rat_book(path).close()
    with Book.open(path, readonly=True) as book:
        book.with_today(TODAY)
        open_year = rat_report(book, 2026)
        closed_year = rat_report(book, 2025)
    assert open_year.provisional and not closed_year.provisional
    texts = pages(render_rat(open_year))
    assert len(texts) > 3
    assert all("PRATINJAU" in t for t in texts)
    assert not any("PRATINJAU" in t for t in pages(render_rat(closed_year)))
