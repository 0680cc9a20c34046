"""The `koperasi` command line end to end, on a real book file, with figures checked by hand."""

from __future__ import annotations

import datetime
import json
import sqlite3
import subprocess
import sys

import pytest

from koperasi.book import Book
from koperasi.store.lock import lock_path_for

NIK_SAROLANGUN = "1503014507800001"  # 15 Jambi, 03 Sarolangun, woman born 5 July 1980
NIK_BAD_DAY = "1503013207800001"  # "32 July": no such birth date


@pytest.fixture
def book_file(tmp_path, cli):
    """A rubber cooperative with three members and Karet at a 3 % fee."""
    path = tmp_path / "lembah-jaya.koperasi"
    assert (
        cli(
            "init",
            path,
            "--name",
            "Koperasi Produsen Tani Lembah Jaya",
            "--prefix",
            "LJ",
            "--regency",
            "Sarolangun",
            "--province",
            "Jambi",
        ).code
        == 0
    )
    assert (
        cli(
            "member",
            "add",
            path,
            "--name",
            "Siti Aminah",
            "--nik",
            NIK_SAROLANGUN,
            "--gender",
            "P",
            "--village",
            "Lubuk Resam",
            "--joined",
            "2024-01-15",
        ).out
        == "LJ-0001\n"
    )
    assert (
        cli("member", "add", path, "--name", "Budi Santoso", "--joined", "15/01/2024").out
        == "LJ-0002\n"
    )
    assert (
        cli("member", "add", path, "--name", "Ahmad", "--joined", "2024-02-01").out == "LJ-0003\n"
    )
    assert (
        cli("commodity", "add", path, "--name", "Karet", "--fee-percent", "3", "--quality").code
        == 0
    )
    return path


def deliver(cli, path, *args):
    result = cli("delivery", "add", path, "--commodity", "Karet", *args)
    assert result.code == 0, result.err
    return result.out.strip()


@pytest.fixture
def delivered(book_file, cli):
    """Four open rubber deliveries (one corrected) and one voided delivery."""
    # 120,5 kg gross − 2 kg tare = 118,5 kg net at KKK 55,5 %
    assert (
        deliver(
            cli,
            book_file,
            "--member",
            "LJ-0001",
            "--date",
            "2025-03-01",
            "--gross-kg",
            "120,5",
            "--deduction-kg",
            "2",
            "--quality-percent",
            "55.5",
        )
        == "NT-2025-000001"
    )
    assert (
        deliver(
            cli,
            book_file,
            "--member",
            "LJ-0002",
            "--date",
            "2025-03-02",
            "--gross-kg",
            "80",
            "--quality-percent",
            "60",
        )
        == "NT-2025-000002"
    )
    # Weighed as 52 kg by mistake, corrected to 50 kg: 2,5 % dirt is 1,25 kg, net 48,75 kg
    assert (
        deliver(
            cli,
            book_file,
            "--member",
            "LJ-0003",
            "--date",
            "2025-03-02",
            "--gross-kg",
            "52",
            "--deduction-percent",
            "2.5",
            "--quality-percent",
            "50",
        )
        == "NT-2025-000003"
    )
    fixed = cli(
        "delivery",
        "correct",
        book_file,
        "NT-2025-000003",
        "--reason",
        "salah baca timbangan",
        "--gross-kg",
        "50",
    )
    assert (fixed.code, fixed.out, fixed.err) == (0, "NT-2025-000003\n", "")
    assert (
        deliver(
            cli,
            book_file,
            "--member",
            "LJ-0001",
            "--date",
            "2025-03-03",
            "--gross-kg",
            "10",
            "--quality-percent",
            "100",
        )
        == "NT-2025-000004"
    )
    assert (
        cli("delivery", "void", book_file, "NT-2025-000004", "--reason", "tercatat dua kali").code
        == 0
    )
    assert (
        deliver(
            cli,
            book_file,
            "--member",
            "LJ-0003",
            "--date",
            "2025-03-04",
            "--gross-kg",
            "30",
            "--quality-percent",
            "50",
        )
        == "NT-2025-000005"
    )
    return book_file


SALE = (
    "--commodity",
    "Karet",
    "--date",
    "2025-03-05",
    "--buyer",
    "PT Remco Jambi",
    "--sold-kg",
    "275.5",
    "--price-per-kg",
    "12500.50",
    "--cost",
    "transport=150000",
    "--cost",
    "bongkar muat=25.000",
)


