"""SQL for period closings (tutup buku)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class Closing:
    """The book closed up to and including `until`, at `closed_at` (UTC, as SQLite says it)."""

    id: int
    until: datetime.date
    closed_at: str
    note: str


class ClosingStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def closed_until(self) -> datetime.date | None:
        row = self.db.conn.execute("SELECT max(until) FROM closings").fetchone()
        return to_date(row[0])

    def insert(self, until: datetime.date, note: str, closed_at: str | None = None) -> int:
        if closed_at is None:
            return self.db.conn.execute(
                "INSERT INTO closings (until, note) VALUES (?, ?)", [until.isoformat(), note]
            ).lastrowid
        return self.db.conn.execute(
            "INSERT INTO closings (until, note, closed_at) VALUES (?, ?, ?)",
            [until.isoformat(), note, closed_at],
        ).lastrowid

    def all(self) -> list[Closing]:
        return [
            Closing(row[0], to_date(row[1]), row[2], row[3])
            for row in self.db.conn.execute(
                "SELECT id, until, closed_at, note FROM closings ORDER BY until"
            )
        ]
