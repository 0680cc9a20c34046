"""`koperasi close --year`, `rat decide|amend|show` on a small book (figures as in
tests/book/test_yearend.py)."""

import datetime
import json

import pytest

from koperasi.book import Book
from tests.cli.conftest import book_snapshot

D = datetime.date


@pytest.fixture
def book_2023(tmp_path):
    path = tmp_path / "lj.koperasi"
    book = Book.create(path, name="Koperasi Lembah Jaya", member_prefix="LJ")
    book.with_today(D(2023, 12, 31))
    for name in ("Ahmad", "Budi"):
        book.members.add(name, joined=D(2023, 1, 2))
    book.savings.deposit("LJ-0001", "pokok", 100_000, date=D(2023, 1, 2))
    book.savings.deposit("LJ-0002", "pokok", 300_000, date=D(2023, 1, 2))
    book.cash.income("Pendapatan lain-lain", 1_000_000, "Sewa gudang", date=D(2023, 7, 1))
    book.close()
    return path


def test_close_decide_amend_show(book_2023, cli):
    r = cli("close", book_2023, "--year", 2023)
    assert r.code == 0, r.err
    assert "SHU Rp 1.000.000 dipindahkan ke SHU belum dibagi" in r.out
    # Parts not totalling 100 % change nothing.
    before = book_snapshot(book_2023)
    r = cli(
        "rat",
        "decide",
        book_2023,
        "--year",
        2023,
        "--date",
        "2024-03-10",
        "--part",
        "cadangan=50",
        "--part",
        "jasa_modal=40",
    )
    assert r.code == 1 and "90" in r.err and "Traceback" not in r.err
    assert book_snapshot(book_2023) == before
    # Cadangan 60 % 600.000, jasa modal 40 % 400.000 over capital 1:3 → 100.000 / 300.000.
    r = cli(
        "rat",
        "decide",
        book_2023,
        "--year",
        2023,
        "--date",
        "2024-03-10",
        "--part",
        "cadangan=60",
        "--part",
        "jasa_modal=40",
        "--json",
    )
    assert r.code == 0, r.err
    d = json.loads(r.out)
    assert d["parts"]["reserve"] == 600_000
    assert [(m["member"], m["total"]) for m in d["members"]] == [
        ("LJ-0001", 100_000),
        ("LJ-0002", 300_000),
    ]
    # Amended: 50 % to the reserve, 30 % jasa modal, 20 % regional development fund.
    r = cli(
        "rat",
        "amend",
        book_2023,
        "--year",
        2023,
        "--date",
        "2024-03-20",
        "--part",
        "cadangan=50",
        "--part",
        "jasa_modal=30",
        "--part",
        "daerah_kerja=20",
    )
    assert r.code == 0, r.err
    assert "diubah 1 kali" in r.out
    assert "Dana pembangunan daerah kerja" in r.out and "200.000" in r.out
    r = cli("rat", "show", book_2023, "--year", 2023, "--json")
    d = json.loads(r.out)
    assert d["parts"]["reserve"] == 500_000 and d["parts"]["regional"] == 200_000
    assert [m["total"] for m in d["members"]] == [75_000, 225_000]
    r = cli("rat", "amend", book_2023, "--year", 2023, "--date", "2024-03-20")
    assert r.code == 2


def test_close_needs_year_or_until(book_2023, cli):
    r = cli("close", book_2023)
    assert r.code == 2
    r = cli("close", book_2023, "--until", "2023-06-30")
    assert r.code == 0 and "30/06/2023" in r.out


def test_tax_month_and_year(book_2023, cli):
    # Registered 2023: PP 55/2022 final. July 2023: rent 1.000.000 → 0,5 % = 5.000.
    assert cli("tax-profile", book_2023, "--regime", "final", "--registered", 2023).code == 0
    r = cli("tax", book_2023, "--year", 2023, "--month", 7, "--json")
    assert r.code == 0, r.err
    assert json.loads(r.out) == {
        "year": 2023,
        "month": 7,
        "regime": "final",
        "turnover": 1_000_000,
        "tax_base": 1_000_000,
        "tax_due": 5_000,
        "posted": 0,
        "paid": 0,
        "payable": 0,
        "pph21": {"count": 0, "gross": 0, "withheld": 0, "paid": 0, "payable": 0},
        "ppn": {
            "pkp": False, "taxable": 0, "dpp": 0, "rate_bp": 1100, "dpp_fraction": "1/1", "ppn": 0,
        },
    }  # fmt: skip
    r = cli("tax", book_2023, "--year", 2023, "--month", 7, "--post")
    assert r.code == 0, r.err
    assert "Peredaran bruto" in r.out and "5.000" in r.out
    r = cli("tax", book_2023, "--year", 2023, "--json")
    year = json.loads(r.out)["year"]
    assert (year["tax_due"], year["posted"], year["payable"]) == (5_000, 5_000, 5_000)
    r = cli("tax", book_2023, "--year", 2023, "--month", 13)
    assert r.code == 1 and "Traceback" not in r.err
