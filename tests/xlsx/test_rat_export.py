"""The RAT statements to Excel: one sheet per statement, with the same figures the printed
report shows, real numbers in the cells."""

from __future__ import annotations

import datetime

import openpyxl

from koperasi.book.moving_in import MovingIn
from koperasi.cli import main
from koperasi.reports.rat import rat_report
from koperasi.xlsx.export import export
from tests.xlsx.test_opening_dues import START, stage_shares


def test_rat_statements_read_back_as_the_report(book, tmp_path):
    stage_shares(book, tmp_path)
    MovingIn(book).post_opening(START)
    (sale,) = book.sales.list()
    book.payouts.pay(sale.number, datetime.date(2026, 11, 27))
    book.savings.deposit("LJ-0001", "pokok", 100_000, datetime.date(2026, 11, 27))
    out = tmp_path / "rat.xlsx"
    export(book, "rat", out, year=2026)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == [
        "Neraca",
        "Perhitungan hasil usaha",
        "Laporan arus kas",
        "Laporan perubahan ekuitas",
    ]
    neraca = workbook["Neraca"]
    assert neraca["A1"].value == "Koperasi Produsen Tani Lembah Jaya — Neraca"
    rows = {r[1]: r for r in neraca.iter_rows(min_row=4, values_only=True)}
    # Kas: 3.000.000 brought in, the old sale's 2.382.000 paid out, 100.000 pokok in.
    assert rows["Kas"][:3] == ("1101", "Kas", 718_000)
    assert rows["JUMLAH ASET"][2] == 718_000
    assert rows["JUMLAH KEWAJIBAN DAN EKUITAS"][2] == 718_000
    assert rows["Cadangan"][2] == 618_000 and rows["Simpanan Pokok"][2] == 100_000
    report = rat_report(book, 2026, ["neraca", "arus-kas"])
    assert rows["JUMLAH ASET"][2] == report.balance_sheet.assets.total
    flow = {r[1]: r[2] for r in workbook["Laporan arus kas"].iter_rows(min_row=4, values_only=True)}
    assert flow["JUMLAH SALDO AKHIR"] == report.cash_flow.closing == 718_000
    assert flow["Pembayaran hasil panen kepada anggota"] == 2_382_000
    assert neraca["C5"].number_format == "#,##0"


def test_rat_export_from_the_command_line(book, tmp_path, capsys):
    path = book.path
    book.close()
    out = tmp_path / "rat-2026.xlsx"
    assert main(["export", "rat", str(path), "-o", str(out), "--year", "2026"]) == 0
    assert "baris ditulis" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames[0] == "Neraca"
