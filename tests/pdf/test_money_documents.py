"""The money documents read back from the PDF: a savings receipt (kwitansi) with the amount
in words, a repayment receipt, a loan's installment plan and the cash book of a month."""

from __future__ import annotations

import datetime

import pytest

from koperasi.book import Book
from koperasi.pdf.cash_book import render_cash_book
from koperasi.pdf.kwitansi import render_kwitansi
from koperasi.pdf.loan_schedule import render_loan_schedule
from koperasi.reports.cash_book import cash_book_data
from koperasi.reports.kwitansi import kwitansi_data
from koperasi.reports.loan_schedule import loan_schedule_data
from tests.helpers import fund
from tests.pdf.pdf_helpers import TODAY, page_sizes, pages, text_runs

JOINED = datetime.date(2026, 1, 5)


@pytest.fixture
def book(tmp_path):
    """Siti paid her pokok and Rp 1.250.000 sukarela and took out Rp 300.000; Budi borrowed
    Rp 1.200.000 on 10 August over 6 months at 2 % flat and repaid the first installment."""
    b = Book.create(
        tmp_path / "kas.koperasi",
        name="Koperasi Produsen Tani Lembah Jaya",
        village="Lubuk Resam",
        treasurer="Siti Aminah",
        chairman="H. Abdul Rahman",
        member_prefix="LJ",
    )
    b.with_today(TODAY)
    b.savings.configure(pokok_amount=100_000)
    b.members.add("Siti Aminah", village="Lubuk Resam", joined=JOINED)
    b.members.add("Budi Santoso", village="Pauh", joined=JOINED)
    b.savings.deposit("LJ-0001", "pokok", date=datetime.date(2026, 1, 5))
    fund(b, 2_000_000, datetime.date(2026, 1, 5))  # Kas never goes below zero
    b.savings.deposit("LJ-0001", "sukarela", 1_250_000, date=datetime.date(2026, 11, 2))
    b.savings.withdraw("LJ-0001", 300_000, date=datetime.date(2026, 11, 20))
    b.loans.grant("LJ-0002", "pinjaman", 1_200_000, datetime.date(2026, 8, 10), 6, 200, "flat")
    b.loans.repay("PN-2026-0001", 224_000, datetime.date(2026, 9, 10))
    b.cash.expense("Transport", 75_000, "Ongkos ke bank", datetime.date(2026, 11, 3))
    yield b
    b.close()


def test_a_savings_receipt(book):
    data = kwitansi_data(book, "KW-2026-000002")
    assert (data.kind, data.savings_kind, data.amount, data.received, data.balance_after) == (
        "deposit",
        "sukarela",
        1_250_000,
        True,
        1_250_000,
    )
    (page,) = pages(render_kwitansi(data))
    for expected in (
        "KWITANSI",
        "KW-2026-000002",
        "2 November 2026",
        "LJ-0001",
        "Setoran simpanan sukarela",
        "Tunai",
        "DITERIMA Rp 1.250.000",
        "Satu juta dua ratus lima puluh ribu rupiah",
        "Saldo simpanan sukarela sesudahnya Rp 1.250.000",
        "Yang menyetor,",
        "Bendahara",
    ):
        assert expected in page, expected


def test_a_withdrawal_receipt_on_a_roll(book):
    data = kwitansi_data(book, "KW-2026-000003")
    pdf = render_kwitansi(data, "roll80")
    (page,) = pages(pdf)
    # Rp 1.250.000 − Rp 300.000 = Rp 950.000 left.
    for expected in (
        "Penarikan simpanan sukarela",
        "DIBAYARKAN Rp 300.000",
        "Tiga ratus ribu rupiah",
        "Rp 950.000",
    ):
        assert expected in page, expected
    width = page_sizes(pdf)[0][0]
    assert all(right <= width for left, right, _, _ in text_runs(pdf)[0])


def test_a_repayment_receipt(book):
    data = kwitansi_data(book, "KW-2026-000004")
    (page,) = pages(render_kwitansi(data))
    # 2 % of Rp 1.200.000 = Rp 24.000 service, then Rp 200.000 principal.
    for expected in (
        "Angsuran pinjaman PN-2026-0001",
        "Pokok pinjaman Rp 200.000",
        "Jasa pinjaman Rp 24.000",
        "DITERIMA Rp 224.000",
        "Dua ratus dua puluh empat ribu rupiah",
        "Sisa pokok pinjaman Rp 1.000.000",
    ):
        assert expected in page, expected


def test_a_loans_installment_plan(book):
    data = loan_schedule_data(book, "PN-2026-0001")
    assert [(line.number, line.due, line.total) for line in data.lines][:2] == [
        (1, datetime.date(2026, 9, 10), 224_000),
        (2, datetime.date(2026, 10, 10), 224_000),
    ]
    # Due by 27 November: October and November, 2 × (200.000 + 24.000).
    assert (data.outstanding, data.principal_due, data.service_due) == (1_000_000, 400_000, 48_000)
    text = " ".join(pages(render_loan_schedule(data)))
    for expected in (
        "PINJAMAN ANGGOTA DAN JADWAL ANGSURAN",
        "Rp 1.200.000 (Satu juta dua ratus ribu rupiah)",
        "6 bulan",
        "2 % dari pokok pinjaman (flat)",
        "10/09/2026 Rp 200.000 Rp 24.000 Rp 224.000 Rp 1.000.000",
        "JUMLAH Rp 1.200.000 Rp 144.000 Rp 1.344.000",
        "KW-2026-000004",
        "Rp 448.000 (pokok Rp 400.000, jasa Rp 48.000)",
        "Peminjam,",
    ):
        assert expected in text, expected


def test_the_cash_book_of_november(book):
    data = cash_book_data(book, datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    # Opening: cash held 2.000.000 + pokok 100.000 − loan 1.200.000 + repayment 224.000
    # = Rp 1.124.000; then +1.250.000 −75.000 −300.000.
    assert (data.opening, data.total_received, data.total_paid, data.closing) == (
        1_124_000,
        1_250_000,
        375_000,
        1_999_000,
    )
    text = " ".join(pages(render_cash_book(data)))
    for expected in (
        "BUKU KAS",
        "Akun 1101 Kas",
        "Saldo awal",
        "Ongkos ke bank",
        "Saldo awal Rp 1.124.000 + masuk Rp 1.250.000 − keluar Rp 375.000 = saldo akhir Rp 1.999.000.",
    ):
        assert expected in text, expected
    assert "saldo menjadi negatif" not in text