@pytest.fixture
def settled(delivered, cli):
    result = cli("sale", "add", delivered, *SALE)
    assert (result.code, result.out, result.err) == (0, "PJ-2025-0001\n", "")
    return delivered


def test_members_and_an_invalid_nik(book_file, cli, snapshot):
    before = snapshot(book_file)
    refused = cli("member", "add", book_file, "--name", "Budi", "--nik", NIK_BAD_DAY)
    assert refused.code == 1
    assert refused.out == ""
    assert refused.err == (
        f"NIK {NIK_BAD_DAY} tidak valid: NIK terdiri dari 16 angka dengan kode wilayah dan "
        "tanggal lahir yang benar.\n"
    )
    assert snapshot(book_file) == before
    assert not lock_path_for(book_file).exists()

    listed = json.loads(cli("member", "list", book_file, "--json").out)
    assert listed[0] == {
        "number": "LJ-0001",
        "name": "Siti Aminah",
        "nik": NIK_SAROLANGUN,
        "gender": "P",
        "village": "Lubuk Resam",
        "address": "",
        "phone": "",
        "joined": "2024-01-15",
        "active": True,
        "left_on": None,
    }
    assert [(m["number"], m["name"], m["nik"], m["joined"]) for m in listed[1:]] == [
        ("LJ-0002", "Budi Santoso", None, "2024-01-15"),
        ("LJ-0003", "Ahmad", None, "2024-02-01"),
    ]

    table = cli("member", "list", book_file).out.splitlines()
    assert table[0].split() == ["Nomor", "Nama", "NIK", "L/P", "Desa", "Bergabung"]
    assert table[2].split() == [
        "LJ-0001",
        "Siti",
        "Aminah",
        NIK_SAROLANGUN,
        "P",
        "Lubuk",
        "Resam",
        "15/01/2024",
    ]


def test_edit_and_deactivate_a_member(book_file, cli):
    assert (
        cli("member", "edit", book_file, "LJ-0002", "--village", "Pelawan", "--phone", "0812").code
        == 0
    )
    assert cli("member", "deactivate", book_file, "LJ-0003").out == "LJ-0003\n"
    again = cli("member", "deactivate", book_file, "LJ-0003")
    assert (again.code, again.err) == (1, "Anggota LJ-0003 (Ahmad) sudah tidak aktif.\n")
    nothing = cli("member", "edit", book_file, "LJ-0002")
    assert nothing.code == 1
    assert nothing.err == "Tidak ada yang diubah: sebutkan paling sedikit satu nilai baru.\n"

    active = json.loads(cli("member", "list", book_file, "--json").out)
    assert [(m["number"], m["village"], m["phone"]) for m in active] == [
        ("LJ-0001", "Lubuk Resam", ""),
        ("LJ-0002", "Pelawan", "0812"),
    ]
    inactive = json.loads(cli("member", "list", book_file, "--inactive", "--json").out)
    assert [(m["number"], m["active"]) for m in inactive] == [("LJ-0003", False)]
    assert len(json.loads(cli("member", "list", book_file, "--all", "--json").out)) == 3
    # an inactive member delivers nothing more
    refused = cli(
        "delivery",
        "add",
        book_file,
        "--member",
        "LJ-0003",
        "--commodity",
        "Karet",
        "--date",
        "2025-03-01",
        "--gross-kg",
        "10",
    )
    assert refused.err == "Anggota LJ-0003 (Ahmad) sudah tidak aktif.\n"


def test_commodities(book_file, cli):
    assert (
        cli("commodity", "add", book_file, "--name", "TBS Sawit", "--fee-per-kg", "25.50").out
        == "TBS Sawit\n"
    )
    assert json.loads(cli("commodity", "list", book_file, "--json").out) == [
        {
            "name": "Karet",
            "unit": "kg",
            "fee_kind": "percent",
            "fee_percent": "3",
            "fee_cents_per_kg": None,
            "uses_quality": True,
            "active": True,
        },
        {
            "name": "TBS Sawit",
            "unit": "kg",
            "fee_kind": "per_kg",
            "fee_percent": None,
            "fee_cents_per_kg": 2550,
            "uses_quality": False,
            "active": True,
        },
    ]
    table = cli("commodity", "list", book_file).out
    assert "3 %" in table
    assert "Rp 25,50/kg" in table
    both = cli(
        "commodity", "add", book_file, "--name", "Kopi", "--fee-percent", "2", "--fee-per-kg", "10"
    )
    assert both.code == 2
    assert "tidak boleh dipakai bersama" in both.err


