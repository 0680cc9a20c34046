"""SQL for fixed assets sold or written off (asset_disposals) and their reversals."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class DisposalRow:
    id: int
    asset_id: int
    date: datetime.date
    proceeds: int
    money_account: str | None
    accumulated: int
    depreciation: int
    gain: int
    reason: str
    entry_id: int


_COLUMNS = (
    "d.id, d.asset_id, d.date, d.proceeds, d.money_account, d.accumulated, d.depreciation,"
    " d.gain, d.reason, d.entry_id"
)


def _row(row: tuple) -> DisposalRow:
    return DisposalRow(row[0], row[1], to_date(row[2]), *row[3:])


class DisposalStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_table(self) -> bool:
        return (
            self.db.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'asset_disposals'"
            ).fetchone()
            is not None
        )

    def insert(
        self,
        asset_id: int,
        date: datetime.date,
        proceeds: int,
        money_account: str | None,
        accumulated: int,
        depreciation: int,
        gain: int,
        reason: str,
        entry_id: int,
    ) -> int:
        cursor = self.db.conn.execute(
            "INSERT INTO asset_disposals (asset_id, date, proceeds, money_account, accumulated,"
            " depreciation, gain, reason, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                asset_id,
                date.isoformat(),
                proceeds,
                money_account,
                accumulated,
                depreciation,
                gain,
                reason,
                entry_id,
            ],
        )
        return int(cursor.lastrowid)

    def insert_reversal(self, disposal_id: int, reason: str, entry_id: int) -> None:
        self.db.conn.execute(
            "INSERT INTO asset_disposal_reversals (disposal_id, reason, entry_id) VALUES (?, ?, ?)",
            [disposal_id, reason, entry_id],
        )

    def active(self, until: datetime.date | None = None) -> dict[int, DisposalRow]:
        """The disposals not reversed, dated on or before `until` (all when None), by asset."""
        if not self.has_table():
            return {}
        sql = (
            f"SELECT {_COLUMNS} FROM asset_disposals d WHERE d.id NOT IN"
            " (SELECT disposal_id FROM asset_disposal_reversals)"
        )
        params: list = []
        if until is not None:
            sql += " AND d.date <= ?"
            params.append(until.isoformat())
        return {r.asset_id: r for r in map(_row, self.db.conn.execute(sql, params))}
