"""SQL for the year-end surplus (SHU): its distribution, members' parts and their payment."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class ShuRow:
    """A posted distribution of a year's surplus.

    Attributes:
      parts: part of the statutes → rupiah; split: part → basis points, as they were applied.
      close_entry_id: the entry closing the year's income and expenses into SHU Tahun Berjalan.
      entry_id: the entry distributing it.
    """

    year: int
    income: int
    expenses: int
    surplus: int
    parts: dict[str, int]
    split: dict[str, int]
    close_entry_id: int
    entry_id: int
    posted_at: str


@dataclass(frozen=True)
class ShuMemberRow:
    """A member's part of a year's SHU and what it was computed from."""

    year: int
    member_id: int
    transactions: int
    capital: int
    jasa_usaha: int
    jasa_modal: int

    @property
    def total(self) -> int:
        return self.jasa_usaha + self.jasa_modal


@dataclass(frozen=True)
class ShuPaymentRow:
    """A member's SHU paid in cash or credited to their voluntary savings (savings_id)."""

    id: int
    year: int
    member_id: int
    method: str
    date: datetime.date
    amount: int
    savings_id: int | None
    entry_id: int
    reference: str | None = None  # a transfer's reference (bank account, note), issue 14


def _shu(row: tuple) -> ShuRow:
    year, income, expenses, surplus, parts, split, close_entry_id, entry_id, posted_at = row
    return ShuRow(
        year,
        income,
        expenses,
        surplus,
        json.loads(parts),
        json.loads(split),
        close_entry_id,
        entry_id,
        posted_at,
    )


_PAYMENT_COLUMNS = "id, year, member_id, method, date, amount, savings_id, entry_id"


def _payment(row: tuple) -> ShuPaymentRow:
    return ShuPaymentRow(*row[:4], to_date(row[4]), *row[5:])


def _has_column(db: Database, table: str, column: str) -> bool:
    return any(r[1] == column for r in db.conn.execute(f"PRAGMA table_info([{table}])"))


def _has_table(db: Database, table: str) -> bool:
    return (
        db.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        is not None
    )


class ShuStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the figures a distribution is computed from -----------------------------------

    def income_and_expenses(self, start: datetime.date, end: datetime.date) -> list[tuple]:
        """(account, kind, debit, credit) of income and expense accounts in a period, leaving
        out the entries that close a year's income and expenses into the surplus."""
        return list(
            self.db.conn.execute(
                "SELECT l.account, a.kind, sum(l.debit), sum(l.credit) FROM journal_lines l"
                " JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.code = l.account"
                " WHERE a.kind IN ('income', 'expense') AND e.date BETWEEN ? AND ?"
                " AND e.source <> 'shu_close' GROUP BY l.account ORDER BY l.account",
                [start.isoformat(), end.isoformat()],
            )
        )

    def member_transactions(self, start: datetime.date, end: datetime.date) -> dict[int, int]:
        """{member id: sum of their parts of the sales dated in the period}."""
        return dict(
            self.db.conn.execute(
                "SELECT d.member_id, sum(d.part) FROM sales s JOIN deliveries d ON d.sale_id = s.id"
                " WHERE s.date BETWEEN ? AND ? GROUP BY d.member_id",
                [start.isoformat(), end.isoformat()],
            )
        )

    def member_loan_service(self, start: datetime.date, end: datetime.date) -> dict[int, int]:
        """{member id: loan service (jasa) they paid in the period}: repayments in cash, by
        transfer and deducted from payouts; a voided payout's negative rows net it out."""
        return dict(
            self.db.conn.execute(
                "SELECT l.member_id, sum(r.service) FROM loan_repayments r"
                " JOIN loans l ON l.id = r.loan_id WHERE r.date BETWEEN ? AND ?"
                " GROUP BY l.member_id",
                [start.isoformat(), end.isoformat()],
            )
        )

    def member_purchases(self, start: datetime.date, end: datetime.date) -> dict[int, int]:
        """{member id: income cash-book entries naming them as the buyer, dated in the
        period}; an entry voided (whenever) counts nothing."""
        if not _has_table(self.db, "cash_entry_members"):
            return {}
        return dict(
            self.db.conn.execute(
                "SELECT m.member_id, sum(c.amount) FROM cash_entry_members m"
                " JOIN cash_entries c ON c.id = m.cash_entry_id"
                " WHERE c.kind = 'income' AND c.reverses IS NULL AND c.date BETWEEN ? AND ?"
                " AND NOT EXISTS (SELECT 1 FROM cash_entries v WHERE v.reverses = c.id)"
                " GROUP BY m.member_id",
                [start.isoformat(), end.isoformat()],
            )
        )

    def member_component(
        self, basis: str, start: datetime.date, end: datetime.date
    ) -> dict[int, int]:
        """One transaction basis (core.shu_basis.TRANSACTION_BASES) of every member."""
        if basis == "sales":
            return self.member_transactions(start, end)
        if basis == "loan_service":
            return self.member_loan_service(start, end)
        if basis == "purchases":
            return self.member_purchases(start, end)
        raise ValueError(basis)

    # -- posted distributions -------------------------------------------------------------

    def insert(
        self,
        year: int,
        income: int,
        expenses: int,
        surplus: int,
        parts: Mapping[str, int],
        split: Mapping[str, int],
        close_entry_id: int,
        entry_id: int,
        members: Iterable[ShuMemberRow],
        posted_at: str | None = None,
    ) -> None:
        self.db.conn.execute(
            "INSERT INTO shu_distributions (year, income, expenses, surplus, parts, split,"
            " close_entry_id, entry_id, posted_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, datetime('now')))",
            [
                year,
                income,
                expenses,
                surplus,
                json.dumps(dict(parts)),
                json.dumps(dict(split)),
                close_entry_id,
                entry_id,
                posted_at,
            ],
        )
        self.db.conn.executemany(
            "INSERT INTO shu_members (year, member_id, transactions, capital, jasa_usaha,"
            " jasa_modal) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (m.year, m.member_id, m.transactions, m.capital, m.jasa_usaha, m.jasa_modal)
                for m in members
            ],
        )

    def get(self, year: int) -> ShuRow | None:
        row = self.db.conn.execute(
            "SELECT year, income, expenses, surplus, parts, split, close_entry_id, entry_id,"
            " posted_at FROM shu_distributions WHERE year = ?",
            [year],
        ).fetchone()
        return _shu(row) if row else None

    def years(self) -> list[int]:
        return [row[0] for row in self.db.conn.execute("SELECT year FROM shu_distributions")]

    def members(self, year: int) -> list[ShuMemberRow]:
        return [
            ShuMemberRow(*row)
            for row in self.db.conn.execute(
                "SELECT year, member_id, transactions, capital, jasa_usaha, jasa_modal"
                " FROM shu_members WHERE year = ? ORDER BY member_id",
                [year],
            )
        ]

    def of_member(self, member_id: int) -> list[ShuMemberRow]:
        return [
            ShuMemberRow(*row)
            for row in self.db.conn.execute(
                "SELECT year, member_id, transactions, capital, jasa_usaha, jasa_modal"
                " FROM shu_members WHERE member_id = ? ORDER BY year",
                [member_id],
            )
        ]

    # -- payments -------------------------------------------------------------------------

    def insert_payments(self, rows: Iterable[ShuPaymentRow]) -> None:
        rows = list(rows)
        if any(p.method == "transfer" for p in rows):
            self.db.conn.executemany(
                "INSERT INTO shu_payments (year, member_id, method, date, amount, savings_id,"
                " entry_id, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        p.year,
                        p.member_id,
                        p.method,
                        p.date.isoformat(),
                        p.amount,
                        p.savings_id,
                        p.entry_id,
                        p.reference or None,
                    )
                    for p in rows
                ],
            )
            return
        self.db.conn.executemany(
            "INSERT INTO shu_payments (year, member_id, method, date, amount, savings_id, entry_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.year,
                    p.member_id,
                    p.method,
                    p.date.isoformat(),
                    p.amount,
                    p.savings_id,
                    p.entry_id,
                )
                for p in rows
            ],
        )

    def payments(
        self, year: int | None = None, member_id: int | None = None
    ) -> list[ShuPaymentRow]:
        clauses, params = [], []
        if year is not None:
            clauses.append("year = ?")
            params.append(year)
        if member_id is not None:
            clauses.append("member_id = ?")
            params.append(member_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        columns = _PAYMENT_COLUMNS
        if _has_column(self.db, "shu_payments", "reference"):
            columns += ", reference"
        return [
            _payment(row)
            for row in self.db.conn.execute(
                f"SELECT {columns} FROM shu_payments {where} ORDER BY year, member_id",
                params,
            )
        ]

    def unpaid_total(self) -> int:
        """Members' SHU posted less SHU paid, over every year."""
        return self.db.conn.execute(
            "SELECT (SELECT coalesce(sum(jasa_usaha + jasa_modal), 0) FROM shu_members)"
            " - (SELECT coalesce(sum(amount), 0) FROM shu_payments)"
        ).fetchone()[0]
