"""SQL for payouts to members."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class PayoutRow:
    """One payout slip: a member's share of one sale, what was deducted and what was paid."""

    id: int
    slip: str
    date: datetime.date
    sale_id: int
    member_id: int
    share: int
    deductions: int
    paid: int
    method: str
    entry_id: int


_COLUMNS = "id, slip, date, sale_id, member_id, share, deductions, paid, method, entry_id"


def _payout(row: tuple) -> PayoutRow:
    return PayoutRow(row[0], row[1], to_date(row[2]), *row[3:])


class PayoutStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert_many(self, payouts: list[PayoutRow], years_seqs: list[tuple[int, int]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO payouts (slip, year, seq, date, sale_id, member_id, share, deductions, paid,"
            " method, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.slip,
                    year,
                    seq,
                    p.date.isoformat(),
                    p.sale_id,
                    p.member_id,
                    p.share,
                    p.deductions,
                    p.paid,
                    p.method,
                    p.entry_id,
                )
                for p, (year, seq) in zip(payouts, years_seqs, strict=True)
            ],
        )

    def of_sale(self, sale_id: int) -> list[PayoutRow]:
        return [
            _payout(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM payouts WHERE sale_id = ? ORDER BY id", [sale_id]
            )
        ]

    def of_member(self, member_id: int) -> list[PayoutRow]:
        return [
            _payout(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM payouts WHERE member_id = ? ORDER BY date, id", [member_id]
            )
        ]

    def by_slip(self, slip: str) -> PayoutRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM payouts WHERE slip = ? COLLATE NOCASE", [slip.strip()]
        ).fetchone()
        return _payout(row) if row else None

    def of_entry(self, entry_id: int) -> list[PayoutRow]:
        return [
            _payout(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM payouts WHERE entry_id = ? ORDER BY id", [entry_id]
            )
        ]