def test_deliveries_listed_with_their_weights(delivered, cli):
    day = json.loads(cli("delivery", "list", delivered, "--date", "02/03/2025", "--json").out)
    assert [
        (
            d["receipt"],
            d["member"],
            d["gross_grams"],
            d["deduction_grams"],
            d["net_grams"],
            d["quality_percent"],
            d["status"],
        )
        for d in day
    ] == [
        ("NT-2025-000002", "LJ-0002", 80_000, 0, 80_000, "60", "open"),
        ("NT-2025-000003", "LJ-0003", 50_000, 1_250, 48_750, "50", "open"),
    ]
    siti = json.loads(cli("delivery", "list", delivered, "--member", "LJ-0001", "--json").out)
    assert [
        (d["receipt"], d["net_grams"], d["quality_percent"], d["status"], d["void_reason"])
        for d in siti
    ] == [
        ("NT-2025-000001", 118_500, "55.5", "open", ""),
        ("NT-2025-000004", 10_000, "100", "void", "tercatat dua kali"),
    ]
    table = cli("delivery", "list", delivered, "--member", "LJ-0001").out.splitlines()
    assert table[2].split() == [
        "NT-2025-000001",
        "01/03/2025",
        "LJ-0001",
        "Siti",
        "Aminah",
        "Karet",
        "120,5",
        "kg",
        "2",
        "kg",
        "118,5",
        "kg",
        "55,5",
        "%",
        "terbuka",
    ]
    assert table[3].split()[-1] == "batal"
    with Book.open(delivered, readonly=True) as b:
        history = b.deliveries.history("NT-2025-000003")
    assert [
        (h["action"], h["reason"], h["before"]["gross_grams"], h["after"]["net_grams"])
        for h in history
    ] == [("correct", "salah baca timbangan", 52_000, 48_750)]


def test_correcting_the_tare_keeps_the_percentage_deductions(delivered, cli):
    fixed = cli(
        "delivery",
        "correct",
        delivered,
        "NT-2025-000003",
        "--reason",
        "karung basah",
        "--deduction-kg",
        "0,75",
        "--quality-percent",
        "52.25",
    )
    assert fixed.code == 0, fixed.err
    found = json.loads(cli("delivery", "list", delivered, "--member", "LJ-0003", "--json").out)[0]
    # 50 kg − 0,75 kg tare − 2,5 % × 50 kg (1,25 kg) = 48 kg
    assert (found["deduction_grams"], found["net_grams"], found["quality_percent"]) == (
        2_000,
        48_000,
        "52.25",
    )
    nothing = cli("delivery", "correct", delivered, "NT-2025-000003", "--reason", "lupa")
    assert (nothing.code, nothing.err) == (
        1,
        "Tidak ada yang diubah: sebutkan paling sedikit satu nilai baru.\n",
    )
    no_reason = cli(
        "delivery", "correct", delivered, "NT-2025-000003", "--reason", " ", "--gross-kg", "49"
    )
    assert no_reason.err == "Alasan koreksi atau pembatalan wajib diisi.\n"


def test_delivery_list_defaults_to_today(delivered, cli):
    assert json.loads(cli("delivery", "list", delivered, "--json").out) == []
    assert cli("delivery", "list", delivered).out.splitlines()[-1] == "(tidak ada)"


