"""A working cooperative moves in through the command line: 300 members, their savings, 40
open loans and the old neraca, kept in workbooks the way a treasurer keeps them."""

from __future__ import annotations

import datetime
import json

import openpyxl
import pytest

from koperasi.book import Book
from koperasi.cli import main

TODAY = datetime.date(2026, 11, 27)
START = datetime.date(2026, 11, 1)


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


def nik(i: int) -> str:
    return f"150301{(i % 28) + 1:02d}{(i % 12) + 1:02d}80{i:04d}"


def pokok(i: int) -> int:
    return 100_000


def wajib(i: int) -> int:
    return 10_000 * (i % 24 + 1)


def sukarela(i: int) -> int:
    return 5_000 * (i % 7)


def remaining(i: int) -> int:
    return 1_000_000 + 50_000 * i


def old_workbooks(folder):
    """The treasurer's files: a title above each table, her own header names, text numbers."""
    members = openpyxl.Workbook()
    sheet = members.active
    sheet.append(["DAFTAR ANGGOTA KOPERASI LEMBAH JAYA"])
    sheet.append([])
    sheet.append(["No.", "No Anggota", "Nama Lengkap", "NIK/KTP", "Jenis Kelamin", "Desa", "Tgl Masuk", "Ket."])  # fmt: skip
    for i in range(1, 301):
        joined = datetime.datetime(2015 + i % 10, i % 12 + 1, i % 28 + 1)
        sheet.append([i, f"LJ-{i:04d}", f"Petani Nomor {i}", nik(i), "L" if i % 2 else "P",
                      "Lembah Jaya", joined if i % 3 else joined.strftime("%d/%m/%Y"), ""])  # fmt: skip
    members.save(folder / "anggota.xlsx")

    savings = openpyxl.Workbook()
    sheet = savings.active
    sheet.append(["No. Anggota", "Nama", "Simp. Pokok", "Simp. Wajib", "Tabungan"])
    for i in range(1, 301):
        text_wajib = f"Rp {wajib(i):,}".replace(",", ".")
        sheet.append([f"LJ-{i:04d}", f"Petani Nomor {i}", pokok(i),
                      text_wajib if i % 2 else wajib(i), sukarela(i) or None])  # fmt: skip
    savings.save(folder / "simpanan.xlsx")

    loans = openpyxl.Workbook()
    sheet = loans.active
    sheet.append(["No. Anggota", "Nama", "Jenis", "No Pinjaman", "Sisa Pinjaman", "Bunga %",
                  "Metode", "Sisa Angsuran", "Jatuh Tempo"])  # fmt: skip
    for i in range(1, 41):
        sheet.append([f"LJ-{i:04d}", "", "pinjaman", f"P-{i:03d}", remaining(i), "1,5",
                      "flat" if i % 2 else "menurun", 5, datetime.datetime(2026, 11, 20)])  # fmt: skip
    loans.save(folder / "pinjaman.xlsx")

    neraca = old_neraca()
    balances = openpyxl.Workbook()
    sheet = balances.active
    sheet.append(["NERACA PER 31 OKTOBER 2026"])
    sheet.append(["Kode Akun", "Nama Akun", "Debet", "Kredit"])
    for code, (debit, credit) in neraca.items():
        sheet.append([code, "", debit or None, credit or None])
    balances.save(folder / "neraca.xlsx")
    return neraca


def old_neraca() -> dict[str, tuple[int, int]]:
    loans = sum(remaining(i) for i in range(1, 41))
    p = sum(pokok(i) for i in range(1, 301))
    w = sum(wajib(i) for i in range(1, 301))
    s = sum(sukarela(i) for i in range(1, 301))
    bank, reserve = 5_000_000, 25_000_000
    cash = p + w + s + reserve - loans - bank
    assert cash > 0
    return {
        "1101": (cash, 0),
        "1102": (bank, 0),
        "1202": (loans, 0),
        "2102": (0, s),
        "3101": (0, p),
        "3102": (0, w),
        "3201": (0, reserve),
    }


def test_a_cooperative_moves_in_through_the_command_line(tmp_path, cli):
    book = tmp_path / "lembah.koperasi"
    neraca = old_workbooks(tmp_path)
    assert cli("init", book, "--name", "Koperasi Lembah Jaya", "--prefix", "LJ")[0] == 0
    assert (
        cli("commodity", "add", book, "--name", "Karet", "--fee-percent", "3", "--quality")[0] == 0
    )

    code, out, err = cli(
        "import", "members", book, tmp_path / "anggota.xlsx", "--preview", "--json"
    )
    assert (code, json.loads(out)["new"]) == (0, 300), err
    code, out, _ = cli("import", "members", book, tmp_path / "anggota.xlsx", "--json")
    assert json.loads(out) == {
        "new": 300,
        "updated": 0,
        "unchanged": 0,
        "refused": [],
        "written": True,
    }
    code, out, _ = cli("import", "members", book, tmp_path / "anggota.xlsx", "--json")
    assert json.loads(out)["unchanged"] == 300  # the same file twice changes nothing

    for kind, name in (("savings", "simpanan"), ("loans", "pinjaman"), ("balances", "neraca")):
        code, out, err = cli("import", kind, book, tmp_path / f"{name}.xlsx", "--json")
        assert code == 0 and json.loads(out)["refused"] == [], (kind, out, err)

    code, out, err = cli("opening", book, "--date", "01/11/2026")
    assert code == 0, out + err

    code, out, _ = cli("report", "trial-balance", book, "--json")
    rows = json.loads(out)["accounts"]
    balances = {r["code"]: (r["debit"], r["credit"]) for r in rows if r["debit"] or r["credit"]}
    assert balances == neraca

    with Book.open(book) as b:
        member = b.members.get("LJ-0007")
        assert member.name == "Petani Nomor 7" and member.nik == nik(7)
        assert b.savings.balances("LJ-0007").wajib == wajib(7)
        assert len(b.loans.list(open_only=True)) == 40

    # The first payout deducts the first installment of LJ-0001's loan, due 20 Nov:
    # 1.050.000 / 5 = 210.000 principal + 1,5 % of 1.050.000 = 15.750 service (flat).
    assert cli("delivery", "add", book, "--member", "LJ-0001", "--commodity", "Karet",
               "--date", "2026-11-25", "--gross-kg", "500", "--quality-percent", "100")[0] == 0  # fmt: skip
    code, out, err = cli("sale", "add", book, "--commodity", "Karet", "--date", "2026-11-26",
                         "--buyer", "PT Remco", "--sold-kg", "500", "--price-per-kg", "12500")  # fmt: skip
    assert code == 0, err
    number = out.strip().split()[0]
    code, out, err = cli("payout", book, number, "--json")
    assert code == 0, err
    (slip,) = json.loads(out) if isinstance(json.loads(out), list) else json.loads(out)["payouts"]
    assert slip["deductions"] == 210_000 + 15_750, slip
    with Book.open(book) as b:
        status = b.loans.list(member="LJ-0001")[0]
        assert status.outstanding == 1_050_000 - 210_000
    code, out, err = cli("check", book)
    assert code == 0, out + err
