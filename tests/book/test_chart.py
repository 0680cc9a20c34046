"""The chart of accounts extended under fixed parents, with its controls: a bank loan as a
long-term liability received through the cash book is financing in the cash flow, and no
cash-book category may post into equity or into what a register keeps."""

import datetime
import json

import pytest

from koperasi.cli import main
from koperasi.core.errors import KoperasiError
from koperasi.pdf.rat import render_rat
from koperasi.reports.rat import rat_report
from tests.pdf.pdf_helpers import pages

D = datetime.date


def test_a_bank_loan_is_long_term_and_financing(book):
    book.with_today(D(2026, 2, 1))
    account = book.chart.add("2250", "Utang Bank BRI", "Bank loan BRI")
    assert (account.kind, account.normal) == ("liability", "credit")
    book.cash.add_category("Pinjaman bank", "income", "2250")
    book.cash.add_category("Angsuran pinjaman bank", "expense", "2250")
    book.cash.income("Pinjaman bank", 20_000_000, "KUR BRI", date=D(2025, 2, 1), money="bank")
    book.cash.expense(
        "Angsuran pinjaman bank", 2_000_000, "Angsuran", date=D(2025, 8, 1), money="bank"
    )
    text = " ".join(pages(render_rat(rat_report(book, 2025, ["neraca", "arus-kas"]))))
    # Bank 20.000.000 in, 2.000.000 paid back from it (Kas cannot go below zero): Bank 18 jt.
    assert "LIABILITAS JANGKA PANJANG 2250 Utang Bank BRI 18.000.000 –" in text
    assert "Jumlah liabilitas jangka panjang 18.000.000 –" in text
    assert "Penerimaan pinjaman: Pinjaman bank 20.000.000 –" in text
    assert "Pelunasan pinjaman: Angsuran pinjaman bank (2.000.000) –" in text
    assert "Kas bersih dari (untuk) aktivitas pendanaan 18.000.000 –" in text
    assert "Kas bersih dari (untuk) aktivitas operasi – –" in text
    assert "KAS DAN BANK AKHIR TAHUN 18.000.000 –" in text


def test_a_receivable_added_is_current(book):
    book.chart.add("1250", "Piutang Lain-lain")
    book.cash.add_category("Pinjaman ke karyawan", "expense", "1250")
    book.cash.income("Pendapatan lain-lain", 1_000_000, "Sewa", date=D(2026, 1, 5))
    book.cash.expense("Pinjaman ke karyawan", 300_000, "Kasbon karyawan", date=D(2026, 1, 6))
    text = " ".join(pages(render_rat(rat_report(book, 2026, ["neraca"]))))
    assert "1250 Piutang Lain-lain 300.000 – Jumlah aset lancar 1.000.000 –" in text


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("3105", "induk 12, 21, 22, 41, 49, 51"),  # equity
        ("1103", "induk"),  # money: Kas and Bank only
        ("1302", "induk"),  # fixed assets: the register
        ("12A4", "empat angka"),
        ("2101", "sudah ada"),
        # the program's own slots (xx01-xx49): an account it adds later never meets one
        ("2112", "mulai 2150"),
        ("4149", "mulai 4150"),
    ],
)
def test_accounts_refused(book, code, words):
    before = len(book.chart.list())
    with pytest.raises(KoperasiError) as e:
        book.chart.add(code, "Sesuatu")
    assert words in e.value.message("id")
    assert len(book.chart.list()) == before


@pytest.mark.parametrize("account", ["3201", "3101", "3302", "1301", "1309", "1209", "1203"])
def test_no_category_posts_into_equity_or_a_register(book, account):
    with pytest.raises(KoperasiError):
        book.cash.add_category("Coba", "expense", account)


def test_cli(book, capsys, monkeypatch):
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    path = str(book._file.path)
    book.close()
    assert main(["account", "add", path, "--code", "5150", "--name", "Beban Pemeliharaan"]) == 0
    assert "Akun 5150 Beban Pemeliharaan ditambahkan (beban)." in capsys.readouterr().out
    assert main(["account", "list", path, "--json"]) == 0
    codes = {a["code"]: a["kind"] for a in json.loads(capsys.readouterr().out)}
    assert codes["5150"] == "expense" and codes["1301"] == "asset"
    assert main(["account", "add", path, "--code", "3202", "--name", "Cadangan lain"]) == 1
    assert "tidak dapat ditambahkan" in capsys.readouterr().err
