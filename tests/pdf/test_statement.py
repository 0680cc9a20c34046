"""The member statement read back from the PDF."""

from __future__ import annotations

import datetime

from koperasi import pdf, reports
from koperasi.core.fmt import rupiah
from tests.pdf.pdf_helpers import pages

NOVEMBER = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))


def test_statement_lines_in_date_order_with_balances(demo):
    data = reports.statement_data(demo, "LJ-0001", *NOVEMBER)
    (page,) = pages(pdf.render_statement(data))
    for expected in (
        "REKENING ANGGOTA",
        "Periode: 1 November 2026 s.d. 30 November 2026",
        "No. anggota LJ-0001",
        "Nama Ahmad Yani",
        "Tanggal masuk 5 Januari 2020",
        "Hasil panen",
        "Saldo awal Rp 0",
        "02/11/2026 Setoran Karet NT-2026-000001 · kadar 60 % · terjual PJ-2026-0001 112,475 kg",
        "10/11/2026 Bagian penjualan PJ-2026-0001 (Karet, 2 setoran) 172,475 kg Rp 1.921.202 Rp 1.921.202",
        "12/11/2026 Dibayar tunai SP-2026-000001 (PJ-2026-0001) Rp 1.921.202 Rp 0",
        "15/11/2026 Bagian penjualan PJ-2026-0002 (TBS Sawit, 1 setoran) 1.470,000 kg Rp 4.469.217 Rp 4.469.217",
        "24/11/2026 Setoran Karet NT-2026-000011 · kadar 61 % · belum terjual 70,000 kg",
        "JUMLAH Rp 6.390.419 Rp 6.390.419",
        "Saldo akhir Rp 0",
        "Disetor dalam periode 1.712,475 kg",
        "Belum terjual pada akhir periode 70 kg",
        "Halaman 1 dari 1",
    ):
        assert expected in page, expected
    assert (
        page.index("NT-2026-000001") < page.index("SP-2026-000001") < page.index("NT-2026-000011")
    )


def test_unpaid_share_is_the_closing_balance(demo):
    data = reports.statement_data(demo, "LJ-0002", *NOVEMBER)
    (page,) = pages(pdf.render_statement(data))
    unpaid = next(
        s.share for s in demo.payouts.status("PJ-2026-0002") if s.member.number == "LJ-0002"
    )
    assert data.sections[0].closing == unpaid
    assert f"Saldo akhir {rupiah(unpaid)}" in page


def test_opening_balance_carries_a_sale_before_the_period(demo):
    data = reports.statement_data(demo, "LJ-0004", datetime.date(2026, 11, 11), NOVEMBER[1])
    (page,) = pages(pdf.render_statement(data))
    assert "Saldo awal Rp 6.747.367" in page
    assert "12/11/2026 Dibayar tunai SP-2026-000004 (PJ-2026-0001) Rp 6.747.367 Rp 0" in page
    assert "Saldo akhir Rp 0" in page


def test_void_delivery_is_shown_but_not_counted(demo):
    data = reports.statement_data(demo, "LJ-0005", *NOVEMBER)
    (page,) = pages(pdf.render_statement(data))
    assert "NT-2026-000007 · kadar 50 % · BATAL" in page
    assert "Disetor dalam periode 45,5 kg" in page


def test_empty_period(demo):
    data = reports.statement_data(
        demo, "LJ-0001", datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)
    )
    (page,) = pages(pdf.render_statement(data))
    assert "Tidak ada transaksi dalam periode ini." in page
    assert "Saldo awal Rp 0" in page and "Saldo akhir Rp 0" in page


def test_english_statement(english):
    data = reports.statement_data(english, "LJ-0001", *NOVEMBER)
    (page,) = pages(pdf.render_statement(data))
    assert "MEMBER STATEMENT" in page
    assert "Period: 1 November 2026 to 30 November 2026" in page
    assert "Share of sale PJ-2026-0002 (TBS Sawit, 1 delivery)" in page
    assert "Closing balance Rp 0" in page
    assert "Page 1 of 1" in page


def test_deduction_lines_when_a_payout_has_them(demo):
    from dataclasses import replace

    from koperasi.reports.statement import StatementLine

    data = reports.statement_data(demo, "LJ-0004", *NOVEMBER)
    harvest = data.sections[0]
    lines = [
        replace(line, debit=line.debit - 100_000, balance=100_000)
        if line.kind == "payout"
        else line
        for line in harvest.lines
    ]
    day = next(line.date for line in lines if line.kind == "payout")
    lines.append(StatementLine(day, "deduction", "SP-2026-000004", debit=100_000, balance=0))
    section = replace(harvest, lines=tuple(lines))
    (page,) = pages(pdf.render_statement(replace(data, sections=(section,))))
    assert "Dibayar tunai SP-2026-000004 (PJ-2026-0001) Rp 6.647.367 Rp 100.000" in page
    assert "Potongan SP-2026-000004 Rp 100.000 Rp 0" in page
