"""The queries behind `koperasi check`: SQLite's own checks and the book's invariants."""

from __future__ import annotations

from sqlite_utils import Database

from koperasi.core import accounts as acc


class CheckStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def integrity(self) -> list[str]:
        return [row[0] for row in self.db.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]

    def foreign_keys(self) -> list[tuple]:
        return list(self.db.conn.execute("PRAGMA foreign_key_check"))

    def payable_balance(self) -> int:
        """Credit − debit on Utang Hasil Panen Anggota."""
        row = self.db.conn.execute(
            "SELECT coalesce(sum(credit), 0) - coalesce(sum(debit), 0) FROM journal_lines WHERE account = ?",
            [acc.MEMBER_HARVEST_PAYABLE],
        ).fetchone()
        return row[0]

    def unpaid_shares(self) -> int:
        """Settled shares not yet paid: the sum of sales' nets less the shares paid out."""
        row = self.db.conn.execute(
            "SELECT (SELECT coalesce(sum(net), 0) FROM sales) - (SELECT coalesce(sum(share), 0) FROM payouts)"
        ).fetchone()
        return row[0]

    def sales_whose_parts_differ(self) -> list[tuple[str, int, int, int, int, int]]:
        """(sale, net, sum of parts, pooled grams, sum of net grams, deliveries) where they disagree."""
        return list(
            self.db.conn.execute(
                "SELECT s.number, s.net, coalesce(d.parts, 0), s.pooled_grams, coalesce(d.grams, 0),"
                " coalesce(d.n, 0) FROM sales s LEFT JOIN (SELECT sale_id, sum(part) AS parts,"
                " sum(net_grams) AS grams, count(*) AS n FROM deliveries WHERE sale_id IS NOT NULL"
                " GROUP BY sale_id) d ON d.sale_id = s.id"
                " WHERE coalesce(d.parts, 0) <> s.net OR coalesce(d.grams, 0) <> s.pooled_grams"
                " OR coalesce(d.n, 0) <> s.delivery_count"
            )
        )

    def sale_cost_mismatches(self) -> list[tuple[str, int, int]]:
        return list(
            self.db.conn.execute(
                "SELECT s.number, s.costs, coalesce(c.total, 0) FROM sales s LEFT JOIN"
                " (SELECT sale_id, sum(amount) AS total FROM sale_costs GROUP BY sale_id) c"
                " ON c.sale_id = s.id WHERE s.costs <> coalesce(c.total, 0)"
            )
        )

    def settled_without_sale(self) -> list[str]:
        return [
            row[0]
            for row in self.db.conn.execute(
                "SELECT receipt FROM deliveries WHERE (status = 'settled') <> (sale_id IS NOT NULL)"
                " OR (sale_id IS NOT NULL AND sale_id NOT IN (SELECT id FROM sales))"
            )
        ]

    def sales_without_entry(self) -> list[str]:
        return [
            row[0]
            for row in self.db.conn.execute(
                "SELECT number FROM sales s WHERE NOT EXISTS (SELECT 1 FROM journal_entries e"
                " WHERE e.source = 'sale' AND e.source_id = s.id)"
            )
        ]

    def payouts_over_share(self) -> list[tuple[str, int, int]]:
        """Payouts whose share is not the member's share of the sale."""
        return list(
            self.db.conn.execute(
                "SELECT p.slip, p.share, coalesce(d.share, 0) FROM payouts p LEFT JOIN"
                " (SELECT sale_id, member_id, sum(part) AS share FROM deliveries WHERE sale_id IS NOT NULL"
                " GROUP BY sale_id, member_id) d ON d.sale_id = p.sale_id AND d.member_id = p.member_id"
                " WHERE p.share <> coalesce(d.share, 0)"
            )
        )

    def number_gaps(self, table: str) -> list[tuple[int, int, int, int]]:
        """(year, count, min, max) for years whose numbers are not exactly 1..count.

        (year, seq) is unique, so a year is gapless exactly when min = 1 and max = count.
        """
        return list(
            self.db.conn.execute(
                f"SELECT year, count(*), min(seq), max(seq) FROM {table} GROUP BY year"
                " HAVING min(seq) <> 1 OR max(seq) <> count(*)"
            )
        )

    def counters_behind(self, table: str, series: str) -> list[tuple[int, int, int]]:
        """Years where a table holds a number beyond its counter (a number could be reused)."""
        return list(
            self.db.conn.execute(
                f"SELECT t.year, max(t.seq), coalesce(c.last, 0) FROM {table} t LEFT JOIN counters c"
                " ON c.series = ? AND c.year = t.year GROUP BY t.year HAVING max(t.seq) > coalesce(c.last, 0)",
                [series],
            )
        )
