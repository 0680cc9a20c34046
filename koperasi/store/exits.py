"""SQL for members who left: one row each, with what was refunded and how."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class ExitRow:
    """A member's leaving, as recorded.

    Attributes:
      number: the exit statement's number (KL-2026-0001).
      refund: "cash", "transfer" or "payable" (kept as 2110 Utang Simpanan Anggota Keluar).
      pokok, wajib, sukarela: the savings balances handed back.
      loan_principal, loan_service: what settled the member's open loans and kasbon from them.
      paid: what the member received (or is owed): savings less the loans settled.
    """

    id: int
    number: str
    member_id: int
    date: datetime.date
    reason: str
    refund: str
    pokok: int
    wajib: int
    sukarela: int
    loan_principal: int
    loan_service: int
    paid: int
    entry_id: int | None

    @property
    def savings(self) -> int:
        return self.pokok + self.wajib + self.sukarela

    @property
    def loans(self) -> int:
        return self.loan_principal + self.loan_service


_COLUMNS = (
    "id, number, member_id, date, reason, refund, pokok, wajib, sukarela, loan_principal,"
    " loan_service, paid, entry_id"
)


def _exit(row: tuple) -> ExitRow:
    return ExitRow(row[0], row[1], row[2], to_date(row[3]), *row[4:])  # type: ignore[arg-type]


class ExitStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_table(self) -> bool:
        return bool(
            self.db.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'member_exits'"
            ).fetchone()
        )

    def next_id(self) -> int:
        return self.db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM member_exits").fetchone()[
            0
        ]

    def insert(self, row: ExitRow, year: int, seq: int) -> int:
        self.db.conn.execute(
            f"INSERT INTO member_exits ({_COLUMNS}, year, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row.id,
                row.number,
                row.member_id,
                row.date.isoformat(),
                row.reason,
                row.refund,
                row.pokok,
                row.wajib,
                row.sukarela,
                row.loan_principal,
                row.loan_service,
                row.paid,
                row.entry_id,
                year,
                seq,
            ],
        )
        return row.id

    def of_member(self, member_id: int) -> ExitRow | None:
        if not self.has_table():
            return None
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM member_exits WHERE member_id = ?", [member_id]
        ).fetchone()
        return _exit(row) if row else None

    def by_number(self, number: str) -> ExitRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM member_exits WHERE number = ? COLLATE NOCASE",
            [number.strip()],
        ).fetchone()
        return _exit(row) if row else None

    def all(self) -> list[ExitRow]:
        if not self.has_table():
            return []
        return [
            _exit(r)
            for r in self.db.conn.execute(f"SELECT {_COLUMNS} FROM member_exits ORDER BY date, id")
        ]
