"""SQL for exports: long lists streamed row by row (ten years of deliveries, every payout)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from sqlite_utils import Database


class ExportStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def deliveries(self, start: datetime.date, end: datetime.date) -> Iterator[tuple]:
        """(receipt, date, member number, name, commodity, gross g, deduction g, net g,
        quality bp, status, sale number, part) in date order."""
        yield from self.db.conn.execute(
            "SELECT d.receipt, d.date, m.number, m.name, c.name, d.gross_grams,"
            " d.deduction_grams, d.net_grams, d.quality_bp, d.status, s.number, d.part"
            " FROM deliveries d JOIN members m ON m.id = d.member_id"
            " JOIN commodities c ON c.id = d.commodity_id LEFT JOIN sales s ON s.id = d.sale_id"
            " WHERE d.date BETWEEN ? AND ? ORDER BY d.date, d.id",
            [start.isoformat(), end.isoformat()],
        )

    def sale_shares(self, start: datetime.date, end: datetime.date) -> Iterator[tuple]:
        """(sale number, date, commodity, buyer, gross, fee, costs, net, member number, name,
        member's net grams, member's share) per sale and member."""
        yield from self.db.conn.execute(
            "SELECT s.number, s.date, c.name, s.buyer, s.gross, s.fee, s.costs, s.net,"
            " m.number, m.name, sum(d.net_grams), sum(d.part)"
            " FROM sales s JOIN commodities c ON c.id = s.commodity_id"
            " JOIN deliveries d ON d.sale_id = s.id JOIN members m ON m.id = d.member_id"
            " WHERE s.date BETWEEN ? AND ? GROUP BY s.id, m.id ORDER BY s.date, s.id, m.number",
            [start.isoformat(), end.isoformat()],
        )

    def payouts(self, start: datetime.date, end: datetime.date) -> Iterator[tuple]:
        """(slip, date, sale number, member number, name, share, deductions, paid, method)."""
        yield from self.db.conn.execute(
            "SELECT p.slip, p.date, s.number, m.number, m.name, p.share, p.deductions, p.paid,"
            " p.method FROM payouts p JOIN members m ON m.id = p.member_id"
            " LEFT JOIN sales s ON s.id = p.sale_id WHERE p.date BETWEEN ? AND ?"
            " ORDER BY p.date, p.id",
            [start.isoformat(), end.isoformat()],
        )

    def ledger(self, start: datetime.date, end: datetime.date) -> Iterator[tuple]:
        """(entry number, date, description, account, account name, debit, credit, member)."""
        yield from self.db.conn.execute(
            "SELECT e.number, e.date, e.description, l.account, a.name_id, l.debit, l.credit,"
            " coalesce(m.number, '') FROM journal_lines l"
            " JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.code = l.account"
            " LEFT JOIN members m ON m.id = l.member_id WHERE e.date BETWEEN ? AND ?"
            " ORDER BY l.account, e.date, e.id, l.id",
            [start.isoformat(), end.isoformat()],
        )

    def shu_members(self, year: int) -> Iterator[tuple]:
        """(member number, name, transactions, capital, jasa usaha, jasa modal) of a year."""
        yield from self.db.conn.execute(
            "SELECT m.number, m.name, s.transactions, s.capital, s.jasa_usaha, s.jasa_modal"
            " FROM shu_members s JOIN members m ON m.id = s.member_id WHERE s.year = ?"
            " ORDER BY m.number",
            [year],
        )

    def first_date(self) -> datetime.date | None:
        row = self.db.conn.execute(
            "SELECT min(date) FROM (SELECT min(date) AS date FROM deliveries"
            " UNION ALL SELECT min(date) FROM journal_entries)"
        ).fetchone()
        return datetime.date.fromisoformat(row[0]) if row and row[0] else None
