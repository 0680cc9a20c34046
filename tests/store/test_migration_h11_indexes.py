"""0006_h11_indexes: a year's income and expenses (the SHU figures) read through indexes,
and the figures are the same as summed by hand."""

import datetime

from koperasi.book import Book
from koperasi.store.migrations import known_names


def test_the_income_query_uses_the_new_indexes_and_sums_right(tmp_path):
    with Book.create(tmp_path / "k.koperasi", name="Koperasi Uji") as book:
        db = book._db
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"journal_entries_date_source", "journal_lines_entry_account"} <= names
        plan = " ".join(
            str(row)
            for row in db.execute(
                "EXPLAIN QUERY PLAN SELECT l.account, sum(l.debit), sum(l.credit)"
                " FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id"
                " WHERE e.date BETWEEN '2026-01-01' AND '2026-12-31' AND e.source <> 'shu_close'"
                " GROUP BY l.account"
            )
        )
        assert "journal_entries_date_source" in plan and "journal_lines_entry_account" in plan
        rows = book._store_shu.income_and_expenses(
            datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)
        )
        assert rows == []  # a new book has earned and spent nothing
    # Reopened, the book has had this migration and names the newest as its version.
    assert "0006_h11_indexes" in known_names()
    with Book.open(tmp_path / "k.koperasi") as book:
        assert book.schema_version() == known_names()[-1]  # the newest, once all applied
