"""Issue 10: buyer receivables collected, sales reversed, payouts voided, Kas never below zero."""

from __future__ import annotations

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.model import SaleCost
from koperasi.reports.settlement import settlement_data
from tests.helpers import dump

D = datetime.date
DAY = D(2026, 11, 20)
SALE_DAY = D(2026, 11, 25)


@pytest.fixture
def rubber(book):
    """Siti delivers 120 kg (KKK 55 %) and 51 kg (50 %); Budi 80 kg (60 %)."""
    for name in ("Siti Aminah", "Budi Santoso"):
        book.members.add(name, joined=D(2026, 1, 1))
    book.deliveries.record("LJ-0001", "Karet", 120_000, date=DAY, quality_bp=5500)
    book.deliveries.record("LJ-0002", "Karet", 80_000, date=DAY, quality_bp=6000)
    book.deliveries.record("LJ-0001", "Karet", 51_000, date=D(2026, 11, 22), quality_bp=5000)
    return book


def sale(into=acc.CASH, cost_from=acc.CASH):
    # G = 245 kg × 12.500 = 3.062.500; F = 3 % = 91.875; K = 150.000; N = 2.820.625
    # (Siti 1.850.087, Budi 970.538).
    return SaleInput(
        "Karet",
        SALE_DAY,
        "PT Remco Jambi",
        245_000,
        price_cents=1_250_000,
        costs=(SaleCost("transport", 150_000, cost_from),),
        received_into=into,
    )


def balance(book, code):
    debit, credit = book.journal.account_sums([code]).get(code, (0, 0))
    return debit - credit


# -- Kas never below zero -----------------------------------------------------------------


def test_an_expense_beyond_kas_is_refused_naming_balance_and_shortfall(rubber):
    book = rubber
    book.savings.deposit("LJ-0001", "pokok", 100_000, date=D(2026, 11, 2))
    before = dump(book)
    with pytest.raises(KoperasiError) as refused:
        book.cash.expense("transport", 250_000, "Bensin", date=D(2026, 11, 3))
    assert refused.value.message("id") == (
        "Saldo 1101 Kas pada 03/11/2026 hanya Rp 100.000; Rp 250.000 ditolak karena kurang"
        " Rp 150.000 dan saldo tidak boleh kurang dari nol."
    )
    assert dump(book) == before


def test_a_back_dated_payment_may_not_empty_a_later_day(rubber):
    book = rubber
    book.savings.deposit("LJ-0001", "pokok", 1_000_000, date=D(2026, 11, 2))
    book.cash.expense("transport", 600_000, "Bensin", date=D(2026, 11, 20))
    # On 5 November Kas holds 1.000.000 but 600.000 of it leaves on 20 November.
    with pytest.raises(KoperasiError) as refused:
        book.cash.expense("transport", 500_000, "Sewa truk", date=D(2026, 11, 5))
    said = refused.value.message("id")
    assert "hanya Rp 400.000" in said and "kurang Rp 100.000" in said
    book.cash.expense("transport", 400_000, "Sewa truk", date=D(2026, 11, 5))
    assert balance(book, acc.CASH) == 0


def test_spending_a_fund_beyond_what_it_holds_is_refused(rubber):
    book = rubber
    book.savings.deposit("LJ-0001", "pokok", 500_000, date=D(2026, 11, 2))  # Kas holds it
    before = dump(book)
    with pytest.raises(KoperasiError) as refused:
        book.cash.expense("Penyaluran dana sosial", 75_000, "Santunan", date=D(2026, 11, 3))
    # Dana Sosial was never funded (no SHU appropriated yet): Rp 0, short by Rp 75.000.
    assert refused.value.message("id") == (
        "Saldo 2107 Dana Sosial pada 03/11/2026 hanya Rp 0; Rp 75.000 ditolak karena kurang"
        " Rp 75.000 dan saldo tidak boleh kurang dari nol."
    )
    assert dump(book) == before


# -- buyer receivables --------------------------------------------------------------------


