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
    accounts = {a.code: a for a in busy_book.store_journal.accounts()}
    ours = {
        account_name(r.code, accounts[r.code].name_id, r.kind): r.debit - r.credit
        for r in busy_book.journal.trial_balance().rows
        if r.debit != r.credit
    }
    assert theirs == ours
    assert sum(ours.values()) == 0
