"""SQL for the year-end flow: closed years and the members' meeting's (RAT) decisions."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class YearClosingRow:
    """A closed year: its result (surplus > 0, deficit < 0) and the entry that closed it."""

    year: int
    date: datetime.date
    result: int
    entry_id: int


@dataclass(frozen=True)
class RatDecisionRow:
    """A RAT's decision on a closed year.

    Attributes:
      split: part → basis points as voted; parts: part → rupiah actually allocated.
      loss: '' for a surplus year, 'cover' (from Cadangan) or 'carry' (forward) for a deficit.
      deficit_covered: the carried deficit of earlier years this surplus covered first.
      entry_id: the appropriation entry (None when nothing was posted, as for a carried
        deficit); reversed_by: the entry that reversed it when the decision was amended.
    """

    id: int
    year: int
    date: datetime.date
    attendance: int | None
    split: dict[str, int]
    parts: dict[str, int]
    loss: str
    deficit_covered: int
    entry_id: int | None
    reversed_by: int | None


@dataclass(frozen=True)
class RatMemberRow:
    decision_id: int
    member_id: int
    transactions: int
    capital: int
    jasa_usaha: int
    jasa_modal: int

    @property
    def total(self) -> int:
        return self.jasa_usaha + self.jasa_modal


_DECISION = (
    "SELECT id, year, date, attendance, split, parts, loss, deficit_covered, entry_id,"
    " reversed_by FROM rat_decisions"
)


def _decision(row: tuple) -> RatDecisionRow:
    return RatDecisionRow(
        row[0],
        row[1],
        to_date(row[2]),
        row[3],
        json.loads(row[4]),
        json.loads(row[5]),
        *row[6:],
    )


class YearEndStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def has_tables(self) -> bool:
        return (
            self.db.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'year_closings'"
            ).fetchone()
            is not None
        )

    def insert_closing(self, year: int, date: datetime.date, result: int, entry_id: int) -> None:
        self.db.conn.execute(
            "INSERT INTO year_closings (year, date, result, entry_id) VALUES (?, ?, ?, ?)",
            [year, date.isoformat(), result, entry_id],
        )

    def closing(self, year: int) -> YearClosingRow | None:
        row = self.db.conn.execute(
            "SELECT year, date, result, entry_id FROM year_closings WHERE year = ?", [year]
        ).fetchone()
        return YearClosingRow(row[0], to_date(row[1]), row[2], row[3]) if row else None

    def closings(self) -> list[YearClosingRow]:
        return [
            YearClosingRow(r[0], to_date(r[1]), r[2], r[3])
            for r in self.db.conn.execute(
                "SELECT year, date, result, entry_id FROM year_closings ORDER BY year"
            )
        ]

    def insert_decision(
        self,
        year: int,
        date: datetime.date,
        attendance: int | None,
        split: Mapping[str, int],
        parts: Mapping[str, int],
        loss: str,
        deficit_covered: int,
        entry_id: int | None,
        members: Iterable[tuple[int, int, int, int, int]],
    ) -> int:
        cursor = self.db.conn.execute(
            "INSERT INTO rat_decisions (year, date, attendance, split, parts, loss,"
            " deficit_covered, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                year,
                date.isoformat(),
                attendance,
                json.dumps(dict(split)),
                json.dumps(dict(parts)),
                loss,
                deficit_covered,
                entry_id,
            ],
        )
        decision_id = int(cursor.lastrowid or 0)
        self.db.conn.executemany(
            "INSERT INTO rat_decision_members (decision_id, member_id, transactions, capital,"
            " jasa_usaha, jasa_modal) VALUES (?, ?, ?, ?, ?, ?)",
            [(decision_id, *m) for m in members],
        )
        return decision_id

    def _has(self, table: str) -> bool:
        return (
            self.db.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
            ).fetchone()
            is not None
        )

    def insert_basis(
        self,
        decision_id: int,
        capital: str,
        transactions: Mapping[str, int],
        totals: Mapping[str, int],
        members: Iterable[tuple[int, str, int]],
    ) -> None:
        """The bases a decision was computed on (issue 14): the capital basis, the
        transaction basis {basis: bp} with each component's total, each member's figures.
        A book not yet upgraded (opened by older code's schema) has nowhere to keep them."""
        if not self._has("rat_decision_bases"):
            return
        self.db.conn.execute(
            "INSERT INTO rat_decision_bases (decision_id, capital, transactions, totals)"
            " VALUES (?, ?, ?, ?)",
            [decision_id, capital, json.dumps(dict(transactions)), json.dumps(dict(totals))],
        )
        self.db.conn.executemany(
            "INSERT INTO rat_member_transactions (decision_id, member_id, basis, amount)"
            " VALUES (?, ?, ?, ?)",
            [(decision_id, *m) for m in members],
        )

    def basis(
        self, decision_id: int
    ) -> tuple[str, dict[str, int], dict[str, int], list[tuple[int, str, int]]] | None:
        if not self._has("rat_decision_bases"):
            return None
        row = self.db.conn.execute(
            "SELECT capital, transactions, totals FROM rat_decision_bases WHERE decision_id = ?",
            [decision_id],
        ).fetchone()
        if row is None:
            return None
        members = [
            (m, b, v)
            for m, b, v in self.db.conn.execute(
                "SELECT member_id, basis, amount FROM rat_member_transactions"
                " WHERE decision_id = ? ORDER BY member_id, basis",
                [decision_id],
            )
        ]
        return row[0], json.loads(row[1]), json.loads(row[2]), members

    def mark_reversed(self, decision_id: int, entry_id: int) -> None:
        self.db.conn.execute(
            "UPDATE rat_decisions SET reversed_by = ? WHERE id = ? AND reversed_by IS NULL",
            [entry_id, decision_id],
        )

    def decisions(self, year: int) -> list[RatDecisionRow]:
        """A year's decisions, the first one first (the last one not reversed stands)."""
        return [
            _decision(r)
            for r in self.db.conn.execute(_DECISION + " WHERE year = ? ORDER BY id", [year])
        ]

    def members(self, decision_id: int) -> list[RatMemberRow]:
        return [
            RatMemberRow(*r)
            for r in self.db.conn.execute(
                "SELECT decision_id, member_id, transactions, capital, jasa_usaha, jasa_modal"
                " FROM rat_decision_members WHERE decision_id = ? ORDER BY member_id",
                [decision_id],
            )
        ]

    def account_balance(self, code: str, until: datetime.date) -> int:
        """Credits − debits of an account up to a date."""
        row = self.db.conn.execute(
            "SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_lines l"
            " JOIN journal_entries e ON e.id = l.entry_id WHERE l.account = ? AND e.date <= ?",
            [code, until.isoformat()],
        ).fetchone()
        return int(row[0])