def test_a_receivable_is_collected_in_parts_into_kas_and_bank(rubber):
    book = rubber
    # The buyer keeps the transport back from what it owes: 3.062.500 − 150.000 = 2.912.500.
    s = book.sales.settle(sale(into=acc.BUYER_RECEIVABLE, cost_from=acc.BUYER_RECEIVABLE))
    [owed] = book.receivables.list()
    assert (owed.sale, owed.buyer, owed.date, owed.amount, owed.paid, owed.outstanding) == (
        s.number,
        "PT Remco Jambi",
        SALE_DAY,
        2_912_500,
        0,
        2_912_500,
    )
    assert owed.age_days == 2  # 25 → 27 November
    first = book.receivables.collect(s.number, 1_000_000, into="kas", date=D(2026, 11, 26))
    assert (first.number, first.amount, first.account) == ("PP-2026-000001", 1_000_000, "1101")
    entry = book.journal.by_id(first.entry_id)
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        (acc.CASH, 1_000_000, 0),
        (acc.BUYER_RECEIVABLE, 0, 1_000_000),
    ]
    [owed] = book.receivables.list()
    assert (owed.paid, owed.outstanding) == (1_000_000, 1_912_500)
    assert book.receivables.outstanding() == (1_912_500, 1)
    before = dump(book)
    with pytest.raises(KoperasiError) as refused:
        book.receivables.collect(s.number, 1_912_501, into="bank")
    assert refused.value.message("id") == (
        f"Pelunasan Rp 1.912.501 melebihi sisa piutang {s.number} sebesar Rp 1.912.500."
    )
    assert dump(book) == before
    book.receivables.collect(s.number, 1_912_500, into="bank")
    assert book.receivables.list() == []
    assert [r.outstanding for r in book.receivables.list(settled=True)] == [0]
    assert (balance(book, acc.BUYER_RECEIVABLE), balance(book, acc.CASH)) == (0, 1_000_000)
    assert balance(book, acc.BANK) == 1_912_500
    assert all(f.ok for f in book.checks.run())


def test_a_sale_paid_in_cash_is_no_receivable(rubber):
    s = rubber.sales.settle(sale())
    with pytest.raises(KoperasiError) as refused:
        rubber.receivables.collect(s.number, 1_000, into="kas")
    assert refused.value.code == "receivable.none"


# -- reversing a sale ---------------------------------------------------------------------


def test_a_sale_is_reversed_its_deliveries_reopen_and_it_keeps_its_number(rubber):
    book = rubber
    s = book.sales.settle(sale())
    done = book.corrections.reverse_sale(s.number, "harga salah ketik")
    assert (done.sale.number, done.deliveries, done.cancellation.reason) == (
        "PJ-2026-0001",
        3,
        "harga salah ketik",
    )
    # The reversing entry mirrors the sale's and names it.
    original = book.journal.of_source("sale", s.id)[0]
    reversal = book.journal.by_id(done.cancellation.entry_id)
    assert reversal.reverses == original.id
    assert [(ln.account, ln.debit, ln.credit) for ln in reversal.lines] == [
        (acc.CASH, 0, 3_062_500),
        (acc.MEMBER_HARVEST_PAYABLE, 2_820_625, 0),
        (acc.MARKETING_FEE_INCOME, 91_875, 0),
        (acc.CASH, 150_000, 0),
    ]
    assert reversal.description == "Pembatalan penjualan PJ-2026-0001: harga salah ketik"
    for code in (acc.CASH, acc.MEMBER_HARVEST_PAYABLE, acc.MARKETING_FEE_INCOME):
        assert balance(book, code) == 0
    # The deliveries are open again and a new sale pools them under the next number.
    assert [book.deliveries.get(f"NT-2026-00000{i}").status for i in (1, 2, 3)] == ["open"] * 3
    again = book.sales.settle(sale())
    assert (again.number, again.net) == ("PJ-2026-0002", 2_820_625)
    assert book.sales.get("PJ-2026-0001").net == 2_820_625  # the reversed sale is kept
    assert book.corrections.reversal_parts(s.id) == {1: 1_334_489, 2: 970_538, 3: 515_598}
    assert all(f.ok for f in book.checks.run())
    with pytest.raises(KoperasiError) as twice:
        book.corrections.reverse_sale(s.number, "lagi")
    assert twice.value.code == "sale.already_reversed"


