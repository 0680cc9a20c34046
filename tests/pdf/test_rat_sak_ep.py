"""The RAT report's statements in the SAK EP arrangement, read back from the PDF: the figures
a treasurer checks by hand, each tied to the trial balance of the year end.

Two books: the RAT book of tests/reports/rat_helpers.py (2025 with a loan in arrears, a
transfer Kas to Bank, savings, cash-book vouchers), and the three-year year-end book of
tests/book/test_yearend.py (2023 decided and amended, 2024's deficit carried, 2025 covers it).
"""

from __future__ import annotations

import datetime

import pytest

from koperasi.book import Book
from koperasi.core import accounts as acc
from koperasi.pdf.rat import render_rat
from koperasi.reports.rat import rat_report
from tests.book.test_yearend import build_three_years
from tests.pdf.pdf_helpers import pages
from tests.reports.rat_helpers import TODAY, build_rat_book

D = datetime.date


def trial_balance(book: Book, year: int) -> dict[str, int]:
    """{account: balance on its normal side} at 31 December of the year."""
    return {r.code: r.balance for r in book.journal.trial_balance(D(year, 12, 31)).rows}


def page(texts: list[str], heading: str) -> str:
    """The text of the part that starts with `heading`, up to the next part."""
    start = next(i for i, t in enumerate(texts) if heading in t)
    part = [texts[start]]
    for text in texts[start + 1 :]:
        if any(f"{n}. " in text[:12] for n in ("I", "V", "X")) and " LAPORAN" in text[:60]:
            break
        part.append(text)
    return " ".join(part)


