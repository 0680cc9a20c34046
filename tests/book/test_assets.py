"""Fixed assets depreciated straight-line each month, and the allowance for doubtful loans
by collectibility, worked by hand through 2025; their place in the SAK EP statements, the
notes, hledger and the command line.

2025: other income 50.000.000 on 2 January. A scale of 12.000.000 bought on 10 March (four
years, no residual: 250.000 a month from April, 9 months = 2.250.000) and a warehouse of
30.000.000 on 1 July (ten years, residual 3.000.000: 225.000 a month from August, 5 months
= 1.125.000): depreciation 3.375.000. Ahmad's loan of 1.200.000 from 1 March, only April
repaid (100.000 + 12.000): on 31 December 1.100.000 owed, overdue since 1 May (244 days),
macet, 100 %. Budi's loan of 600.000 from 15 November: its first installment (15 December)
unpaid, 16 days, kurang lancar, 10 % = 60.000. Allowance 1.160.000.
"""

import datetime
import json
import shutil
import subprocess

import pytest

from koperasi.cli import main
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.pdf.rat import render_rat
from koperasi.reports.hledger import hledger_journal
from koperasi.reports.rat import rat_report
from tests.pdf.pdf_helpers import pages

D = datetime.date


def balance(book, code, until=None):
    rows = book.journal.trial_balance(until).rows
    return next((r.balance for r in rows if r.code == code), 0)


@pytest.fixture
def year(book):
    book.with_today(D(2026, 2, 1))
    ahmad = book.members.add("Ahmad", joined=D(2025, 1, 2)).number
    budi = book.members.add("Budi Santoso", joined=D(2025, 1, 2)).number
    book.cash.income("Pendapatan lain-lain", 50_000_000, "Sewa gudang", date=D(2025, 1, 2))
    book.assets.add("Timbangan digital 500 kg", 12_000_000, D(2025, 3, 10), life_months=48)
    book.assets.add(
        "Gudang", 30_000_000, D(2025, 7, 1), life_months=120, residual=3_000_000, money="kas"
    )
    late = book.loans.grant(ahmad, "pinjaman", 1_200_000, D(2025, 3, 1), months=12, rate_bp=100)
    book.loans.repay(late.number, 112_000, D(2025, 4, 1))
    book.loans.grant(budi, "pinjaman", 600_000, D(2025, 11, 15), months=6, rate_bp=100)
    return book


def test_depreciation_month_by_month(year):
    book = year
    posted = book.assets.depreciate(2025, 12)
    assert [(d.month, a) for d, a in posted] == [
        (4, 250_000),
        (5, 250_000),
        (6, 250_000),
        (7, 250_000),
        (8, 475_000),
        (9, 475_000),
        (10, 475_000),
        (11, 475_000),
        (12, 475_000),
    ]
    assert balance(book, acc.DEPRECIATION_EXPENSE) == 3_375_000
    assert balance(book, acc.ACCUMULATED_DEPRECIATION) == -3_375_000  # a contra asset
    scale, warehouse = book.assets.list(D(2025, 12, 31))
    assert (scale.accumulated, scale.book_value) == (2_250_000, 9_750_000)
    assert (warehouse.accumulated, warehouse.book_value) == (1_125_000, 28_875_000)
    # Nothing twice; not a month that is not over; no asset back-dated into posted months.
    with pytest.raises(KoperasiError) as e:
        book.assets.depreciate(2025, 12)
    assert "Tidak ada penyusutan" in e.value.message("id")
    with pytest.raises(KoperasiError) as e:
        book.assets.depreciate(2026, 2)
    assert "belum selesai" in e.value.message("id")
    with pytest.raises(KoperasiError) as e:
        book.assets.add("Motor", 15_000_000, D(2025, 6, 1), life_months=60)
    assert "31/12/2025" in e.value.message("id")


def test_the_months_add_up_to_the_base_exactly(book):
    book.with_today(D(2030, 1, 1))
    book.cash.income("Pendapatan lain-lain", 1_000_000, "modal", date=D(2025, 1, 2))
    # 1.000.000 over 7 months: 142.857,14... each; the months add up to 1.000.000 exactly.
    book.assets.add("Pompa air", 1_000_000, D(2025, 1, 5), life_months=7)
    posted = book.assets.depreciate(2025, 12)
    assert sum(a for _, a in posted) == 1_000_000
    assert len(posted) == 7 and {a for _, a in posted} == {142_857, 142_858}


