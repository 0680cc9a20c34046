"""The RAT report states the bases the SHU was shared on and the amounts actually allocated
(issue 14, branch i14shu); the figures are tests/book/test_i14shu_bases.py's."""

import datetime

from koperasi.core import accounts as acc
from koperasi.pdf.rat import render_rat
from koperasi.reports.rat import rat_report
from koperasi.reports.rat.shu import shu_list
from tests.book.test_i14shu_bases import build
from tests.helpers import fund
from tests.pdf.pdf_helpers import pages

D = datetime.date


def test_the_rat_report_states_a_mixed_basis_and_a_transfer(book):
    build(book)
    book.yearend.decide(
        2023,
        D(2024, 3, 10),
        transactions={"sales": 5_000, "loan_service": 3_000, "purchases": 2_000},
    )
    fund(book, 2_000_000, D(2024, 3, 11), acc.BANK)
    book.shu.pay(2023, ["LJ-0001"], method="transfer", date=D(2024, 3, 25), reference="BRI 1")
    shu = shu_list(book, 2023)
    assert shu.transaction_basis == {"sales": 5_000, "loan_service": 3_000, "purchases": 2_000}
    assert shu.part("jasa_usaha") == shu.total_jasa_usaha == 2_725_000
    assert [(m.number, m.jasa_usaha, m.method) for m in shu.members] == [
        ("LJ-0001", 1_021_875, "transfer"),
        ("LJ-0002", 953_750, ""),
        ("LJ-0003", 749_375, ""),
    ]
    text = " ".join(pages(render_rat(rat_report(book, 2023))))
    assert "hasil penjualan 50 % (jumlah Rp 4.000.000)" in text
    assert "jasa pinjaman yang dibayar 30 % (jumlah Rp 400.000)" in text
    assert "pembelian dari koperasi 20 % (jumlah Rp 500.000)" in text
    assert "pada 31 Desember" in text
    assert "benar-benar dialokasikan" in text
    assert "1.021.875" in text and "2.725.000" in text
    assert "transfer" in text
    # The notes (CALK) name the bases the decision recorded.
    assert (
        "Jasa usaha dibagi menurut keputusan RAT sebanding dengan hasil penjualan 50 %, jasa "
        "pinjaman yang dibayar 30 %, pembelian dari koperasi 20 %"
    ) in text


def test_no_eligible_member_moves_the_part_and_the_printout_says_so(book):
    build(book)
    # Nobody bought in 2024's sense: a basis of purchases only, with the purchases of 2023
    # voided, leaves jasa anggota with no member; it goes to Cadangan and the printout
    # states the amounts actually allocated (25 % voted, 0 allocated).
    number = book.cash.entries(D(2023, 9, 1), D(2023, 9, 1))[0].number
    book.with_today(D(2024, 3, 31))
    book.cash.void(number, "salah catat", date=D(2024, 3, 5))
    d = book.yearend.decide(2023, D(2024, 3, 10), transactions={"purchases": 10_000})
    assert d.row.parts["jasa_usaha"] == 0
    # 4.360.000 (40 % + the rupiah left over) + 2.725.000
    assert d.row.parts["reserve"] == 4_360_001 + 2_725_000
    shu = shu_list(book, 2023)
    assert [(p.part, p.bp, p.amount) for p in shu.parts if p.part == "jasa_usaha"] == [
        ("jasa_usaha", 2_500, 0)
    ]
    text = " ".join(pages(render_rat(rat_report(book, 2023))))
    assert "tidak ada anggota yang menjadi dasarnya" in text
    assert "pembelian dari koperasi" in text
