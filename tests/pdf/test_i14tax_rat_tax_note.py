"""The RAT report's tax note (CALK 9) with PPh 21 withheld on honoraria and, for a PKP, the
PPN keluaran computed (branch i14tax), read back from the PDF."""

import datetime

from koperasi.book import Book
from koperasi.pdf.rat import render_rat
from koperasi.reports.rat import rat_report
from tests.pdf.pdf_helpers import pages

D = datetime.date


def test_calk_states_pph21_withheld_paid_and_payable(tmp_path):
    book = Book.create(tmp_path / "tax.koperasi", name="Koperasi Tani", member_prefix="KT")
    book.with_today(D(2025, 12, 31))
    book.tax.set_profile("final", 2024)
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa gudang", date=D(2025, 1, 10))
    # 2.000.000 bukan pegawai: 50.000 withheld; 3.000.000 pengawas: 150.000 withheld.
    nik = "1503010101800001"
    book.honoraria.pay("Sri", "bukan-pegawai", 2_000_000, D(2025, 3, 10), tax_id=nik)
    book.honoraria.pay("Darmo", "pengawas", 3_000_000, D(2025, 12, 20), tax_id=nik)
    book.cash.expense("Setor PPh 21", 50_000, "PPh 21 Maret", date=D(2025, 4, 15))
    book.with_today(D(2026, 1, 5))
    text = " ".join(pages(render_rat(rat_report(book, 2025, ["calk"]))))
    assert "PPh Pasal 21 atas honorarium" in text
    assert "Jumlah bukti potong 2" in text
    assert "Honorarium bruto 5.000.000" in text
    assert "PPh 21 dipotong 200.000" in text
    assert "PPh 21 disetor 50.000" in text
    assert "Utang PPh 21 (2111) 31 Desember 150.000" in text
    assert "PPN keluaran" not in text  # not PKP
    # A year without honoraria says nothing of PPh 21.
    book.with_today(D(2027, 1, 5))
    text = " ".join(pages(render_rat(rat_report(book, 2026, ["calk"]))))
    assert "PPh Pasal 21 atas honorarium" in text  # 150.000 still payable from 2025
    assert "Utang PPh 21 (2111) 31 Desember 150.000" in text
    book.close()


def test_calk_of_a_year_without_pph21_and_a_pkp(tmp_path):
    book = Book.create(tmp_path / "pkp.koperasi", name="Koperasi Tani", member_prefix="KT")
    book.with_today(D(2025, 12, 31))
    book.tax.set_profile("final", 2024, pkp=True)
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa gudang", date=D(2025, 1, 10))
    book.with_today(D(2026, 1, 5))
    text = " ".join(pages(render_rat(rat_report(book, 2025, ["calk"]))))
    assert "PPh Pasal 21 atas honorarium" not in text
    # No marketing fee in the year: PPN 0.
    assert "PPN keluaran atas jasa pemasaran menurut perhitungan (DPP Rp 0): Rp 0" in text
    book.close()
