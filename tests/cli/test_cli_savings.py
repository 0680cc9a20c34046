"""`koperasi settings|savings|loan|cash|close|shu|export` and deductions on `payout`."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def book_file(tmp_path, cli):
    """A rubber cooperative of 2024: Siti and Budi, mandatory savings deducted at payout."""
    path = tmp_path / "koperasi.koperasi"
    assert cli("init", path, "--name", "Koperasi Tani Makmur", "--prefix", "TM").code == 0
    for name in ("Siti Aminah", "Budi Santoso"):
        assert cli("member", "add", path, "--name", name, "--joined", "2024-01-08").code == 0
    assert (
        cli("commodity", "add", path, "--name", "Karet", "--fee-percent", "3", "--quality").code
        == 0
    )
    result = cli(
        "settings", "savings", path, "--pokok", "100.000", "--wajib", "10000",
        "--wajib-start", "2024-01-01", "--deduct-wajib", "ya", "--json",
    )  # fmt: skip
    assert json.loads(result.out) == {
        "pokok_amount": 100_000,
        "wajib_amount": 10_000,
        "wajib_start": "2024-01-01",
        "deduct_wajib": True,
    }
    return path


def run(cli, *args) -> str:
    result = cli(*args)
    assert result.code == 0, result.err
    return result.out


def test_savings_commands(book_file, cli):
    assert run(cli, "savings", "deposit", book_file, "--member", "TM-0001", "--kind", "pokok",
               "--date", "2024-01-08") == "KW-2024-000001\n"  # fmt: skip
    assert run(cli, "savings", "deposit", book_file, "--member", "TM-0001", "--kind", "sukarela",
               "--amount", "500000", "--date", "2024-02-01", "--method", "transfer") == "KW-2024-000002\n"  # fmt: skip
    # Paid by transfer from the bank the sukarela went into (Kas holds only the pokok).
    assert run(cli, "savings", "withdraw", book_file, "--member", "TM-0001", "--amount", "125000",
               "--date", "2024-03-01", "--method", "transfer") == "KW-2024-000003\n"  # fmt: skip
    overview = json.loads(run(cli, "savings", "list", book_file, "--on", "2024-03-31", "--json"))
    # Wajib January to March 2024, none paid: 3 × 10.000 each.
    assert overview == [
        {"member": "TM-0001", "name": "Siti Aminah", "active": True, "pokok": 100_000,
         "wajib": 0, "sukarela": 375_000, "total": 475_000, "wajib_due": 30_000},
        {"member": "TM-0002", "name": "Budi Santoso", "active": True, "pokok": 0, "wajib": 0,
         "sukarela": 0, "total": 0, "wajib_due": 30_000},
    ]  # fmt: skip
    passbook = json.loads(
        run(
            cli, "savings", "list", book_file, "--member", "TM-0001", "--on", "2024-03-31", "--json"
        )
    )
    assert [(m["number"], m["amount"], m["balance"]) for m in passbook["movements"]] == [
        ("KW-2024-000001", 100_000, 100_000),
        ("KW-2024-000002", 500_000, 500_000),
        ("KW-2024-000003", -125_000, 375_000),
    ]
    table = run(cli, "savings", "list", book_file)
    assert "Tunggakan wajib" in table and "Rp 375.000" in table
    assert run(cli, "savings", "void", book_file, "KW-2024-000003", "--reason", "salah",
               "--date", "2024-03-02") == "KW-2024-000004\n"  # fmt: skip


def fund(cli, book_file, amount="5000000"):
    """Cash the loans are paid from: Kas never goes below zero."""
    run(cli, "cash", "add", book_file, "--kind", "income", "--category", "Pendapatan lain-lain",
        "--amount", amount, "--description", "Hibah", "--date", "2024-01-08")  # fmt: skip


def test_loan_commands(book_file, cli):
    fund(cli, book_file)
    assert run(cli, "loan", "add", book_file, "--member", "TM-0002", "--kind", "pinjaman",
               "--amount", "3000000", "--months", "3", "--rate-percent", "2", "--method",
               "declining", "--date", "2024-01-31", "--purpose", "Pupuk") == "PN-2024-0001\n"  # fmt: skip
    schedule = json.loads(run(cli, "loan", "schedule", book_file, "PN-2024-0001", "--json"))
    assert [(i["due"], i["principal"], i["service"]) for i in schedule["installments"]] == [
        ("2024-02-29", 1_000_000, 60_000),
        ("2024-03-31", 1_000_000, 40_000),
        ("2024-04-30", 1_000_000, 20_000),
    ]
    assert (schedule["rate_percent"], schedule["method"]) == ("2", "declining")
    text = run(cli, "loan", "schedule", book_file, "PN-2024-0001")
    assert "Rp 3.120.000" in text  # 3.000.000 principal + 120.000 jasa
    assert run(cli, "loan", "repay", book_file, "PN-2024-0001", "--amount", "1060000",
               "--date", "2024-02-29") == "KW-2024-000001\n"  # fmt: skip
    assert run(cli, "loan", "add", book_file, "--member", "TM-0001", "--kind", "kasbon",
               "--amount", "250000", "--date", "2024-03-01") == "KB-2024-0001\n"  # fmt: skip
    loans = json.loads(run(cli, "loan", "list", book_file, "--on", "2024-03-31", "--json"))
    assert [(x["number"], x["outstanding"], x["due"], x["next_due"]) for x in loans] == [
        ("PN-2024-0001", 2_000_000, 1_040_000, "2024-04-30"),
        ("KB-2024-0001", 250_000, 250_000, None),
    ]
    assert "Harus dibayar" in run(cli, "loan", "list", book_file, "--member", "TM-0001")


def test_payout_shows_each_deduction(book_file, cli):
    fund(cli, book_file)
    run(cli, "loan", "add", book_file, "--member", "TM-0001", "--kind", "kasbon", "--amount",
        "100000", "--date", "2024-03-01")  # fmt: skip
    for member, kg in (("TM-0001", "120"), ("TM-0002", "80")):
        run(cli, "delivery", "add", book_file, "--member", member, "--commodity", "Karet",
            "--date", "2024-03-04", "--gross-kg", kg, "--quality-percent", "50")  # fmt: skip
    # 200 kg × Rp 10.000 = 2.000.000; fee 3 % 60.000; net 1.940.000 split 120:80.
    run(cli, "sale", "add", book_file, "--commodity", "Karet", "--date", "2024-03-09",
        "--buyer", "PT Remco", "--sold-kg", "200", "--price-per-kg", "10000")  # fmt: skip
    preview = json.loads(
        run(cli, "payout", book_file, "PJ-2024-0001", "--date", "2024-03-12", "--preview", "--json")
    )
    # Siti 1.164.000 − wajib Jan-Mar 30.000 − kasbon 100.000; Budi 776.000 − 30.000.
    assert [(p["member"], p["share"], p["deductions"], p["paid"]) for p in preview] == [
        ("TM-0001", 1_164_000, 130_000, 1_034_000),
        ("TM-0002", 776_000, 30_000, 746_000),
    ]
    text = run(cli, "payout", book_file, "PJ-2024-0001", "--date", "2024-03-12")
    assert text.splitlines() == [
        "SP-2024-000001  potongan: simpanan wajib Rp 30.000, kasbon KB-2024-0001 Rp 100.000;"
        " dibayar Rp 1.034.000",
        "SP-2024-000002  potongan: simpanan wajib Rp 30.000; dibayar Rp 746.000",
    ]
    assert "Semua 27 pemeriksaan lolos." in run(cli, "check", book_file)


def test_cash_book_commands(book_file, cli):
    run(cli, "savings", "deposit", book_file, "--member", "TM-0001", "--kind", "pokok",
        "--date", "2024-01-08")  # fmt: skip
    assert run(cli, "cash", "add", book_file, "--kind", "expense", "--category", "transport",
               "--amount", "45000", "--description", "Bensin", "--date", "2024-01-10") == "KS-2024-000001\n"  # fmt: skip
    assert run(cli, "cash", "transfer", book_file, "--from", "kas", "--amount", "50000",
               "--date", "2024-01-11") == "KS-2024-000002\n"  # fmt: skip
    assert run(cli, "cash", "add", book_file, "--kind", "income", "--category", "Bunga bank",
               "--amount", "123", "--description", "Jasa giro", "--date", "2024-01-31", "--bank") == "KS-2024-000003\n"  # fmt: skip
    kas = json.loads(
        run(cli, "cash", "list", book_file, "--from", "2024-01-09", "--to", "2024-01-31", "--json")
    )
    # Opening 100.000 (the pokok of 8 January); − 45.000 − 50.000 = 5.000.
    assert (kas["opening"], kas["total_paid"], kas["closing"]) == (100_000, 95_000, 5_000)
    assert [line["balance"] for line in kas["lines"]] == [55_000, 5_000]
    bank = json.loads(run(cli, "cash", "list", book_file, "--from", "2024-01-01", "--to",
                          "2024-12-31", "--bank", "--json"))  # fmt: skip
    assert bank["closing"] == 50_123
    categories = json.loads(run(cli, "cash", "categories", book_file, "--json"))
    assert {"name": "Transport", "name_en": "Transport", "kind": "expense", "account": "5103",
            "active": True} in categories  # fmt: skip
    assert run(cli, "cash", "add-category", book_file, "--name", "Sewa gudang", "--kind",
               "income", "--account", "4901") == "Sewa gudang\n"  # fmt: skip
    assert run(cli, "cash", "void", book_file, "KS-2024-000001", "--reason", "dobel",
               "--date", "2024-02-01") == "KS-2024-000004\n"  # fmt: skip


def test_close_shu_and_export(book_file, cli, tmp_path):
    for member in ("TM-0001", "TM-0002"):
        run(cli, "savings", "deposit", book_file, "--member", member, "--kind", "pokok",
            "--date", "2024-01-08")  # fmt: skip
    run(cli, "delivery", "add", book_file, "--member", "TM-0001", "--commodity", "Karet",
        "--date", "2024-05-06", "--gross-kg", "100", "--quality-percent", "50")  # fmt: skip
    # 100 kg × Rp 10.000: fee 3 % = 30.000, the year's only income; no expenses.
    run(cli, "sale", "add", book_file, "--commodity", "Karet", "--date", "2024-05-11",
        "--buyer", "PT Remco", "--sold-kg", "100", "--price-per-kg", "10000")  # fmt: skip
    preview = json.loads(run(cli, "shu", book_file, "--year", "2024", "--json"))
    assert (preview["status"], preview["surplus"]) == ("preview", 30_000)
    # 30.000 by 40/25/15/5/5/5/5 %: 12.000, 7.500, 4.500, 1.500 × 4. Jasa usaha all Siti's
    # (the only seller); jasa modal 4.500 over pokok 100.000 : 100.000.
    assert preview["parts"] == {
        "reserve": 12_000, "jasa_usaha": 7_500, "jasa_modal": 4_500, "board": 1_500,
        "staff": 1_500, "education": 1_500, "social": 1_500,
    }  # fmt: skip
    assert [(m["member"], m["jasa_usaha"], m["jasa_modal"]) for m in preview["members"]] == [
        ("TM-0001", 7_500, 2_250),
        ("TM-0002", 0, 2_250),
    ]
    posted = json.loads(run(cli, "shu", book_file, "--year", "2024", "--post", "--json"))
    assert (posted["status"], posted["entries"]) == ("posted", ["JU-2024-000004", "JU-2024-000005"])
    out = run(cli, "shu", "pay", book_file, "--year", "2024", "--member", "TM-0001",
              "--method", "cash", "--date", "2025-02-01")  # fmt: skip
    assert out == "SHU 2024 dibayarkan kepada 1 anggota: Rp 9.750 (tunai).\n"
    out = run(cli, "shu", "pay", book_file, "--year", "2024", "--method", "sukarela",
              "--date", "2025-02-01", "--json")  # fmt: skip
    assert json.loads(out) == [
        {"member": "TM-0002", "name": "Budi Santoso", "amount": 2_250, "method": "sukarela",
         "date": "2025-02-01"},
    ]  # fmt: skip
    assert (
        run(cli, "close", book_file, "--until", "2025-01-31") == "Buku ditutup sampai 31/01/2025.\n"
    )
    journal = tmp_path / "koperasi.journal"
    result = cli("export", "hledger", book_file, "-o", journal)
    assert result.code == 0 and "ditulis" in result.err
    assert "aset:1101 Kas" in journal.read_text(encoding="utf-8")
    assert "Semua 27 pemeriksaan lolos." in run(cli, "check", book_file)


def test_settings_shu_split(book_file, cli):
    result = cli("settings", "shu", book_file, "--split", "reserve=50", "jasa_usaha=30",
                 "jasa_modal=20", "--json")  # fmt: skip
    assert json.loads(result.out)["reserve"] == "50"
    result = cli("settings", "shu", book_file, "--split", "reserve=50", "jasa_usaha=30")
    assert result.code == 1
    assert result.err == (
        "Pembagian SHU menurut AD/ART harus berjumlah tepat 100 % (sekarang 80 %).\n"
    )


REFUSALS = [
    (("savings", "withdraw", "{book}", "--member", "TM-0001", "--amount", "1"),
     "Saldo simpanan sukarela anggota TM-0001 (Siti Aminah) yang dapat diambil pada"),
    (("savings", "deposit", "{book}", "--member", "TM-0009", "--kind", "wajib", "--amount", "1"),
     "Anggota TM-0009 tidak ditemukan."),
    (("loan", "add", "{book}", "--member", "TM-0001", "--kind", "kasbon", "--amount", "1",
      "--months", "3"), "Kasbon dilunasi dari hasil panen berikutnya"),
    (("loan", "repay", "{book}", "PN-2024-0009", "--amount", "1"), "Pinjaman PN-2024-0009 tidak ditemukan."),
    (("cash", "add", "{book}", "--kind", "income", "--category", "Transport", "--amount", "1",
      "--description", "x"), 'Kategori "Transport" adalah kategori pengeluaran, bukan pemasukan.'),
    (("close", "{book}", "--until", "2999-01-01"), "Buku tidak dapat ditutup sampai 01/01/2999"),
    (("shu", "{book}", "--year", "2024", "--post"), "Tidak ada SHU untuk dibagi pada tahun 2024."),
    (("shu", "pay", "{book}", "--year", "2024", "--method", "cash"), "SHU tahun 2024 belum dibukukan."),
]  # fmt: skip


@pytest.mark.parametrize(("args", "message"), REFUSALS)
def test_refusals_leave_the_book_unchanged(book_file, cli, snapshot, args, message):
    before = snapshot(book_file)
    result = cli(*(str(book_file) if a == "{book}" else a for a in args))
    assert result.code == 1
    assert result.err.startswith(message)
    assert snapshot(book_file) == before


def test_usage_mistakes(book_file, cli):
    result = cli("shu", "pay", book_file, "--year", "2024")
    assert result.code == 2 and "--method" in result.err
    result = cli("shu", book_file, "--year", "2024", "--method", "cash")
    assert result.code == 2
    result = cli("settings", "savings", book_file, "--deduct-wajib", "mungkin")
    assert result.code == 2


def test_in_english(book_file, cli):
    result = cli(
        "--lang", "en", "savings", "withdraw", book_file, "--member", "TM-0001", "--amount", "5"
    )
    assert result.err.startswith("Member TM-0001 (Siti Aminah) has only Rp 0 of sukarela savings")
    assert "Mandatory due" in cli("--lang", "en", "savings", "list", book_file).out
