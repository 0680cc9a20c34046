"""SQL for the tax computation: a period's turnover and the Utang Pajak account's movements."""

from __future__ import annotations

import datetime

from sqlite_utils import Database


class TaxStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def turnover(self, start: datetime.date, end: datetime.date, leave_out: tuple[str, ...]) -> int:
        """Credits − debits of the income accounts (but `leave_out`) dated start..end, the
        year-end closing entries left out."""
        marks = ", ".join("?" for _ in leave_out) or "''"
        row = self.db.conn.execute(
            "SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_lines l"
            " JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.code = l.account"
            " WHERE a.kind = 'income' AND e.source <> 'shu_close' AND e.date BETWEEN ? AND ?"
            f" AND l.account NOT IN ({marks})",
            [start.isoformat(), end.isoformat(), *leave_out],
        ).fetchone()
        return int(row[0])

    def movements(self, account: str, start: datetime.date, end: datetime.date) -> tuple[int, int]:
        """(debits, credits) of an account dated start..end."""
        row = self.db.conn.execute(
            "SELECT coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) FROM journal_lines l"
            " JOIN journal_entries e ON e.id = l.entry_id WHERE l.account = ?"
            " AND e.date BETWEEN ? AND ?",
            [account, start.isoformat(), end.isoformat()],
        ).fetchone()
        return int(row[0]), int(row[1])

    def posted(self, source_id: int) -> bool:
        return (
            self.db.conn.execute(
                "SELECT 1 FROM journal_entries WHERE source = 'tax' AND source_id = ?"
                " AND id NOT IN (SELECT reverses FROM journal_entries WHERE reverses IS NOT NULL)",
                [source_id],
            ).fetchone()
            is not None
        )
