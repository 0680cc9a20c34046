"""A fixed asset sold or written off, worked by hand.

A scale of 12.000.000 (no residual, 24 months: 500.000 a month) bought on 31/12/2025 and a
cart of 6.000.000 (60 months: 100.000 a month) bought the same day; depreciation runs from
January 2026. The scale is sold on 30/06/2026 for 8.000.000: January to June is 6 months,
accumulated 3.000.000 (January to May posted monthly, 2.500.000 with the cart's 500.000:
3.000.000 posted first; June's 500.000 in the disposal entry), book value 9.000.000, loss
1.000.000. Kas: 20.000.000 − 18.000.000 + 8.000.000 = 10.000.000.
"""

import datetime
import json
import shutil
import subprocess

import pytest

from koperasi.cli import main
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.reports.rat.sak_ep import cash_flow_by_activity
from koperasi.reports.rat.sak_ep import financial_position as sak_ep_balance_sheet

D = datetime.date


def balance(book, code, until=None):
    rows = book.journal.trial_balance(until).rows
    return next((r.balance for r in rows if r.code == code), 0)


def tied(book):
    tb = book.journal.trial_balance()
    assert sum(r.debit for r in tb.rows) == sum(r.credit for r in tb.rows)
    sheet = sak_ep_balance_sheet(book, 2026)
    assert sheet.total_assets == sheet.total_liabilities_and_equity
    assert sheet.total_assets == sum(r.debit - r.credit for r in tb.rows if r.code[0] == "1")


@pytest.fixture
def two(book):
    book.with_today(D(2026, 7, 15))
    book.cash.income("Pendapatan lain-lain", 20_000_000, "Sewa gudang", date=D(2025, 12, 1))
    book.assets.add("Timbangan", 12_000_000, D(2025, 12, 31), life_months=24)
    book.assets.add("Gerobak", 6_000_000, D(2025, 12, 31), life_months=60)
    return book


def test_sold_at_a_loss(two):
    book = two
    done = book.disposals.dispose("AT-0001", D(2026, 6, 30), 8_000_000, "kas", "dijual ke CV Maju")
    # January–May posted first for both assets: 5 × 600.000.
    assert [(d.month, a) for d, a in done.depreciation_posted] == [
        (m, 600_000) for m in range(1, 6)
    ]
    a, d = done.asset, done.asset.disposal
    assert (a.accumulated, a.book_value, d.proceeds, d.gain) == (
        3_000_000,
        9_000_000,
        8_000_000,
        -1_000_000,
    )
    assert d.depreciation == 500_000  # June's, in the disposal entry
    assert balance(book, acc.FIXED_ASSETS) == 6_000_000  # only the cart left
    assert balance(book, acc.ACCUMULATED_DEPRECIATION) == -500_000  # the cart's 5 months
    assert balance(book, acc.DEPRECIATION_EXPENSE) == 3_500_000  # 3.000.000 + 500.000
    assert balance(book, acc.DISPOSAL_LOSS) == 1_000_000
    assert balance(book, acc.DISPOSAL_GAIN) == 0
    assert balance(book, acc.CASH) == 10_000_000
    tied(book)
    # The scale depreciates no more: June posts only the cart's 100.000.
    assert book.assets.depreciate(2026, 6) == [(D(2026, 6, 30), 100_000)]
    scale, cart = book.assets.list(D(2026, 6, 30))
    assert scale.disposal is not None and cart.disposal is None
    assert (scale.accumulated, scale.book_value) == (3_000_000, 9_000_000)
    assert (cart.accumulated, cart.book_value) == (600_000, 5_400_000)
    tied(book)
    # The cash flow: the proceeds are an investing inflow.
    flow = cash_flow_by_activity(book, 2026)
    investing = next(x for x in flow.activities if x.key == "investing")
    assert [(x.key, x.amount, x.previous) for x in investing.lines] == [
        ("asset_purchase", 0, -18_000_000),  # bought in 2025
        ("asset_sale", 8_000_000, 0),
    ]
    assert flow.ties


def test_the_briefs_dates_under_the_house_convention(book):
    """Bought 01/01/2026, sold 30/06/2026: depreciation starts the month after purchase
    (core.assets), so February–June, 5 months: 2.500.000, book value 9.500.000, loss
    1.500.000."""
    book.with_today(D(2026, 7, 1))
    book.cash.income("Pendapatan lain-lain", 12_000_000, "Sewa", date=D(2026, 1, 1))
    book.assets.add("Timbangan", 12_000_000, D(2026, 1, 1), life_months=24)
    d = book.disposals.dispose("AT-0001", D(2026, 6, 30), 8_000_000)
    assert (d.asset.accumulated, d.asset.book_value, d.gain) == (2_500_000, 9_500_000, -1_500_000)
    tied(book)


