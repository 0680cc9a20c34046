"""Slips and the member statement of a payout that deducted what members owe, read back
from the PDF (the book of pdf_helpers.build_deductions_book: figures in its docstring)."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest

from koperasi import pdf, reports
from koperasi.core.fmt import rupiah
from koperasi.core.terbilang import amount_in_words
from koperasi.reports.slips import SlipDeduction, meterai_duty
from tests.pdf.pdf_helpers import LONG_NAME, pages

PAPERS = ["a5", "a6", "roll80"]
MAY_JUNE = (datetime.date(2026, 5, 1), datetime.date(2026, 6, 30))


@pytest.mark.parametrize("paper", PAPERS)
def test_slip_prints_each_deduction_and_the_net(deductions_book, paper):
    slips = reports.slips_for_sale(deductions_book, "PJ-2026-0001")
    siti, budi = pages(pdf.render_slips(slips, paper))  # one page each
    # Siti: 1.500.000 − 50.000 − 300.000 − 888.000 (pokok 800.000 + jasa 88.000) = 262.000.
    for expected in (
        "Bagian hasil penjualan Rp 1.500.000",
        "Potongan simpanan wajib −Rp 50.000",
        "Potongan kasbon KB-2026-0001 −Rp 300.000",
        # The split under the installment's line: it would not fit beside the figure.
        "Angsuran pinjaman PN-2026-0001 −Rp 888.000 (pokok Rp 800.000, jasa Rp 88.000)",
        "DIBAYAR (tunai) Rp 262.000",
        "Terbilang: Dua ratus enam puluh dua ribu rupiah",
    ):
        assert expected in siti, (paper, expected)
    assert siti.index("Bagian hasil penjualan") < siti.index("simpanan wajib")
    assert siti.index("KB-2026-0001") < siti.index("PN-2026-0001") < siti.index("DIBAYAR")
    assert "Masih terutang" not in siti
    # Budi: 180.000 − 50.000 − 130.000 of his 200.000 kasbon; 70.000 stays owed; 0 paid.
    for expected in (
        "Bagian hasil penjualan Rp 180.000",
        "Potongan simpanan wajib −Rp 50.000",
        "Potongan kasbon KB-2026-0002 −Rp 130.000 Masih terutang Rp 70.000",
        "DIBAYAR (tunai) Rp 0",
        "Terbilang: Nol rupiah",
    ):
        assert expected in budi, (paper, expected)


def test_english_slip_and_statement(deductions_english):
    slips = reports.slips_for_sale(deductions_english, "PJ-2026-0001")
    siti, budi = pages(pdf.render_slips(slips, "a6"))
    assert "Mandatory savings −Rp 50.000" in siti
    assert "Advance repayment KB-2026-0001 −Rp 300.000" in siti
    assert "Loan installment PN-2026-0001" in siti
    assert "principal Rp 800.000, service Rp 88.000" in siti
    assert f"PAID (cash) Rp 262.000 In words: {amount_in_words(262_000, 'en')}" in siti
    assert "Still owed Rp 70.000" in budi
    data = reports.statement_data(deductions_english, "LJ-0001", *MAY_JUNE)
    text = " ".join(pages(pdf.render_statement(data)))
    for expected in (
        "Mandatory savings deducted SP-2026-000001 Rp 50.000",
        "Savings Date Description Deposited Withdrawn Balance",
        "Loans and advances",
        "Loan PN-2026-0001 15/03/2026 Rp 2.400.000 Rp 1.600.000 Rp 400.000 Rp 32.000",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("covered", [True, False])
def test_three_deductions_keep_a_crowded_slip_on_one_page(deductions_book, covered):
    """Three deliveries, a name over three lines and three deductions, the last one with
    its principal and service charge: still one page on every paper. Either the share
    covers everything and is big enough to need the meterai box, or it runs out on the
    loan installment and the slip says what stays owed."""
    siti = reports.slips_for_sale(deductions_book, "PJ-2026-0001")[0]
    deliveries = tuple(
        replace(siti.deliveries[0], receipt=f"NT-2026-00009{i}", part=2_000_000) for i in range(3)
    )
    wajib, kasbon, loan = siti.deductions
    if covered:  # 6.000.000 − 1.238.000 = 4.762.000 + … above Rp 5.000.000: meterai
        share, last, paid = 7_000_000, loan, 7_000_000 - 1_238_000
    else:  # 1.000.000 − 350.000 leaves 650.000 of the 888.000 installment: 238.000 owed
        share, paid = 1_000_000, 0
        last = replace(loan, amount=650_000, principal=562_000, still_owed=238_000)
    crowded = replace(
        siti,
        member_name=LONG_NAME,
        deliveries=deliveries,
        share=share,
        deductions=(wajib, kasbon, last),
        paid=paid,
        paid_in_words=amount_in_words(paid),
        meterai_duty=meterai_duty(paid),
    )
    for paper in PAPERS:
        texts = pages(pdf.render_slips([crowded], paper))
        # A real-size meterai box (32 × 24 mm, issue 10) may push the amount paid and the
        # signatures of a crowded A6 slip onto a second page, together, never apart.
        assert len(texts) == 1 or (covered and paper == "a6" and len(texts) == 2), paper
        if len(texts) == 2:
            assert "DIBAYAR" in texts[1] and "Meterai" in texts[1]
        page = " ".join(texts)
        expected = [
            "NT-2026-000092",
            "Hasibuan",
            "Potongan simpanan wajib −Rp 50.000",
            "Potongan kasbon KB-2026-0001 −Rp 300.000",
            f"DIBAYAR (tunai) {rupiah(paid)}",
            amount_in_words(paid),
        ]
        if covered:
            expected += ["Meterai Rp 10.000", "Lima juta tujuh ratus enam puluh dua ribu"]
        else:
            expected += [
                "Angsuran pinjaman PN-2026-0001 −Rp 650.000 (pokok Rp 562.000, jasa Rp 88.000)",
                "Masih terutang Rp 238.000",
            ]
        for text in expected:
            assert text in page, (paper, text)
        # The signatures made it onto the same page, the treasurer's last.
        assert page.index("DIBAYAR") < page.index("Bendahara") < page.rindex("Siti Aminah")
    # English labels are longer: the same pages.
    english = replace(
        crowded,
        header=replace(crowded.header, lang="en"),
        paid_in_words=amount_in_words(paid, "en"),
    )
    for paper in PAPERS:
        texts = pages(pdf.render_slips([english], paper))
        assert len(texts) == 1 or (covered and paper == "a6" and len(texts) == 2), paper
        assert "PAID" in texts[-1] and "Treasurer" in texts[-1]
        page = " ".join(texts)
        assert "Advance repayment KB-2026-0001 −Rp 300.000" in page, paper
        assert page.index("PAID") < page.index("Treasurer") < page.rindex("Siti Aminah")


def test_statement_sections(deductions_book):
    data = reports.statement_data(deductions_book, "LJ-0001", *MAY_JUNE)
    text = " ".join(pages(pdf.render_statement(data)))
    for expected in (
        # Harvest: the share 1.500.000 goes out as 262.000 in cash and three deductions.
        "20/05/2026 Dibayar tunai SP-2026-000001 (PJ-2026-0001) Rp 262.000 Rp 1.238.000",
        "20/05/2026 Potongan simpanan wajib SP-2026-000001 Rp 50.000 Rp 1.188.000",
        "20/05/2026 Potongan kasbon KB-2026-0001 · SP-2026-000001 Rp 300.000 Rp 888.000",
        "20/05/2026 Angsuran pinjaman PN-2026-0001 · SP-2026-000001 (pokok Rp 800.000, "
        "jasa Rp 88.000) Rp 888.000 Rp 0",
        "JUMLAH Rp 1.500.000 Rp 1.500.000 Saldo akhir Rp 0",
        # Savings: 350.000 on 1 May (pokok 100.000 + sukarela 250.000), + wajib 50.000,
        # − sukarela 50.000 = 350.000.
        "Simpanan Tanggal Keterangan Setor Tarik Saldo Saldo awal Rp 350.000",
        "20/05/2026 Setoran simpanan wajib KW-2026-000003 · dipotong dari SP-2026-000001 "
        "Rp 50.000 Rp 400.000",
        "25/05/2026 Penarikan simpanan sukarela KW-2026-000008 · tunai Rp 50.000 Rp 350.000",
        "JUMLAH Rp 50.000 Rp 50.000 Saldo akhir Rp 350.000",
        "Simpanan pokok Rp 100.000 Rp 0 Rp 0 Rp 100.000",
        "Simpanan wajib Rp 0 Rp 50.000 Rp 0 Rp 50.000",
        "Simpanan sukarela Rp 250.000 Rp 0 Rp 50.000 Rp 200.000",
        "JUMLAH Rp 350.000 Rp 50.000 Rp 50.000 Rp 350.000",
        # Loans: 2.400.000 owed on 1 May + kasbon 300.000 − 300.000 − 800.000 = 1.600.000;
        # on 30 June installment 3 is in arrears: pokok 400.000, jasa 2 % × 1.600.000.
        "Pinjaman dan kasbon Tanggal Keterangan Dipinjam Pokok dibayar Sisa pokok "
        "Saldo awal Rp 2.400.000",
        "01/05/2026 Kasbon KB-2026-0001 diterima Rp 300.000 Rp 2.700.000",
        "20/05/2026 Bayar kasbon KB-2026-0001 KW-2026-000004 · dipotong dari SP-2026-000001 "
        "Rp 300.000 Rp 2.400.000",
        "20/05/2026 Angsuran pinjaman PN-2026-0001 KW-2026-000005 · dipotong dari "
        "SP-2026-000001 (pokok Rp 800.000, jasa Rp 88.000) Rp 800.000 Rp 1.600.000",
        "JUMLAH Rp 300.000 Rp 1.100.000 Saldo akhir Rp 1.600.000",
        "Pinjaman PN-2026-0001 15/03/2026 Rp 2.400.000 Rp 1.600.000 Rp 400.000 Rp 32.000",
        "Kasbon KB-2026-0001 01/05/2026 Rp 300.000 Rp 0 – –",
    ):
        assert expected in text, expected


def test_a_section_heading_never_ends_a_page(deductions_book):
    data = reports.statement_data(deductions_book, "LJ-0001", *MAY_JUNE)
    for page in pages(pdf.render_statement(data)):
        for heading in ("Hasil panen", "Simpanan", "Pinjaman dan kasbon"):
            if heading in page:
                assert "Tanggal Keterangan" in page[page.index(heading) :], heading


def test_a_deduction_line_without_a_kind_prints_its_total(demo):
    """A payout whose deductions were not recorded one by one keeps one "Potongan" line."""
    slip = reports.slip_data(demo, "SP-2026-000001")
    lump = replace(
        slip,
        deductions=(SlipDeduction("deductions", 21_202),),
        paid=1_900_000,
        paid_in_words=amount_in_words(1_900_000),
    )
    (page,) = pages(pdf.render_slips([lump], "a6"))
    assert "Potongan −Rp 21.202" in page and "DIBAYAR (tunai) Rp 1.900.000" in page
