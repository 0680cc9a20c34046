"""SQL for fixed assets (aset tetap)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class AssetRow:
    id: int
    number: str
    name: str
    acquired: datetime.date
    cost: int
    residual: int
    life_months: int
    money_account: str
    entry_id: int


_COLUMNS = "id, number, name, acquired, cost, residual, life_months, money_account, entry_id"


def _row(row: tuple) -> AssetRow:
    return AssetRow(row[0], row[1], row[2], to_date(row[3]), *row[4:])


class AssetStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_table(self) -> bool:
        return (
            self.db.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fixed_assets'"
            ).fetchone()
            is not None
        )

    def insert(
        self,
        number: str,
        name: str,
        acquired: datetime.date,
        cost: int,
        residual: int,
        life_months: int,
        money_account: str,
        entry_id: int,
    ) -> int:
        cursor = self.db.conn.execute(
            "INSERT INTO fixed_assets (number, name, acquired, cost, residual, life_months,"
            " money_account, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                number,
                name,
                acquired.isoformat(),
                cost,
                residual,
                life_months,
                money_account,
                entry_id,
            ],
        )
        return int(cursor.lastrowid)

    def all(self, until: datetime.date | None = None) -> list[AssetRow]:
        """Assets acquired on or before `until` (all when None), in order of acquisition."""
        sql = f"SELECT {_COLUMNS} FROM fixed_assets"
        params: list = []
        if until is not None:
            sql += " WHERE acquired <= ?"
            params.append(until.isoformat())
        return [_row(r) for r in self.db.conn.execute(sql + " ORDER BY acquired, id", params)]

    def count(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM fixed_assets").fetchone()[0]
