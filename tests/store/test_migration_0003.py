"""A book made before savings, loans and the cash book gains them when it is opened."""

import datetime

import pytest
from sqlite_utils import Database

from koperasi.book import Book
from koperasi.core.accounts import DEFAULT_CHART
from koperasi.core.model import Account
from koperasi.store.connection import _connect
from koperasi.store.journal import JournalStore
from koperasi.store.migrations import migrations

DEFAULT_CHART_SORTED = sorted(DEFAULT_CHART, key=lambda a: a.code)

# The chart of accounts books were created with before migration 0003.
OLD_CHART = (
    Account("1101", "Kas", "Cash", "asset", "debit"),
    Account("1102", "Bank", "Bank", "asset", "debit"),
    Account("1201", "Piutang Pembeli", "Receivable from buyers", "asset", "debit"),
    Account("1202", "Piutang Anggota", "Receivable from members", "asset", "debit"),
    Account("2101", "Utang Hasil Panen Anggota", "Harvest payable", "liability", "credit"),
    Account("2102", "Simpanan Sukarela", "Voluntary savings", "liability", "credit"),
    Account("3101", "Simpanan Pokok", "Principal savings", "equity", "credit"),
    Account("3102", "Simpanan Wajib", "Mandatory savings", "equity", "credit"),
    Account("3201", "Cadangan", "Reserve", "equity", "credit"),
    Account("3301", "SHU Tahun Berjalan", "Surplus of the current year", "equity", "credit"),
    Account("4101", "Pendapatan Jasa Pemasaran", "Marketing fee income", "income", "credit"),
    Account("4102", "Pendapatan Jasa Pinjaman", "Loan service income", "income", "credit"),
    Account("4901", "Pendapatan Lain-lain", "Other income", "income", "credit"),
    Account("5101", "Beban Operasional", "Operating expenses", "expense", "debit"),
)


def test_an_old_book_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.koperasi"
    db = Database(_connect(path, readonly=False))
    migrations.apply(db, stop_before="0003_savings_loans_cash_closing")
    with db.atomic():
        JournalStore(db).insert_accounts(OLD_CHART)
        db.conn.execute("INSERT INTO settings (key, value) VALUES ('name', 'Koperasi Lama')")
    db.conn.close()
    with Book.open(path) as book:
        book.with_today(datetime.date(2026, 11, 27))
        codes = [a.code for a in book.journal.accounts()]
        assert {"2103", "2104", "2105", "2106", "2107", "4903", "5102", "5106"} <= set(codes)
        assert codes == [a.code for a in DEFAULT_CHART_SORTED]
        # 11 of 0003, Setor pajak of 0006 and Setor PPh 21 of 0008_i14tax
        assert len(book.cash.categories()) == 13
        book.members.add("Siti Aminah")
        book.savings.deposit("A-0001", "sukarela", 10_000)
        assert all(f.ok for f in book.checks.run())


def test_bulk_writes_may_rest_the_period_triggers_only_inside_their_transaction(tmp_path):
    from koperasi.store.migrations import PERIOD_CLOSED_INSERT_TRIGGERS

    def triggers(book):
        return {
            r[0]
            for r in book._db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }

    with Book.create(tmp_path / "b.koperasi", name="Koperasi Uji") as book:
        before = triggers(book)
        writer = book.bulk_writer()
        with book.atomic(), writer.triggers_suspended(PERIOD_CLOSED_INSERT_TRIGGERS):
            assert not set(PERIOD_CLOSED_INSERT_TRIGGERS) & triggers(book)
        assert triggers(book) == before
        with (
            pytest.raises(RuntimeError),
            book.atomic(),
            writer.triggers_suspended(PERIOD_CLOSED_INSERT_TRIGGERS),
        ):
            raise RuntimeError("power cut")
        assert triggers(book) == before
