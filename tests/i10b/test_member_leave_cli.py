"""`koperasi member leave`: the exact command of issue 10, and the exit statement it prints."""

import datetime

from koperasi.book import Book
from tests.pdf.pdf_helpers import pages

D = datetime.date


def _book(path):
    book = Book.create(path, name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ")
    book.with_today(D(2026, 11, 27))
    book.update_profile(village="Lubuk Resam", treasurer="Rahmawati")
    book.members.add("Siti Aminah", joined=D(2025, 6, 1), village="Lubuk Resam")
    book.savings.deposit("LJ-0001", "pokok", 100_000, date=D(2025, 6, 1))
    book.savings.deposit("LJ-0001", "wajib", 6_240_000, date=D(2025, 12, 1))
    book.loans.grant("LJ-0001", "kasbon", 300_000, date=D(2026, 3, 2))
    book.close()


def test_member_leave_prints_the_amounts_and_the_statement(tmp_path, cli):
    path = tmp_path / "lj.koperasi"
    _book(path)
    out = tmp_path / "keluar.pdf"
    result = cli(
        "member", "leave", path, "LJ-0001", "--date", "2026-10-01", "--reason",
        "Pindah ke Jambi", "--refund", "cash", "-o", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == (
        "KL-2026-0001: LJ-0001 Siti Aminah keluar 01/10/2026; simpanan Rp 6.340.000, "
        "pelunasan pinjaman Rp 300.000, dikembalikan tunai Rp 6.040.000."
    )
    statement, receipt = pages(out.read_bytes())
    for text in ("SURAT KETERANGAN KELUAR ANGGOTA", "KL-2026-0001", "Pindah ke Jambi",
                 "Rp 100.000", "Rp 6.240.000", "Rp 6.340.000", "Kasbon KB-2026-0001",
                 "Rp 6.040.000", "Enam juta empat puluh ribu rupiah", "Meterai"):  # fmt: skip
        assert text in statement, text
    for text in ("KWITANSI PENGEMBALIAN SIMPANAN", "Rp 6.040.000", "Siti Aminah", "Rahmawati"):
        assert text in receipt, text
    listed = cli("member", "list", path, "--inactive", "--json")
    assert '"left_on": "2026-10-01"' in listed.out


def test_member_leave_refused_says_one_sentence(tmp_path, cli):
    path = tmp_path / "lj.koperasi"
    _book(path)
    result = cli("member", "leave", path, "LJ-0001", "--date", "2026-10-01", "--reason", " ")
    assert result.code == 1
    assert result.err.strip() == "Tulis alasan anggota keluar."
    with Book.open(path) as book:
        assert book.members.get("LJ-0001").active
