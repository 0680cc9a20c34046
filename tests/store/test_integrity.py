"""Integrity checks for `koperasi check`: a clean book passes, each kind of damage is named."""

import datetime

import pytest

from koperasi.book import Book
from koperasi.book.integrity import integrity_checks


@pytest.fixture
def book(tmp_path):
    book = Book.create(tmp_path / "lj.koperasi", name="Koperasi Lembah Jaya", member_prefix="LJ")
    book.with_today(datetime.date(2026, 11, 27))
    book.members.add("Siti Aminah")
    yield book
    book.close()


def run_all(book, full=False):
    return {name: check(book) for name, check in integrity_checks(book, full=full)}


def test_a_clean_book_passes_every_check(book):
    assert run_all(book) == {
        "quick_check": [],
        "foreign_keys": [],
        "money_bounds": [],
        "triggers": [],
        "audit_chain": [],
    }
    assert "integrity_check" in run_all(book, full=True)


def test_a_dropped_trigger_is_named(book):
    book._db.conn.execute("DROP TRIGGER journal_lines_no_update")
    book._db.conn.execute("DROP TRIGGER audit_members_update")
    found = run_all(book)
    assert found["triggers"] == [
        "trigger audit_members_update is missing",
        "trigger journal_lines_no_update is missing",
    ]
    assert "audit triggers missing on members: audit_members_update" in found["audit_chain"]


def test_a_check_that_raises_becomes_a_problem(book):
    book._db.conn.execute("DROP TABLE audit_pending")
    found = run_all(book)
    assert found["audit_chain"][0].startswith("the check could not run: OperationalError")