def test_sale_settles_with_figures_checked_by_hand(settled, cli):
    sale = json.loads(cli("sale", "show", settled, "PJ-2025-0001", "--json").out)
    # Pool: 118,5 + 80 + 48,75 + 30 = 277,25 kg net (the void 10 kg is not pooled);
    # the buyer paid for 275,5 kg, so the shrinkage is 1,75 kg.
    # G = 275,5 kg × Rp 12.500,50 = 3.443.887,75 → rounded half up Rp 3.443.888
    # F = 3 % × 3.443.888 = 103.316,64 → Rp 103.317
    # K = 150.000 + 25.000 = Rp 175.000
    # N = 3.443.888 − 103.317 − 175.000 = Rp 3.165.571
    assert {k: v for k, v in sale.items() if k not in ("deliveries", "members")} == {
        "number": "PJ-2025-0001",
        "date": "2025-03-05",
        "commodity": "Karet",
        "buyer": "PT Remco Jambi",
        "sold_grams": 275_500,
        "pooled_grams": 277_250,
        "shrinkage_grams": 1_750,
        "price_cents": 1_250_050,
        "agreed_total": None,
        "fee_kind": "percent",
        "fee_percent": "3",
        "fee_cents_per_kg": None,
        "gross": 3_443_888,
        "fee": 103_317,
        "costs": 175_000,
        "cost_lines": [
            {"label": "transport", "amount": 150_000},
            {"label": "bongkar muat", "amount": 25_000},
        ],
        "net": 3_165_571,
        "received_into": "1101",
        "reversed": None,
    }
    # Weight-equivalents (grams × KKK basis points):
    #   NT-1 118.500 × 5.550 = 657.675.000   NT-2 80.000 × 6.000 = 480.000.000
    #   NT-3  48.750 × 5.000 = 243.750.000   NT-5 30.000 × 5.000 = 150.000.000
    #   W = 1.531.425.000
    # N × w / W: 1.359.463,84 | 992.196,21 | 503.849,64 | 310.061,32; floors sum to 3.165.569,
    # so the 2 rupiah left go to the largest fractions: NT-1 (,84) and NT-3 (,64).
    assert sale["deliveries"] == [
        {
            "receipt": "NT-2025-000001",
            "date": "2025-03-01",
            "member": "LJ-0001",
            "net_grams": 118_500,
            "quality_percent": "55.5",
            "part": 1_359_464,
        },
        {
            "receipt": "NT-2025-000002",
            "date": "2025-03-02",
            "member": "LJ-0002",
            "net_grams": 80_000,
            "quality_percent": "60",
            "part": 992_196,
        },
        {
            "receipt": "NT-2025-000003",
            "date": "2025-03-02",
            "member": "LJ-0003",
            "net_grams": 48_750,
            "quality_percent": "50",
            "part": 503_850,
        },
        {
            "receipt": "NT-2025-000005",
            "date": "2025-03-04",
            "member": "LJ-0003",
            "net_grams": 30_000,
            "quality_percent": "50",
            "part": 310_061,
        },
    ]
    # Ahmad's share is his two deliveries' parts: 503.850 + 310.061 = 813.911
    assert [
        (m["member"], m["name"], m["deliveries"], m["share"], m["slip"]) for m in sale["members"]
    ] == [
        ("LJ-0001", "Siti Aminah", 1, 1_359_464, None),
        ("LJ-0002", "Budi Santoso", 1, 992_196, None),
        ("LJ-0003", "Ahmad", 2, 813_911, None),
    ]
    assert sum(m["share"] for m in sale["members"]) == sale["net"]
    assert sum(d["part"] for d in sale["deliveries"]) == sale["net"]

    shown = cli("sale", "show", settled, "PJ-2025-0001").out
    for line in (
        "Bruto (G)                 Rp 3.443.888",
        "Fee jasa (F)              Rp 103.317  (3 %)",
        "  bongkar muat            Rp 25.000",
        "Bersih untuk anggota (N)  Rp 3.165.571",
        "Susut                     1,75 kg",
    ):
        assert line in shown
    listed = json.loads(cli("sale", "list", settled, "--json").out)
    assert [(s["number"], s["gross"], s["net"], s["deliveries"]) for s in listed] == [
        ("PJ-2025-0001", 3_443_888, 3_165_571, 4)
    ]
    assert (
        json.loads(cli("delivery", "list", settled, "--member", "LJ-0003", "--json").out)[0]["sale"]
        == "PJ-2025-0001"
    )


def test_preview_saves_nothing_and_matches_the_settlement(delivered, cli, snapshot):
    before = snapshot(delivered)
    preview = cli("sale", "preview", delivered, *SALE)
    assert preview.code == 0, preview.err
    assert snapshot(delivered) == before
    assert "Pratinjau penjualan (belum disimpan)" in preview.out
    assert "Rp 3.165.571" in preview.out
    assert "Rp 1.359.464" in preview.out
    assert "Rp 813.911" in preview.out  # Ahmad, two deliveries


