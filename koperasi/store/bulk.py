"""Bulk rows the fast way: plain tuples through executemany, for demo books and imports.

Every writer takes rows as tuples in the order of its *_COLUMNS constant, with explicit
ids, and writes them as they are: the caller has already computed every figure with
koperasi.core and must call these inside one transaction (``with db.atomic():``).
Nothing here converts values; a wrong row is refused by the schema's own checks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from sqlite_utils import Database

from koperasi.store.settings import SettingsStore

MEMBER_COLUMNS = (
    "id",
    "number",
    "name",
    "nik",
    "gender",
    "village",
    "address",
    "phone",
    "joined",
    "active",
    "left_on",
    "created_at",
)
SALE_COLUMNS = (
    "id",
    "number",
    "year",
    "seq",
    "date",
    "commodity_id",
    "buyer",
    "sold_grams",
    "pooled_grams",
    "price_cents",
    "agreed_total",
    "fee_kind",
    "fee_bp",
    "fee_cents_per_kg",
    "gross",
    "fee",
    "costs",
    "net",
    "received_into",
    "delivery_count",
    "created_at",
)
SALE_COST_COLUMNS = ("id", "sale_id", "label", "amount", "account")
JOURNAL_ENTRY_COLUMNS = (
    "id",
    "number",
    "year",
    "seq",
    "date",
    "description",
    "source",
    "source_id",
    "reverses",
    "created_at",
)
JOURNAL_LINE_COLUMNS = ("id", "entry_id", "account", "debit", "credit", "member_id", "memo")
DELIVERY_COLUMNS = (
    "id",
    "receipt",
    "year",
    "seq",
    "date",
    "member_id",
    "commodity_id",
    "gross_grams",
    "deduction_grams",
    "net_grams",
    "quality_bp",
    "plot",
    "status",
    "sale_id",
    "part",
    "void_reason",
    "recorded_at",
    "plot_id",
)
PLOT_COLUMNS = (
    "id",
    "member_id",
    "name",
    "commodity_id",
    "area_m2",
    "planting_year",
    "estdb",
    "land_document",
    "geometry_type",
    "geometry",
    "created",
)
DEDUCTION_COLUMNS = ("id", "delivery_id", "kind", "grams", "percent_bp")
HISTORY_COLUMNS = ("id", "delivery_id", "action", "reason", "before", "after", "changed_at")
PAYOUT_COLUMNS = (
    "id",
    "slip",
    "year",
    "seq",
    "date",
    "sale_id",
    "member_id",
    "share",
    "deductions",
    "paid",
    "method",
    "entry_id",
    "created_at",
)

# Tables a bulk build fills, in an order that satisfies every foreign key and trigger:
# a sale's costs go in before its journal entry (the sale_costs_sealed trigger), a
# delivery after its sale, a deduction after its delivery, a payout after its entry.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "members": MEMBER_COLUMNS,
    "plots": PLOT_COLUMNS,
    "sales": SALE_COLUMNS,
    "sale_costs": SALE_COST_COLUMNS,
    "journal_entries": JOURNAL_ENTRY_COLUMNS,
    "journal_lines": JOURNAL_LINE_COLUMNS,
    "deliveries": DELIVERY_COLUMNS,
    "delivery_deductions": DEDUCTION_COLUMNS,
    "delivery_history": HISTORY_COLUMNS,
    "payouts": PAYOUT_COLUMNS,
}

# Savings, loans, the cash book, the SHU and closings, filled after the payouts
# they refer to; a closing last of all, so that nothing of its year is refused by the
# period-closing triggers.
SAVINGS_COLUMNS = (
    "id",
    "number",
    "year",
    "seq",
    "date",
    "member_id",
    "kind",
    "amount",
    "method",
    "payout_id",
    "reverses",
    "entry_id",
    "memo",
    "created_at",
)
LOAN_COLUMNS = (
    "id",
    "number",
    "year",
    "seq",
    "kind",
    "member_id",
    "date",
    "principal",
    "months",
    "rate_bp",
    "method",
    "purpose",
    "money_account",
    "entry_id",
    "created_at",
)
LOAN_REPAYMENT_COLUMNS = (
    "id",
    "number",
    "year",
    "seq",
    "loan_id",
    "date",
    "principal",
    "service",
    "method",
    "payout_id",
    "entry_id",
    "created_at",
)
PAYOUT_DEDUCTION_COLUMNS = ("id", "payout_id", "kind", "due", "amount", "loan_id")
CASH_ENTRY_COLUMNS = (
    "id",
    "number",
    "year",
    "seq",
    "date",
    "kind",
    "category_id",
    "amount",
    "money_account",
    "to_account",
    "description",
    "reverses",
    "entry_id",
    "created_at",
)
SHU_DISTRIBUTION_COLUMNS = (
    "year",
    "income",
    "expenses",
    "surplus",
    "parts",
    "split",
    "close_entry_id",
    "entry_id",
    "posted_at",
)
SHU_MEMBER_COLUMNS = ("year", "member_id", "transactions", "capital", "jasa_usaha", "jasa_modal")
SHU_PAYMENT_COLUMNS = (
    "id",
    "year",
    "member_id",
    "method",
    "date",
    "amount",
    "savings_id",
    "entry_id",
    "created_at",
)
CLOSING_COLUMNS = ("id", "until", "closed_at", "note")
TABLE_COLUMNS.update(
    {
        "loans": LOAN_COLUMNS,
        "savings": SAVINGS_COLUMNS,
        "loan_repayments": LOAN_REPAYMENT_COLUMNS,
        "payout_deductions": PAYOUT_DEDUCTION_COLUMNS,
        "cash_entries": CASH_ENTRY_COLUMNS,
        "shu_distributions": SHU_DISTRIBUTION_COLUMNS,
        "shu_members": SHU_MEMBER_COLUMNS,
        "shu_payments": SHU_PAYMENT_COLUMNS,
        "closings": CLOSING_COLUMNS,
    }
)

# A page cache big enough for the indexes being filled: inserting into an index larger
# than the cache turns every row into disk reads (the default cache is 2 MB).
BULK_CACHE_KIB = 256 * 1024


def insert_sql(table: str) -> str:
    columns = TABLE_COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class BulkWriter:
    """Writes lists of row tuples with executemany. Call inside the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextlib.contextmanager
    def big_cache(self, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
        """Raise this connection's page cache for the duration of a bulk build."""
        conn = self.db.conn
        before = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {-int(kib)}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {int(before)}")

    def is_empty(self) -> bool:
        """True when none of the bulk tables holds a row (a bulk build assigns ids from 1)."""
        return not any(
            self.db.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
            for table in TABLE_COLUMNS
        )

    @contextlib.contextmanager
    def triggers_suspended(self, names: Iterable[str]) -> Iterator[None]:
        """Drop the named triggers for the rest of the caller's transaction and create them
        again as they were before it ends. Call inside ``db.atomic()``: the drop is part of
        the transaction, so the file never holds the schema without them."""
        conn = self.db.conn
        wanted = list(names)
        marks = ",".join("?" * len(wanted))
        saved = list(
            conn.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                wanted,
            )
        )
        for name, _ in saved:
            conn.execute(f"DROP TRIGGER {name}")
        try:
            yield
        finally:
            for _, sql in saved:
                conn.execute(sql)

    def set_counter(self, series: str, year: int, last: int) -> None:
        """Set a numbering counter to the last number the bulk rows used."""
        SettingsStore(self.db).set_counter(series, year, last)

    def insert(self, table: str, rows: Iterable[tuple]) -> None:
        self.db.conn.executemany(insert_sql(table), rows)

    def insert_members(self, rows: Iterable[tuple]) -> None:
        self.insert("members", rows)

    def insert_sales(self, rows: Iterable[tuple]) -> None:
        self.insert("sales", rows)

    def insert_sale_costs(self, rows: Iterable[tuple]) -> None:
        self.insert("sale_costs", rows)

    def insert_journal_entries(self, rows: Iterable[tuple]) -> None:
        self.insert("journal_entries", rows)

    def insert_journal_lines(self, rows: Iterable[tuple]) -> None:
        self.insert("journal_lines", rows)

    def insert_deliveries(self, rows: Iterable[tuple]) -> None:
        self.insert("deliveries", rows)

    def insert_delivery_deductions(self, rows: Iterable[tuple]) -> None:
        self.insert("delivery_deductions", rows)

    def insert_delivery_history(self, rows: Iterable[tuple]) -> None:
        self.insert("delivery_history", rows)

    def insert_payouts(self, rows: Iterable[tuple]) -> None:
        self.insert("payouts", rows)

    def row_counts(self) -> dict[str, int]:
        """Rows in each bulk table, for reports and benchmarks."""
        return {
            table: self.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in TABLE_COLUMNS
        }
