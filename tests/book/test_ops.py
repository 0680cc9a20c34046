"""Named operations (koperasi.book.ops): every writer is one, with its name and its areas."""

from __future__ import annotations

import datetime
import inspect
import re

import pytest

from koperasi.book import Book
from koperasi.book.cash import Cash
from koperasi.book.closing import Closings
from koperasi.book.commodities import Commodities
from koperasi.book.deliveries import Deliveries
from koperasi.book.journal import Journal
from koperasi.book.loans import Loans
from koperasi.book.members import Members
from koperasi.book.ops import operation, operation_of
from koperasi.book.payouts import Payouts
from koperasi.book.sales import SaleInput, Sales
from koperasi.book.savings import Savings
from koperasi.book.shu import Shu
from koperasi.core.errors import KoperasiError
from tests.reports.rat_helpers import build_rat_book

# Every public method that writes to the book, by class. A new writer must be added here and
# decorated; the trace test below catches a writer missing from both.
WRITERS = {
    Book: {"update_profile", "set_document_paper"},
    Members: {"add", "edit", "deactivate", "reactivate"},
    Commodities: {"add", "edit"},
    Deliveries: {"record", "correct", "void"},
    Sales: {"settle"},
    Payouts: {"pay"},
    Journal: {"post", "reverse"},
    Savings: {"configure", "new_row", "deposit", "withdraw", "void"},
    Loans: {"grant", "repay", "new_repayment"},
    Cash: {"add_category", "edit_category", "record", "income", "expense", "transfer", "void"},
    Closings: {"close"},
    Shu: {"set_split", "post", "pay"},
}


def public_methods(cls: type) -> dict[str, object]:
    return {
        name: member
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def test_every_writer_is_a_named_operation_and_nothing_else_is():
    for cls, writers in WRITERS.items():
        named = {name for name, fn in public_methods(cls).items() if operation_of(fn)}
        assert named == writers, cls.__name__


def test_operation_names_are_unique_and_dotted():
    marks = [operation_of(fn) for cls in WRITERS for fn in public_methods(cls).values()]
    names = [mark[0] for mark in marks if mark]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z]+\.[a-z_]+", n) for n in names)


WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def test_no_write_happens_outside_a_named_operation(tmp_path, monkeypatch):
    """Build a two-year book through every kind of operation, watching every statement."""
    unnamed: list[str] = []
    names: set[str] = set()
    create = Book.create.__func__

    def watched_create(cls, path, name, **profile):
        book = create(cls, path, name, **profile)

        def trace(sql: str) -> None:
            if WRITE.match(sql):
                if book.current_operation is None:
                    unnamed.append(sql)
                else:
                    names.add(book.current_operation)

        book._db.conn.set_trace_callback(trace)
        return book

    monkeypatch.setattr(Book, "create", classmethod(watched_create))
    book = build_rat_book(tmp_path / "rat.koperasi")
    try:
        book.update_profile(chairman="H. Abdul Rahman, S.P.")
        book.set_document_paper("slip", "a6")
        member = book.members.add("Rahmat", village="Lubuk Resam").number
        book.members.edit(member, village="Pulau Pandan")
        book.members.deactivate(member)
        book.members.reactivate(member)
        book.commodities.edit("Karet", fee_bp=350)
        delivery = book.deliveries.record(member, "Karet", 1_000_000)
        book.deliveries.correct(delivery.receipt, "salah timbang", gross_grams=1_100_000)
        book.deliveries.void(delivery.receipt, "batal")
        deposit = book.savings.deposit(member, "sukarela", 50_000)
        book.savings.void(deposit.number, "salah catat")
        book.closing.close(datetime.date(2026, 1, 31))
        assert unnamed == []
        assert {"sale.settle", "payout.pay", "shu.post", "closing.close"} <= names
    finally:
        book.close()


def test_changes_of_an_operation_and_of_a_refused_one(book):
    member = book.members.add("Ahmad Yani").number
    book.take_changes()
    book.deliveries.record(member, "Karet", 1_000_000)
    assert book.take_changes() == {"deliveries"}
    with pytest.raises(KoperasiError):
        book.deliveries.record("LJ-9999", "Karet", 1_000_000)
    assert book.take_changes() == frozenset()


def test_a_sale_is_named_for_the_whole_of_its_writes(book):
    member = book.members.add("Ahmad Yani").number
    book.deliveries.record(member, "Karet", 2_000_000)
    seen: set[str | None] = set()
    book._db.conn.set_trace_callback(
        lambda sql: seen.add(book.current_operation) if WRITE.match(sql) else None
    )
    book.take_changes()
    book.sales.settle(SaleInput("Karet", book.today(), "PT Karet", 2_000_000, 1_200_000))
    book._db.conn.set_trace_callback(None)
    assert seen == {"sale.settle"}  # journal.post inside it keeps the sale's name
    assert book.current_operation is None
    assert book.take_changes() == {"sales", "deliveries", "journal"}


class Probe:
    """A service of two operations, one calling the other."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.names: list[str | None] = []

    @operation("probe.inner", "cash")
    def inner(self) -> None:
        self.names.append(self.book.current_operation)

    @operation("probe.outer", "shu")
    def outer(self, fail: bool) -> None:
        self.inner()
        if fail:
            raise KoperasiError("input.required", field="name")


def test_a_failed_outer_operation_notes_nothing_of_its_inner_ones(book):
    probe = Probe(book)
    book.take_changes()
    with pytest.raises(KoperasiError):
        probe.outer(fail=True)
    assert book.take_changes() == frozenset()
    assert book.current_operation is None
    probe.outer(fail=False)
    assert book.take_changes() == {"cash", "shu"}
    assert probe.names == ["probe.outer", "probe.outer"]


def test_an_operation_on_a_read_only_book_is_refused(tmp_path):
    Book.create(tmp_path / "b.koperasi", name="Koperasi").close()
    with Book.open(tmp_path / "b.koperasi", readonly=True) as book:
        with pytest.raises(KoperasiError):
            book.members.add("Ahmad Yani")
        assert book.take_changes() == frozenset()
        assert book.current_operation is None
