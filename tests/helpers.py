"""Test helpers shared across the suite."""

from __future__ import annotations

from koperasi.book import Book


def dump(book: Book) -> dict[str, list[tuple]]:
    """Every row of every table, to prove a refused operation changed nothing."""
    conn = book._db.conn
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    return {t: list(conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid")) for t in tables}


def fund(book: Book, amount: int, date, account: str = "1101") -> None:
    """Money the cooperative already holds when a test begins (Kas, or Bank with "1102"),
    posted against Cadangan: Kas and Bank never go below zero, and no income or expense
    of the year changes, so no surplus does."""
    from koperasi.core import accounts as acc
    from koperasi.core.model import JournalEntry, JournalLine

    entry = JournalEntry(
        date,
        "Saldo awal untuk pengujian",
        (JournalLine(account, debit=amount), JournalLine(acc.RESERVE, credit=amount)),
        source="manual",
    )
    book.journal.post(entry)
