"""The queries behind `koperasi check`: SQLite's own checks and the book's invariants."""

from __future__ import annotations

from typing import ClassVar

from sqlite_utils import Database

from koperasi.core import accounts as acc
from koperasi.core.savings import SAVINGS_ACCOUNTS

# Each sale's parts: its settled deliveries, or what a reversed sale held when it was reversed.
_PARTS = (
    "SELECT sale_id, member_id, part, net_grams FROM deliveries WHERE sale_id IS NOT NULL"
    " UNION ALL SELECT r.sale_id, d.member_id, r.part, d.net_grams FROM sale_reversal_parts r"
    " JOIN deliveries d ON d.id = r.delivery_id"
)


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
            "SELECT (SELECT coalesce(sum(net), 0) FROM sales WHERE id NOT IN"
            " (SELECT sale_id FROM sale_reversals)) - (SELECT coalesce(sum(share), 0) FROM payouts"
            " WHERE id NOT IN (SELECT payout_id FROM payout_voids))"
        ).fetchone()
        return row[0]

    def sales_whose_parts_differ(self) -> list[tuple[str, int, int, int, int, int]]:
        """(sale, net, sum of parts, pooled grams, sum of net grams, deliveries) where they disagree."""
        return list(
            self.db.conn.execute(
                "SELECT s.number, s.net, coalesce(d.parts, 0), s.pooled_grams, coalesce(d.grams, 0),"
                " coalesce(d.n, 0) FROM sales s LEFT JOIN (SELECT sale_id, sum(part) AS parts,"
                f" sum(net_grams) AS grams, count(*) AS n FROM ({_PARTS})"
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
                f" (SELECT sale_id, member_id, sum(part) AS share FROM ({_PARTS})"
                " GROUP BY sale_id, member_id) d ON d.sale_id = p.sale_id AND d.member_id = p.member_id"
                " WHERE p.share <> coalesce(d.share, 0)"
            )
        )

    def number_gaps(self, table: str) -> list[tuple[int, int, int, int]]:
        """(year, count, min, max) for years whose numbers are not exactly 1..count.

        (year, seq) is unique, so a year is gapless exactly when min = 1 and max = count.
        Deliveries imported from a weighing post keep the post's receipt numbers (its own
        gapless series) and carry negative seqs here, outside the book's own series.
        """
        return list(
            self.db.conn.execute(
                f"SELECT year, count(*), min(seq), max(seq) FROM {table} WHERE seq > 0 GROUP BY year"
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

    # -- savings, loans, payout deductions, SHU and closings ---------------------------------

    def savings_account_mismatches(self) -> list[tuple[str, str, int, int]]:
        """(kind, account, ledger balance, sum of savings rows) where they disagree."""
        ledger = dict(
            self.db.conn.execute(
                "SELECT account, coalesce(sum(credit), 0) - coalesce(sum(debit), 0) FROM journal_lines"
                " WHERE account IN (?, ?, ?) GROUP BY account",
                list(SAVINGS_ACCOUNTS.values()),
            )
        )
        rows = dict(self.db.conn.execute("SELECT kind, sum(amount) FROM savings GROUP BY kind"))
        return [
            (kind, account, ledger.get(account, 0), rows.get(kind, 0))
            for kind, account in SAVINGS_ACCOUNTS.items()
            if ledger.get(account, 0) != rows.get(kind, 0)
        ]

    def savings_member_mismatches(self) -> list[tuple[str, str, int, int]]:
        """(member number, kind, member's ledger balance, sum of their rows) where they differ."""
        case = " ".join(f"WHEN '{a}' THEN '{k}'" for k, a in SAVINGS_ACCOUNTS.items())
        return list(
            self.db.conn.execute(
                "SELECT coalesce(m.number, '#' || t.member_id), t.kind, sum(t.ledger), sum(t.rows)"
                f" FROM (SELECT member_id, CASE account {case} END AS kind,"
                " sum(credit) - sum(debit) AS ledger, 0 AS rows FROM journal_lines"
                " WHERE account IN (?, ?, ?) AND member_id IS NOT NULL GROUP BY member_id, account"
                " UNION ALL SELECT member_id, kind, 0, sum(amount) FROM savings"
                " GROUP BY member_id, kind) t LEFT JOIN members m ON m.id = t.member_id"
                " GROUP BY t.member_id, t.kind HAVING sum(t.ledger) <> sum(t.rows)",
                list(SAVINGS_ACCOUNTS.values()),
            )
        )

    def savings_below_zero(self) -> list[tuple[str, str, str, int]]:
        """(member number, kind, date, lowest balance) where a running balance went below zero."""
        return list(
            self.db.conn.execute(
                "SELECT m.number, t.kind, min(t.date), min(t.balance) FROM (SELECT member_id, kind,"
                " date, sum(amount) OVER (PARTITION BY member_id, kind ORDER BY date, id) AS balance"
                " FROM savings) t JOIN members m ON m.id = t.member_id WHERE t.balance < 0"
                " GROUP BY t.member_id, t.kind"
            )
        )

    def receivable_balance(self) -> int:
        """Debit − credit on Piutang Anggota."""
        return self.db.conn.execute(
            "SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0) FROM journal_lines"
            " WHERE account = ?",
            [acc.MEMBER_RECEIVABLE],
        ).fetchone()[0]

    def outstanding_principal(self) -> int:
        return self.db.conn.execute(
            "SELECT (SELECT coalesce(sum(principal), 0) FROM loans)"
            " - (SELECT coalesce(sum(principal), 0) FROM loan_repayments)"
        ).fetchone()[0]

    def receivable_member_mismatches(self) -> list[tuple[str, int, int]]:
        """(member number, member's Piutang Anggota balance, their outstanding principal)."""
        return list(
            self.db.conn.execute(
                "SELECT coalesce(m.number, '#' || t.member_id), sum(t.ledger), sum(t.loans) FROM"
                " (SELECT member_id, sum(debit) - sum(credit) AS ledger, 0 AS loans FROM journal_lines"
                " WHERE account = ? AND member_id IS NOT NULL GROUP BY member_id"
                " UNION ALL SELECT member_id, 0, sum(principal) FROM loans GROUP BY member_id"
                " UNION ALL SELECT l.member_id, 0, -sum(r.principal) FROM loan_repayments r"
                " JOIN loans l ON l.id = r.loan_id GROUP BY l.member_id) t"
                " LEFT JOIN members m ON m.id = t.member_id"
                " GROUP BY t.member_id HAVING sum(t.ledger) <> sum(t.loans)",
                [acc.MEMBER_RECEIVABLE],
            )
        )

    def loans_overpaid(self) -> list[tuple[str, int, int]]:
        """(loan number, principal, principal repaid) where more than the principal was repaid."""
        return list(
            self.db.conn.execute(
                "SELECT l.number, l.principal, r.paid FROM loans l JOIN (SELECT loan_id,"
                " sum(principal) AS paid FROM loan_repayments GROUP BY loan_id) r ON r.loan_id = l.id"
                " WHERE r.paid > l.principal"
            )
        )

    def payout_deduction_mismatches(self) -> list[tuple[str, int, int, int]]:
        """(slip, deductions on the slip, sum of its deduction rows, sum of the savings and
        repayments it made) where they disagree."""
        return list(
            self.db.conn.execute(
                "SELECT p.slip, p.deductions, coalesce(d.total, 0),"
                " coalesce(s.total, 0) + coalesce(r.total, 0) FROM payouts p"
                " LEFT JOIN (SELECT payout_id, sum(amount) AS total FROM payout_deductions"
                " GROUP BY payout_id) d ON d.payout_id = p.id"
                " LEFT JOIN (SELECT payout_id, sum(amount) AS total FROM savings"
                " WHERE payout_id IS NOT NULL GROUP BY payout_id) s ON s.payout_id = p.id"
                " LEFT JOIN (SELECT payout_id, sum(principal + service) AS total FROM loan_repayments"
                " WHERE payout_id IS NOT NULL GROUP BY payout_id) r ON r.payout_id = p.id"
                " WHERE p.deductions <> coalesce(d.total, 0)"
                " OR coalesce(d.total, 0) * (p.id NOT IN (SELECT payout_id FROM payout_voids))"
                " <> coalesce(s.total, 0) + coalesce(r.total, 0)"
            )
        )

    def shu_payable_balance(self) -> int:
        """Credit − debit on Utang SHU Anggota."""
        return self.db.conn.execute(
            "SELECT coalesce(sum(credit), 0) - coalesce(sum(debit), 0) FROM journal_lines"
            " WHERE account = ?",
            [acc.SHU_PAYABLE],
        ).fetchone()[0]

    def shu_unpaid(self) -> int:
        return self.db.conn.execute(
            "SELECT (SELECT coalesce(sum(jasa_usaha + jasa_modal), 0) FROM shu_members)"
            " - (SELECT coalesce(sum(amount), 0) FROM shu_payments)"
        ).fetchone()[0]

    def shu_distributions(self) -> list[tuple[int, int, str, int, int]]:
        """(year, surplus, parts JSON, sum of members' jasa usaha, sum of their jasa modal)."""
        return list(
            self.db.conn.execute(
                "SELECT d.year, d.surplus, d.parts, coalesce(sum(m.jasa_usaha), 0),"
                " coalesce(sum(m.jasa_modal), 0) FROM shu_distributions d"
                " LEFT JOIN shu_members m ON m.year = d.year GROUP BY d.year ORDER BY d.year"
            )
        )

    def shu_payment_mismatches(self) -> list[tuple[int, str, int, int]]:
        """(year, member number, SHU paid, SHU the member was given) where they differ."""
        return list(
            self.db.conn.execute(
                "SELECT p.year, coalesce(m.number, '#' || p.member_id), p.amount,"
                " coalesce(s.jasa_usaha + s.jasa_modal, 0) FROM shu_payments p"
                " LEFT JOIN shu_members s ON s.year = p.year AND s.member_id = p.member_id"
                " LEFT JOIN members m ON m.id = p.member_id"
                " WHERE p.amount <> coalesce(s.jasa_usaha + s.jasa_modal, 0)"
            )
        )

    def entries_after_closing(self) -> list[tuple[str, str, str, str, str]]:
        """(entry, date, created at, closed until, closed at): entries dated in a closed
        period but written after it was closed."""
        return list(
            self.db.conn.execute(
                "SELECT e.number, e.date, e.created_at, c.until, c.closed_at FROM closings c"
                " JOIN journal_entries e ON e.date <= c.until AND e.created_at > c.closed_at"
                " ORDER BY e.id"
            )
        )

    def untagged_member_lines(self) -> list[tuple[str, int]]:
        """(account, lines) of member sub-ledger accounts posted without a member."""
        accounts = [*SAVINGS_ACCOUNTS.values(), acc.MEMBER_RECEIVABLE, acc.SHU_PAYABLE]
        marks = ",".join("?" * len(accounts))
        return list(
            self.db.conn.execute(
                f"SELECT account, count(*) FROM journal_lines WHERE account IN ({marks})"
                " AND member_id IS NULL GROUP BY account",
                accounts,
            )
        )

    # Series whose numbers live in more than one table, or in part of one: their rows.
    SHARED_SERIES: ClassVar[dict[str, str]] = {
        "kwitansi": "SELECT year, seq FROM savings UNION ALL SELECT year, seq FROM loan_repayments",
        "loan": "SELECT year, seq FROM loans WHERE kind = 'pinjaman'",
        "kasbon": "SELECT year, seq FROM loans WHERE kind = 'kasbon'",
        "cash": "SELECT year, seq FROM cash_entries",
    }

    def series_gaps(self, series: str) -> list[tuple[int, int, int, int]]:
        """number_gaps over a series shared by two tables or by part of one."""
        rows_sql = self.SHARED_SERIES[series]
        return list(
            self.db.conn.execute(
                f"SELECT year, count(*), min(seq), max(seq) FROM ({rows_sql}) GROUP BY year"
                " HAVING min(seq) <> 1 OR max(seq) <> count(*)"
            )
        )

    def series_behind(self, series: str) -> list[tuple[int, int, int]]:
        """counters_behind over a shared series."""
        rows_sql = self.SHARED_SERIES[series]
        return list(
            self.db.conn.execute(
                f"SELECT t.year, max(t.seq), coalesce(c.last, 0) FROM ({rows_sql}) t LEFT JOIN"
                " counters c ON c.series = ? AND c.year = t.year GROUP BY t.year"
                " HAVING max(t.seq) > coalesce(c.last, 0)",
                [series],
            )
        )

    def negative_balances(self, accounts: tuple[str, ...]) -> list[tuple[str, str, str, int]]:
        """(account, its normal side, first date, lowest balance) for each of the accounts whose
        end-of-day balance on its normal side went below zero on some date."""
        marks = ",".join("?" * len(accounts))
        return list(
            self.db.conn.execute(
                "SELECT account, normal, min(date), min(balance) FROM (SELECT t.account, a.normal,"
                " t.date, sum(CASE WHEN a.normal = 'debit' THEN t.change ELSE -t.change END)"
                " OVER (PARTITION BY t.account ORDER BY t.date) AS balance FROM (SELECT l.account,"
                " e.date, sum(l.debit) - sum(l.credit) AS change FROM journal_lines l JOIN"
                f" journal_entries e ON e.id = l.entry_id WHERE l.account IN ({marks})"
                " GROUP BY l.account, e.date) t JOIN accounts a ON a.code = t.account)"
                " WHERE balance < 0 GROUP BY account ORDER BY account",
                list(accounts),
            )
        )

    def buyer_receivable_balance(self) -> int:
        """Debit − credit on Piutang Pembeli."""
        return self.db.conn.execute(
            "SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0) FROM journal_lines"
            " WHERE account = ?",
            [acc.BUYER_RECEIVABLE],
        ).fetchone()[0]
