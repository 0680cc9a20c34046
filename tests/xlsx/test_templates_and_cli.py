"""Templates read back as imports; the opening command prints its differences; 10,000 rows
with one bad one write nothing."""

from __future__ import annotations

import datetime
import json

import openpyxl
import pytest

from koperasi.book import Book
from koperasi.cli import main
from koperasi.xlsx.importing import import_file
from koperasi.xlsx.schemas import KINDS

TODAY = datetime.date(2026, 11, 27)


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setattr(Book, "clock", staticmethod(lambda: TODAY))
    monkeypatch.delenv("KOPERASI_LANG", raising=False)

    def run(*args):
        capsys.readouterr()
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_template_has_indonesian_headers_validation_and_an_example(cli, tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    assert cli("import", "template", kind, "-o", path)[0] == 0
    wb = openpyxl.load_workbook(path)
    data, help_sheet = wb["Data"], wb["Petunjuk"]
    headers = [c.value for c in data[1]]
    assert headers == [c.header for c in KINDS[kind]]
    assert data.freeze_panes == "A2"
    assert len(data.data_validations.dataValidation) >= 1
    example = [c.value for c in help_sheet[5]]
    assert len(example) == len(headers) and any(v not in (None, "") for v in example)


def test_the_template_example_imports(cli, tmp_path):
    book = tmp_path / "b.koperasi"
    cli("init", book, "--name", "Koperasi Uji", "--prefix", "LJ")
    cli("import", "template", "members", "-o", tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx")
    example = [c.value for c in wb["Petunjuk"][5]]
    wb["Data"].append(example)
    wb.save(tmp_path / "t.xlsx")
    code, out, err = cli("import", "members", book, tmp_path / "t.xlsx", "--json")
    assert (code, json.loads(out)["new"]) == (0, 1), err
    code, out, _ = cli("member", "list", book, "--json")
    (member,) = json.loads(out)
    assert (member["number"], member["name"], member["nik"], member["joined"]) == (
        "LJ-0001",
        "Siti Aminah",
        "1503014507800001",
        "2019-03-01",
    )


def test_opening_prints_the_differences_and_refuses(cli, tmp_path):
    book = tmp_path / "b.koperasi"
    cli("init", book, "--name", "Koperasi Uji", "--prefix", "LJ")
    wb = openpyxl.Workbook()
    for row in (
        ["Akun", "Debit", "Kredit"],
        ["Kas", "Rp 1.000.000", None],
        ["Cadangan", None, 900_000],
    ):
        wb.active.append(row)
    wb.save(tmp_path / "n.xlsx")
    assert cli("import", "balances", book, tmp_path / "n.xlsx")[0] == 0
    code, out, err = cli("opening", book, "--date", "2026-11-01")
    assert code == 1
    assert "Rp 1.000.000" in out and "Rp 900.000" in out and "Rp 100.000" in out
    assert "tidak seimbang" in err
    code, out, _ = cli("report", "trial-balance", book, "--json")
    assert json.loads(out)["total_debit"] == 0


def test_ten_thousand_rows_with_one_bad_write_nothing(book, tmp_path):
    wb = openpyxl.Workbook(write_only=True)
    sheet = wb.create_sheet()
    sheet.append(["Nama Lengkap", "Desa"])
    for i in range(1, 10_000):
        sheet.append([f"Petani {i}", "Lembah Jaya"])
    sheet.append([None, "Lembah Jaya"])  # row 10.001: no name
    wb.save(tmp_path / "big.xlsx")
    report = import_file(book, "members", tmp_path / "big.xlsx")
    assert [(r.row, r.column) for r in report.refused] == [(10_001, "Nama")]
    assert report.count("new") == 9_999 and not report.written
    assert book.members.count() == 0
