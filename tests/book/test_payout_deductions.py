"""Deductions at payout, in the order the rules give: mandatory savings due, then advance,
then loan installment due, each capped by what is left; what cannot be deducted stays owed."""

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from tests.helpers import dump, fund

D = datetime.date
SALE_DAY = D(2026, 5, 18)
PAY_DAY = D(2026, 5, 20)


def sell(book, member, total, day=SALE_DAY, kg=1_000):
    """A palm-fruit sale of one member's delivery whose net to members is `total`:
    fee Rp 25/kg of the sold weight, no costs, so the agreed total is net + fee."""
    book.deliveries.record(member, "TBS Sawit", kg * 1000, date=day)
    fee = kg * 25
    return book.sales.settle(
        SaleInput("TBS Sawit", day, "PT Pauh Sawit Lestari", kg * 1000, agreed_total=total + fee)
    )


@pytest.fixture
def indebted(book):
    """Siti, a member since 5 January 2026, owes everything a payout can deduct on 20 May:

    - simpanan wajib Rp 10.000 a month from January to May, none paid: Rp 50.000;
    - a kasbon of Rp 300.000 taken on 1 May;
    - a pinjaman of Rp 2.400.000 taken on 15 March, 6 months at 2 % a month on the
      declining balance: principal Rp 400.000 a month; installment 1 (15 April) carries
      jasa 2 % × 2.400.000 = 48.000, installment 2 (15 May) 2 % × 2.000.000 = 40.000.
      Nothing repaid, so on 20 May 800.000 principal + 88.000 jasa = Rp 888.000 is due.
    """
    book.savings.configure(wajib_amount=10_000, deduct_wajib=True)
    book.members.add("Siti Aminah", joined=D(2026, 1, 5))
    book.members.add("Budi Santoso", joined=D(2026, 1, 5))
    fund(book, 5_000_000, D(2026, 1, 5))  # the cash the loans are paid from
    book.loans.grant("LJ-0001", "kasbon", 300_000, date=D(2026, 5, 1))
    book.loans.grant(
        "LJ-0001", "pinjaman", 2_400_000, date=D(2026, 3, 15), months=6, rate_bp=200,
        method="declining",
    )  # fmt: skip
    return book


def test_deductions_exhaust_the_share(indebted):
    book = indebted
    sale = sell(book, "LJ-0001", 500_000)
    # Share Rp 500.000:
    #   − wajib due 50.000                   → 450.000 left
    #   − kasbon 300.000                     → 150.000 left
    #   − installments due 888.000, capped   → 150.000 deducted: jasa 88.000 first, then
    #     principal 62.000; 738.000 of the installments stays owed.
    # Siti receives Rp 0.
    preview = book.payouts.preview(sale.number, date=PAY_DAY)
    assert [(d.kind, d.due, d.amount, d.principal, d.service) for d in preview[0].deductions] == [
        ("wajib", 50_000, 50_000, 0, 0),
        ("kasbon", 300_000, 300_000, 300_000, 0),
        ("pinjaman", 888_000, 150_000, 62_000, 88_000),
    ]
    assert (preview[0].share, preview[0].deducted, preview[0].paid) == (500_000, 500_000, 0)
    assert preview[0].still_owed == 738_000

    (payout,) = book.payouts.pay(sale.number, date=PAY_DAY)
    assert (payout.slip, payout.share, payout.deductions, payout.paid) == (
        "SP-2026-000001",
        500_000,
        500_000,
        0,
    )
    # The slip shows each deduction with its loan and its receipt (kwitansi).
    assert [
        (d.kind, d.due, d.amount, d.loan_number, d.receipt)
        for d in book.payouts.deductions(payout.slip)
    ] == [
        ("wajib", 50_000, 50_000, "", "KW-2026-000001"),
        ("kasbon", 300_000, 300_000, "KB-2026-0001", "KW-2026-000002"),
        ("pinjaman", 888_000, 150_000, "PN-2026-0001", "KW-2026-000003"),
    ]
    # One entry: Dr Utang Hasil Panen 500.000; Cr Simpanan Wajib 50.000; Cr Piutang Anggota
    # 300.000 + 62.000 = 362.000; Cr Pendapatan Jasa Pinjaman 88.000; no cash moves.
    entry = book.journal.get("JU-2026-000005")  # after the cash held, the 2 loans, the sale
    assert entry.source == "payout"
    assert [(ln.account, ln.debit, ln.credit, ln.member_id) for ln in entry.lines] == [
        (acc.MEMBER_HARVEST_PAYABLE, 500_000, 0, 1),
        (acc.MANDATORY_SAVINGS, 0, 50_000, 1),
        (acc.MEMBER_RECEIVABLE, 0, 362_000, 1),
        (acc.LOAN_SERVICE_INCOME, 0, 88_000, 1),
    ]
    # What could not be deducted stays owed.
    assert book.savings.wajib_due("LJ-0001", PAY_DAY) == 0
    assert book.savings.balances("LJ-0001").wajib == 50_000
    assert book.loans.position("KB-2026-0001", PAY_DAY).outstanding == 0
    loan = book.loans.position("PN-2026-0001", PAY_DAY)
    assert (loan.outstanding, loan.principal_due, loan.service_due) == (2_338_000, 738_000, 0)
    assert all(f.ok for f in book.checks.run())


