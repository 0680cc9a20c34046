"""Imports refuse whole, name each refused row and column, and exports read back as the book."""

from __future__ import annotations

import datetime

import openpyxl
import pytest

from koperasi.book.moving_in import MovingIn
from koperasi.core.errors import KoperasiError
from koperasi.xlsx.export import export
from koperasi.xlsx.importing import import_file


def workbook(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_a_refused_row_is_named_and_nothing_is_written(book, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx",
        [
            ["Nama Lengkap", "NIK/KTP", "Tgl Masuk"],
            ["Siti Aminah", "1503014507800001", "01/03/2019"],
            ["Budi", "123", "01/03/2019"],
            ["Rahmat", None, "31/02/2019"],
        ],
    )
    report = import_file(book, "members", path)
    assert [(r.row, r.column) for r in report.refused] == [(3, "NIK"), (4, "Tanggal Masuk")]
    assert report.written is False and book.members.count() == 0
    report = import_file(book, "members", path, only_good=True)
    assert report.written and [m.name for m in book.members.list()] == ["Siti Aminah"]
    assert book.members.list()[0].number == "LJ-0001"


def test_csv_with_semicolons_and_matching_by_nik(book, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Nama;NIK;Desa\nSiti Aminah;1503014507800001;Lembah Jaya\n", encoding="utf-8")
    assert import_file(book, "members", path).count("new") == 1
    path.write_text("Nama;NIK;Desa\nSiti Aminah;1503014507800001;Sungai Baung\n", encoding="utf-8")
    report = import_file(book, "members", path)
    assert (report.count("updated"), book.members.get("LJ-0001").village) == (1, "Sungai Baung")


def test_opening_refused_with_the_difference_when_parts_do_not_add_up(book, tmp_path):
    import_file(book, "members", workbook(tmp_path / "m.xlsx", [["Nama"], ["Siti"], ["Budi"]]))
    savings = [["No. Anggota", "Simpanan Pokok"], ["LJ-0001", 100_000], ["LJ-0002", 100_000]]
    import_file(book, "savings", workbook(tmp_path / "s.xlsx", savings))
    balances = [["Akun", "Debit", "Kredit"], ["1101 Kas", 250_000, None], ["3101", None, 250_000]]
    import_file(book, "balances", workbook(tmp_path / "b.xlsx", balances))
    moving = MovingIn(book)
    (difference,) = moving.differences(datetime.date(2026, 11, 1))
    assert (difference.details, difference.account, difference.difference) == (
        200_000,
        250_000,
        -50_000,
    )
    with pytest.raises(KoperasiError) as refused:
        moving.post_opening(datetime.date(2026, 11, 1))
    assert refused.value.code == "opening.not_balanced"
    assert book.journal.trial_balance().total_debit == 0


def test_exports_read_back_as_the_book(book, tmp_path):
    import_file(book, "members", workbook(tmp_path / "m.xlsx", [["Nama"], ["Siti"], ["Budi"]]))
    book.deliveries.record(
        "LJ-0001", "Karet", 120_500, datetime.date(2026, 11, 20), quality_bp=5500
    )
    book.deliveries.record("LJ-0002", "Karet", 80_000, datetime.date(2026, 11, 21), quality_bp=6000)
    out = tmp_path / "setoran.xlsx"
    assert (
        export(book, "deliveries", out, datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
        == 2
    )
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "Koperasi Produsen Tani Lembah Jaya — Daftar Setoran"
    assert sheet["A2"].value == "Periode 01/11/2026 s.d. 30/11/2026"
    assert sheet.freeze_panes == "A4"
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert [(r[1].date(), r[2], r[5], r[8]) for r in rows] == [
        (datetime.date(2026, 11, 20), "LJ-0001", 120.5, 55),
        (datetime.date(2026, 11, 21), "LJ-0002", 80, 60),
    ]
    assert sheet["B4"].number_format == "dd/mm/yyyy" and sheet["F4"].number_format == "#,##0.0##"
    for kind in (
        "members",
        "sales",
        "payouts",
        "savings",
        "loans",
        "cashbook",
        "trial-balance",
        "ledger",
        "shu",
    ):
        export(book, kind, tmp_path / f"{kind}.xlsx", year=2026)
    members = openpyxl.load_workbook(tmp_path / "members.xlsx").active
    assert [r[:2] for r in members.iter_rows(min_row=4, values_only=True)] == [
        ("LJ-0001", "Siti"),
        ("LJ-0002", "Budi"),
    ]


def test_trial_balance_and_savings_exports_match_the_book(book, tmp_path):
    members = [["Nama", "Tgl Masuk"], ["Siti", "01/01/2020"], ["Budi", "01/01/2020"]]
    import_file(book, "members", workbook(tmp_path / "m.xlsx", members))
    book.savings.deposit("LJ-0001", "pokok", 100_000, datetime.date(2026, 11, 2))
    book.savings.deposit("LJ-0002", "sukarela", 250_000, datetime.date(2026, 11, 3))
    export(book, "trial-balance", tmp_path / "tb.xlsx", end=datetime.date(2026, 11, 30))
    rows = list(
        openpyxl.load_workbook(tmp_path / "tb.xlsx").active.iter_rows(min_row=4, values_only=True)
    )
    tb = book.journal.trial_balance(datetime.date(2026, 11, 30))
    assert [r[:4] for r in rows[:-1]] == [(r.code, r.name, r.debit, r.credit) for r in tb.rows]
    assert rows[-1][2:4] == (350_000, 350_000)
    export(book, "savings", tmp_path / "s.xlsx", end=datetime.date(2026, 11, 30))
    rows = list(
        openpyxl.load_workbook(tmp_path / "s.xlsx").active.iter_rows(min_row=4, values_only=True)
    )
    assert [r[:6] for r in rows] == [
        ("LJ-0001", "Siti", 100_000, 0, 0, 100_000),
        ("LJ-0002", "Budi", 0, 0, 250_000, 250_000),
    ]
