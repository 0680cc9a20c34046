"""Posted records are guarded by the database itself, whatever program runs the SQL."""

import datetime
import sqlite3

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core.model import SaleCost

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def settled(book):
    book.members.add("Siti Aminah")
    book.deliveries.record("LJ-0001", "Karet", 100_000, date=DAY, quality_bp=5000)
    book.deliveries.record("LJ-0001", "Karet", 90_000, date=DAY, quality_bp=5000)
    open_one = book.deliveries.record("LJ-0001", "TBS Sawit", 900_000, date=DAY)
    sale = book.sales.settle(
        SaleInput(
            "Karet",
            DAY,
            "PT Remco",
            185_000,
            price_cents=1_200_000,
            costs=(SaleCost("truk", 50_000),),
        )
    )
    book.payouts.pay(sale.number, date=datetime.date(2026, 11, 25))
    return book, open_one


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sales SET net = net + 1",
        "DELETE FROM sales",
        "UPDATE sale_costs SET amount = 1",
        "UPDATE journal_lines SET debit = debit + 1 WHERE debit > 0",
        "DELETE FROM journal_lines",
        "UPDATE journal_entries SET description = 'x'",
        "DELETE FROM journal_entries",
        "UPDATE payouts SET paid = 0",
        "DELETE FROM payouts",
        "UPDATE deliveries SET gross_grams = gross_grams + 1 WHERE status = 'settled'",
        "UPDATE deliveries SET part = 0 WHERE status = 'settled'",
        "DELETE FROM deliveries",
        "DELETE FROM members",
        "UPDATE counters SET last = 0",
        "DELETE FROM counters",
        "UPDATE deliveries SET receipt = 'NT-2026-999999' WHERE status = 'open'",
    ],
)
def test_posted_records_cannot_be_changed_by_sql(settled, sql):
    book, _ = settled
    conn = book._db.conn
    before = [
        list(conn.execute(f"SELECT * FROM {t}")) for t in ("sales", "deliveries", "journal_lines")
    ]
    with pytest.raises(sqlite3.IntegrityError, match="locked"):
        conn.execute(sql)
    conn.rollback()
    after = [
        list(conn.execute(f"SELECT * FROM {t}")) for t in ("sales", "deliveries", "journal_lines")
    ]
    assert before == after


def test_open_delivery_can_still_be_corrected_by_sql(settled):
    book, open_one = settled
    book._db.conn.execute("UPDATE deliveries SET plot = 'Kebun 2' WHERE id = ?", [open_one.id])
    assert book.deliveries.get(open_one.receipt).plot == "Kebun 2"


def test_costs_cannot_be_added_to_a_settled_sale(settled):
    book, _ = settled
    with pytest.raises(sqlite3.IntegrityError, match="locked"):
        book._db.conn.execute(
            "INSERT INTO sale_costs (sale_id, label, amount, account) VALUES (1, 'x', 5, '1101')"
        )