def test_sold_at_a_gain_to_the_bank_and_written_off(two):
    book = two
    # Sold 15/03/2026 for 11.500.000: January–March 1.500.000, book value 10.500.000, gain 1.000.000.
    d = book.disposals.dispose("AT-0001", D(2026, 3, 15), 11_500_000, "bank")
    assert (d.asset.accumulated, d.asset.book_value, d.gain) == (1_500_000, 10_500_000, 1_000_000)
    assert balance(book, acc.DISPOSAL_GAIN) == 1_000_000
    assert balance(book, acc.BANK) == 11_500_000
    # The cart written off on 31/03/2026: 3 months, 300.000; book value 5.700.000 lost.
    w = book.disposals.dispose("at-0002", D(2026, 3, 31), 0, reason="rusak")
    assert (w.asset.accumulated, w.asset.book_value, w.gain) == (300_000, 5_700_000, -5_700_000)
    assert w.asset.disposal.money_account is None
    assert balance(book, acc.DISPOSAL_LOSS) == 5_700_000
    assert balance(book, acc.FIXED_ASSETS) == 0
    assert balance(book, acc.ACCUMULATED_DEPRECIATION) == 0
    assert balance(book, acc.DEPRECIATION_EXPENSE) == 1_800_000
    tied(book)
    with pytest.raises(KoperasiError) as e:
        book.assets.depreciate(2026, 6)
    assert "Tidak ada penyusutan" in e.value.message("id")


def test_refusals_change_nothing(two):
    book = two
    tb = book.journal.trial_balance().rows
    for args, words in (
        (("AT-0009", D(2026, 6, 30), 1), "Tidak ada aset tetap AT-0009"),
        (("AT-0001", D(2026, 6, 30), -1), "nol (dihapuskan) atau lebih"),
        (("AT-0001", D(2025, 12, 30), 0), "baru diperoleh pada 31/12/2025"),
        (("AT-0001", D(2026, 8, 1), 0), ""),  # the future
    ):
        with pytest.raises(KoperasiError) as e:
            book.disposals.dispose(*args)
        assert words in e.value.message("id")
    assert book.journal.trial_balance().rows == tb
    # Months after the disposal already posted: refused, nothing changed.
    book.assets.depreciate(2026, 6)
    tb = book.journal.trial_balance().rows
    with pytest.raises(KoperasiError) as e:
        book.disposals.dispose("AT-0001", D(2026, 5, 31), 0)
    assert "Penyusutan sudah dibukukan sampai 30/06/2026" in e.value.message("id")
    book.disposals.dispose("AT-0001", D(2026, 7, 10), 0)
    with pytest.raises(KoperasiError) as e:
        book.disposals.dispose("AT-0001", D(2026, 7, 10), 0)
    assert "sudah dilepas pada 10/07/2026" in e.value.message("id")
    # The table is locked: a disposal is reversed, never changed.
    with pytest.raises(Exception, match="locked"):
        book._db.conn.execute("UPDATE asset_disposals SET proceeds = 1")


def test_reversed_with_a_reason(two):
    book = two
    book.disposals.dispose("AT-0001", D(2026, 6, 30), 8_000_000)
    with pytest.raises(KoperasiError) as e:
        book.disposals.reverse("AT-0001", "  ")
    assert "alasan" in e.value.message("id")
    a = book.disposals.reverse("AT-0001", "salah aset")
    assert a.disposal is None
    assert balance(book, acc.FIXED_ASSETS) == 18_000_000
    assert balance(book, acc.ACCUMULATED_DEPRECIATION) == -3_000_000  # Jan–May, both
    assert balance(book, acc.DISPOSAL_LOSS) == 0
    assert balance(book, acc.CASH) == 2_000_000
    # June now depreciates both again; the asset can be sold again.
    assert book.assets.depreciate(2026, 6) == [(D(2026, 6, 30), 600_000)]
    d = book.disposals.dispose("AT-0001", D(2026, 7, 1), 9_000_000)
    # July's 500.000 in the disposal: 3.500.000, book value 8.500.000, gain 500.000.
    assert (d.asset.accumulated, d.asset.book_value, d.gain) == (3_500_000, 8_500_000, 500_000)
    tied(book)


