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
