"""Kasbon and pinjaman: paid out, scheduled, repaid (service charge first), never overpaid."""

import datetime

import pytest

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from tests.helpers import dump, fund

D = datetime.date


@pytest.fixture
def borrower(book):
    book.members.add("Siti Aminah", joined=D(2025, 6, 1))
    # The money loans are paid from: Kas and Bank never go below zero.
    fund(book, 10_000_000, D(2025, 6, 1))
    fund(book, 5_000_000, D(2025, 6, 1), acc.BANK)
    return book


def test_declining_balance_loan_repaid_over_months(borrower):
    book = borrower
    # Rp 3.000.000 over 3 months at 2 % a month on the declining balance, paid out on
    # 31 January: principal 1.000.000 a month; jasa 2 % of 3.000.000, 2.000.000, 1.000.000.
    loan = book.loans.grant(
        "LJ-0001", "pinjaman", 3_000_000, date=D(2026, 1, 31), months=3, rate_bp=200,
        method="declining", purpose="Pupuk",
    )  # fmt: skip
    assert loan.number == "PN-2026-0001"
    assert [(i.due, i.principal, i.service, i.total) for i in book.loans.schedule(loan.number)] == [
        (D(2026, 2, 28), 1_000_000, 60_000, 1_060_000),
        (D(2026, 3, 31), 1_000_000, 40_000, 1_040_000),
        (D(2026, 4, 30), 1_000_000, 20_000, 1_020_000),
    ]
    grant = book.journal.by_id(loan.entry_id)
    assert [(ln.account, ln.debit, ln.credit, ln.member_id) for ln in grant.lines] == [
        (acc.MEMBER_RECEIVABLE, 3_000_000, 0, 1),
        (acc.CASH, 0, 3_000_000, None),
    ]
    # February's installment on time: jasa 60.000 first, then principal 1.000.000.
    first = book.loans.repay(loan.number, 1_060_000, date=D(2026, 2, 28))
    assert (first.number, first.principal, first.service) == ("KW-2026-000001", 1_000_000, 60_000)
    # March is missed. On 30 April both installments are due: principal 2.000.000 and jasa
    # 40.000 + 20.000 = 60.000.
    status = book.loans.status(loan.number, D(2026, 4, 30))
    assert (status.outstanding, status.position.principal_due, status.position.service_due) == (
        2_000_000,
        2_000_000,
        60_000,
    )
    last = book.loans.repay(loan.number, 2_060_000, date=D(2026, 4, 30))
    assert (last.principal, last.service) == (2_000_000, 60_000)
    assert book.loans.position(loan.number).outstanding == 0
    tb = {r.code: r for r in book.journal.trial_balance().rows}
    assert tb[acc.MEMBER_RECEIVABLE].balance == 0
    assert tb[acc.LOAN_SERVICE_INCOME].balance == 120_000  # 60.000 + 40.000 + 20.000
    with pytest.raises(KoperasiError) as info:
        book.loans.repay(loan.number, 1, date=D(2026, 5, 1))
    assert info.value.code == "loan.paid_off"
    assert all(f.ok for f in book.checks.run())


def test_repaying_early_ends_the_loan(borrower):
    book = borrower
    loan = book.loans.grant(
        "LJ-0001", "pinjaman", 3_000_000, date=D(2026, 1, 31), months=3, rate_bp=200,
        method="declining",
    )  # fmt: skip
    # On 31 March 2.000.000 principal and 100.000 jasa have fallen due; at most the whole
    # principal plus the jasa due (3.000.000 + 100.000) may be paid.
    before = dump(book)
    with pytest.raises(KoperasiError) as info:
        book.loans.repay(loan.number, 3_100_001, date=D(2026, 3, 31))
    assert info.value.code == "loan.overpaid"
    assert info.value.message("id") == (
        "Pembayaran Rp 3.100.001 melebihi sisa pinjaman PN-2026-0001: pokok Rp 3.000.000 "
        "ditambah jasa yang sudah jatuh tempo Rp 100.000, jumlah Rp 3.100.000."
    )
    assert dump(book) == before
    book.loans.repay(loan.number, 3_100_000, date=D(2026, 3, 31))
    # April's jasa is never charged: the loan is closed.
    assert book.loans.position(loan.number, D(2026, 5, 1)).due == 0