def test_refusals_change_nothing(year):
    book = year
    before = len(book.journal.trial_balance().rows)
    for kwargs, words in (
        ({"cost": 0}, "lebih dari nol"),
        ({"residual": 12_000_000}, "Nilai sisa"),
        ({"life_months": 0}, "Umur manfaat"),
        ({"money": "emas"}, "kas atau bank"),
    ):
        args = {"name": "Meja", "cost": 12_000_000, "date": D(2026, 1, 5), "life_months": 48}
        with pytest.raises(KoperasiError) as e:
            book.assets.add(**{**args, **kwargs})
        assert words in e.value.message("id")
    assert len(book.journal.trial_balance().rows) == before
    assert len(book.assets.list()) == 2


def test_allowance_by_collectibility(year):
    book = year
    status = book.assets.allowance(D(2025, 12, 31))
    assert [(x.key, x.loans, x.outstanding, x.required) for x in status.lines] == [
        ("lancar", 0, 0, 0),
        ("kurang_lancar", 1, 600_000, 60_000),
        ("diragukan", 0, 0, 0),
        ("macet", 1, 1_100_000, 1_100_000),
    ]
    assert (status.required, status.balance, status.adjustment) == (1_160_000, 0, 1_160_000)
    posted = book.assets.post_allowance(D(2025, 12, 31))
    assert (posted.balance, posted.adjustment) == (1_160_000, 0)
    assert balance(book, acc.ALLOWANCE_EXPENSE) == 1_160_000
    assert balance(book, acc.ALLOWANCE) == -1_160_000
    with pytest.raises(KoperasiError) as e:
        book.assets.post_allowance(D(2025, 12, 31))
    assert "sudah dibukukan" in e.value.message("id")
    with pytest.raises(KoperasiError) as e:
        book.assets.post_allowance(D(2025, 12, 30))
    assert "akhir bulan" in e.value.message("id")
    # January: nothing repaid, both loans stay in their classes: nothing to post.
    with pytest.raises(KoperasiError) as e:
        book.assets.post_allowance(D(2026, 1, 31))
    assert "sudah sesuai (Rp 1.160.000)" in e.value.message("id")


def test_a_repaid_loan_releases_its_allowance(year):
    book = year
    book.assets.post_allowance(D(2025, 12, 31))
    book.with_today(D(2026, 3, 1))
    late = book.loans.list(member="LJ-0001")[0].loan.number
    owed = book.loans.status(late, D(2026, 1, 10))
    book.loans.repay(late, owed.outstanding + owed.position.service_due, D(2026, 1, 10))
    status = book.assets.post_allowance(D(2026, 1, 31))
    # Budi's loan only: its December installment now 47 days overdue, still kurang lancar.
    assert status.required == 60_000 and status.balance == 60_000
    assert balance(book, acc.ALLOWANCE_EXPENSE) == 1_160_000 - 1_100_000


def test_statements_show_them(year):
    book = year
    book.assets.depreciate(2025, 12)
    book.assets.post_allowance(D(2025, 12, 31))
    report = rat_report(book, 2025, ["neraca", "phu", "arus-kas", "calk"])
    text = " ".join(pages(render_rat(report)))
    # Cash: 50.000.000 − 12.000.000 − 30.000.000 − 1.200.000 − 600.000 + 112.000.
    assert balance(book, acc.CASH, D(2025, 12, 31)) == 6_312_000
    assert "1202 Piutang Anggota 1.700.000 – 1209 Penyisihan Piutang Pinjaman (1.160.000) –" in text
    assert "Jumlah aset lancar 6.852.000 –" in text
    assert "ASET TIDAK LANCAR 1301 Aset Tetap 42.000.000 –" in text
    assert "1309 Akumulasi Penyusutan Aset Tetap (3.375.000) –" in text
    assert "Jumlah aset tidak lancar 38.625.000 –" in text
    assert "JUMLAH ASET 45.477.000 –" in text
    assert "JUMLAH LIABILITAS DAN EKUITAS 45.477.000 –" in text
    # SHU after depreciation and the allowance: 50.012.000 − 3.375.000 − 1.160.000.
    assert "5107 Beban Penyusutan 3.375.000 –" in text
    assert "5108 Beban Penyisihan Piutang 1.160.000 –" in text
    assert "SHU SETELAH PAJAK 45.477.000 –" in text
    assert "Pembelian aset tetap (42.000.000) –" in text
    assert "Kas bersih dari (untuk) aktivitas investasi (42.000.000) –" in text
    assert "KAS DAN BANK AKHIR TAHUN 6.312.000 –" in text
    # The notes: the allowance by class against what is booked, and the asset register.
    assert "Macet 100 % 1.100.000" in text and "Kurang lancar 10 % 60.000" in text
    assert "Penyisihan yang diperlukan 1.160.000" in text
    assert "Penyisihan yang dibukukan (akun 1209) 1.160.000" in text
    assert (
        "AT-0001 Timbangan digital 500 kg (10/03/2025, 48 bln) 12.000.000 2.250.000 9.750.000"
        in text
    )
    assert "AT-0002 Gudang (01/07/2025, 120 bln) 30.000.000 1.125.000 28.875.000" in text
    assert "metode garis lurus" in text and "lancar 0,5 %" in text


