"""Disbun reference prices imported from the plantation office's table copied into a
workbook (issue 13): weeks as 2026-W48 or a date in the week, prices as typed or as numbers."""

from __future__ import annotations

import datetime
import json

import openpyxl
import pytest

from koperasi.book import Book
from koperasi.cli import main

TODAY = datetime.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch):
    monkeypatch.setattr(Book, "clock", staticmethod(lambda: TODAY))
    monkeypatch.delenv("KOPERASI_LANG", raising=False)


@pytest.fixture
def cli(capsys):
    def run(*args):
        capsys.readouterr()
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.fixture
def book_path(tmp_path):
    path = tmp_path / "k.koperasi"
    with Book.create(path, name="Koperasi Lembah Jaya", member_prefix="LJ") as book:
        book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    return path


def workbook(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Penetapan Harga TBS Disbun Provinsi Jambi"])  # a title above the header
    ws.append(["Komoditas", "Minggu", "Umur dari", "Umur sampai", "Harga TBS"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def prices(path, week):
    with Book.open(path) as book:
        return [
            (r.age_from, r.age_to, r.price_cents)
            for r in book.reference_prices.of_week("TBS Sawit", week)
        ]


def test_prices_import_once_with_weeks_as_text_or_dates(book_path, tmp_path, cli):
    file = workbook(
        tmp_path / "disbun.xlsx",
        [
            ["TBS Sawit", "2026-W48", 3, 9, "2.985,40"],
            ["TBS Sawit", datetime.datetime(2026, 11, 25), 10, 20, 3152.62],  # a Wednesday
        ],
    )
    code, out, err = cli("import", "prices", book_path, file, "--preview", "--json")
    assert code == 0, err
    assert json.loads(out)["new"] == 2 and prices(book_path, "2026-W48") == []
    code, out, err = cli("import", "prices", book_path, file, "--json")
    assert code == 0, err
    assert prices(book_path, "2026-W48") == [(3, 9, 298_540), (10, 20, 315_262)]
    code, out, _ = cli("import", "prices", book_path, file, "--json")
    assert (json.loads(out)["new"], json.loads(out)["unchanged"]) == (0, 2)


def test_a_bad_row_is_named_and_nothing_is_written(book_path, tmp_path, cli):
    file = workbook(
        tmp_path / "salah.xlsx",
        [
            ["TBS Sawit", "2026-W48", 3, 9, "2.985,40"],
            ["TBS Sawit", "minggu 48", 10, 20, "3.152,62"],
            ["TBS Sawit", "2026-W48", 21, 10, "2.900"],
        ],
    )
    code, out, _ = cli("import", "prices", book_path, file, "--json")
    assert code == 1
    refused = json.loads(out)["refused"]
    assert [(r["row"], r["column"]) for r in refused] == [(4, "Minggu"), (5, "Umur Dari (tahun)")]
    assert "2026-W48" in refused[0]["reason"]
    assert prices(book_path, "2026-W48") == []