def test_pool_leaves_out_excluded_deliveries(delivered, cli):
    # Without NT-5 (30 kg at 50 %) Ahmad has only NT-3 in this sale.
    result = cli(
        "sale",
        "add",
        delivered,
        "--commodity",
        "Karet",
        "--date",
        "2025-03-05",
        "--buyer",
        "PT Remco Jambi",
        "--sold-kg",
        "245",
        "--total",
        "2.900.000",
        "--exclude",
        "NT-2025-000005",
        "--received-into",
        "bank",
    )
    assert result.code == 0, result.err
    sale = json.loads(cli("sale", "show", delivered, "PJ-2025-0001", "--json").out)
    # agreed total: G = 2.900.000, F = 87.000, no costs, N = 2.813.000
    assert (sale["price_cents"], sale["agreed_total"], sale["gross"], sale["fee"], sale["net"]) == (
        None,
        2_900_000,
        2_900_000,
        87_000,
        2_813_000,
    )
    assert sale["received_into"] == "1102"
    assert [d["receipt"] for d in sale["deliveries"]] == [
        "NT-2025-000001",
        "NT-2025-000002",
        "NT-2025-000003",
    ]
    still_open = json.loads(
        cli("delivery", "list", delivered, "--date", "2025-03-04", "--json").out
    )
    assert [(d["receipt"], d["status"]) for d in still_open] == [("NT-2025-000005", "open")]


def test_pay_then_trial_balance_and_check(settled, cli):
    first = cli("payout", settled, "PJ-2025-0001", "--member", "LJ-0002", "--date", "2025-03-10")
    assert (first.code, first.out) == (0, "SP-2025-000001\n")
    # The transfers are paid from the bank: the treasurer banks Rp 2.200.000 of Kas first.
    banked = cli(
        "cash",
        "transfer",
        settled,
        "--from",
        "kas",
        "--amount",
        "2.200.000",
        "--date",
        "2025-03-11",
    )
    assert banked.code == 0, banked.err
    rest = cli(
        "payout", settled, "PJ-2025-0001", "--date", "12/03/2025", "--method", "transfer", "--json"
    )
    assert rest.code == 0, rest.err
    assert json.loads(rest.out) == [
        {
            "slip": "SP-2025-000002",
            "date": "2025-03-12",
            "member": "LJ-0001",
            "name": "Siti Aminah",
            "share": 1_359_464,
            "deductions": 0,
            "paid": 1_359_464,
            "method": "transfer",
            "deduction_lines": [],
        },
        {
            "slip": "SP-2025-000003",
            "date": "2025-03-12",
            "member": "LJ-0003",
            "name": "Ahmad",
            "share": 813_911,
            "deductions": 0,
            "paid": 813_911,
            "method": "transfer",
            "deduction_lines": [],
        },
    ]
    shares = json.loads(cli("sale", "show", settled, "PJ-2025-0001", "--json").out)["members"]
    assert [(m["member"], m["slip"]) for m in shares] == [
        ("LJ-0001", "SP-2025-000002"),
        ("LJ-0002", "SP-2025-000001"),
        ("LJ-0003", "SP-2025-000003"),
    ]

    tb = json.loads(cli("report", "trial-balance", settled, "--json").out)
    accounts = {a["code"]: a for a in tb["accounts"]}
    # Kas: + G 3.443.888, − costs 175.000, − cash to Budi 992.196, − banked 2.200.000
    # → 76.692
    assert accounts["1101"] == {
        "code": "1101",
        "name": "Kas",
        "debit": 3_443_888,
        "credit": 3_367_196,
        "balance": 76_692,
    }
    # Bank: + 2.200.000 − transfers to Siti and Ahmad 1.359.464 + 813.911 = 26.625
    assert accounts["1102"]["balance"] == 26_625
    # Every share is paid, so nothing is owed to members any more.
    assert (accounts["2101"]["debit"], accounts["2101"]["credit"], accounts["2101"]["balance"]) == (
        3_165_571,
        3_165_571,
        0,
    )
    assert accounts["4101"]["balance"] == 103_317  # the cooperative's fee
    assert tb["total_debit"] == tb["total_credit"] == 3_443_888 + 3_165_571 + 2_200_000
    assert tb["balanced"] is True
    # Until the day before the sale nothing was posted.
    early = json.loads(
        cli("report", "trial-balance", settled, "--until", "2025-03-04", "--json").out
    )
    assert (early["total_debit"], early["total_credit"]) == (0, 0)

    table = cli("report", "trial-balance", settled).out
    assert "Neraca saldo seimbang." in table
    assert "Pendapatan Jasa Pemasaran" in table

    journal = json.loads(cli("report", "journal", settled, "--from", "2025-03-10", "--json").out)
    assert [(e["number"], e["date"]) for e in journal] == [
        ("JU-2025-000002", "2025-03-10"),
        ("JU-2025-000003", "2025-03-11"),
        ("JU-2025-000004", "2025-03-12"),
    ]
    assert journal[0]["lines"] == [
        {
            "account": "2101",
            "name": "Utang Hasil Panen Anggota",
            "debit": 992_196,
            "credit": 0,
            "member": "LJ-0002",
        },
        {"account": "1101", "name": "Kas", "debit": 0, "credit": 992_196, "member": None},
    ]
    sale_entry = json.loads(cli("report", "journal", settled, "--to", "2025-03-05", "--json").out)
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in sale_entry[0]["lines"]] == [
        ("1101", 3_443_888, 0),
        ("2101", 0, 3_165_571),
        ("4101", 0, 103_317),
        ("1101", 0, 175_000),
    ]

    check = cli("check", settled)
    assert check.code == 0
    assert check.out.splitlines()[-1] == "Semua 27 pemeriksaan lolos."
    assert "MASALAH" not in check.out