def test_flat_loan_and_a_kasbon(borrower):
    book = borrower
    # Rp 1.000.000 over 3 months, flat 1,5 %: principal 333.334 + 333.333 + 333.333, jasa
    # 15.000 each month on the original principal.
    loan = book.loans.grant(
        "LJ-0001", "pinjaman", 1_000_000, date=D(2026, 6, 10), months=3, rate_bp=150,
        paid_from="transfer",
    )  # fmt: skip
    assert [(i.principal, i.service) for i in book.loans.schedule(loan.number)] == [
        (333_334, 15_000),
        (333_333, 15_000),
        (333_333, 15_000),
    ]
    assert loan.money_account == acc.BANK
    kasbon = book.loans.grant("LJ-0001", "kasbon", 250_000, date=D(2026, 7, 1))
    assert (kasbon.number, kasbon.months, kasbon.method) == ("KB-2026-0001", 0, "none")
    assert book.loans.schedule(kasbon.number) == ()
    # A kasbon is all due at once, with no jasa.
    assert book.loans.position(kasbon.number).due == 250_000
    partial = book.loans.repay(kasbon.number, 100_000, date=D(2026, 7, 5))
    assert (partial.principal, partial.service) == (100_000, 0)
    listed = book.loans.list("LJ-0001")
    assert [(s.loan.number, s.outstanding) for s in listed] == [
        ("PN-2026-0001", 1_000_000),
        ("KB-2026-0001", 150_000),
    ]
    # On 27 November all three installments are overdue: 1.000.000 + 45.000 jasa.
    assert listed[0].due == 1_045_000 and listed[0].next_installment is None
    assert book.loans.outstanding_by_member() == {1: (1_150_000, 1_195_000)}
    assert all(f.ok for f in book.checks.run())


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda b: b.loans.grant("LJ-0001", "hutang", 1_000), "loan.bad_kind"),
        (lambda b: b.loans.grant("LJ-0001", "kasbon", 0), "loan.amount_positive"),
        (lambda b: b.loans.grant("LJ-0001", "kasbon", 1_000, months=2), "loan.kasbon_terms"),
        (lambda b: b.loans.grant("LJ-0001", "pinjaman", 1_000, months=0), "loan.bad_term"),
        (lambda b: b.loans.grant("LJ-0001", "pinjaman", 1_000, months=3, method="bunga"), "loan.bad_method"),
        (lambda b: b.loans.grant("LJ-0001", "kasbon", 1_000, paid_from="cek"), "loan.bad_money"),
        (lambda b: b.loans.grant("LJ-0001", "kasbon", 1_000, date=D(2025, 5, 1)), "member.before_joined"),
        (lambda b: b.loans.repay("PN-2026-0009", 1_000), "loan.not_found"),
        (lambda b: b.loans.repay("KB-2026-0001", 0), "loan.repay_positive"),
        (lambda b: b.loans.repay("KB-2026-0001", 1_000, date=D(2026, 8, 1)), "loan.before_loan"),
        (lambda b: b.loans.repay("KB-2026-0001", 500_001), "loan.overpaid"),
    ],
)  # fmt: skip
def test_refusals_change_nothing(borrower, call, code):
    borrower.loans.grant("LJ-0001", "kasbon", 500_000, date=D(2026, 9, 1))
    before = dump(borrower)
    with pytest.raises(KoperasiError) as info:
        call(borrower)
    assert info.value.code == code
    assert dump(borrower) == before


def test_a_loan_entry_is_not_reversed_alone(borrower):
    loan = borrower.loans.grant("LJ-0001", "kasbon", 500_000, date=D(2026, 9, 1))
    number = borrower.journal.by_id(loan.entry_id).number
    with pytest.raises(KoperasiError) as info:
        borrower.journal.reverse(number, "salah")
    assert info.value.code == "journal.belongs_to_document"
    assert "KB-2026-0001" in info.value.message("id")