@pytest.mark.skipif(shutil.which("hledger") is None, reason="hledger is not installed")
def test_hledger_agrees(year, tmp_path):
    from tests.reports.test_yearend_hledger import sections

    book = year
    book.assets.depreciate(2025, 12)
    book.assets.post_allowance(D(2025, 12, 31))
    path = tmp_path / "book.journal"
    path.write_text(hledger_journal(book), encoding="utf-8")
    subprocess.run(["hledger", "-f", str(path), "check"], check=True, capture_output=True)
    bs = sections(path, "bs", "-e", "2026-01-01")
    assert bs["Assets"] == 45_477_000


def test_cli(year, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    path = str(year._file.path)
    year.close()
    from koperasi.book import Book

    monkeypatch.setattr(Book, "clock", staticmethod(lambda: D(2026, 2, 1)))
    assert main(["asset", "depreciate", path, "--year", "2025", "--month", "12"]) == 0
    assert "Dibukukan: 9 bulan, Rp 3.375.000." in capsys.readouterr().out
    assert main(["asset", "list", path, "--date", "2025-12-31", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["number"], a["book_value"]) for a in listed] == [
        ("AT-0001", 9_750_000),
        ("AT-0002", 28_875_000),
    ]
    assert main(["allowance", path, "--date", "2025-12-31", "--post", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["required"], status["booked"], status["adjustment"]) == (1_160_000, 1_160_000, 0)
    assert main(["asset", "add", path, "--name", "Meja", "--cost", "0", "--life-months", "12"]) == 1
    assert "lebih dari nol" in capsys.readouterr().err
    assert main(["accrue", path, "--date", "2025-12-31", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "date": "2025-12-31",
        "loans": 1,
        "accrued": 6_000,
    }


def test_loan_service_accrued_at_the_year_end(year, capsys, monkeypatch):
    """Budi's service of 6.000 (1 % of 600.000) fell due on 15 December, unpaid: accrued
    into 2025 and reversed on 1 January. Ahmad's loan is macet: its 96.000 of service due
    (8 months × 12.000) is not accrued."""
    book = year
    assert book.assets.accrual(D(2025, 12, 31)) == (1, 6_000)
    assert book.assets.accrue(D(2025, 12, 31)) == (1, 6_000)
    assert balance(book, acc.SERVICE_RECEIVABLE, D(2025, 12, 31)) == 6_000
    assert balance(book, acc.SERVICE_RECEIVABLE, D(2026, 1, 1)) == 0
    income, _ = book.shu.figures(2025)
    assert next(a.amount for a in income if a.code == acc.LOAN_SERVICE_INCOME) == 12_000 + 6_000
    with pytest.raises(KoperasiError) as e:
        book.assets.accrue(D(2025, 12, 31))
    assert "sudah dibukukan" in e.value.message("id")
    with pytest.raises(KoperasiError) as e:
        book.journal.reverse(book.journal.of_source("accrual", 20251231)[0].number, "salah")
    text = " ".join(pages(render_rat(rat_report(book, 2025, ["neraca", "calk"]))))
    assert "1203 Piutang Jasa Pinjaman 6.000 –" in text
    assert "dengan dasar akrual." in text
    assert "saat jatuh tempo" in text


def test_a_year_is_closed_after_its_depreciation(year):
    book = year
    with pytest.raises(KoperasiError) as e:
        book.yearend.close_year(2025)
    assert "Penyusutan aset tetap bulan 4/2025 belum dibukukan" in e.value.message("id")
    assert book.yearend.closing(2025) is None
    book.assets.depreciate(2025, 12)
    # SHU after depreciation: 50.000.000 + 12.000 service − 3.375.000.
    assert book.yearend.close_year(2025).result == 46_637_000
