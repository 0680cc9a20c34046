"""Key/value settings (the cooperative's profile lives here) and the gapless counters."""

from __future__ import annotations

from sqlite_utils import Database


class SettingsStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get_all(self) -> dict[str, str]:
        return {
            key: value for key, value in self.db.conn.execute("SELECT key, value FROM settings")
        }

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_many(self, values: dict[str, str]) -> None:
        self.db.conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )

    def next_seq(self, series: str, year: int) -> int:
        """The next number of a series in a year; call inside the transaction that uses it."""
        row = self.db.conn.execute(
            "UPDATE counters SET last = last + 1 WHERE series = ? AND year = ? RETURNING last",
            [series, year],
        ).fetchone()
        if row:
            return row[0]
        self.db.conn.execute(
            "INSERT INTO counters (series, year, last) VALUES (?, ?, 1)", [series, year]
        )
        return 1

    def set_counter(self, series: str, year: int, last: int) -> None:
        self.db.conn.execute(
            "INSERT INTO counters (series, year, last) VALUES (?, ?, ?) "
            "ON CONFLICT (series, year) DO UPDATE SET last = excluded.last",
            [series, year, last],
        )

    def counters(self) -> list[tuple[str, int, int]]:
        return list(self.db.conn.execute("SELECT series, year, last FROM counters ORDER BY 1, 2"))
