"""The cash book: other income and expenses by category, Kas ↔ Bank, voids, the period's book."""

import datetime

import pytest

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from tests.helpers import dump, fund

D = datetime.date


def test_income_expense_transfer_and_the_cash_book(book):
    book.members.add("Siti Aminah", joined=D(2026, 1, 1))
    book.savings.deposit("LJ-0001", "pokok", 2_000_000, date=D(2026, 10, 1))
    honor = book.cash.expense("Honorarium pengurus", 750_000, "Honor Oktober", date=D(2026, 10, 25))
    assert (honor.number, honor.kind, honor.money_account) == ("KS-2026-000001", "expense", "1101")
    entry = book.journal.by_id(honor.entry_id)
    assert entry.description == "KS-2026-000001 Honorarium pengurus: Honor Oktober"
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        (acc.HONORARIUM_EXPENSE, 750_000, 0),
        (acc.CASH, 0, 750_000),
    ]
    book.cash.transfer("kas", 1_000_000, date=D(2026, 10, 28))
    book.cash.income("bunga bank", 1_234, "Jasa giro Oktober", date=D(2026, 10, 31), money="bank")
    book.cash.expense("transport", 50_000, "Bensin", date=D(2026, 11, 2))
    # Kas: 2.000.000 − 750.000 − 1.000.000 − 50.000 = 200.000; Bank: 1.000.000 + 1.234.
    assert book.cash.balances() == {acc.CASH: 200_000, acc.BANK: 1_001_234}
    assert book.cash.balances(D(2026, 10, 31)) == {acc.CASH: 250_000, acc.BANK: 1_001_234}

    october = book.cash.cash_book(D(2026, 10, 2), D(2026, 10, 31))
    assert october.opening == 2_000_000  # the pokok of 1 October, before the period
    assert [(line.entry_number, line.received, line.paid, line.balance) for line in october.lines] == [
        ("JU-2026-000002", 0, 750_000, 1_250_000),
        ("JU-2026-000003", 0, 1_000_000, 250_000),
    ]  # fmt: skip
    assert (october.total_received, october.total_paid, october.closing) == (0, 1_750_000, 250_000)
    bank = book.cash.cash_book(D(2026, 10, 1), D(2026, 11, 30), "bank")
    assert (bank.account_name, bank.opening, bank.closing) == ("Bank", 0, 1_001_234)
    assert [e.number for e in book.cash.entries(D(2026, 10, 1), D(2026, 10, 31))] == [
        "KS-2026-000001",
        "KS-2026-000002",
        "KS-2026-000003",
    ]
    assert all(f.ok for f in book.checks.run())


def test_void_by_a_voucher_naming_the_original(book):
    fund(book, 99_000, D(2026, 11, 1))
    wrong = book.cash.expense("ATK & kantor", 99_000, "Tinta", date=D(2026, 11, 3))
    void = book.cash.void(wrong.number, "salah jumlah", date=D(2026, 11, 4))
    assert (void.number, void.reverses, void.amount, void.kind) == (
        "KS-2026-000002",
        wrong.id,
        99_000,
        "expense",
    )
    assert void.description == "Pembatalan KS-2026-000001: salah jumlah"
    entry = book.journal.by_id(void.entry_id)
    assert entry.reverses == wrong.entry_id
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        (acc.OFFICE_EXPENSE, 0, 99_000),
        (acc.CASH, 99_000, 0),
    ]
    assert book.cash.balances()[acc.CASH] == 99_000
    with pytest.raises(KoperasiError) as info:
        book.cash.void(wrong.number, "lagi")
    assert info.value.code == "cash.already_void"
    with pytest.raises(KoperasiError) as info:
        book.cash.void(void.number, "lagi")
    assert info.value.code == "cash.is_void"


def test_categories(book):
    names = [c.name_id for c in book.cash.categories()]
    assert names[:2] == ["Pendapatan lain-lain", "Bunga bank"]
    assert "Honorarium pengurus" in names and "Listrik & air" in names
    rent = book.cash.add_category("Sewa gudang", "income", "4901", name_en="Warehouse rent")
    assert (rent.kind, rent.account, rent.name("en")) == ("income", "4901", "Warehouse rent")
    book.cash.income("warehouse rent", 500_000, "Sewa Oktober", date=D(2026, 10, 1))
    retired = book.cash.edit_category("Sewa gudang", active=False)
    assert not retired.active
    with pytest.raises(KoperasiError) as info:
        book.cash.income("Sewa gudang", 500_000, "Sewa November")
    assert info.value.code == "cash.category_inactive"


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda b: b.cash.record("gift", "Transport", 1_000, "x"), "cash.bad_kind"),
        (lambda b: b.cash.expense("Parkir", 1_000, "x"), "cash.category_not_found"),
        (lambda b: b.cash.income("Transport", 1_000, "x"), "cash.category_kind"),
        (lambda b: b.cash.expense("Transport", 0, "x"), "cash.amount_positive"),
        (lambda b: b.cash.expense("Transport", 1_000, "  "), "cash.description_required"),
        (lambda b: b.cash.expense("Transport", 1_000, "x", money="piutang"), "cash.bad_money_account"),
        (lambda b: b.cash.expense("Transport", 1_000, "x", date=D(2027, 1, 1)), "date.future"),
        (lambda b: b.cash.transfer("dompet", 1_000), "cash.bad_money_account"),
        (lambda b: b.cash.add_category("Transport", "expense", "5103"), "cash.category_exists"),
        (lambda b: b.cash.add_category("Titipan", "income", "2102"), "cash.category_bad_account"),
        (lambda b: b.cash.add_category("Lain", "income", "9999"), "cash.category_bad_account"),
        (lambda b: b.cash.void("KS-2026-000009", "x"), "cash.not_found"),
        (lambda b: b.cash.cash_book(D(2026, 2, 1), D(2026, 1, 1)), "cash.bad_period"),
    ],
)  # fmt: skip
def test_refusals_change_nothing(book, call, code):
    before = dump(book)
    with pytest.raises(KoperasiError) as info:
        call(book)
    assert info.value.code == code
    assert dump(book) == before
