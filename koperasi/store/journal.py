"""SQL for the chart of accounts and the journal."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from koperasi.core.model import Account, JournalEntry, JournalLine
from koperasi.store.rows import to_date


class JournalStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert_accounts(self, accounts: Iterable[Account]) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO accounts (code, name_id, name_en, kind, normal) VALUES (?, ?, ?, ?, ?)",
            [(a.code, a.name_id, a.name_en, a.kind, a.normal) for a in accounts],
        )

    def accounts(self) -> list[Account]:
        return [
            Account(*row)
            for row in self.db.conn.execute(
                "SELECT code, name_id, name_en, kind, normal FROM accounts ORDER BY code"
            )
        ]

    def insert(self, entry: JournalEntry, number: str, year: int, seq: int) -> int:
        entry_id = self.db.conn.execute(
            "INSERT INTO journal_entries (number, year, seq, date, description, source, source_id,"
            " reverses) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                number,
                year,
                seq,
                entry.date.isoformat(),
                entry.description,
                entry.source,
                entry.source_id,
                entry.reverses,
            ],
        ).lastrowid
        self.db.conn.executemany(
            "INSERT INTO journal_lines (entry_id, account, debit, credit, member_id, memo)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (entry_id, ln.account, ln.debit, ln.credit, ln.member_id, ln.memo)
                for ln in entry.lines
            ],
        )
        return entry_id

    def _entries(self, where: str, params: list) -> list[JournalEntry]:
        heads = list(
            self.db.conn.execute(
                "SELECT id, number, date, description, source, source_id, reverses FROM journal_entries"
                f" {where} ORDER BY date, id",
                params,
            )
        )
        lines: dict[int, list[JournalLine]] = {head[0]: [] for head in heads}
        ids = list(lines)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for entry_id, account, debit, credit, member_id, memo in self.db.conn.execute(
                "SELECT entry_id, account, debit, credit, member_id, memo FROM journal_lines"
                f" WHERE entry_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                lines[entry_id].append(JournalLine(account, debit, credit, member_id, memo))
        return [
            JournalEntry(
                date=to_date(date),
                description=description,
                lines=tuple(lines[entry_id]),
                source=source,
                source_id=source_id,
                reverses=reverses,
                id=entry_id,
                number=number,
            )
            for entry_id, number, date, description, source, source_id, reverses in heads
        ]

    def get(self, entry_id: int) -> JournalEntry | None:
        found = self._entries("WHERE id = ?", [entry_id])
        return found[0] if found else None

    def by_number(self, number: str) -> JournalEntry | None:
        found = self._entries("WHERE number = ? COLLATE NOCASE", [number.strip()])
        return found[0] if found else None

    def between(self, start: str, end: str) -> list[JournalEntry]:
        return self._entries("WHERE date BETWEEN ? AND ?", [start, end])

    def of_source(self, source: str, source_id: int) -> list[JournalEntry]:
        return self._entries("WHERE source = ? AND source_id = ?", [source, source_id])

    def reversal_of(self, entry_id: int) -> str | None:
        row = self.db.conn.execute(
            "SELECT number FROM journal_entries WHERE reverses = ?", [entry_id]
        ).fetchone()
        return row[0] if row else None

    def account_totals(self, until: str | None = None) -> list[tuple[str, int, int]]:
        """(account, total debit, total credit) for every account, up to a date if given."""
        if until is None:
            sql = (
                "SELECT a.code, coalesce(t.debit, 0), coalesce(t.credit, 0) FROM accounts a LEFT JOIN"
                " (SELECT account, sum(debit) AS debit, sum(credit) AS credit FROM journal_lines"
                " GROUP BY account) t ON t.account = a.code ORDER BY a.code"
            )
            return list(self.db.conn.execute(sql))
        sql = (
            "SELECT a.code, coalesce(t.debit, 0), coalesce(t.credit, 0) FROM accounts a LEFT JOIN"
            " (SELECT l.account, sum(l.debit) AS debit, sum(l.credit) AS credit FROM journal_lines l"
            " JOIN journal_entries e ON e.id = l.entry_id WHERE e.date <= ? GROUP BY l.account) t"
            " ON t.account = a.code ORDER BY a.code"
        )
        return list(self.db.conn.execute(sql, [until]))

    def unbalanced_entries(self) -> list[tuple[str, int, int]]:
        return list(
            self.db.conn.execute(
                "SELECT e.number, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0)"
                " FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id"
                " GROUP BY e.id HAVING coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0)"
                " OR count(l.id) = 0"
            )
        )

    def reversal_numbers(self) -> dict[int, str]:
        """{id of a reversed entry: number of the entry that reverses it}."""
        return dict(
            self.db.conn.execute(
                "SELECT reverses, number FROM journal_entries WHERE reverses IS NOT NULL"
            )
        )

    def daily_changes(self, account: str) -> list[tuple[str, int]]:
        """(date, debit − credit that day) on one account, in date order."""
        return list(
            self.db.conn.execute(
                "SELECT e.date, sum(l.debit) - sum(l.credit) FROM journal_lines l"
                " JOIN journal_entries e ON e.id = l.entry_id WHERE l.account = ?"
                " GROUP BY e.date ORDER BY e.date",
                [account],
            )
        )