def test_the_next_payout_takes_up_what_is_still_owed(indebted):
    book = indebted
    book.payouts.pay(sell(book, "LJ-0001", 500_000).number, date=PAY_DAY)
    # 20 June: wajib for June 10.000. The loan: installment 3 fell due on 15 June (principal
    # 400.000, jasa 2 % × 1.600.000 = 32.000): principal due 1.200.000 − 62.000 = 1.138.000,
    # jasa due 120.000 − 88.000 = 32.000, together 1.170.000. Share 2.000.000 − 10.000 −
    # 1.170.000 = 820.000 paid.
    sale = sell(book, "LJ-0001", 2_000_000, day=D(2026, 6, 18))
    (payout,) = book.payouts.pay(sale.number, date=D(2026, 6, 20))
    assert (payout.deductions, payout.paid) == (1_180_000, 820_000)
    assert [(d.kind, d.amount, d.principal, d.service) for d in book.payouts.deductions(payout.slip)] == [
        ("wajib", 10_000, 0, 0),
        ("pinjaman", 1_170_000, 1_138_000, 32_000),
    ]  # fmt: skip
    loan = book.loans.position("PN-2026-0001", D(2026, 6, 20))
    assert (loan.outstanding, loan.due) == (1_200_000, 0)
    assert all(f.ok for f in book.checks.run())


def test_no_settings_and_no_loans_deduct_nothing(book):
    book.members.add("Siti Aminah", joined=D(2026, 1, 5))
    sale = sell(book, "LJ-0001", 500_000)
    (payout,) = book.payouts.pay(sale.number, date=PAY_DAY)
    assert (payout.deductions, payout.paid) == (0, 500_000)
    assert book.payouts.deductions(payout.slip) == []


def test_wajib_is_deducted_only_when_the_book_says_so(indebted):
    book = indebted
    book.savings.configure(deduct_wajib=False)
    preview = book.payouts.preview(sell(book, "LJ-0002", 100_000).number, date=PAY_DAY)
    assert (preview[0].deductions, preview[0].paid) == ((), 100_000)


def test_several_members_in_one_run(indebted):
    book = indebted
    book.deliveries.record("LJ-0001", "TBS Sawit", 3_000_000, date=SALE_DAY)
    book.deliveries.record("LJ-0002", "TBS Sawit", 1_000_000, date=SALE_DAY)
    # 4.000 kg sold for 4.100.000: fee 100.000, net 4.000.000 split 3:1.
    sale = book.sales.settle(
        SaleInput(
            "TBS Sawit",
            SALE_DAY,
            "PT Pauh",
            4_000_000,
            agreed_total=4_100_000,
            received_into=acc.BANK,  # the transfers below are paid from it
        )
    )
    payouts = book.payouts.pay(sale.number, date=PAY_DAY, method="transfer")
    # Siti 3.000.000 − 50.000 − 300.000 − 888.000 = 1.762.000; Budi 1.000.000 − 50.000.
    assert [(p.share, p.deductions, p.paid, p.method) for p in payouts] == [
        (3_000_000, 1_238_000, 1_762_000, "transfer"),
        (1_000_000, 50_000, 950_000, "transfer"),
    ]
    assert book.cash.balances()[acc.BANK] == 4_100_000 - (1_762_000 + 950_000)
    assert all(f.ok for f in book.checks.run())


def test_refused_payout_changes_nothing(indebted):
    book = indebted
    sale = sell(book, "LJ-0001", 500_000)
    book.closing.close(D(2026, 5, 19))
    before = dump(book)
    with pytest.raises(KoperasiError) as info:
        book.payouts.pay(sale.number, date=D(2026, 5, 19))
    assert info.value.code == "period.closed"
    assert dump(book) == before