def test_payout_date_defaults_to_today(settled, cli):
    result = cli("payout", settled, "PJ-2025-0001", "--json")
    assert result.code == 0, result.err
    year = datetime.date.today().year
    paid = json.loads(result.out)
    assert {p["date"] for p in paid} == {datetime.date.today().isoformat()}
    assert [p["slip"] for p in paid] == [f"SP-{year}-00000{n}" for n in (1, 2, 3)]


def test_check_finds_a_broken_book(settled, cli):
    # Someone edits the file behind the program's back: one journal line too many.
    conn = sqlite3.connect(settled)
    conn.execute("INSERT INTO journal_lines (entry_id, account, debit) VALUES (1, '5101', 1)")
    conn.commit()
    conn.close()
    check = cli("check", settled)
    assert check.code == 1
    assert (
        "MASALAH  setiap jurnal seimbang: JU-2025-000001: debit 3443889 != credit 3443888"
        in check.out
    )
    # the entry, the trial balance, the money bounds and the audit log (an unsealed row) all see it
    assert check.out.splitlines()[-1] == "5 masalah ditemukan."
    assert "MASALAH  rantai catatan audit utuh: journal_lines row" in check.out


# -- refusals: one sentence on stderr, exit code 1, the book untouched ------------------------


REFUSALS = [
    pytest.param(
        (
            "delivery",
            "add",
            "{book}",
            "--member",
            "LJ-0001",
            "--commodity",
            "Karet",
            "--date",
            "2025-03-06",
            "--gross-kg",
            "0",
        ),
        "Berat kotor harus lebih dari 0 kg.",
        id="zero-weight",
    ),
    pytest.param(
        (
            "delivery",
            "add",
            "{book}",
            "--member",
            "LJ-0009",
            "--commodity",
            "Karet",
            "--date",
            "2025-03-06",
            "--gross-kg",
            "10",
        ),
        "Anggota LJ-0009 tidak ditemukan.",
        id="unknown-member",
    ),
    pytest.param(
        (
            "delivery",
            "add",
            "{book}",
            "--member",
            "LJ-0001",
            "--commodity",
            "Karet",
            "--date",
            "2025-03-06",
            "--gross-kg",
            "10",
            "--deduction-kg",
            "10",
        ),
        "Berat bersih (kotor 10 kg dikurangi potongan 10 kg) harus lebih dari 0 kg.",
        id="net-weight-zero",
    ),
    pytest.param(
        (
            "delivery",
            "add",
            "{book}",
            "--member",
            "LJ-0001",
            "--commodity",
            "Karet",
            "--date",
            "2025-03-06",
            "--gross-kg",
            "10,0001",
        ),
        'Berat "10,0001" tidak valid: tulis dalam kg, paling banyak tiga angka desimal (mis. 120.5).',
        id="weight-four-decimals",
    ),
    pytest.param(
        ("delivery", "void", "{book}", "NT-2025-000001", "--reason", "salah"),
        "Setoran NT-2025-000001 sudah dibagi dalam penjualan PJ-2025-0001 dan tidak dapat diubah "
        "atau dibatalkan.",
        id="void-settled",
    ),
    pytest.param(
        (
            "delivery",
            "correct",
            "{book}",
            "NT-2025-000002",
            "--reason",
            "salah",
            "--gross-kg",
            "81",
        ),
        "Setoran NT-2025-000002 sudah dibagi dalam penjualan PJ-2025-0001 dan tidak dapat diubah "
        "atau dibatalkan.",
        id="correct-settled",
    ),
    pytest.param(
        ("delivery", "void", "{book}", "NT-2025-000004", "--reason", "lagi"),
        "Setoran NT-2025-000004 sudah dibatalkan.",
        id="void-twice",
    ),
    pytest.param(
        (
            "sale",
            "add",
            "{book}",
            "--commodity",
            "Karet",
            "--date",
            "2025-03-07",
            "--buyer",
            "Toke",
            "--sold-kg",
            "10",
            "--price-per-kg",
            "12500.505",
        ),
        'Harga "12500.505" tidak valid: tulis dalam rupiah, paling banyak dua angka desimal.',
        id="price-three-decimals",
    ),
    pytest.param(
        # G = 10 kg × Rp 100 = 1.000; F = 30; K = 5.000; N = −4.030
        (
            "sale",
            "add",
            "{book}",
            "--commodity",
            "Karet",
            "--date",
            "2025-03-07",
            "--buyer",
            "Toke",
            "--sold-kg",
            "10",
            "--price-per-kg",
            "100",
            "--cost",
            "transport=5000",
        ),
        "Hasil bersih untuk anggota -Rp 4.030 tidak lebih dari nol (bruto Rp 1.000, fee Rp 30, "
        "biaya Rp 5.000); penjualan ditolak.",
        id="net-not-positive",
    ),
    pytest.param(
        (
            "sale",
            "add",
            "{book}",
            "--commodity",
            "Karet",
            "--date",
            "2025-03-07",
            "--buyer",
            "Toke",
            "--sold-kg",
            "10",
            "--total",
            "100000",
            "--cost",
            "transport",
        ),
        'Biaya "transport" tidak valid: tulis KETERANGAN=RUPIAH, mis. transport=150000.',
        id="cost-without-amount",
    ),
    pytest.param(
        ("payout", "{book}", "PJ-2025-0001", "--date", "2025-03-10"),
        "Tidak ada bagian anggota yang belum dibayar dalam penjualan PJ-2025-0001.",
        id="pay-twice",
    ),
    pytest.param(
        ("payout", "{book}", "PJ-2025-0001", "--member", "LJ-0002", "--date", "2025-03-10"),
        "Bagian anggota LJ-0002 dalam penjualan PJ-2025-0001 sudah dibayar dengan slip "
        "SP-2025-000002.",
        id="pay-member-twice",
    ),
    pytest.param(
        ("payout", "{book}", "PJ-2025-0009"),
        "Penjualan PJ-2025-0009 tidak ditemukan.",
        id="unknown-sale",
    ),
    pytest.param(
        ("member", "add", "{book}", "--name", "Rina", "--gender", "X"),
        "Jenis kelamin harus L (laki-laki) atau P (perempuan).",
        id="bad-gender",
    ),
]


