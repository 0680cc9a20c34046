"""SQL for the cash book: categories, cash-book entries, and money-account movements."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class CashCategory:
    """A kind of other income or expense and the account it is posted to."""

    id: int
    name_id: str
    name_en: str
    kind: str  # "income" or "expense"
    account: str
    active: bool = True

    def name(self, lang: str = "id") -> str:
        return self.name_en if lang == "en" and self.name_en else self.name_id


@dataclass(frozen=True)
class CashEntryRow:
    """A cash-book voucher (bukti kas).

    Attributes:
      kind: "income", "expense" or "transfer" (between Kas and Bank).
      money_account: 1101 Kas or 1102 Bank: where the money came in or went out; for a
        transfer, the account it left.
      to_account: for a transfer, the account it went to.
      reverses: the id of the entry this one voids (its journal entry is the mirror image).
    """

    id: int
    number: str
    date: datetime.date
    kind: str
    category_id: int | None
    amount: int
    money_account: str
    to_account: str | None
    description: str
    reverses: int | None
    entry_id: int


@dataclass(frozen=True)
class MoneyLine:
    """One journal entry's net movement on a money account (for the cash book)."""

    entry_id: int
    entry_number: str
    date: datetime.date
    description: str
    source: str
    debit: int
    credit: int


_CATEGORY_COLUMNS = "id, name_id, name_en, kind, account, active"
_ENTRY_COLUMNS = (
    "id, number, date, kind, category_id, amount, money_account, to_account, description,"
    " reverses, entry_id"
)


def _category(row: tuple) -> CashCategory:
    return CashCategory(*row[:5], active=bool(row[5]))


def _entry(row: tuple) -> CashEntryRow:
    return CashEntryRow(row[0], row[1], to_date(row[2]), *row[3:])


class CashStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- categories ---------------------------------------------------------------------

    def categories(self, active: bool | None = None) -> list[CashCategory]:
        where = "" if active is None else f"WHERE active = {int(active)}"
        return [
            _category(row)
            for row in self.db.conn.execute(
                f"SELECT {_CATEGORY_COLUMNS} FROM cash_categories {where} ORDER BY kind DESC, id"
            )
        ]

    def category(self, category_id: int) -> CashCategory | None:
        row = self.db.conn.execute(
            f"SELECT {_CATEGORY_COLUMNS} FROM cash_categories WHERE id = ?", [category_id]
        ).fetchone()
        return _category(row) if row else None

    def category_by_name(self, name: str) -> CashCategory | None:
        row = self.db.conn.execute(
            f"SELECT {_CATEGORY_COLUMNS} FROM cash_categories"
            " WHERE name_id = ? COLLATE NOCASE OR (name_en <> '' AND name_en = ? COLLATE NOCASE)"
            " ORDER BY name_id = ? COLLATE NOCASE DESC, id LIMIT 1",
            [name.strip(), name.strip(), name.strip()],
        ).fetchone()
        return _category(row) if row else None

    def insert_category(self, category: CashCategory) -> int:
        return self.db.conn.execute(
            "INSERT INTO cash_categories (name_id, name_en, kind, account, active)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                category.name_id,
                category.name_en,
                category.kind,
                category.account,
                int(category.active),
            ],
        ).lastrowid

    def update_category(self, category: CashCategory) -> None:
        self.db.conn.execute(
            "UPDATE cash_categories SET name_id = ?, name_en = ?, account = ?, active = ?"
            " WHERE id = ?",
            [
                category.name_id,
                category.name_en,
                category.account,
                int(category.active),
                category.id,
            ],
        )

    # -- entries -------------------------------------------------------------------------

    def next_id(self) -> int:
        return self.db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM cash_entries").fetchone()[
            0
        ]

    def insert(self, row: CashEntryRow, year: int, seq: int) -> int:
        self.db.conn.execute(
            "INSERT INTO cash_entries (id, number, year, seq, date, kind, category_id, amount,"
            " money_account, to_account, description, reverses, entry_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row.id,
                row.number,
                year,
                seq,
                row.date.isoformat(),
                row.kind,
                row.category_id,
                row.amount,
                row.money_account,
                row.to_account,
                row.description,
                row.reverses,
                row.entry_id,
            ],
        )
        return row.id

    def insert_member(self, entry_id: int, member_id: int) -> None:
        """The member who bought, on an income entry (issue 14: purchases from the
        cooperative)."""
        self.db.conn.execute(
            "INSERT INTO cash_entry_members (cash_entry_id, member_id) VALUES (?, ?)",
            [entry_id, member_id],
        )

    def member_of(self, entry_id: int) -> int | None:
        if not self.db.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cash_entry_members'"
        ).fetchone():
            return None
        row = self.db.conn.execute(
            "SELECT member_id FROM cash_entry_members WHERE cash_entry_id = ?", [entry_id]
        ).fetchone()
        return row[0] if row else None

    def get(self, entry_id: int) -> CashEntryRow | None:
        row = self.db.conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM cash_entries WHERE id = ?", [entry_id]
        ).fetchone()
        return _entry(row) if row else None

    def by_number(self, number: str) -> CashEntryRow | None:
        row = self.db.conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM cash_entries WHERE number = ? COLLATE NOCASE",
            [number.strip()],
        ).fetchone()
        return _entry(row) if row else None

    def voided_by(self, entry_id: int) -> str | None:
        row = self.db.conn.execute(
            "SELECT number FROM cash_entries WHERE reverses = ?", [entry_id]
        ).fetchone()
        return row[0] if row else None

    def between(self, start: datetime.date, end: datetime.date) -> list[CashEntryRow]:
        return [
            _entry(row)
            for row in self.db.conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM cash_entries WHERE date BETWEEN ? AND ?"
                " ORDER BY date, id",
                [start.isoformat(), end.isoformat()],
            )
        ]

    # -- money accounts (every movement of Kas or Bank, whatever posted it) -------------

    def balance(self, account: str, until: datetime.date | None = None) -> int:
        """Debit − credit on an account, up to a date (inclusive) if given."""
        if until is None:
            row = self.db.conn.execute(
                "SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0) FROM journal_lines"
                " WHERE account = ?",
                [account],
            ).fetchone()
        else:
            row = self.db.conn.execute(
                "SELECT coalesce(sum(l.debit), 0) - coalesce(sum(l.credit), 0) FROM journal_lines l"
                " JOIN journal_entries e ON e.id = l.entry_id WHERE l.account = ? AND e.date <= ?",
                [account, until.isoformat()],
            ).fetchone()
        return row[0]

    def money_lines(
        self, account: str, start: datetime.date, end: datetime.date
    ) -> list[MoneyLine]:
        """Each journal entry's movement on `account` in a period, by date and entry."""
        return [
            MoneyLine(entry_id, number, to_date(date), description, source, debit, credit)
            for entry_id, number, date, description, source, debit, credit in self.db.conn.execute(
                "SELECT e.id, e.number, e.date, e.description, e.source, sum(l.debit), sum(l.credit)"
                " FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id"
                " WHERE l.account = ? AND e.date BETWEEN ? AND ?"
                " GROUP BY e.id ORDER BY e.date, e.id",
                [account, start.isoformat(), end.isoformat()],
            )
        ]
