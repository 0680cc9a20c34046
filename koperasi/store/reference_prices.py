"""SQL for the plantation office's (Disbun) weekly reference prices per tree-age bracket."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class ReferencePriceRow:
    """A reference price: hundredths of a rupiah per kg for trees aged age_from..age_to years
    (inclusive) in ISO week `week` ("2026-W47")."""

    id: int
    commodity_id: int
    week: str
    age_from: int
    age_to: int
    price_cents: int


_COLUMNS = "id, commodity_id, week, age_from, age_to, price_cents"


class ReferencePriceStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, row: ReferencePriceRow) -> int:
        cursor = self.db.execute(
            "INSERT INTO reference_prices (commodity_id, week, age_from, age_to, price_cents)"
            " VALUES (?, ?, ?, ?, ?)",
            [row.commodity_id, row.week, row.age_from, row.age_to, row.price_cents],
        )
        return int(cursor.lastrowid or 0)

    def of_week(self, commodity_id: int, week: str) -> list[ReferencePriceRow]:
        """The week's brackets, the latest entry of each (age_from, age_to), youngest first."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM reference_prices WHERE id IN ("
            " SELECT max(id) FROM reference_prices WHERE commodity_id = ? AND week = ?"
            " GROUP BY age_from, age_to) ORDER BY age_from, age_to",
            [commodity_id, week],
        ).fetchall()
        return [ReferencePriceRow(*r) for r in rows]

    def weeks(self, commodity_id: int) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT week FROM reference_prices WHERE commodity_id = ? ORDER BY week",
            [commodity_id],
        ).fetchall()
        return [r[0] for r in rows]
