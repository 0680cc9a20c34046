"""A book of the version before issue 14's last round, opened read-only (a damaged book, or
one another program holds), is not migrated: the honoraria register does not exist in it. Its
tax summary, cash page and RAT report still open, with no honorarium in them."""

import datetime
import sqlite3

from koperasi.book import Book
from koperasi.reports.screens.cash_page import cash_page_data

D = datetime.date


def test_an_unmigrated_book_read_only_has_no_honoraria_and_still_opens(tmp_path, monkeypatch):
    monkeypatch.setattr(Book, "clock", staticmethod(lambda: D(2026, 3, 31)))
    path = tmp_path / "lama.koperasi"
    book = Book.create(path, name="Koperasi Lama")
    book.cash.income("Pendapatan lain-lain", 1_000_000, "Sewa", date=D(2026, 3, 2))
    book.close()
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE honorarium_voids; DROP TABLE honoraria;")
    conn.close()
    with Book.open(path, readonly=True) as old:
        assert old.honoraria.between(D(2026, 1, 1), D(2026, 12, 31)) == []
        assert old.honoraria.line(2026).withheld == 0
        page = cash_page_data(old, D(2026, 3, 1), D(2026, 3, 31), "kas")
        assert [v.kind for v in page.vouchers] == ["income"]
        assert page.book.closing == 1_000_000
