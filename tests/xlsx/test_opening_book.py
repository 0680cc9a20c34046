"""Opening balances at book level: kasbon and loans, refusals after posting, historic
deliveries imported once, and the CLI's exit code when rows are refused."""

from __future__ import annotations

import datetime
import json

import openpyxl
import pytest

from koperasi.book.moving_in import MovingIn
from koperasi.cli import main
from koperasi.core.errors import KoperasiError
from koperasi.xlsx.importing import import_file

START = datetime.date(2026, 11, 1)


def workbook(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def moved_in(book, tmp_path):
    members = [["No. Anggota", "Nama", "Tgl Masuk"], ["LJ-0001", "Siti", "01/01/2020"],
               ["LJ-0002", "Budi", "01/01/2020"]]  # fmt: skip
    import_file(book, "members", workbook(tmp_path / "m.xlsx", members))
    loans = [["No. Anggota", "Jenis", "Sisa Pokok", "Jasa % per Bulan", "Metode", "Sisa Angsuran", "Jatuh Tempo"],
             ["LJ-0001", "kasbon", "Rp 300.000", None, None, None, None],
             ["LJ-0002", "pinjaman", 1_200_000, "2", "menurun", 4, "15/11/2026"]]  # fmt: skip
    report = import_file(book, "loans", workbook(tmp_path / "l.xlsx", loans))
    assert report.refused == [], [r.reason() for r in report.refused]
    balances = [["Akun", "Debit", "Kredit"], ["Kas", 700_000, None], ["Piutang Anggota", 1_500_000, None],
                ["Cadangan", None, 2_200_000]]  # fmt: skip
    import_file(book, "balances", workbook(tmp_path / "b.xlsx", balances))
    MovingIn(book).post_opening(START)
    return book


def test_kasbon_and_loan_open_with_their_terms(moved_in):
    book = moved_in
    kasbon, loan = sorted(book.loans.list(open_only=True), key=lambda s: s.loan.kind)
    assert (kasbon.loan.kind, kasbon.outstanding, kasbon.due) == ("kasbon", 300_000, 300_000)
    plan = book.loans.schedule(loan.loan.number)
    # 1.200.000 over 4 months, declining 2 %: first installment 300.000 + 24.000 on 15 Nov.
    assert [(i.due, i.principal, i.service) for i in plan] == [
        (datetime.date(2026, 11, 15), 300_000, 24_000),
        (datetime.date(2026, 12, 15), 300_000, 18_000),
        (datetime.date(2027, 1, 15), 300_000, 12_000),
        (datetime.date(2027, 2, 15), 300_000, 6_000),
    ]
    assert [f.detail for f in book.checks.run() if not f.ok] == []


def test_nothing_more_is_staged_once_posted(moved_in, tmp_path):
    path = workbook(tmp_path / "s.xlsx", [["No. Anggota", "Simpanan Pokok"], ["LJ-0001", 100_000]])
    with pytest.raises(KoperasiError) as refused:
        import_file(moved_in, "savings", path)
    assert refused.value.code == "import.opening_posted"
    with pytest.raises(KoperasiError):
        MovingIn(moved_in).post_opening(START)


def test_historic_deliveries_import_once(book, tmp_path):
    import_file(
        book,
        "members",
        workbook(tmp_path / "m.xlsx", [["Nama", "Tgl Masuk"], ["Siti", "01/01/2020"]]),
    )
    rows = [["Tanggal", "No. Anggota", "Komoditas", "Berat Kotor (kg)", "Kadar %"],
            ["20/11/2026", "LJ-0001", "Karet", "120,5", 55], ["20/11/2026", "LJ-0001", "Karet", "120,5", 55],
            ["21/11/2026", "LJ-0001", "Kopi", 10, None],
            ["22/11/2026", "LJ-0001", "Karet", 80, None]]  # fmt: skip
    path = workbook(tmp_path / "d.xlsx", rows)
    report = import_file(book, "deliveries", path, only_good=True)
    # Rubber without its KKK is refused at its column, never counted as 100 %.
    assert (report.count("new"), [(r.row, r.column) for r in report.refused]) == (
        2,
        [(4, "Komoditas"), (5, "Kadar %")],
    )
    again = import_file(book, "deliveries", path, only_good=True)
    assert (again.count("new"), again.count("unchanged")) == (0, 2)
    assert [d.gross_grams for d in book.deliveries.on_date(datetime.date(2026, 11, 20))] == [
        120_500,
        120_500,
    ]


def test_import_exits_non_zero_when_refused(book, tmp_path, capsys):
    path = book.path
    book.close()
    bad = workbook(tmp_path / "m.xlsx", [["Nama", "NIK"], ["Siti", "999"]])
    code = main(["import", "members", str(path), str(bad), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["refused"] == [
        {
            "row": 2,
            "column": "NIK",
            "reason": "NIK 999 tidak valid: NIK terdiri dari 16 angka dengan kode wilayah dan tanggal lahir yang benar.",
        }
    ]


def test_loan_schedules_export_reads_back(moved_in, tmp_path):
    from koperasi.xlsx.export import export

    assert export(moved_in, "loan-schedules", tmp_path / "j.xlsx", end=START) == 4
    rows = list(
        openpyxl.load_workbook(tmp_path / "j.xlsx").active.iter_rows(min_row=4, values_only=True)
    )
    assert [(r[1], r[3], r[4].date(), r[7]) for r in rows][:2] == [
        ("LJ-0002", 1, datetime.date(2026, 11, 15), 324_000),
        ("LJ-0002", 2, datetime.date(2026, 12, 15), 318_000),
    ]


def test_the_opening_entry_is_never_reversed_alone(moved_in):
    number = MovingIn(moved_in).posted()[1]
    with pytest.raises(KoperasiError) as refused:
        moved_in.journal.reverse(number, "salah")
    assert refused.value.code == "journal.belongs_to_document"
