"""`koperasi tax-honorarium`, `tax-honoraria` and the PPh 21 of `koperasi tax` (i14tax)."""

import datetime
import json

import pytest

from koperasi.book import Book
from tests.cli.conftest import book_snapshot

D = datetime.date
NIK = "1503010101800001"


@pytest.fixture
def path(tmp_path, monkeypatch):
    # The command line's today, pinned: bukti potong numbers carry the year (BP-2026-...).
    monkeypatch.setattr(Book, "clock", staticmethod(lambda: D(2026, 11, 27)))
    path = tmp_path / "lj.koperasi"
    book = Book.create(path, name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ")
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa gudang", date=D(2026, 3, 2))
    book.close()
    return path


def test_pay_a_honorarium_and_the_tax_summary(path, cli):
    r = cli(
        "tax-honorarium", path, "--name", "Sri Wahyuni", "--category", "bukan-pegawai",
        "--gross", "2.000.000", "--date", "2026-03-10", "--npwp", NIK,
    )  # fmt: skip
    assert r.code == 0, r.err
    assert r.out.strip() == (
        "BP-2026-000001: honorarium Sri Wahyuni (bukan-pegawai) bruto Rp 2.000.000, dasar "
        "pemotongan Rp 1.000.000, tarif 5 %, PPh 21 dipotong Rp 50.000, dibayar bersih "
        "Rp 1.950.000 dari kas pada 10/03/2026."
    )
    # A pengawas without NIK/NPWP: 1.000.000 × 5 % × 120 % = 60.000, net 940.000.
    r = cli(
        "tax-honorarium", path, "--name", "Pak Darmo", "--category", "pengawas",
        "--gross", "1000000", "--date", "2026-04-20", "--json",
    )  # fmt: skip
    assert r.code == 0, r.err
    got = json.loads(r.out)
    assert (got["number"], got["tax_base"], got["rate_bp"], got["surcharge_bp"]) == (
        "BP-2026-000002", 1_000_000, 500, 12000,
    )  # fmt: skip
    assert (got["withheld"], got["net"], got["has_tax_id"]) == (60_000, 940_000, False)
    r = cli(
        "cash", "add", path, "--kind", "expense", "--category", "Setor PPh 21",
        "--amount", "50000", "--description", "PPh 21 Maret", "--date", "2026-04-15",
    )  # fmt: skip
    assert r.code == 0, r.err
    r = cli("tax", path, "--year", 2026, "--json")
    assert r.code == 0, r.err
    summary = json.loads(r.out)
    assert summary["months"][2]["pph21"] == {
        "count": 1, "gross": 2_000_000, "withheld": 50_000, "paid": 0, "payable": 50_000,
    }  # fmt: skip
    assert summary["months"][3]["pph21"] == {
        "count": 1, "gross": 1_000_000, "withheld": 60_000, "paid": 50_000, "payable": 60_000,
    }  # fmt: skip
    assert summary["year"]["pph21"]["withheld"] == 110_000
    assert {"turnover", "tax_base", "tax_due", "posted", "paid", "payable"} <= set(summary["year"])
    r = cli("tax", path, "--year", 2026)
    assert r.code == 0 and "PPh Pasal 21 dipotong" in r.out and "Rp 110.000" in r.out
    r = cli("tax-honoraria", path, "--year", 2026)
    assert r.code == 0 and "BP-2026-000002" in r.out and "120 %" in r.out
    # Pak Darmo's was a mistake: voided, the 60.000 withheld leaves 2111, 940.000 back in Kas.
    r = cli("tax-honorarium-void", path, "BP-2026-000002", "--reason", "Salah orang",
            "--date", "2026-05-02")  # fmt: skip
    assert r.code == 0, r.err
    assert r.out.strip() == "BP-2026-000002 dibatalkan pada 02/05/2026 dengan jurnal pembalik."
    r = cli("tax-honoraria", path, "--year", 2026)
    assert "BP-2026-000002 (BATAL)" in r.out
    year = json.loads(cli("tax", path, "--year", 2026, "--json").out)["year"]["pph21"]
    assert year == {"count": 1, "gross": 2_000_000, "withheld": 50_000, "paid": 50_000,
                    "payable": 0}  # fmt: skip


@pytest.mark.parametrize(
    "bad",
    [
        ("--category", "pegawai", "--gross", "1000"),  # argparse: one sentence
        ("--category", "pengawas", "--gross", "nol"),
        ("--category", "pengawas", "--gross", "1000", "--npwp", "123"),
        ("--category", "pengawas", "--gross", "99.000.000", "--date", "2026-03-10"),  # Kas short
    ],
)
def test_bad_input_is_one_sentence_and_changes_nothing(path, cli, bad):
    before = book_snapshot(path)
    r = cli("tax-honorarium", path, "--name", "Sri", *bad)
    assert r.code != 0 and "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert book_snapshot(path) == before


def test_ppn_of_a_pkp_in_the_tax_summary(tmp_path, cli, monkeypatch):
    # PKP since 2023; a sale on 10 March 2026 keeps a fee of 25/kg × 4.000 kg = 100.000:
    # DPP 11/12 = 91.666, PPN 12 % × 11/12 × 100.000 = 11.000.
    from koperasi.book.sales import SaleInput

    monkeypatch.setattr(Book, "clock", staticmethod(lambda: D(2026, 11, 27)))
    path = tmp_path / "pkp.koperasi"
    book = Book.create(path, name="Koperasi Lembah Jaya", member_prefix="LJ")
    book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    book.members.add("Ahmad", joined=D(2026, 1, 2))
    book.deliveries.record("LJ-0001", "TBS Sawit", 4_000_000, date=D(2026, 3, 8))
    book.sales.settle(
        SaleInput("TBS Sawit", D(2026, 3, 10), "PT Pauh", 4_000_000, agreed_total=4_100_000)
    )
    book.close()
    assert cli("tax-profile", path, "--regime", "final", "--registered", 2023, "--pkp").code == 0
    r = cli("tax", path, "--year", 2026, "--month", 3, "--json")
    assert r.code == 0, r.err
    assert json.loads(r.out)["ppn"] == {
        "pkp": True, "taxable": 100_000, "dpp": 91_666, "rate_bp": 1200,
        "dpp_fraction": "11/12", "ppn": 11_000,
    }  # fmt: skip
    r = cli("tax", path, "--year", 2026)
    assert r.code == 0 and "PPN keluaran (PKP)" in r.out and "12 % x 11/12" in r.out
    assert "Rp 11.000" in r.out
