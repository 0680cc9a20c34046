"""SQL for members' savings movements (simpanan pokok, wajib, sukarela)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class SavingsRow:
    """One savings movement with its receipt (kwitansi) number.

    Attributes:
      amount: + a deposit, - a withdrawal (or the void of a deposit).
      method: "cash", "transfer", "payout" (deducted from a payout slip) or "shu" (the
        member's SHU credited to their voluntary savings).
      payout_id: the payout that deducted it, for method "payout".
      reverses: the id of the movement this one voids, if any.
    """

    id: int
    number: str
    date: datetime.date
    member_id: int
    kind: str
    amount: int
    method: str
    payout_id: int | None
    reverses: int | None
    entry_id: int
    memo: str


_COLUMNS = "id, number, date, member_id, kind, amount, method, payout_id, reverses, entry_id, memo"
_INSERT = (
    "INSERT INTO savings (id, number, year, seq, date, member_id, kind, amount, method, payout_id,"
    " reverses, entry_id, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _row(row: tuple) -> SavingsRow:
    return SavingsRow(row[0], row[1], to_date(row[2]), *row[3:])


def _values(row: SavingsRow, year: int, seq: int) -> tuple:
    return (
        row.id or None,  # 0: numbered by SQLite
        row.number,
        year,
        seq,
        row.date.isoformat(),
        row.member_id,
        row.kind,
        row.amount,
        row.method,
        row.payout_id,
        row.reverses,
        row.entry_id,
        row.memo,
    )


class SavingsStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def next_id(self) -> int:
        return self.db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM savings").fetchone()[0]

    def insert(self, row: SavingsRow, year: int, seq: int) -> int:
        """Insert with the row's id (from next_id, so its journal entry can name it)."""
        self.db.conn.execute(_INSERT, _values(row, year, seq))
        return row.id

    def insert_many(self, rows: Iterable[tuple[SavingsRow, int, int]]) -> None:
        self.db.conn.executemany(_INSERT, [_values(r, year, seq) for r, year, seq in rows])

    def get(self, savings_id: int) -> SavingsRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM savings WHERE id = ?", [savings_id]
        ).fetchone()
        return _row(row) if row else None

    def by_number(self, number: str) -> SavingsRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM savings WHERE number = ? COLLATE NOCASE", [number.strip()]
        ).fetchone()
        return _row(row) if row else None

    def voided_by(self, savings_id: int) -> str | None:
        row = self.db.conn.execute(
            "SELECT number FROM savings WHERE reverses = ?", [savings_id]
        ).fetchone()
        return row[0] if row else None

    def of_member(
        self,
        member_id: int,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
        kind: str | None = None,
    ) -> list[SavingsRow]:
        clauses, params = ["member_id = ?"], [member_id]
        if start is not None:
            clauses.append("date >= ?")
            params.append(start.isoformat())
        if end is not None:
            clauses.append("date <= ?")
            params.append(end.isoformat())
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        return [
            _row(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM savings WHERE {' AND '.join(clauses)} ORDER BY date, id",
                params,
            )
        ]

    def of_payouts(self, payout_ids: list[int]) -> list[SavingsRow]:
        found: list[SavingsRow] = []
        for start in range(0, len(payout_ids), 500):
            chunk = payout_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += [
                _row(row)
                for row in self.db.conn.execute(
                    f"SELECT {_COLUMNS} FROM savings WHERE payout_id IN ({marks}) ORDER BY id",
                    chunk,
                )
            ]
        return found

    def balances(self, member_id: int, on: datetime.date | None = None) -> dict[str, int]:
        """{kind: balance} of one member, on a date (inclusive) or now."""
        sql = "SELECT kind, sum(amount) FROM savings WHERE member_id = ?"
        params: list = [member_id]
        if on is not None:
            sql += " AND date <= ?"
            params.append(on.isoformat())
        return dict(self.db.conn.execute(sql + " GROUP BY kind", params))

    def all_balances(self, on: datetime.date | None = None) -> dict[int, dict[str, int]]:
        """{member id: {kind: balance}} for every member with a movement."""
        sql = "SELECT member_id, kind, sum(amount) FROM savings"
        params: list = []
        if on is not None:
            sql += " WHERE date <= ?"
            params.append(on.isoformat())
        found: dict[int, dict[str, int]] = {}
        for member_id, kind, total in self.db.conn.execute(
            sql + " GROUP BY member_id, kind", params
        ):
            found.setdefault(member_id, {})[kind] = total
        return found

    def running(self, member_id: int, kind: str) -> list[tuple[datetime.date, int]]:
        """(date, amount) of a member's movements of one kind, in book order (date, id)."""
        return [
            (to_date(date), amount)
            for date, amount in self.db.conn.execute(
                "SELECT date, amount FROM savings WHERE member_id = ? AND kind = ? ORDER BY date, id",
                [member_id, kind],
            )
        ]

    def totals_by_kind(self) -> dict[str, int]:
        return dict(self.db.conn.execute("SELECT kind, sum(amount) FROM savings GROUP BY kind"))

    def count(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM savings").fetchone()[0]

    def kind_totals(
        self, member_ids: list[int], kind: str, on: datetime.date | None = None
    ) -> dict[int, int]:
        """{member id: balance of one kind} for some members, on a date (inclusive) or now."""
        day = on.isoformat() if on else "9999-12-31"
        found: dict[int, int] = {}
        for start in range(0, len(member_ids), 500):
            chunk = member_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                self.db.conn.execute(
                    f"SELECT member_id, sum(amount) FROM savings WHERE member_id IN ({marks})"
                    " AND kind = ? AND date <= ? GROUP BY member_id",
                    [*chunk, kind, day],
                )
            )
        return found
