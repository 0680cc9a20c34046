"""SQL for moving a cooperative in: staged opening balances, the posted opening, import keys."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import iso, to_date


@dataclass(frozen=True)
class OpeningLoan:
    """An outstanding kasbon or pinjaman brought from the old books.

    Attributes:
      ref: the old books' number of the loan ("" when it had none); one loan per member,
        kind and ref.
      remaining: principal still owed on the opening date.
      rate_bp / method / months: the monthly service rate, "flat" or "declining" and the
        installments still to pay (0, "none" and 0 for a kasbon).
      next_due: when the next installment falls due (None for a kasbon).
    """

    member_id: int
    ref: str
    kind: str
    remaining: int
    rate_bp: int
    method: str
    months: int
    next_due: datetime.date | None


class OpeningStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- accounts --------------------------------------------------------------------

    def accounts(self) -> dict[str, tuple[int, int]]:
        return {
            code: (debit, credit)
            for code, debit, credit in self.db.conn.execute(
                "SELECT account, debit, credit FROM opening_accounts ORDER BY account"
            )
        }

    def set_accounts(self, rows: Iterable[tuple[str, int, int]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO opening_accounts (account, debit, credit) VALUES (?, ?, ?)"
            " ON CONFLICT (account) DO UPDATE SET debit = excluded.debit, credit = excluded.credit",
            list(rows),
        )

    # -- savings ---------------------------------------------------------------------

    def savings(self) -> dict[tuple[int, str], int]:
        return {
            (member_id, kind): amount
            for member_id, kind, amount in self.db.conn.execute(
                "SELECT member_id, kind, amount FROM opening_savings ORDER BY member_id, kind"
            )
        }

    def set_savings(self, rows: Iterable[tuple[int, str, int]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO opening_savings (member_id, kind, amount) VALUES (?, ?, ?)"
            " ON CONFLICT (member_id, kind) DO UPDATE SET amount = excluded.amount",
            list(rows),
        )

    # -- loans -----------------------------------------------------------------------

    def loans(self) -> list[OpeningLoan]:
        return [
            OpeningLoan(*row[:7], to_date(row[7]))
            for row in self.db.conn.execute(
                "SELECT member_id, ref, kind, remaining, rate_bp, method, months, next_due"
                " FROM opening_loans ORDER BY id"
            )
        ]

    def set_loans(self, loans: Iterable[OpeningLoan]) -> None:
        self.db.conn.executemany(
            "INSERT INTO opening_loans (member_id, ref, kind, remaining, rate_bp, method, months,"
            " next_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (member_id, kind, ref) DO"
            " UPDATE SET remaining = excluded.remaining, rate_bp = excluded.rate_bp,"
            " method = excluded.method, months = excluded.months, next_due = excluded.next_due",
            [
                (
                    loan.member_id,
                    loan.ref,
                    loan.kind,
                    loan.remaining,
                    loan.rate_bp,
                    loan.method,
                    loan.months,
                    iso(loan.next_due),
                )
                for loan in loans
            ],
        )

    # -- the posted opening ----------------------------------------------------------

    def posted(self) -> tuple[datetime.date, int] | None:
        row = self.db.conn.execute("SELECT date, entry_id FROM openings ORDER BY id").fetchone()
        return (to_date(row[0]), row[1]) if row else None

    def record_posted(self, date: datetime.date, entry_id: int) -> None:
        self.db.conn.execute(
            "INSERT INTO openings (date, entry_id) VALUES (?, ?)", [date.isoformat(), entry_id]
        )

    def first_entry_date(self) -> datetime.date | None:
        row = self.db.conn.execute("SELECT min(date) FROM journal_entries").fetchone()
        return to_date(row[0]) if row and row[0] else None

    # -- import keys (idempotent imports of records without a number) -----------------

    def known_keys(self, kind: str) -> set[str]:
        return {
            key
            for (key,) in self.db.conn.execute("SELECT key FROM import_keys WHERE kind = ?", [kind])
        }

    def add_keys(self, kind: str, keys: Iterable[tuple[str, int | None]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO import_keys (kind, key, record_id) VALUES (?, ?, ?)",
            [(kind, key, record_id) for key, record_id in keys],
        )
