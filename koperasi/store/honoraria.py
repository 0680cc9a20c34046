"""SQL for honoraria paid net of PPh 21 and their bukti potong (branch i14tax)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class HonorariumRow:
    """One honorarium paid: its bukti potong number (BP-2026-000001), the recipient, the
    PPh 21 computed on it, and the money account it was paid from (Kas or Bank)."""

    id: int
    number: str
    date: datetime.date
    name: str
    tax_id: str  # NIK or NPWP as typed ('' when the recipient has none)
    category: str  # 'bukan-pegawai' or 'pengawas'
    gross: int
    base: int
    rate_bp: int
    surcharge_bp: int
    tax: int
    net: int
    account: str
    description: str
    entry_id: int


_COLUMNS = (
    "id, number, date, name, tax_id, category, gross, base, rate_bp, surcharge_bp, tax, net,"
    " account, description, entry_id"
)


def _row(r: tuple) -> HonorariumRow:
    return HonorariumRow(r[0], r[1], to_date(r[2]), *r[3:])  # type: ignore[arg-type]


class HonorariumStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def next_id(self) -> int:
        return self.db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM honoraria").fetchone()[0]

    def insert(self, row: HonorariumRow, year: int, seq: int) -> None:
        self.db.conn.execute(
            f"INSERT INTO honoraria ({_COLUMNS}, year, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row.id,
                row.number,
                row.date.isoformat(),
                row.name,
                row.tax_id,
                row.category,
                row.gross,
                row.base,
                row.rate_bp,
                row.surcharge_bp,
                row.tax,
                row.net,
                row.account,
                row.description,
                row.entry_id,
                year,
                seq,
            ],
        )

    def get(self, number: str) -> HonorariumRow | None:
        r = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM honoraria WHERE number = ?", [number]
        ).fetchone()
        return _row(r) if r else None

    def between(self, start: datetime.date, end: datetime.date) -> list[HonorariumRow]:
        return [
            _row(r)
            for r in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM honoraria WHERE date BETWEEN ? AND ? ORDER BY date, id",
                [start.isoformat(), end.isoformat()],
            )
        ]
