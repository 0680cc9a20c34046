"""SHU paid by bank transfer (issue 14, branch i14shu): Cr 1102 Bank with an optional
reference, never below zero; and a book made before 0008_i14shu_shu_transfer keeps its SHU
payments, its audit log and its checks when the table is rebuilt.

The figures are tests/book/test_yearend.py's 2023: by the statutes Ahmad receives 2.250.000,
Budi 1.000.000, Cici 750.000 (4.000.000 in all)."""

import datetime

import pytest

from koperasi.book import Book, audit
from koperasi.cli import main
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.store.migrations import migrations
from tests.book.test_yearend import build_2023
from tests.helpers import dump, fund

D = datetime.date


def balance(book, code):
    debit, credit = book.journal.account_sums([code]).get(code, (0, 0))
    return debit - credit


def decided(book):
    build_2023(book)
    book.yearend.close_year(2023)
    book.with_today(D(2024, 3, 31))
    book.yearend.decide(2023, D(2024, 3, 10))
    return book


def test_transfer_credits_the_bank_with_its_reference(book):
    decided(book)
    fund(book, 3_000_000, D(2024, 3, 11), acc.BANK)
    [paid] = book.shu.pay(
        2023, ["LJ-0001"], method="transfer", date=D(2024, 3, 25), reference="BRI 0123-01-456"
    )
    assert (paid.method, paid.amount, paid.reference) == ("transfer", 2_250_000, "BRI 0123-01-456")
    assert balance(book, acc.BANK) == 750_000
    entry = book.journal.by_id(paid.entry_id)
    assert sorted((line.account, line.debit, line.credit) for line in entry.lines) == [
        (acc.BANK, 0, 2_250_000),
        (acc.SHU_PAYABLE, 2_250_000, 0),
    ]
    assert "BRI 0123-01-456" in entry.description
    assert book.shu.payments(2023)[0].reference == "BRI 0123-01-456"


def test_transfer_never_takes_the_bank_below_zero(book):
    decided(book)
    fund(book, 999_999, D(2024, 3, 11), acc.BANK)
    before = dump(book)
    with pytest.raises(KoperasiError):
        book.shu.pay(2023, ["LJ-0002"], method="transfer", date=D(2024, 3, 25))
    assert dump(book) == before
    with pytest.raises(KoperasiError) as e:
        book.shu.pay(2023, ["LJ-0002"], method="cash", date=D(2024, 3, 25), reference="x")
    assert "transfer" in e.value.message("id")
    assert dump(book) == before
    with pytest.raises(KoperasiError) as e:
        book.shu.pay(2023, ["LJ-0002"], method="cek", date=D(2024, 3, 25))
    assert "transfer" in e.value.message("id")


def test_an_old_book_keeps_its_shu_payments(tmp_path, monkeypatch, capsys):
    path = tmp_path / "old.koperasi"
    ours = [m for m in migrations._migrations if m.name.startswith("0008_i14shu")]
    assert [m.name for m in ours] == ["0008_i14shu_bases", "0008_i14shu_shu_transfer"]
    with monkeypatch.context() as m:
        # The book as main's code made it: without this branch's migrations.
        m.setattr(migrations, "_migrations", [x for x in migrations._migrations if x not in ours])
        book = Book.create(path, name="Koperasi Lama", member_prefix="LJ")
        book.with_today(D(2024, 1, 15))
        book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
        decided(book)
        book.shu.pay(2023, ["LJ-0001"], method="cash", date=D(2024, 3, 25))
        book.shu.pay(2023, ["LJ-0002"], method="sukarela", date=D(2024, 3, 25))
        conn = book._db.conn
        assert "reference" not in [r[1] for r in conn.execute("PRAGMA table_info(shu_payments)")]
        old = list(conn.execute("SELECT * FROM shu_payments ORDER BY rowid"))
        assert [(r[2], r[3], r[5]) for r in old] == [
            (1, "cash", 2_250_000),
            (2, "sukarela", 1_000_000),
        ]
        book.close()
    with Book.open(path) as book:
        book.with_today(D(2024, 3, 31))
        conn = book._db.conn
        columns = [r[1] for r in conn.execute("PRAGMA table_info(shu_payments)")]
        assert "reference" in columns
        keep = ", ".join(c for c in columns if c != "reference")
        assert list(conn.execute(f"SELECT {keep} FROM shu_payments ORDER BY rowid")) == old
        assert list(conn.execute("PRAGMA foreign_key_check")) == []
        assert audit.verify(book) == []
        assert all(f.ok for f in book.checks.run())
        # The lock triggers came back with the table.
        with pytest.raises(Exception, match="locked"):
            conn.execute("UPDATE shu_payments SET amount = 1")
        with pytest.raises(Exception, match="locked"):
            conn.execute("DELETE FROM shu_payments")
        fund(book, 750_000, D(2024, 3, 26), acc.BANK)
        [p] = book.shu.pay(2023, ["LJ-0003"], method="transfer", date=D(2024, 3, 27))
        assert (p.method, p.amount, p.reference) == ("transfer", 750_000, None)
        assert audit.verify(book) == []
    capsys.readouterr()
    assert main(["audit", str(path), "--verify"]) == 0
    assert main(["check", str(path), "--full"]) == 0
