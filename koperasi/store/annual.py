"""SQL for the annual report (RAT): a year's account movements, money flows and volumes.

Every query reads one date range; the report compares two years by asking twice.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.core import accounts as acc

MONEY_ACCOUNTS = (acc.CASH, acc.BANK)


@dataclass(frozen=True)
class MoneyMovement:
    """One journal entry's lines on Kas and Bank, with what caused it.

    Attributes:
      source: the entry's source ("sale", "payout", ...); for a reversal, the source of the
        entry it reverses, so that a voided movement nets against its kind.
      reversal: the entry reverses another.
      cash_kind: for a cash-book voucher (or its reversal), "income", "expense" or
        "transfer"; else "".
      category, category_en: the voucher's category in Indonesian and English, or "".
      debit, credit: the entry's total debits and credits on Kas and Bank.
      only_money: every line of the entry is on Kas or Bank: money moved between them.
    """

    entry_id: int
    source: str
    reversal: bool
    cash_kind: str
    category: str
    category_en: str
    debit: int
    credit: int
    only_money: bool


class AnnualStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def movements_by_year(self, closing_source: str) -> list[tuple[int, str, bool, int, int]]:
        """(year, account, closing, debits, credits) of the whole journal: every account's
        movements summed by the year of their entries, the entries of `closing_source` (the
        year-end closing) apart. One pass over the lines, whatever the reports then need:
        each entry's lines are summed first, through their covering index, so the entries
        are looked up once each rather than once a line."""
        return [
            (int(year), account, bool(closing), debit, credit)
            for year, account, closing, debit, credit in self.db.conn.execute(
                "SELECT substr(e.date, 1, 4), t.account, e.source = ?, sum(t.debit), sum(t.credit)"
                " FROM (SELECT entry_id, account, sum(debit) AS debit, sum(credit) AS credit"
                " FROM journal_lines GROUP BY entry_id, account) t"
                " JOIN journal_entries e ON e.id = t.entry_id GROUP BY 1, 2, 3 ORDER BY 1, 2",
                [closing_source],
            )
        ]

    def has_table(self, name: str) -> bool:
        """Whether the book has the table (a book opened read-only is not migrated)."""
        return (
            self.db.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
            ).fetchone()
            is not None
        )

    def money_movements(self, start: datetime.date, end: datetime.date) -> list[MoneyMovement]:
        """Every entry dated start..end that moved Kas or Bank, in date order."""
        cash, bank = MONEY_ACCOUNTS
        if self.has_table("cash_entries"):
            voucher = (
                "coalesce(c.kind, r.kind, ''), coalesce(k.name_id, ''), coalesce(k.name_en, '')"
            )
            joins = (
                " LEFT JOIN cash_entries c ON c.entry_id = e.id"
                " LEFT JOIN cash_entries r ON r.entry_id = e.reverses"
                " LEFT JOIN cash_categories k ON k.id = coalesce(c.category_id, r.category_id)"
            )
        else:
            voucher, joins = "'', '', ''", ""
        rows = self.db.conn.execute(
            "WITH money AS (SELECT l.entry_id, sum(l.debit) AS debit, sum(l.credit) AS credit"
            " FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id"
            " WHERE l.account IN (?, ?) AND e.date BETWEEN ? AND ? GROUP BY l.entry_id)"
            f" SELECT m.entry_id, coalesce(o.source, e.source), e.reverses IS NOT NULL, {voucher},"
            " m.debit, m.credit,"
            " NOT EXISTS (SELECT 1 FROM journal_lines x WHERE x.entry_id = m.entry_id"
            "   AND x.account NOT IN (?, ?))"
            " FROM money m JOIN journal_entries e ON e.id = m.entry_id"
            f" LEFT JOIN journal_entries o ON o.id = e.reverses{joins}"
            " ORDER BY e.date, e.id",
            [cash, bank, start.isoformat(), end.isoformat(), cash, bank],
        )
        return [
            MoneyMovement(
                entry_id,
                source,
                bool(reversal),
                kind,
                name_id,
                name_en,
                debit,
                credit,
                bool(only_money),
            )
            for entry_id, source, reversal, kind, name_id, name_en, debit, credit, only_money in rows
        ]

    def deliveries_by_month(
        self, start: datetime.date, end: datetime.date
    ) -> list[tuple[int, int, int, int, int]]:
        """(commodity id, month 1-12, deliveries, net grams, members delivering) dated
        start..end (one calendar year), void deliveries left out."""
        return list(
            self.db.conn.execute(
                "SELECT commodity_id, CAST(substr(date, 6, 2) AS INTEGER), count(*),"
                " sum(net_grams), count(DISTINCT member_id) FROM deliveries"
                " WHERE date BETWEEN ? AND ? AND status <> 'void' GROUP BY 1, 2 ORDER BY 1, 2",
                [start.isoformat(), end.isoformat()],
            )
        )

    def members_delivering(self, start: datetime.date, end: datetime.date) -> dict[int, int]:
        """{commodity id: members with at least one delivery dated start..end}."""
        return dict(
            self.db.conn.execute(
                "SELECT commodity_id, count(DISTINCT member_id) FROM deliveries"
                " WHERE date BETWEEN ? AND ? AND status <> 'void' GROUP BY 1",
                [start.isoformat(), end.isoformat()],
            )
        )

    def sales_by_month(
        self, start: datetime.date, end: datetime.date
    ) -> list[tuple[int, int, int, int, int, int, int, int]]:
        """(commodity id, month 1-12, sales, sold grams, gross, fee, costs, net) dated
        start..end (one calendar year)."""
        return list(
            self.db.conn.execute(
                "SELECT commodity_id, CAST(substr(date, 6, 2) AS INTEGER), count(*),"
                " sum(sold_grams), sum(gross), sum(fee), sum(costs), sum(net) FROM sales"
                " WHERE date BETWEEN ? AND ? AND id NOT IN (SELECT sale_id FROM sale_reversals)"
                " GROUP BY 1, 2 ORDER BY 1, 2",
                [start.isoformat(), end.isoformat()],
            )
        )

    def member_sale_shares(self, start: datetime.date, end: datetime.date) -> dict[int, int]:
        """{member id: sum of their parts of the sales dated start..end}."""
        return dict(
            self.db.conn.execute(
                "SELECT d.member_id, sum(d.part) FROM sales s JOIN deliveries d ON d.sale_id = s.id"
                " WHERE s.date BETWEEN ? AND ? GROUP BY d.member_id",
                [start.isoformat(), end.isoformat()],
            )
        )
