"""A member leaves: loans settled from savings, pokok and wajib refunded, no SHU after."""

import datetime

import pytest

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from tests.helpers import dump, fund

D = datetime.date


@pytest.fixture
def saver(book):
    book.members.add("Siti Aminah", joined=D(2025, 6, 1))
    book.members.add("Budi Santoso", joined=D(2025, 6, 1))
    fund(book, 10_000_000, D(2025, 6, 1))  # what Kas and Bank hold before the test's loans
    fund(book, 10_000_000, D(2025, 6, 1), "1102")
    book.savings.deposit("LJ-0001", "pokok", 100_000, date=D(2025, 6, 1))
    book.savings.deposit("LJ-0001", "wajib", 240_000, date=D(2025, 12, 1))
    book.savings.deposit("LJ-0001", "sukarela", 500_000, date=D(2026, 1, 5))
    book.savings.deposit("LJ-0002", "pokok", 100_000, date=D(2025, 6, 1))
    return book


def test_leaving_settles_the_kasbon_and_refunds_the_rest_in_cash(saver):
    book = saver
    book.loans.grant("LJ-0001", "kasbon", 300_000, date=D(2026, 3, 2))
    plan = book.leaving.plan("LJ-0001", D(2026, 10, 1), "cash")
    assert (plan.savings, plan.owed, plan.paid) == (840_000, 300_000, 540_000)
    row = book.leaving.leave("LJ-0001", D(2026, 10, 1), "Pindah ke Jambi", refund="cash")
    assert row.number == "KL-2026-0001"
    assert (row.pokok, row.wajib, row.sukarela, row.loan_principal, row.paid) == (
        100_000, 240_000, 500_000, 300_000, 540_000,
    )  # fmt: skip
    entry = book.journal.by_id(row.entry_id)
    assert sorted((ln.account, ln.debit, ln.credit) for ln in entry.lines) == [
        (acc.CASH, 0, 540_000),
        (acc.MEMBER_RECEIVABLE, 0, 300_000),
        (acc.VOLUNTARY_SAVINGS, 500_000, 0),
        (acc.PRINCIPAL_SAVINGS, 100_000, 0),
        (acc.MANDATORY_SAVINGS, 240_000, 0),
    ]
    member = book.members.get("LJ-0001")
    assert (member.active, member.left_on) == (False, D(2026, 10, 1))
    assert book.savings.balances("LJ-0001").total == 0
    assert book.loans.list("LJ-0001", open_only=True) == []
    assert all(f.ok for f in book.checks.run()), [f for f in book.checks.run() if not f.ok]


def test_a_declining_loan_is_settled_with_the_service_due(saver):
    book = saver
    book.savings.deposit("LJ-0001", "sukarela", 2_000_000, date=D(2026, 1, 6))
    book.loans.grant(
        "LJ-0001", "pinjaman", 1_200_000, date=D(2026, 1, 10), months=6, rate_bp=200,
        method="declining",
    )  # fmt: skip
    # Nothing repaid by 15 March: two installments fell due (Feb 10, Mar 10), their service
    # 2 % of 1.200.000 and of 1.000.000 = 24.000 + 20.000; the whole principal is settled.
    row = book.leaving.leave("LJ-0001", D(2026, 3, 15), "Meninggal dunia", refund="bank")
    assert (row.loan_principal, row.loan_service) == (1_200_000, 44_000)
    assert row.paid == 2_840_000 - 1_244_000
    assert row.refund == "transfer"
    entry = book.journal.by_id(row.entry_id)
    assert (acc.BANK, 0, 1_596_000) in [(ln.account, ln.debit, ln.credit) for ln in entry.lines]
    assert all(f.ok for f in book.checks.run())


def test_a_member_who_owes_more_than_their_savings_is_refused_with_the_amount(saver):
    book = saver
    book.loans.grant("LJ-0002", "kasbon", 250_000, date=D(2026, 3, 2))
    before = dump(book)
    with pytest.raises(KoperasiError) as caught:
        book.leaving.leave("LJ-0002", D(2026, 10, 1), "Pindah")
    assert caught.value.code == "exit.owes"
    message = caught.value.message("id")
    assert "Rp 250.000" in message and "Rp 100.000" in message and "Rp 150.000" in message
    assert dump(book) == before


def test_payable_when_the_statutes_keep_the_savings(saver):
    book = saver
    book.leaving.set_default_refund("payable")
    row = book.leaving.leave("LJ-0001", D(2026, 10, 1), "Mengundurkan diri")
    assert row.refund == "payable"
    entry = book.journal.by_id(row.entry_id)
    assert (acc.EXIT_PAYABLE, 0, 840_000, 1) in [
        (ln.account, ln.debit, ln.credit, ln.member_id) for ln in entry.lines
    ]
    assert all(f.ok for f in book.checks.run())


@pytest.mark.parametrize(
    "args, code",
    [
        (("LJ-0001", D(2026, 10, 1), ""), "exit.reason_required"),
        (("LJ-0001", D(2026, 12, 1), "Pindah"), "exit.future"),
        (("LJ-0001", D(2025, 12, 31), "Pindah"), "exit.later_movements"),
        (("LJ-0009", D(2026, 10, 1), "Pindah"), "member.not_found"),
    ],
)
def test_refusals_change_nothing(saver, args, code):
    before = dump(saver)
    with pytest.raises(KoperasiError) as caught:
        saver.leaving.leave(*args)
    assert caught.value.code == code
    assert dump(saver) == before


def test_leaving_twice_is_refused(saver):
    saver.leaving.leave("LJ-0001", D(2026, 10, 1), "Pindah")
    with pytest.raises(KoperasiError) as caught:
        saver.leaving.leave("LJ-0001", D(2026, 10, 2), "Pindah")
    assert caught.value.code == "member.inactive"


def test_no_jasa_modal_nor_jasa_usaha_after_leaving(book):
    """The audit found the SHU preview paying LJ-0009 jasa modal after they left on
    06/12/2025; a member who left before the year end shares in nothing after that day."""
    book.members.add("Ahmad", joined=D(2025, 1, 2))
    book.members.add("Budi Santoso", joined=D(2025, 1, 2))
    book.members.add("Cici", joined=D(2025, 1, 2))
    for number in ("LJ-0001", "LJ-0002", "LJ-0003"):
        book.savings.deposit(number, "pokok", 100_000, date=D(2025, 1, 2))
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa gudang", date=D(2025, 7, 1))
    # Budi left without his savings being handed back (the demo's LJ-0009 did so); Cici
    # left with them refunded through `leave`.
    book.members.deactivate("LJ-0002", on=D(2025, 12, 6))
    book.leaving.leave("LJ-0003", D(2025, 12, 6), "Pindah")
    report = book.shu.preview(2025)
    shares = {m.member.number: (m.capital, m.jasa_modal) for m in report.members}
    assert shares == {"LJ-0001": (100_000, report.parts["jasa_modal"])}
