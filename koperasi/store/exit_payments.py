"""SQL for paying out, later, the savings a member who left had kept back (2110)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class ExitPaymentRow:
    """One payment of a leaver's kept savings: its receipt number (KK-2026-000001), the
    amount and the account it left (Kas or Bank)."""

    id: int
    number: str
    member_id: int
    date: datetime.date
    amount: int
    account: str
    entry_id: int


_COLUMNS = "id, number, member_id, date, amount, account, entry_id"


class ExitPaymentStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def next_id(self) -> int:
        return self.db.conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM member_exit_payments"
        ).fetchone()[0]

    def insert(self, row: ExitPaymentRow, year: int, seq: int) -> None:
        self.db.conn.execute(
            f"INSERT INTO member_exit_payments ({_COLUMNS}, year, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row.id,
                row.number,
                row.member_id,
                row.date.isoformat(),
                row.amount,
                row.account,
                row.entry_id,
                year,
                seq,
            ],
        )

    def of_member(self, member_id: int) -> list[ExitPaymentRow]:
        return [
            ExitPaymentRow(r[0], r[1], r[2], to_date(r[3]), *r[4:])  # type: ignore[arg-type]
            for r in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM member_exit_payments WHERE member_id = ? ORDER BY id",
                [member_id],
            )
        ]

    def payable(self, member_id: int, account: str) -> int:
        """What the book owes the member on a payable account: credits less debits of the
        lines tagged with them."""
        return self.db.conn.execute(
            "SELECT coalesce(sum(credit) - sum(debit), 0) FROM journal_lines"
            " WHERE account = ? AND member_id = ?",
            [account, member_id],
        ).fetchone()[0]
