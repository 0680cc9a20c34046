"""A book made before 0007_i10a_corrections keeps every payout, savings movement and loan
repayment when the tables are rebuilt, its references hold, its audit log verifies, and
its slips can then be voided and paid again."""

from __future__ import annotations

import datetime

from sqlite_utils import Database

from koperasi.book import Book, audit
from koperasi.core.accounts import DEFAULT_CHART
from koperasi.store.audit import AuditStore
from koperasi.store.connection import _connect
from koperasi.store.migrations import migrations

ROWS = [
    "INSERT INTO settings (key, value) VALUES ('name', 'Koperasi Lama')",
    "INSERT INTO members (number, name, joined) VALUES ('A-0001', 'Siti Aminah', '2026-01-01')",
    "INSERT INTO commodities (name) VALUES ('Karet')",
    # the sale: 1.000.000 into Kas, all of it Siti's share
    "INSERT INTO journal_entries (id, number, year, seq, date, description, source, source_id)"
    " VALUES (1, 'JU-2026-000001', 2026, 1, '2026-11-20', 'Penjualan', 'sale', 1)",
    "INSERT INTO journal_lines (entry_id, account, debit) VALUES (1, '1101', 1000000)",
    "INSERT INTO journal_lines (entry_id, account, credit) VALUES (1, '2101', 1000000)",
    "INSERT INTO sales (id, number, year, seq, date, commodity_id, buyer, sold_grams,"
    " pooled_grams, price_cents, fee_kind, gross, fee, costs, net, received_into,"
    " delivery_count) VALUES (1, 'PJ-2026-0001', 2026, 1, '2026-11-20', 1, 'PT Remco',"
    " 100000, 100000, 1000000, 'percent', 1000000, 0, 0, 1000000, '1101', 1)",
    "INSERT INTO deliveries (receipt, year, seq, date, member_id, commodity_id, gross_grams,"
    " net_grams, status, sale_id, part) VALUES ('NT-2026-000001', 2026, 1, '2026-11-19', 1, 1,"
    " 100000, 100000, 'settled', 1, 1000000)",
    # a kasbon of 300.000 from Kas
    "INSERT INTO journal_entries (id, number, year, seq, date, description, source, source_id)"
    " VALUES (2, 'JU-2026-000002', 2026, 2, '2026-11-20', 'Kasbon', 'loan', 1)",
    "INSERT INTO journal_lines (entry_id, account, debit, member_id) VALUES (2, '1202', 300000, 1)",
    "INSERT INTO journal_lines (entry_id, account, credit) VALUES (2, '1101', 300000)",
    "INSERT INTO loans (id, number, year, seq, kind, member_id, date, principal, months,"
    " rate_bp, method, money_account, entry_id) VALUES (1, 'KB-2026-0001', 2026, 1, 'kasbon',"
    " 1, '2026-11-20', 300000, 0, 0, 'none', '1101', 2)",
    # the payout: share 1.000.000 − wajib 50.000 − kasbon 300.000 = 650.000 in cash
    "INSERT INTO journal_entries (id, number, year, seq, date, description, source, source_id)"
    " VALUES (3, 'JU-2026-000003', 2026, 3, '2026-11-21', 'Pembayaran', 'payout', 1)",
    "INSERT INTO journal_lines (entry_id, account, debit, member_id) VALUES (3, '2101', 1000000, 1)",
    "INSERT INTO journal_lines (entry_id, account, credit, member_id) VALUES (3, '3102', 50000, 1)",
    "INSERT INTO journal_lines (entry_id, account, credit, member_id) VALUES (3, '1202', 300000, 1)",
    "INSERT INTO journal_lines (entry_id, account, credit) VALUES (3, '1101', 650000)",
    "INSERT INTO payouts (id, slip, year, seq, date, sale_id, member_id, share, deductions,"
    " paid, method, entry_id) VALUES (1, 'SP-2026-000001', 2026, 1, '2026-11-21', 1, 1,"
    " 1000000, 350000, 650000, 'cash', 3)",
    "INSERT INTO payout_deductions (payout_id, kind, due, amount) VALUES (1, 'wajib', 50000,"
    " 50000)",
    "INSERT INTO payout_deductions (payout_id, kind, due, amount, loan_id) VALUES (1, 'kasbon',"
    " 300000, 300000, 1)",
    "INSERT INTO savings (number, year, seq, date, member_id, kind, amount, method, payout_id,"
    " entry_id) VALUES ('KW-2026-000001', 2026, 1, '2026-11-21', 1, 'wajib', 50000, 'payout',"
    " 1, 3)",
    "INSERT INTO loan_repayments (number, year, seq, loan_id, date, principal, service, method,"
    " payout_id, entry_id) VALUES ('KW-2026-000002', 2026, 2, 1, '2026-11-21', 300000, 0,"
    " 'payout', 1, 3)",
    "INSERT INTO counters (series, year, last) VALUES ('journal', 2026, 3), ('sale', 2026, 1),"
    " ('receipt', 2026, 1), ('kasbon', 2026, 1), ('slip', 2026, 1), ('kwitansi', 2026, 2)",
]


def test_an_old_book_keeps_its_payouts_and_can_void_them(tmp_path):
    path = tmp_path / "old.koperasi"
    db = Database(_connect(path, readonly=False))
    migrations.apply(db, stop_before="0007_i10a_corrections")
    with db.atomic():
        db.conn.executemany(
            "INSERT OR IGNORE INTO accounts (code, name_id, name_en, kind, normal) VALUES (?, ?, ?, ?, ?)",
            [(a.code, a.name_id, a.name_en, a.kind, a.normal) for a in DEFAULT_CHART],
        )
        for sql in ROWS:
            db.conn.execute(sql)
        AuditStore(db).seal("old book", "bendahara")
    before = {
        t: list(db.conn.execute(f"SELECT * FROM {t} ORDER BY rowid"))
        for t in ("payouts", "savings", "loan_repayments")
    }
    db.conn.close()
    with Book.open(path) as book:
        book.with_today(datetime.date(2026, 11, 27))
        conn = book._db.conn
        for table, rows in before.items():
            assert list(conn.execute(f"SELECT * FROM {table} ORDER BY rowid")) == rows
        assert list(conn.execute("PRAGMA foreign_key_check")) == []
        assert audit.verify(book) == []
        assert all(f.ok for f in book.checks.run()), [f for f in book.checks.run() if not f.ok]
        done = book.corrections.void_payout("SP-2026-000001", "salah orang")
        assert done.restored == (("wajib", 50_000), ("kasbon", 300_000))
        assert book.savings.balances("A-0001").wajib == 0
        [again] = book.payouts.pay("PJ-2026-0001")
        # The kasbon is owed again and deducted again; this book does not deduct wajib.
        assert (again.slip, again.share, again.paid) == ("SP-2026-000002", 1_000_000, 700_000)
        assert all(f.ok for f in book.checks.run())
        assert audit.verify(book) == []