@pytest.fixture
def paid(settled, cli):
    """The settled sale, fully paid, with one open delivery left to sell."""
    assert cli("payout", settled, "PJ-2025-0001", "--date", "2025-03-10").code == 0
    deliver(
        cli, settled, "--member", "LJ-0002", "--date", "2025-03-06", "--gross-kg", "40",
        "--quality-percent", "100",
    )  # fmt: skip
    return settled


@pytest.mark.parametrize(("command", "sentence"), REFUSALS)
def test_refused_command_leaves_the_book_unchanged(paid, cli, command, sentence, snapshot):
    before = snapshot(paid)
    result = cli(*(str(paid) if arg == "{book}" else arg for arg in command))
    assert result.code == 1
    assert result.out == ""
    assert result.err == sentence + "\n"
    assert "Traceback" not in result.err
    assert snapshot(paid) == before
    assert not lock_path_for(paid).exists()


def test_refusals_in_english(paid, cli, snapshot):
    before = snapshot(paid)
    unknown = cli(
        "--lang",
        "en",
        "delivery",
        "add",
        paid,
        "--member",
        "LJ-0009",
        "--commodity",
        "Karet",
        "--date",
        "2025-03-06",
        "--gross-kg",
        "10",
    )
    assert (unknown.code, unknown.err) == (1, "Member LJ-0009 does not exist.\n")
    # --lang also works after the command
    twice = cli("payout", paid, "PJ-2025-0001", "--lang", "en")
    assert twice.err == "There is no unpaid member share left in sale PJ-2025-0001.\n"
    assert snapshot(paid) == before
    assert cli("--lang", "en", "member", "list", paid).out.split()[:6] == [
        "Number",
        "Name",
        "NIK",
        "M/F",
        "Village",
        "Joined",
    ]
    assert "The trial balance balances." in cli("report", "trial-balance", paid, "--lang", "en").out
    assert cli("check", paid, "--lang", "en").out.splitlines()[-1] == "All 27 checks hold."