def test_a_sale_with_a_paid_share_is_not_reversed_until_the_slip_is_void(rubber):
    book = rubber
    s = book.sales.settle(sale())
    [slip] = book.payouts.pay(s.number, members=["LJ-0002"])
    before = dump(book)
    with pytest.raises(KoperasiError) as refused:
        book.corrections.reverse_sale(s.number, "salah")
    assert refused.value.message("id") == (
        "Penjualan PJ-2026-0001 tidak dapat dibatalkan: 1 bagian anggota sudah dibayar"
        " (SP-2026-000001); batalkan slip itu dulu."
    )
    assert dump(book) == before
    book.corrections.void_payout(slip.slip, "salah orang")
    book.corrections.reverse_sale(s.number, "salah")
    assert all(f.ok for f in book.checks.run())


def test_reversing_needs_a_reason_and_cash_to_give_back(rubber):
    book = rubber
    s = book.sales.settle(sale())
    with pytest.raises(KoperasiError) as no_reason:
        book.corrections.reverse_sale(s.number, "  ")
    assert no_reason.value.code == "correction.reason_required"
    # Kas spent in the meantime: the buyer's money cannot be given back from an empty Kas.
    book.cash.expense("transport", 2_000_000, "Sewa truk", date=D(2026, 11, 26))
    before = dump(book)
    with pytest.raises(KoperasiError) as refused:
        book.corrections.reverse_sale(s.number, "salah")
    # Kas holds 2.912.500 − 2.000.000 = 912.500; giving back 3.062.500 less the 150.000
    # transport refunded is 2.912.500, short by 2.000.000.
    assert refused.value.message("id") == (
        "Saldo 1101 Kas pada 27/11/2026 hanya Rp 912.500; Rp 2.912.500 ditolak karena kurang"
        " Rp 2.000.000 dan saldo tidak boleh kurang dari nol."
    )
    assert dump(book) == before


# -- voiding a payout ---------------------------------------------------------------------


def test_a_voided_payout_gives_back_the_share_and_the_kasbon_it_deducted(rubber):
    book = rubber
    s = book.sales.settle(sale())  # Kas: 3.062.500 − 150.000 = 2.912.500
    kasbon = book.loans.grant("LJ-0001", "kasbon", 500_000, date=D(2026, 11, 26))
    [siti] = book.payouts.pay(s.number, members=["LJ-0001"])
    # Siti's share 1.850.087 less her kasbon 500.000: 1.350.087 paid in cash.
    assert (siti.share, siti.deductions, siti.paid) == (1_850_087, 500_000, 1_350_087)
    assert book.loans.position(kasbon.number).outstanding == 0
    kas = balance(book, acc.CASH)
    done = book.corrections.void_payout(siti.slip, "dibayar ke orang yang salah")
    assert done.restored == (("kasbon", 500_000),)
    entry = book.journal.by_id(done.cancellation.entry_id)
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        (acc.MEMBER_HARVEST_PAYABLE, 0, 1_850_087),
        (acc.CASH, 1_350_087, 0),
        (acc.MEMBER_RECEIVABLE, 500_000, 0),
    ]
    assert balance(book, acc.CASH) == kas + 1_350_087
    assert book.loans.position(kasbon.number).outstanding == 500_000
    assert -balance(book, acc.MEMBER_HARVEST_PAYABLE) == 2_820_625  # both shares unpaid
    status = {st.member.number: st.payout for st in book.payouts.status(s.number)}
    assert status == {"LJ-0001": None, "LJ-0002": None}
    assert book.corrections.payout_void(siti.id).reason == "dibayar ke orang yang salah"
    assert all(f.ok for f in book.checks.run())
    [row] = [r for r in settlement_data(book, s.number).rows if r.member_number == "LJ-0001"]
    assert (row.slip, row.paid) == ("", None)  # the void slip paid nothing: unpaid again
    # Paid again under a new slip number; the void slip keeps its own.
    [again] = book.payouts.pay(s.number, members=["LJ-0001"])
    assert (again.slip, again.deductions, again.paid) == ("SP-2026-000002", 500_000, 1_350_087)
    assert book.payouts.get("SP-2026-000001").paid == 1_350_087
    # The settlement sheet shows the slip that stands beside Siti's signature.
    [row] = [r for r in settlement_data(book, s.number).rows if r.member_number == "LJ-0001"]
    assert (row.slip, row.deductions, row.paid) == ("SP-2026-000002", 500_000, 1_350_087)
    # Siti's statement counts the slip that stands, not the void one.
    assert [p.slip for p in book.payouts.of_member("LJ-0001")] == ["SP-2026-000002"]
    assert all(f.ok for f in book.checks.run())
    with pytest.raises(KoperasiError) as twice:
        book.corrections.void_payout(siti.slip, "lagi")
    assert twice.value.code == "payout.already_void"


