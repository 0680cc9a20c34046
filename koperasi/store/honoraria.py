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
    void_date: datetime.date | None = None  # when it was voided by a reversing entry


_COLUMNS = (
    "id, number, date, name, tax_id, category, gross, base, rate_bp, surcharge_bp, tax, net,"
    " account, description, entry_id"
)
_SELECT = (
    "SELECT h.id, h.number, h.date, h.name, h.tax_id, h.category, h.gross, h.base, h.rate_bp,"
    " h.surcharge_bp, h.tax, h.net, h.account, h.description, h.entry_id, v.date"
    " FROM honoraria h LEFT JOIN honorarium_voids v ON v.honorarium_id = h.id"
)


def _row(r: tuple) -> HonorariumRow:
    return HonorariumRow(r[0], r[1], to_date(r[2]), *r[3:15], void_date=to_date(r[15]))  # type: ignore[arg-type, misc]


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

    def has_table(self) -> bool:
        """False in a book of an earlier version opened read-only (not migrated): it has
        paid no honorarium through this register."""
        return bool(
            self.db.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'honoraria'"
            ).fetchone()
        )

    def get(self, number: str) -> HonorariumRow | None:
        if not self.has_table():
            return None
        r = self.db.conn.execute(f"{_SELECT} WHERE h.number = ?", [number]).fetchone()
        return _row(r) if r else None

    def between(self, start: datetime.date, end: datetime.date) -> list[HonorariumRow]:
        if not self.has_table():
            return []
        return [
            _row(r)
            for r in self.db.conn.execute(
                f"{_SELECT} WHERE h.date BETWEEN ? AND ? ORDER BY h.date, h.id",
                [start.isoformat(), end.isoformat()],
            )
        ]

    def voided_between(self, start: datetime.date, end: datetime.date) -> list[HonorariumRow]:
        """The honoraria whose void is dated start..end."""
        if not self.has_table():
            return []
        return [
            _row(r)
            for r in self.db.conn.execute(
                f"{_SELECT} WHERE v.date BETWEEN ? AND ? ORDER BY v.date, h.id",
                [start.isoformat(), end.isoformat()],
            )
        ]

    def insert_void(
        self, honorarium_id: int, date: datetime.date, reason: str, entry_id: int
    ) -> None:
        self.db.conn.execute(
            "INSERT INTO honorarium_voids (honorarium_id, date, reason, entry_id)"
            " VALUES (?, ?, ?, ?)",
            [honorarium_id, date.isoformat(), reason, entry_id],
        )

    def movements(
        self, account: str, start: datetime.date, end: datetime.date
    ) -> tuple[int, int, int, int]:
        """(debits, credits) of `account` dated start..end posted by honoraria and their
        voids, then (debits, credits) posted by anything else (the cash book's deposits)."""
        row = self.db.conn.execute(
            "SELECT coalesce(sum(CASE WHEN e.source = 'honorarium' THEN l.debit END), 0),"
            " coalesce(sum(CASE WHEN e.source = 'honorarium' THEN l.credit END), 0),"
            " coalesce(sum(CASE WHEN e.source <> 'honorarium' THEN l.debit END), 0),"
            " coalesce(sum(CASE WHEN e.source <> 'honorarium' THEN l.credit END), 0)"
            " FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id"
            " WHERE l.account = ? AND e.date BETWEEN ? AND ?",
            [account, start.isoformat(), end.isoformat()],
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])