def test_language_from_the_environment(book_file, cli, monkeypatch):
    monkeypatch.setenv("KOPERASI_LANG", "en")
    assert cli("member", "add", book_file, "--name", " ").err == "The member's name is required.\n"
    assert cli("--lang", "id", "member", "add", book_file, "--name", " ").err == (
        "Nama anggota wajib diisi.\n"
    )


def test_usage_errors_are_one_sentence(book_file, cli):
    missing = cli("member", "add", book_file)
    assert missing.code == 2
    assert missing.err == (
        "Perintah tidak lengkap atau salah: argumen berikut wajib diisi: --name; "
        "lihat koperasi member add --help.\n"
    )
    english = cli("--lang", "en", "sale", "add", book_file, "--commodity", "Karet")
    assert english.code == 2
    assert english.err.startswith("The command is incomplete or wrong: the following arguments")
    assert cli("--lang", "xx", "check", book_file).code == 2
    assert cli("--help").code == 0


def test_reads_work_while_another_program_writes(book_file, cli):
    with Book.open(book_file):  # the desktop app holds the book for writing
        listed = cli("member", "list", book_file, "--json")
        assert listed.code == 0
        assert len(json.loads(listed.out)) == 3
        assert cli("check", book_file).code == 0
        refused = cli("member", "add", book_file, "--name", "Rina")
        assert refused.code == 1
        assert refused.err.startswith(
            f"Buku {book_file} sedang dibuka untuk ditulis oleh program lain"
        )
    assert cli("member", "add", book_file, "--name", "Rina").out == "LJ-0004\n"


def test_init_refuses_an_existing_file(tmp_path, cli):
    path = tmp_path / "surat.koperasi"
    path.write_bytes(b"surat penting")
    result = cli("init", path, "--name", "Koperasi")
    assert result.code == 1
    assert result.err == f"Berkas {path} sudah ada; buku baru tidak menimpa berkas lain.\n"
    assert path.read_bytes() == b"surat penting"
    missing = cli("check", tmp_path / "tidak-ada.koperasi")
    assert (missing.code, missing.err) == (
        1,
        f"Berkas buku {tmp_path / 'tidak-ada.koperasi'} tidak ditemukan.\n",
    )


def test_demo_builds_a_book_that_checks(tmp_path, cli):
    pytest.importorskip("koperasi.demo")
    path = tmp_path / "demo.koperasi"
    result = cli("demo", path, "--members", "8", "--years", "1", "--seed", "7")
    assert result.code == 0, result.err
    assert cli("check", path).code == 0
    assert len(json.loads(cli("member", "list", path, "--all", "--json").out)) == 8


def test_python_dash_m_koperasi_help():
    result = subprocess.run(
        [sys.executable, "-m", "koperasi", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "usage: koperasi" in result.stdout
    for command in ("init", "member", "delivery", "sale", "payout", "report", "check"):
        assert command in result.stdout
