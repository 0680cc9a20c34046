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


@dataclass(frozen=True)
class WajibBaseline:
    """Where a moved-in member's mandatory savings due count from.

    Attributes:
      date: the start date (the opening balances' date).
      arrears: wajib arrears brought from the old books, up to the month before `date`.
      paid: the member's wajib balance brought in (what was paid before the start).
    """

    date: datetime.date
    arrears: int
    paid: int


@dataclass(frozen=True)
class OpeningShare:
    """A member's harvest share of a sale made in the old books, not yet paid.

    Attributes:
      ref: the old books' number of the sale; one share per member and sale.
      grams / quality_bp: the member's net weight in the sale (and its quality, if measured).
      amount: the share in rupiah, as the old books have it.
      paid_on: when the old books paid it to the member (None: not yet paid).
    """

    ref: str
    member_id: int
    sale_date: datetime.date
    commodity_id: int
    grams: int
    quality_bp: int | None
    amount: int
    paid_on: datetime.date | None = None


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

    # -- wajib arrears and SHU owed (staged) ------------------------------------------

    def arrears(self) -> dict[int, int]:
        return dict(
            self.db.conn.execute("SELECT member_id, amount FROM opening_arrears ORDER BY member_id")
        )

    def set_arrears(self, rows: Iterable[tuple[int, int]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO opening_arrears (member_id, amount) VALUES (?, ?)"
            " ON CONFLICT (member_id) DO UPDATE SET amount = excluded.amount",
            list(rows),
        )

    def shu_owed(self) -> dict[tuple[int, int], int]:
        """{(year, member id): SHU of that year still owed to the member}."""
        return {
            (year, member_id): amount
            for year, member_id, amount in self.db.conn.execute(
                "SELECT year, member_id, amount FROM opening_shu ORDER BY year, member_id"
            )
        }

    def set_shu_owed(self, rows: Iterable[tuple[int, int, int]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO opening_shu (year, member_id, amount) VALUES (?, ?, ?)"
            " ON CONFLICT (year, member_id) DO UPDATE SET amount = excluded.amount",
            list(rows),
        )

    def shares(self) -> list[OpeningShare]:
        """The unpaid harvest shares staged, by sale date, old sale number and member."""
        return [
            OpeningShare(row[0], row[1], to_date(row[2]), *row[3:7], to_date(row[7]))
            for row in self.db.conn.execute(
                "SELECT ref, member_id, sale_date, commodity_id, grams, quality_bp, amount, paid_on"
                " FROM opening_shares ORDER BY sale_date, ref, member_id"
            )
        ]

    def set_share(self, share: OpeningShare) -> None:
        self.db.conn.execute(
            "INSERT INTO opening_shares (ref, member_id, sale_date, commodity_id, grams,"
            " quality_bp, amount, paid_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ref,"
            " member_id) DO UPDATE SET sale_date = excluded.sale_date, commodity_id ="
            " excluded.commodity_id, grams = excluded.grams, quality_bp = excluded.quality_bp,"
            " amount = excluded.amount, paid_on = excluded.paid_on",
            [share.ref, share.member_id, share.sale_date.isoformat(), share.commodity_id,
             share.grams, share.quality_bp, share.amount, iso(share.paid_on)],
        )  # fmt: skip

    # -- wajib baselines (posted) ------------------------------------------------------

    def add_baselines(self, rows: Iterable[tuple[int, datetime.date, int, int]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO wajib_baselines (member_id, date, arrears, paid) VALUES (?, ?, ?, ?)",
            [(m, d.isoformat(), a, p) for m, d, a, p in rows],
        )

    def baselines(self, member_ids: Iterable[int] | None = None) -> dict[int, WajibBaseline]:
        """{member id: where the member's mandatory savings due count from} (all members, or
        the given ones)."""
        sql = "SELECT member_id, date, arrears, paid FROM wajib_baselines"
        wanted = None if member_ids is None else set(member_ids)
        if wanted is not None and len(wanted) == 1:
            rows = self.db.conn.execute(sql + " WHERE member_id = ?", [next(iter(wanted))])
        else:
            rows = self.db.conn.execute(sql)
        return {
            row[0]: WajibBaseline(to_date(row[1]), row[2], row[3])
            for row in rows
            if wanted is None or row[0] in wanted
        }

    def has_baselines(self) -> bool:
        return self.db.conn.execute("SELECT 1 FROM wajib_baselines LIMIT 1").fetchone() is not None
