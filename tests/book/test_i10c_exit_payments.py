"""Savings kept back as 2110 when a member left (the statutes' payable) are paid out later:
Dr 2110, Cr Kas or Bank, a receipt number each, never more than owed or than Kas holds."""

import datetime

import pytest

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError

D = datetime.date


@pytest.fixture
def leaver(book):
    # Siti's savings: pokok 100.000 + wajib 240.000 + sukarela 500.000 = 840.000, all
    # deposited in cash (Kas holds 840.000), kept as a payable when she leaves on 01/10.
    book.members.add("Siti Aminah", joined=D(2025, 6, 1))
    book.members.add("Budi Santoso", joined=D(2025, 6, 1))
    book.savings.deposit("LJ-0001", "pokok", 100_000, date=D(2025, 6, 1))
    book.savings.deposit("LJ-0001", "wajib", 240_000, date=D(2025, 12, 1))
    book.savings.deposit("LJ-0001", "sukarela", 500_000, date=D(2026, 1, 5))
    book.leaving.leave("LJ-0001", D(2026, 10, 1), "Mengundurkan diri", refund="payable")
    return book


def _lines(book, entry_id):
    return sorted((ln.account, ln.debit, ln.credit) for ln in book.journal.by_id(entry_id).lines)


def test_pay_part_then_the_rest(leaver):
    book = leaver
    assert book.exit_payments.owed("LJ-0001") == 840_000
    first = book.exit_payments.pay("LJ-0001", 300_000, "cash", D(2026, 10, 15))
    assert (first.number, first.amount, first.account) == ("KK-2026-000001", 300_000, "1101")
    assert _lines(book, first.entry_id) == [
        (acc.CASH, 0, 300_000),
        (acc.EXIT_PAYABLE, 300_000, 0),
    ]
    assert book.exit_payments.owed("LJ-0001") == 540_000  # 840.000 - 300.000
    # No amount: the rest, 540.000, from Kas (which holds 840.000 - 300.000 = 540.000).
    rest = book.exit_payments.pay("LJ-0001", source="kas", date=D(2026, 11, 2))
    assert (rest.number, rest.amount) == ("KK-2026-000002", 540_000)
    assert book.exit_payments.owed("LJ-0001") == 0
    assert [p.number for p in book.exit_payments.of_member("LJ-0001")] == [
        "KK-2026-000001",
        "KK-2026-000002",
    ]
    assert book.journal.available(acc.CASH, D(2026, 11, 27)) == 0
    with pytest.raises(KoperasiError) as nothing:
        book.exit_payments.pay("LJ-0001", 1, "cash")
    assert nothing.value.code == "exit_pay.nothing_owed"
    assert all(f.ok for f in book.checks.run())


def test_refusals_change_nothing(leaver):
    book = leaver
    with pytest.raises(KoperasiError) as too_much:
        book.exit_payments.pay("LJ-0001", 840_001, "cash")
    assert too_much.value.code == "exit_pay.too_much"
    assert "Rp 840.000" in str(too_much.value)
    # The bank holds nothing: paying from it is refused, naming the shortfall.
    with pytest.raises(KoperasiError) as empty_bank:
        book.exit_payments.pay("LJ-0001", 200_000, "bank")
    assert empty_bank.value.code == "balance.below_zero"
    with pytest.raises(KoperasiError) as before:
        book.exit_payments.pay("LJ-0001", 100_000, "cash", D(2026, 9, 30))
    assert before.value.code == "exit_pay.before_leaving"
    with pytest.raises(KoperasiError) as member:
        book.exit_payments.pay("LJ-0002", 100_000, "cash")
    assert member.value.code == "exit_pay.nothing_owed"
    with pytest.raises(KoperasiError) as source:
        book.exit_payments.pay("LJ-0001", 100_000, "cek")
    assert source.value.code == "exit_pay.bad_from"
    assert book.exit_payments.owed("LJ-0001") == 840_000
    assert book.exit_payments.of_member("LJ-0001") == []


def test_the_entry_is_not_reversed_alone(leaver):
    book = leaver
    paid = book.exit_payments.pay("LJ-0001", 300_000, "cash", D(2026, 10, 15))
    number = book.journal.number_of(paid.entry_id)
    with pytest.raises(KoperasiError) as refused:
        book.journal.reverse(number, "salah")
    assert refused.value.code == "journal.belongs_to_document"
    assert book.exit_payments.owed("LJ-0001") == 540_000


def test_check_sees_a_gap_in_the_receipts(leaver):
    # A receipt numbered 3 written through the store with no 1 and 2: `koperasi check` says so.
    from koperasi.store.exit_payments import ExitPaymentRow

    book = leaver
    paid = book.exit_payments.pay("LJ-0001", 300_000, "cash", D(2026, 10, 15))
    assert all(f.ok for f in book.checks.run())
    with book.atomic():
        book._store_exit_payments.insert(
            ExitPaymentRow(9, "KK-2026-000003", paid.member_id, D(2026, 10, 16), 1, "1101",
                           paid.entry_id),
            2026,
            3,
        )  # fmt: skip
    problems = [f.detail for f in book.checks.run() if not f.ok]
    assert any("exit_payment 2026" in p for p in problems), problems