def test_a_voided_payout_gives_back_wajib_savings(rubber):
    book = rubber
    book.savings.configure(wajib_amount=10_000, wajib_start=D(2026, 1, 1), deduct_wajib=True)
    s = book.sales.settle(sale())
    [budi] = book.payouts.pay(s.number, members=["LJ-0002"])
    wajib = budi.deductions
    assert wajib > 0
    assert book.savings.balances("LJ-0002").of("wajib") == wajib
    book.corrections.void_payout(budi.slip, "salah")
    assert book.savings.balances("LJ-0002").of("wajib") == 0
    assert all(f.ok for f in book.checks.run())


def test_check_reports_a_collection_the_ledger_does_not_know(rubber):
    """A collection row written through the store with no entry: Piutang Pembeli (ledger)
    and what buyers owe disagree, and `koperasi check` says so."""
    from koperasi.book import checks
    from koperasi.store.corrections import CollectionRow

    book = rubber
    s = book.sales.settle(sale(into=acc.BUYER_RECEIVABLE, cost_from=acc.BUYER_RECEIVABLE))
    assert checks.BUYER_RECEIVABLE in checks.CHECKS and checks.NEGATIVE_BALANCES in checks.CHECKS
    entry = book.journal.of_source("sale", s.id)[0]
    with book.atomic():
        book._store_corrections.insert_collection(
            CollectionRow(1, "PP-2026-000001", s.id, SALE_DAY, 500_000, acc.CASH, entry.id),
            2026,
            1,
        )
    _name, check = checks.BUYER_RECEIVABLE
    assert check(book) == ["1201 2912500 != buyers' receivables 2412500"]
    assert not book.checks.ok()


def test_the_audit_log_names_each_correction_and_the_chair_may_approve_them(rubber):
    from koperasi.book import audit
    from koperasi.core.roles import may

    book = rubber
    s = book.sales.settle(sale(into=acc.BUYER_RECEIVABLE, cost_from=acc.BUYER_RECEIVABLE))
    book.receivables.collect(s.number, 2_912_500, into="kas")
    [budi] = book.payouts.pay(s.number, members=["LJ-0002"])
    book.corrections.void_payout(budi.slip, "salah orang")
    records = audit.records(book)
    operations = [r.operation for r in records]
    assert {"receivable.collect", "payout.void"} <= set(operations)
    # A sale with a collection is not reversed: the buyer's money would have to go back.
    with pytest.raises(KoperasiError) as refused:
        book.corrections.reverse_sale(s.number, "salah")
    assert refused.value.code == "sale.reverse_collected"
    # The touched rows of the void: the void itself, the journal, the share's slip stays.
    void = next(r for r in records if r.operation == "payout.void")
    assert {"payout_voids", "journal_entries", "journal_lines"} <= set(void.rows)
    assert audit.verify(book) == []
    assert may("ketua", "sale.reverse") and may("ketua", "payout.void")
    assert not may("pengawas", "payout.void") and not may("petugas", "sale.reverse")