@pytest.fixture(scope="module")
def rat(tmp_path_factory):
    path = tmp_path_factory.mktemp("sak-ep") / "rat.koperasi"
    build_rat_book(path).close()
    with Book.open(path, readonly=True) as book:
        book.with_today(TODAY)
        report = rat_report(book, 2025)
        yield book, report, pages(render_rat(report))


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    path = tmp_path_factory.mktemp("sak-ep-3") / "three.koperasi"
    book = Book.create(path, name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ")
    book.with_today(D(2024, 1, 15))
    book.commodities.add("Karet", fee_bp=300, uses_quality=True)
    book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    build_three_years(book)
    texts = {
        year: pages(render_rat(rat_report(book, year, ["neraca", "phu", "arus-kas", "calk"])))
        for year in (2023, 2024, 2025)
    }
    yield book, texts
    book.close()


# -- laporan posisi keuangan -----------------------------------------------------------------


def test_position_splits_current_and_ties_to_the_trial_balance(rat):
    book, report, texts = rat
    text = page(texts, "I. LAPORAN POSISI KEUANGAN")
    tb = trial_balance(book, 2025)
    # Kas 26.242.250 + Bank 4.762.000 + Piutang Anggota 1.000.000 = 32.004.250, all current.
    assert tb[acc.CASH] + tb[acc.BANK] + tb[acc.MEMBER_RECEIVABLE] == 32_004_250
    assert "ASET LANCAR 1101 Kas 26.242.250 3.030.000 1102 Bank 4.762.000 –" in text
    assert "Jumlah aset lancar 32.004.250 3.030.000" in text
    assert "JUMLAH ASET 32.004.250 3.030.000" in text
    # Liabilities: harvest proceeds 24.755.000, sukarela 436.500, SHU payable 1.813.901 and
    # four funds 363.238 + 3 × 363.237 = 28.458.350.
    assert "Jumlah liabilitas jangka pendek 28.458.350 1.638.000" in text
    liabilities = sum(
        r.balance for r in book.journal.trial_balance(D(2025, 12, 31)).rows if r.kind == "liability"
    )
    assert liabilities == 28_458_350
    assert "Jumlah ekuitas 3.545.900 1.392.000" in text
    assert "JUMLAH LIABILITAS DAN EKUITAS 32.004.250 3.030.000" in text
    assert "Seimbang" in text
    assert report.position.balanced


def test_position_of_a_loss_carried(three):
    _book, texts = three
    text = page(texts[2024], "I. LAPORAN POSISI KEUANGAN")
    assert "3303 SHU Negatif (Defisit) (2.000.000) –" in text
    assert "3302 SHU Belum Dibagi – 10.000.001" in text
    assert "JUMLAH LIABILITAS DAN EKUITAS 5.650.001 10.400.001" in text


# -- laporan hasil usaha ------------------------------------------------------------------------


def test_revenue_from_members_apart_and_shu_after_tax(rat):
    book, _report, texts = rat
    text = page(texts, "II. LAPORAN HASIL USAHA")
    # Members: marketing fees 5.265.750 + loan service 24.000 (2 × 12.000).
    assert "4102 Pendapatan Jasa Pinjaman 24.000 –" in text
    assert "Jumlah pendapatan dari anggota 5.289.750 2.880.000" in text
    assert "4903 Pendapatan Bunga Bank 45.000 –" in text
    assert "Jumlah pendapatan lain 45.000 –" in text
    assert "JUMLAH PENDAPATAN 5.334.750 2.880.000" in text
    assert "SHU sebelum pajak penghasilan 4.534.750 2.730.000" in text
    assert "SHU SETELAH PAJAK 4.534.750 2.730.000" in text
    income, expenses = book.shu.figures(2025)
    assert sum(a.amount for a in income) - sum(a.amount for a in expenses) == 4_534_750


def test_a_loss_year_and_its_comparison(three):
    _book, texts = three
    text = page(texts[2024], "II. LAPORAN HASIL USAHA")
    assert "5102 Beban Honorarium 2.000.000 1.000.000" in text
    assert "SHU NEGATIF (DEFISIT) SETELAH PAJAK (2.000.000) 10.000.001" in text


def test_income_tax_makes_the_shu_after_tax(tmp_path):
    """A month's PPh final posted: the statement shows it between SHU before and after tax."""
    book = Book.create(tmp_path / "tax.koperasi", name="Koperasi Tani", member_prefix="KT")
    book.with_today(D(2025, 3, 1))
    book.tax.set_profile("final", 2024)
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa gudang", date=D(2025, 1, 10))
    book.tax.post_month(2025, 1)  # 0,5 % × 10.000.000 = 50.000
    book.with_today(D(2026, 1, 5))
    texts = pages(render_rat(rat_report(book, 2025, ["phu", "calk"])))
    text = " ".join(texts)
    assert "SHU sebelum pajak penghasilan 10.000.000 –" in text
    assert "5901 Beban pajak penghasilan (50.000) –" in text
    assert "SHU SETELAH PAJAK 9.950.000 –" in text
    # The notes: turnover, due, charged and still payable at the year end.
    assert "Peredaran bruto (omzet koperasi) 10.000.000" in text
    assert "Pajak terutang menurut perhitungan 50.000" in text
    assert "Dibebankan dalam tahun buku 50.000" in text
    assert "Utang pajak 31 Desember 50.000" in text
    assert "terdaftar sejak tahun 2024" in text
    book.close()


# -- laporan arus kas ---------------------------------------------------------------------------


def test_cash_flow_by_activity_ties_to_kas_and_bank(rat):
    book, report, texts = rat
    text = page(texts, "III. LAPORAN ARUS KAS")
    tb, before = trial_balance(book, 2025), trial_balance(book, 2024)
    closing = tb[acc.CASH] + tb[acc.BANK]
    opening = before[acc.CASH] + before.get(acc.BANK, 0)
    assert (opening, closing) == (3_030_000, 31_004_250)
    flow = report.activities
    assert flow.ties and flow.net == closing - opening == 27_974_250
    # Operating: sales 227.615.000 + repayments 112.000 + bank interest 45.000 − sale costs
    # 2.500.000 − payouts 194.982.250 − loan 1.200.000 − electricity 300.000 − RAT 500.000.
    assert "Kas bersih dari (untuk) aktivitas operasi 28.289.750 2.730.000" in text
    assert "Pinjaman dan kasbon diberikan (1.200.000) –" in text
    assert "(tidak ada) – – Kas bersih dari (untuk) aktivitas investasi – –" in text
    # Financing: savings in 840.000 − withdrawn 200.000 − SHU paid 955.500 = (315.500).
    assert "SHU dibayarkan kepada anggota (955.500) –" in text
    assert "Kas bersih dari (untuk) aktivitas pendanaan (315.500) 300.000" in text
    assert "Kenaikan (penurunan) kas dan bank 27.974.250 3.030.000" in text
    assert "Kas dan bank awal tahun 3.030.000 –" in text
    assert "KAS DAN BANK AKHIR TAHUN 31.004.250 3.030.000" in text
    assert "Rp 1.200.000" in text  # the transfer from Kas to Bank, explained


def test_cash_flow_of_three_years_ties_each_year(three):
    book, texts = three
    for year in (2023, 2024, 2025):
        tb = trial_balance(book, year)
        text = page(texts[year], "III. LAPORAN ARUS KAS")
        closing = f"{tb[acc.CASH]:,}".replace(",", ".")
        assert f"KAS DAN BANK AKHIR TAHUN {closing}" in text
    assert "SHU dibayarkan kepada anggota (2.750.000) –" in page(texts[2024], "III. LAPORAN")


# -- CALK ------------------------------------------------------------------------------------------


def test_notes_break_down_the_statements(rat):
    book, _report, texts = rat
    text = page(texts, "V. CATATAN ATAS LAPORAN KEUANGAN")
    assert "Standar Akuntansi Keuangan Entitas Privat (SAK EP)" in text
    assert "Kas 26.242.250 3.030.000 1102 Bank 4.762.000 – Jumlah 31.004.250 3.030.000" in text
    # Sri's loan of 1.200.000 from 1 March, 200.000 repaid: installment 3 (1 June) unpaid on
    # 31 December, 213 days: macet. Its principal is the whole Piutang Anggota.
    assert "Macet 1 1.000.000 – –" in text
    assert "Jumlah pokok pinjaman 1 1.000.000 – –" in text
    assert trial_balance(book, 2025)[acc.MEMBER_RECEIVABLE] == 1_000_000
    assert (
        "3101 Simpanan Pokok 400.000 300.000 3102 Simpanan Wajib 240.000 – "
        "2102 Simpanan Sukarela 436.500 – Jumlah simpanan 1.076.500 300.000" in text
    )
    assert "2103 Utang SHU Anggota 1.092.000 1.813.901 1.092.000 1.813.901" in text
    # PP 55/2022: turnover is the income but bank interest: 5.289.750; tax by month.
    assert "Peredaran bruto (omzet koperasi) 5.289.750" in text
    due = sum(book.tax.month(2025, m).due for m in range(1, 13))
    assert f"Pajak terutang menurut perhitungan {due:,}".replace(",", ".") in text
    assert "5102 Beban Honorarium" in text  # related parties


def test_notes_state_the_rat_decision_as_amended(three):
    _book, texts = three
    text = " ".join(texts[2023])
    assert "Rapat Anggota Tahunan tanggal 20 Maret 2024 memutuskan pembagian SHU tahun 2023" in text
    # Amended to 30/30/20/5/5/5/0/5 % of 10.000.001 (the rupiah left over to the reserve).
    assert "Cadangan 30 % 3.000.001" in text
    assert "Jasa usaha anggota 30 % 3.000.000" in text
    assert "Dana pembangunan daerah kerja 5 % 500.000" in text
    assert "Jumlah 10.000.001" in text
    assert "diubah 1 kali" in text


def test_notes_of_a_loss_carried_and_then_covered(three):
    _book, texts = three
    text = " ".join(texts[2024])
    assert "SHU negatif tahun 2024 sebesar Rp 2.000.000 dibawa ke tahun berikutnya" in text
    assert "15 Maret 2025" in text
    text = " ".join(texts[2025])
    assert "Menutup SHU negatif tahun lalu 2.000.000" in text
    # 5.000.000 − 2.000.000 covered = 3.000.000 split; no member traded: jasa usaha to reserve.
    assert "Cadangan 40 % 1.950.000" in text
    assert "Jasa modal anggota 15 % 450.000" in text
    assert "Jumlah 5.000.000" in text


def test_notes_of_an_open_year_say_preview(tmp_path):
    path = tmp_path / "rat.koperasi"
    build_rat_book(path).close()
    with Book.open(path, readonly=True) as book:
        book.with_today(TODAY)
        texts = pages(render_rat(rat_report(book, 2026, ["calk"])))
    assert all("PRATINJAU" in t for t in texts)
    assert "Tahun buku 2026 belum ditutup" in " ".join(texts)


def test_english_names(tmp_path):
    with build_rat_book(tmp_path / "en.koperasi", lang="en") as book:
        texts = pages(render_rat(rat_report(book, 2025, ["arus-kas", "calk"])))
    text = " ".join(texts)
    assert "CASH FLOWS FROM OPERATING ACTIVITIES" in text
    assert "NOTES TO THE FINANCIAL STATEMENTS" in text
    assert "Loss 1 1.000.000" in text


def test_unclaimed_shu_of_the_older_posting_ties_to_2103(rat):
    """The statutes' posting of 2024 (paid in full in 2025) and of 2025 (Ahmad paid in
    January 2026): what is left unpaid is the balance of Utang SHU Anggota."""
    book, _report, _texts = rat
    rows = book.yearend.unclaimed()
    assert {u.year for u in rows} == {2025}
    assert "SR-0001" not in {u.member.number for u in rows}  # Ahmad was paid
    payable = {r.code: r.balance for r in book.journal.trial_balance().rows}[acc.SHU_PAYABLE]
    assert sum(u.amount for u in rows) == payable == 1_813_901 - 793_224  # Ahmad: 793.224
