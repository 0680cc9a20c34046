"""Issue 10 on the command line: receivables, sale reverse, payout void, report balances."""

from __future__ import annotations

import datetime
import json

from tests.cli.test_cli import SALE, book_file, delivered, settled  # noqa: F401

RECEIVABLE_SALE = (
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
    "--received-into",
    "piutang",
)


def test_receivable_list_and_collect(delivered, cli):  # noqa: F811
    book = delivered
    assert cli("sale", "add", book, *RECEIVABLE_SALE).out == "PJ-2025-0001\n"
    # G = 275,5 kg × Rp 12.500,50 = Rp 3.443.888, all of it owed by the buyer.
    age = (datetime.date.today() - datetime.date(2025, 3, 5)).days
    listed = json.loads(cli("receivable", "list", book, "--json").out)
    assert listed == [
        {
            "sale": "PJ-2025-0001",
            "buyer": "PT Remco Jambi",
            "date": "2025-03-05",
            "amount": 3_443_888,
            "paid": 0,
            "outstanding": 3_443_888,
            "age_days": age,
        }
    ]
    paid = cli(
        "receivable",
        "collect",
        book,
        "PJ-2025-0001",
        "--amount",
        "1.000.000",
        "--into",
        "kas",
        "--date",
        "2025-03-10",
    )
    assert (paid.code, paid.err) == (0, "")
    assert paid.out == (
        "PP-2025-000001: Rp 1.000.000 dari pembeli untuk PJ-2025-0001 dicatat; sisa piutang"
        " Rp 2.443.888.\n"
    )
    too_much = cli(
        "receivable", "collect", book, "PJ-2025-0001", "--amount", "2443889", "--into", "bank"
    )
    assert too_much.code == 1
    assert too_much.err == (
        "Pelunasan Rp 2.443.889 melebihi sisa piutang PJ-2025-0001 sebesar Rp 2.443.888.\n"
    )
    text = cli("receivable", "list", book).out
    assert "PJ-2025-0001" in text and "Rp 2.443.888" in text
    rest = cli(
        "receivable", "collect", book, "PJ-2025-0001", "--amount", "2443888", "--into", "bank"
    )
    assert rest.code == 0
    assert json.loads(cli("receivable", "list", book, "--json").out) == []
    balances = json.loads(
        cli("report", "balances", book, "--json").out,
    )["accounts"]
    by_code = {a["code"]: a for a in balances}
    assert by_code["1101"]["balance"] == 1_000_000
    assert by_code["1102"]["balance"] == 2_443_888
    assert by_code["1201"]["balance"] == 0
    assert by_code["1101"]["never_negative"] and not by_code["1201"]["never_negative"]
    # At the end of 9 March the buyer had paid nothing yet: all of it in Piutang Pembeli.
    before = json.loads(cli("report", "balances", book, "--date", "2025-03-09", "--json").out)
    on_9th = {a["code"]: a["balance"] for a in before["accounts"]}
    assert (on_9th["1101"], on_9th["1102"], on_9th["1201"]) == (0, 0, 3_443_888)
    assert before["date"] == "2025-03-09"
    text = cli("report", "balances", book).out
    assert "Piutang Pembeli" in text and "Dana Sosial" in text  # every account, funds too
    assert cli("check", book).code == 0


def test_sale_reverse_and_payout_void(settled, cli):  # noqa: F811
    book = settled
    paid = json.loads(cli("payout", book, "PJ-2025-0001", "--member", "LJ-0002", "--json").out)
    slip = paid[0]["slip"]
    refused = cli("sale", "reverse", book, "PJ-2025-0001", "--reason", "harga salah")
    assert refused.code == 1
    assert refused.err == (
        f"Penjualan PJ-2025-0001 tidak dapat dibatalkan: 1 bagian anggota sudah dibayar ({slip});"
        " batalkan slip itu dulu.\n"
    )
    void = cli("payout", "void", book, slip, "--reason", "salah orang")
    assert void.code == 0, void.err
    share = paid[0]["share"]
    assert void.out.startswith(f"Slip {slip} dibatalkan (JU-")
    assert f"bagian Rp {share:,}".replace(",", ".") in void.out
    again = cli("payout", "void", book, slip, "--reason", "lagi")
    assert (again.code, again.err) == (1, f"Slip {slip} sudah dibatalkan.\n")
    done = cli("sale", "reverse", book, "PJ-2025-0001", "--reason", "harga salah")
    assert done.code == 0, done.err
    # G 3.443.888, N 3.165.571 (test_cli); four deliveries go back to the open pool.
    assert "bruto Rp 3.443.888, bersih anggota Rp 3.165.571; 4 setoran" in done.out
    listed = json.loads(cli("sale", "list", book, "--json").out)
    assert listed[0]["reversed"] == {
        "date": datetime.date.today().isoformat(),
        "reason": "harga salah",
    }
    shown = cli("sale", "show", book, "PJ-2025-0001").out
    assert "BATAL" in shown and "harga salah" in shown
    assert (
        sum(
            d["part"]
            for d in json.loads(cli("sale", "show", book, "PJ-2025-0001", "--json").out)[
                "deliveries"
            ]
        )
        == 3_165_571
    )
    balances = {
        a["code"]: a["balance"]
        for a in json.loads(cli("report", "balances", book, "--json").out)["accounts"]
    }
    assert balances["1101"] == 0 and balances["2101"] == 0
    assert cli("check", book).code == 0
    # The deliveries sell again under the next number.
    assert cli("sale", "add", book, *SALE).out == "PJ-2025-0002\n"


def test_payout_still_takes_book_and_sale(settled, cli):  # noqa: F811
    extra = cli("payout", settled, "PJ-2025-0001", "SP-1")
    assert extra.code == 2
