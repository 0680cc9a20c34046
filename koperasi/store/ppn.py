"""SQL for PPN: the credits less debits of given income accounts in a period (branch i14tax)."""

from __future__ import annotations

import datetime

from sqlite_utils import Database


class PpnStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def income(self, accounts: tuple[str, ...], start: datetime.date, end: datetime.date) -> int:
        """Credits − debits of `accounts` dated start..end, the year-end closing left out."""
        marks = ", ".join("?" for _ in accounts)
        row = self.db.conn.execute(
            "SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_lines l"
            " JOIN journal_entries e ON e.id = l.entry_id"
            " WHERE e.source <> 'shu_close' AND e.date BETWEEN ? AND ?"
            f" AND l.account IN ({marks})",
            [start.isoformat(), end.isoformat(), *accounts],
        ).fetchone()
        return int(row[0])
