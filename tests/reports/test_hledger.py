"""The real hledger reads our journal and agrees with our balances to the rupiah."""

import csv
import datetime
import io
import shutil
import subprocess

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core.model import SaleCost
from koperasi.reports.hledger import account_name, hledger_journal

hledger = shutil.which("hledger")
needs_hledger = pytest.mark.skipif(
    hledger is None, reason="hledger (Debian package) is not installed"
)

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def busy_book(book):
    for name in ("Siti Aminah", "Budi Santoso"):
        book.members.add(name)
    book.deliveries.record("LJ-0001", "Karet", 120_000, date=DAY, quality_bp=5500)
    book.deliveries.record("LJ-0002", "Karet", 80_000, date=DAY, quality_bp=6000)
    book.deliveries.record("LJ-0002", "TBS Sawit", 1_234_567, date=DAY)
    rubber = book.sales.settle(
        SaleInput(
            "Karet",
            DAY,
            "PT Remco",
            195_000,
            price_cents=1_250_050,
            costs=(SaleCost("transport", 75_000),),
        )
    )
    palm = book.sales.settle(
        SaleInput(
            "TBS Sawit", DAY, "PKS Sarolangun", 1_220_000, price_cents=287_145, received_into="1201"
        )
    )
    book.payouts.pay(rubber.number, date=datetime.date(2026, 11, 21), members=["LJ-0001"])
    # The buyer pays into the bank before the shares go out by transfer (Bank never below zero).
    book.receivables.collect(palm.number, palm.gross, into="bank", date=datetime.date(2026, 11, 21))
    book.payouts.pay(palm.number, date=datetime.date(2026, 11, 22), method="transfer")
    return book


def test_journal_text(busy_book):
    text = hledger_journal(busy_book)
    assert "2026-11-20 * (JU-2026-000001) Penjualan PJ-2026-0001 Karet ke PT Remco" in text
    assert (
        "    aset:1101 Kas  2437598 IDR" in text
    )  # 195 kg × Rp 12.500,50 = 2.437.597,5 → 2.437.598
    assert "; member: LJ-0001" in text


@needs_hledger
def test_hledger_balances_equal_ours(busy_book, tmp_path):
    path = tmp_path / "book.journal"
    path.write_text(hledger_journal(busy_book), encoding="utf-8")
    subprocess.run([hledger, "-f", str(path), "check"], check=True, capture_output=True)
    out = subprocess.run(
        [hledger, "-f", str(path), "balance", "--flat", "--no-total", "-O", "csv"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    theirs = {}
    for row in list(csv.reader(io.StringIO(out)))[1:]:
        theirs[row[0]] = int(row[1].replace("IDR", "").replace(",", "").strip())
    accounts = {a.code: a for a in busy_book.journal.accounts()}
    ours = {
        account_name(r.code, accounts[r.code].name_id, r.kind): r.debit - r.credit
        for r in busy_book.journal.trial_balance().rows
        if r.debit != r.credit
    }
    assert theirs == ours
    assert sum(ours.values()) == 0


# -- a book with savings, loans, deductions at payout, the cash book, closing and SHU ----------


@pytest.fixture
def money_book(book):
    """Two years of a small cooperative: every kind of money record: savings, loans, cash, SHU."""
    d = datetime.date
    book.savings.configure(pokok_amount=100_000, wajib_amount=10_000, deduct_wajib=True)
    for name in ("Siti Aminah", "Budi Santoso", "Cici"):
        book.members.add(name, joined=d(2025, 1, 6))
    for number in ("LJ-0001", "LJ-0002", "LJ-0003"):
        book.savings.deposit(number, "pokok", date=d(2025, 1, 6))
    book.savings.deposit("LJ-0003", "sukarela", 1_250_000, date=d(2025, 2, 1), method="transfer")
    # Cash for the loans below: Kas never goes below zero.
    book.savings.deposit("LJ-0003", "sukarela", 3_000_000, date=d(2025, 2, 1))
    book.savings.withdraw("LJ-0003", 300_000, date=d(2025, 8, 1))
    book.loans.grant("LJ-0001", "kasbon", 400_000, date=d(2025, 3, 1))
    book.loans.grant("LJ-0002", "pinjaman", 2_500_000, date=d(2025, 2, 15), months=5, rate_bp=150)
    book.loans.repay("PN-2025-0001", 537_500, date=d(2025, 3, 15))
    book.deliveries.record("LJ-0001", "Karet", 150_000, date=d(2025, 4, 7), quality_bp=5500)
    book.deliveries.record("LJ-0002", "Karet", 120_000, date=d(2025, 4, 7), quality_bp=6000)
    sale = book.sales.settle(
        SaleInput("Karet", d(2025, 4, 12), "PT Remco", 265_000, price_cents=1_180_000)
    )
    book.payouts.pay(sale.number, date=d(2025, 4, 15))
    book.cash.expense("Honorarium pengurus", 60_000, "Honor semester I", date=d(2025, 6, 30))
    book.cash.income("Bunga bank", 8_765, "Jasa giro", date=d(2025, 6, 30), money="bank")
    book.cash.transfer("bank", 500_000, date=d(2025, 7, 1))
    wrong = book.cash.expense("Transport", 77_000, "Salah catat", date=d(2025, 7, 2))
    book.cash.void(wrong.number, "dobel", date=d(2025, 7, 3))
    book.shu.post(2025)
    book.shu.pay(2025, ["LJ-0001"], method="cash", date=d(2026, 2, 10))
    book.shu.pay(2025, method="sukarela", date=d(2026, 2, 11))
    book.closing.close(d(2026, 3, 31))
    book.loans.repay("PN-2025-0001", 1_000_000, date=d(2026, 4, 2))
    assert all(f.ok for f in book.checks.run())
    return book


def hledger_balances(path) -> dict[str, int]:
    subprocess.run([hledger, "-f", str(path), "check"], check=True, capture_output=True)
    out = subprocess.run(
        [hledger, "-f", str(path), "balance", "--flat", "--no-total", "-O", "csv"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {
        row[0]: int(row[1].replace("IDR", "").replace(",", "").strip())
        for row in list(csv.reader(io.StringIO(out)))[1:]
    }


def our_balances(book, until=None) -> dict[str, int]:
    accounts = {a.code: a for a in book.journal.accounts()}
    return {
        account_name(r.code, accounts[r.code].name_id, r.kind): r.debit - r.credit
        for r in book.journal.trial_balance(until).rows
        if r.debit != r.credit
    }


@needs_hledger
def test_hledger_agrees_on_a_book_with_savings_loans_cash_and_shu(money_book, tmp_path):
    from koperasi.cli import main

    path = tmp_path / "book.journal"
    assert main(["export", "hledger", str(money_book.path), "-o", str(path)]) == 0
    ours = our_balances(money_book)
    assert hledger_balances(path) == ours
    # The year closed into the surplus and shared out: no income or expense left for 2025.
    assert not any(
        name.startswith(("pendapatan:", "beban:")) for name in ours if "4102" not in name
    )
    assert sum(ours.values()) == 0
    # --until cuts the journal at a date: the balances of 30 June 2025.
    early = tmp_path / "june.journal"
    assert (
        main(["export", "hledger", str(money_book.path), "-o", str(early), "--until", "2025-06-30"])
        == 0
    )
    assert hledger_balances(early) == our_balances(money_book, datetime.date(2025, 6, 30))