def test_cli(two, capsys, monkeypatch):
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    path = str(two._file.path)
    two.close()
    from koperasi.book import Book

    monkeypatch.setattr(Book, "clock", staticmethod(lambda: D(2026, 7, 15)))
    args = ["asset", "dispose", path, "AT-0001", "--date", "30/06/2026", "--proceeds", "8.000.000"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Penyusutan dibukukan dulu: 5 bulan, Rp 3.000.000." in out
    assert (
        "AT-0001 Timbangan dijual 30/06/2026 seharga Rp 8.000.000: nilai buku Rp 9.000.000, "
        "rugi Rp 1.000.000." in out
    )
    assert main(["asset", "list", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["disposed"] == {
        "date": "2026-06-30",
        "proceeds": 8_000_000,
        "book_value": 9_000_000,
        "gain": -1_000_000,
        "reason": "",
    }
    assert listed[1]["disposed"] is None
    assert main(["asset", "list", path]) == 0
    out = capsys.readouterr().out
    assert "dilepas 30/06/2026" in out and "aktif" in out
    # Bad input: one sentence, nothing changed.
    assert main(["asset", "dispose", path, "AT-0001", "--date", "01/07/2026"]) == 1
    assert "sudah dilepas pada 30/06/2026" in capsys.readouterr().err
    assert (
        main(["asset", "dispose", path, "AT-0001", "--reverse", "--reason", "keliru", "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["disposed"] is None
    assert main(["asset", "dispose", path, "AT-0002", "--date", "01/07/2026", "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["disposed"]["gain"] == -5_300_000  # 6.000.000 − 7 × 100.000


def test_rat_statements_show_the_sale(two):
    """2026 worked through: other income 10.000.000 on 2 January; depreciation January–May
    600.000 a month, June the scale's 500.000 (in its sale) and the cart's 100.000, July–
    December 100.000: 3.000.000 + 600.000 + 600.000 = 4.200.000; loss 1.000.000; SHU
    4.800.000. Kas: 2.000.000 + 10.000.000 + 8.000.000 = 20.000.000. The cart at the year
    end: 6.000.000 − 1.200.000 = 4.800.000."""
    from koperasi.pdf.rat import render_rat
    from koperasi.reports.rat import rat_report
    from tests.pdf.pdf_helpers import pages

    book = two
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa", date=D(2026, 1, 2))
    book.disposals.dispose("AT-0001", D(2026, 6, 30), 8_000_000)
    book.with_today(D(2027, 1, 10))
    book.assets.depreciate(2026, 12)
    assert balance(book, acc.DEPRECIATION_EXPENSE) == 4_200_000
    tied(book)
    report = rat_report(book, 2026, ["neraca", "phu", "arus-kas", "calk"])
    text = " ".join(pages(render_rat(report)))
    assert "1301 Aset Tetap 6.000.000 18.000.000" in text
    assert "1309 Akumulasi Penyusutan Aset Tetap (1.200.000) –" in text
    assert "5107 Beban Penyusutan 4.200.000 –" in text
    assert "5109 Rugi Pelepasan Aset Tetap 1.000.000 –" in text
    assert "Penjualan aset tetap 8.000.000 –" in text
    assert "Kas bersih dari (untuk) aktivitas investasi 8.000.000 (18.000.000)" in text
    assert "KAS DAN BANK AKHIR TAHUN 20.000.000 2.000.000" in text
    # CALK 10: the register (ties to 1301 and 1309), then the asset sold in the year.
    assert "AT-0002 Gerobak (31/12/2025, 60 bln) 6.000.000 1.200.000 4.800.000" in text
    assert "Aset tetap yang dilepas tahun 2026 (dijual atau dihapuskan)" in text
    assert "AT-0001 Timbangan (dilepas 30/06/2026) 9.000.000 8.000.000 (1.000.000)" in text
    assert "Rugi (5109) Pelepasan Aset Tetap" in text


@pytest.mark.skipif(shutil.which("hledger") is None, reason="hledger is not installed")
def test_hledger_agrees(two, tmp_path):
    """2026 as in test_rat_statements_show_the_sale: assets 20.000.000 Kas + 4.800.000 cart;
    income 10.000.000, expenses 4.200.000 + 1.000.000: SHU 4.800.000."""
    from koperasi.reports.hledger import hledger_journal
    from tests.reports.test_yearend_hledger import sections

    book = two
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa", date=D(2026, 1, 2))
    book.disposals.dispose("AT-0001", D(2026, 6, 30), 8_000_000)
    book.with_today(D(2027, 1, 10))
    book.assets.depreciate(2026, 12)
    path = tmp_path / "book.journal"
    path.write_text(hledger_journal(book), encoding="utf-8")
    subprocess.run(["hledger", "-f", str(path), "check"], check=True, capture_output=True)
    assert sections(path, "bs", "-e", "2027-01-01")["Assets"] == 24_800_000
    income = sections(path, "is", "-b", "2026-01-01", "-e", "2027-01-01")
    assert (income["Revenues"], income["Expenses"], income["Net"]) == (
        10_000_000,
        5_200_000,
        4_800_000,
    )


@pytest.mark.parametrize("account", [acc.DISPOSAL_GAIN, acc.DISPOSAL_LOSS])
def test_no_cash_category_posts_a_gain_or_loss_on_disposal(book, account):
    with pytest.raises(KoperasiError):
        book.cash.add_category("Coba", "income" if account[0] == "4" else "expense", account)


def test_what_depreciation_would_post_is_shown_before_and_is_what_posts(two):
    book = two
    # Timbangan 500.000 + Gerobak 100.000 a month from January; nothing posted yet.
    assert book.assets.pending(2026, 3) == [
        (D(2026, 1, 31), 600_000),
        (D(2026, 2, 28), 600_000),
        (D(2026, 3, 31), 600_000),
    ]
    before = balance(book, acc.DEPRECIATION_EXPENSE)
    assert book.assets.pending(2026, 3) == book.assets.depreciate(2026, 3)
    assert balance(book, acc.DEPRECIATION_EXPENSE) == before + 1_800_000
    assert book.assets.pending(2026, 3) == []
    assert book.assets.pending(2026, 4) == [(D(2026, 4, 30), 600_000)]
