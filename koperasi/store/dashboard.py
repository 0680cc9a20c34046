"""SQL for the home screen's figures: sums by commodity and month, balances, unpaid shares.

Every query reads a date range or a handful of accounts through an index, so the home
screen stays quick on a book of a million and more deliveries (see 0002_dashboard_indexes).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from sqlite_utils import Database


class DashboardStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def deliveries_by_commodity(
        self, start: datetime.date, end: datetime.date
    ) -> list[tuple[int, int, int, int]]:
        """(commodity id, deliveries, net grams, voided) dated start..end; void ones weigh nothing."""
        return list(
            self.db.conn.execute(
                "SELECT commodity_id, sum(status <> 'void'),"
                " sum(CASE WHEN status <> 'void' THEN net_grams ELSE 0 END), sum(status = 'void')"
                " FROM deliveries WHERE date BETWEEN ? AND ? GROUP BY commodity_id ORDER BY commodity_id",
                [start.isoformat(), end.isoformat()],
            )
        )

    def sales_by_commodity(
        self, start: datetime.date, end: datetime.date
    ) -> list[tuple[int, int, int, int, int]]:
        """(commodity id, sales, sold grams, gross rupiah, net rupiah to members) dated start..end."""
        return list(
            self.db.conn.execute(
                "SELECT commodity_id, count(*), sum(sold_grams), sum(gross), sum(net) FROM sales"
                " WHERE date BETWEEN ? AND ? AND id NOT IN (SELECT sale_id FROM sale_reversals)"
                " GROUP BY commodity_id ORDER BY commodity_id",
                [start.isoformat(), end.isoformat()],
            )
        )

    def monthly_deliveries(
        self, commodity_id: int, start: datetime.date, end: datetime.date
    ) -> list[tuple[str, int, int]]:
        """("YYYY-MM", deliveries, net grams) of one commodity, month by month, void ones left out."""
        return list(
            self.db.conn.execute(
                "SELECT substr(date, 1, 7), count(*), sum(net_grams) FROM deliveries"
                " WHERE commodity_id = ? AND date BETWEEN ? AND ? AND status <> 'void'"
                " GROUP BY 1 ORDER BY 1",
                [commodity_id, start.isoformat(), end.isoformat()],
            )
        )

    def monthly_sales(
        self, commodity_id: int, start: datetime.date, end: datetime.date
    ) -> list[tuple[str, int, int, int]]:
        """("YYYY-MM", sales, sold grams, gross rupiah) of one commodity, month by month."""
        return list(
            self.db.conn.execute(
                "SELECT substr(date, 1, 7), count(*), sum(sold_grams), sum(gross) FROM sales"
                " WHERE commodity_id = ? AND date BETWEEN ? AND ?"
                " AND id NOT IN (SELECT sale_id FROM sale_reversals) GROUP BY 1 ORDER BY 1",
                [commodity_id, start.isoformat(), end.isoformat()],
            )
        )

    def account_balances(self, codes: Iterable[str]) -> dict[str, tuple[int, int]]:
        """(total debit, total credit) of each account asked for, from the journal lines."""
        codes = list(codes)
        found = {code: (0, 0) for code in codes}
        if not codes:
            return found
        marks = ",".join("?" * len(codes))
        for code, debit, credit in self.db.conn.execute(
            "SELECT account, sum(debit), sum(credit) FROM journal_lines"
            f" WHERE account IN ({marks}) GROUP BY account",
            codes,
        ):
            found[code] = (debit, credit)
        return found

    def unpaid_shares(self) -> tuple[int, int]:
        """(rupiah, members) of settled shares that no payout has paid yet.

        Only sales whose payouts do not yet add up to their net are looked into, so a book
        whose old sales are all paid reads just the few recent ones.
        """
        row = self.db.conn.execute(
            "SELECT coalesce(sum(d.part), 0), count(DISTINCT d.member_id) FROM deliveries d"
            " WHERE d.sale_id IN (SELECT s.id FROM sales s WHERE s.net >"
            "   (SELECT coalesce(sum(p.share), 0) FROM payouts p WHERE p.sale_id = s.id"
            "    AND p.id NOT IN (SELECT payout_id FROM payout_voids)))"
            " AND NOT EXISTS (SELECT 1 FROM payouts p"
            "   WHERE p.sale_id = d.sale_id AND p.member_id = d.member_id"
            "   AND p.id NOT IN (SELECT payout_id FROM payout_voids))"
        ).fetchone()
        return row[0], row[1]
