"""`koperasi rat basis`, `rat decide --transactions`, `cash add --member`, `shu pay --method
transfer --reference` (issue 14, branch i14shu). The figures are those of
tests/book/test_i14shu_bases.py: surplus 10.900.001, jasa anggota 2.725.000."""

import datetime
import json

from koperasi.book import Book
from koperasi.cli import main
from koperasi.core import accounts as acc
from tests.book.test_i14shu_bases import build
from tests.helpers import fund

D = datetime.date


def _book(path):
    book = Book.create(path, name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ")
    book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    build(book)
    fund(book, 5_000_000, D(2024, 3, 11), acc.BANK)
    book.close()


def run(capsys, monkeypatch, *args):
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    monkeypatch.setattr(Book, "clock", staticmethod(lambda: D(2024, 3, 31)))
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_basis_decide_pay_by_transfer(tmp_path, capsys, monkeypatch):
    path = tmp_path / "lj.koperasi"
    _book(path)
    code, out, err = run(capsys, monkeypatch, "rat", "basis", path, "--json")
    assert code == 0, err
    assert json.loads(out) == {"capital": "year_end", "transactions_percent": {"sales": "100"}}
    code, out, err = run(
        capsys, monkeypatch, "rat", "basis", path, "--capital", "average",
        "--transactions", "penjualan=70,jasa_pinjaman=30",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == (
        "Dasar SHU: jasa modal rata-rata saldo akhir bulan; jasa anggota hasil penjualan 70 %, "
        "jasa pinjaman dibayar 30 %."
    )
    # A mix that does not total 100 %: one sentence, nothing changed.
    code, out, err = run(
        capsys, monkeypatch, "rat", "basis", path, "--transactions", "sales=70,loan_service=20"
    )
    assert code != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "100" in err
    code, out, err = run(capsys, monkeypatch, "rat", "basis", path, "--json")
    assert json.loads(out)["transactions_percent"] == {"sales": "70", "loan_service": "30"}
    # The meeting names its own basis for this decision.
    code, out, err = run(
        capsys, monkeypatch, "rat", "decide", path, "--year", 2023, "--date", "2024-03-10",
        "--transactions", "sales=50,loan_service=30,purchases=20", "--capital", "year-end",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    d = json.loads(out)
    assert d["basis"] == {
        "capital": "year_end",
        "transactions_percent": {"sales": "50", "loan_service": "30", "purchases": "20"},
        "transaction_totals": {"sales": 4_000_000, "loan_service": 400_000, "purchases": 500_000},
    }
    assert d["parts"]["jasa_usaha"] == 2_725_000
    assert [(m["member"], m["jasa_usaha"]) for m in d["members"]] == [
        ("LJ-0001", 1_021_875),
        ("LJ-0002", 953_750),
        ("LJ-0003", 749_375),
    ]
    assert d["members"][2]["transactions_by_basis"] == {
        "loan_service": 100_000,
        "purchases": 500_000,
    }
    code, out, err = run(capsys, monkeypatch, "rat", "show", path, "--year", 2023)
    assert code == 0, err
    assert "Dasar jasa modal: saldo 31 Desember" in out
    assert (
        "Dasar jasa anggota: hasil penjualan 50 % (jumlah Rp 4.000.000), jasa pinjaman "
        "dibayar 30 % (jumlah Rp 400.000), pembelian dari koperasi 20 % (jumlah Rp 500.000)"
    ) in out
    assert "Bobot anggota = Σ persen" in out
    # Jasa modal 15 % = 1.635.000 over capital 100.000 / 100.000 / 200.000: Ahmad's SHU is
    # jasa anggota 1.021.875 + jasa modal 408.750 = 1.430.625, by transfer.
    code, out, err = run(
        capsys, monkeypatch, "shu", "pay", path, "--year", 2023, "--member", "LJ-0001",
        "--method", "transfer", "--reference", "BRI 0123-01-456", "--date", "2024-03-25",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    [p] = json.loads(out)
    assert (p["amount"], p["method"], p["reference"]) == (1_430_625, "transfer", "BRI 0123-01-456")
    code, out, err = run(
        capsys, monkeypatch, "shu", "pay", path, "--year", 2023, "--member", "LJ-0002",
        "--method", "transfer", "--date", "2024-03-25",
    )  # fmt: skip
    assert code == 0, err
    assert "transfer bank" in out


def test_cash_income_names_the_buyer(tmp_path, capsys, monkeypatch):
    path = tmp_path / "b.koperasi"
    book = Book.create(path, name="Koperasi", member_prefix="LJ")
    book.with_today(D(2024, 3, 31))
    book.members.add("Ahmad", joined=D(2024, 1, 2))
    book.close()
    code, out, err = run(
        capsys, monkeypatch, "cash", "add", path, "--kind", "income", "--category",
        "Pendapatan lain-lain", "--amount", "250.000", "--description", "Pupuk 5 sak",
        "--date", "2024-03-02", "--member", "LJ-0001",
    )  # fmt: skip
    assert code == 0, err
    number = out.strip()
    with Book.open(path) as book:
        assert book.cash.buyer(number).number == "LJ-0001"
        assert book.yearend.transactions(2024, {"purchases": 10_000}).totals == {
            "purchases": 250_000
        }
    code, out, err = run(
        capsys, monkeypatch, "cash", "add", path, "--kind", "expense", "--category",
        "Transport", "--amount", "10.000", "--description", "Ojek", "--member", "LJ-0001",
    )  # fmt: skip
    assert code != 0 and "pemasukan" in err and "Traceback" not in err
