"""The printed bukti potong PPh 21 of a honorarium (branch i14tax), read back."""

import datetime

from koperasi.book import Book
from koperasi.cli import main
from koperasi.pdf.bukti_potong import render_bukti_potong
from koperasi.reports.bukti_potong import bukti_potong_data
from tests.pdf.pdf_helpers import pages

D = datetime.date


def test_bukti_potong_reads_back(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    monkeypatch.setattr(Book, "clock", staticmethod(lambda: D(2026, 11, 27)))
    path = tmp_path / "bp.koperasi"
    book = Book.create(path, name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ")
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa", date=D(2026, 3, 2))
    book.honoraria.pay(
        "Sri Wahyuni", "bukan-pegawai", 2_000_000, D(2026, 3, 10), description="Narasumber"
    )
    [text] = pages(render_bukti_potong(bukti_potong_data(book, "BP-2026-000001")))
    assert "BUKTI POTONG PPh PASAL 21 BP-2026-000001" in text
    assert "Penerima Sri Wahyuni" in text and "NIK/NPWP tidak ada" in text
    # No NIK/NPWP: 1.000.000 × 5 % × 120 % = 60.000; net 1.940.000.
    assert "Honorarium bruto Rp 2.000.000" in text
    assert "Dasar pemotongan Rp 1.000.000" in text
    assert "Tarif pasal 17 5 % × 120 % (tanpa NIK/NPWP)" in text
    assert "PPh 21 dipotong Rp 60.000" in text
    assert "Dibayar bersih Rp 1.940.000" in text
    assert "satu juta sembilan ratus empat puluh ribu rupiah" in text.lower()
    book.honoraria.void("BP-2026-000001", "Salah", D(2026, 3, 11))
    [text] = pages(render_bukti_potong(bukti_potong_data(book, "BP-2026-000001"), "a5"))
    assert "BATAL" in text and "Dibatalkan 11 Maret 2026" in text
    book.close()
    out = tmp_path / "bp.pdf"
    assert main(["tax-bukti-potong", str(path), "BP-2026-000001", "-o", str(out)]) == 0
    assert "BP-2026-000001" in pages(out.read_bytes())[0]
    assert main(["tax-bukti-potong", str(path), "BP-2026-000009", "-o", str(out)]) == 1
    assert "Bukti potong BP-2026-000009 tidak ada." in capsys.readouterr().err
