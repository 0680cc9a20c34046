"""Wajib arrears and SHU owed brought in with the opening balances (issue 12): they post with
the opening and then behave like the book's own — the arrears are deducted at payout and
grow month by month, the SHU owed is paid with `shu pay`."""

from __future__ import annotations

import datetime
import json

import openpyxl
import pytest

from koperasi.book.moving_in import MovingIn
from koperasi.cli import main
from koperasi.core.errors import KoperasiError
from koperasi.xlsx.importing import import_file

START = datetime.date(2026, 11, 1)  # the book's today is 27/11/2026 (tests/conftest.py)


def workbook(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


MEMBERS = [["No. Anggota", "Nama", "Tgl Masuk"], ["LJ-0001", "Siti", "01/01/2020"],
           ["LJ-0002", "Budi", "01/01/2020"], ["LJ-0003", "Ani", "01/01/2020"]]  # fmt: skip
SAVINGS = [["No. Anggota", "Simpanan Pokok", "Simpanan Wajib", "Tunggakan Wajib"],
           ["LJ-0001", 100_000, "Rp 1.000.000", "60.000"],
           ["LJ-0002", 100_000, 1_160_000, 0],
           ["LJ-0003", 100_000, 500_000, None]]  # fmt: skip
SHU = [["No. Anggota", "Tahun", "SHU Belum Dibayar"], ["LJ-0001", 2025, "185.000"],
       ["LJ-0002", 2025, 90_000]]  # fmt: skip
# 3101 300.000 + 3102 2.660.000 + 2103 275.000 = 3.235.000 in the cash box.
BALANCES = [["Akun", "Debit", "Kredit"], ["Kas", 3_235_000, None],
            ["Simpanan Pokok", None, 300_000], ["Simpanan Wajib", None, 2_660_000],
            ["2103", None, 275_000]]  # fmt: skip


def stage(book, tmp_path, balances=BALANCES, shu=SHU):
    book.savings.configure(wajib_amount=20_000, deduct_wajib=True)
    for kind, rows in (("members", MEMBERS), ("savings", SAVINGS), ("shu", shu),
                       ("balances", balances)):  # fmt: skip
        report = import_file(book, kind, workbook(tmp_path / f"{kind}.xlsx", rows))
        assert report.refused == [], [(r.row, r.column, r.reason()) for r in report.refused]
    return book


@pytest.fixture
def moved_in(book, tmp_path):
    stage(book, tmp_path)
    MovingIn(book).post_opening(START)
    return book


def test_wajib_arrears_count_on_from_the_start(moved_in):
    book = moved_in
    # Siti: 60.000 brought in + November's 20.000; Budi: only November's.
    assert book.savings.wajib_due("LJ-0001") == 80_000
    assert book.savings.wajib_due("LJ-0002") == 20_000
    assert book.savings.wajib_due("LJ-0001", datetime.date(2027, 1, 5)) == 120_000
    # Ani came without an arrears figure: counted from joining as for any member,
    # 83 months (Jan 2020 - Nov 2026) x 20.000 less the 500.000 she had paid.
    assert book.savings.wajib_due("LJ-0003") == 1_160_000
    assert [(m.member.number, m.wajib_due) for m in book.savings.arrears()] == [
        ("LJ-0001", 80_000),
        ("LJ-0002", 20_000),
        ("LJ-0003", 1_160_000),
    ]


def test_paying_wajib_reduces_the_arrears_brought_in(moved_in):
    book = moved_in
    book.savings.deposit("LJ-0001", "wajib", 50_000, datetime.date(2026, 11, 27))
    assert book.savings.wajib_due("LJ-0001") == 30_000
    assert book.savings.balances("LJ-0001").wajib == 1_050_000


def test_the_first_payout_deducts_the_arrears(moved_in):
    book = moved_in
    siti = book.members.get("LJ-0001")
    (plan,) = book.payouts.plan([(siti, 500_000)], datetime.date(2026, 11, 27))
    assert [(d.kind, d.amount) for d in plan.taken] == [("wajib", 80_000)]
    assert plan.paid == 420_000


def test_shu_owed_is_paid_like_any_shu(moved_in):
    book = moved_in
    assert book.shu.years() == [2025]
    report = book.shu.preview(2025)  # what the SHU screen shows
    assert (report.members_total, report.paid_total) == (275_000, 0)
    assert book.closing.closed_until() == datetime.date(2025, 12, 31)  # as after a distribution
    assert book.journal.trial_balance(START).rows and _balance(book, "2103") == 275_000
    (paid,) = book.shu.pay(2025, ["LJ-0001"], "cash", datetime.date(2026, 11, 27))
    assert paid.amount == 185_000
    assert _balance(book, "2103") == 90_000
    with pytest.raises(KoperasiError) as again:
        book.shu.pay(2025, ["LJ-0001"], "cash", datetime.date(2026, 11, 27))
    assert again.value.code == "shu.member_paid"
    book.shu.pay(2025, None, "sukarela", datetime.date(2026, 11, 27))
    assert book.savings.balances("LJ-0002").sukarela == 90_000
    assert _balance(book, "2103") == 0
    assert [f.detail for f in book.checks.run() if not f.ok] == []


def _balance(book, code):
    row = next(r for r in book.journal.trial_balance(book.today()).rows if r.code == code)
    return row.credit - row.debit


def test_shu_owed_must_add_up_to_the_account(book, tmp_path):
    short = [row if row[0] != "2103" else ["2103", None, 200_000] for row in BALANCES]
    short[1] = ["Kas", 3_160_000, None]
    stage(book, tmp_path, balances=short)
    (difference,) = MovingIn(book).differences(START)
    assert (difference.what, difference.details, difference.account) == (
        "diff.shu_owed",
        275_000,
        200_000,
    )
    with pytest.raises(KoperasiError) as refused:
        MovingIn(book).post_opening(START)
    assert refused.value.code == "opening.not_balanced"
    assert book.shu.years() == []


def test_shu_of_a_year_not_over_is_refused_with_row_and_column(book, tmp_path):
    import_file(book, "members", workbook(tmp_path / "m.xlsx", MEMBERS))
    rows = [["No. Anggota", "Tahun", "SHU Belum Dibayar"], ["LJ-0001", 2026, 100_000],
            ["LJ-0002", 2025, 0], ["LJ-0009", 2025, 5_000]]  # fmt: skip
    report = import_file(book, "shu", workbook(tmp_path / "s.xlsx", rows))
    assert [(r.row, r.column) for r in report.refused] == [
        (2, "Tahun Buku"),
        (3, "SHU Belum Dibayar"),
        (4, "No. Anggota"),
    ]
    assert report.written is False and MovingIn(book)._store.shu_owed() == {}


def test_importing_arrears_and_shu_twice_changes_nothing(book, tmp_path):
    stage(book, tmp_path)
    again = import_file(book, "savings", tmp_path / "savings.xlsx")
    assert (again.count("unchanged"), again.count("new"), again.count("updated")) == (3, 0, 0)
    again = import_file(book, "shu", tmp_path / "shu.xlsx")
    assert again.count("unchanged") == 2
    changed = [row[:] for row in SAVINGS]
    changed[1][3] = "75.000"
    report = import_file(book, "savings", workbook(tmp_path / "s2.xlsx", changed))
    assert (report.count("updated"), report.count("unchanged")) == (1, 2)


def test_shu_import_and_opening_from_the_command_line(book, tmp_path, capsys):
    path = book.path
    book.savings.configure(wajib_amount=20_000, deduct_wajib=True)
    book.close()
    for kind, rows in (("members", MEMBERS), ("savings", SAVINGS), ("shu", SHU),
                       ("balances", BALANCES)):  # fmt: skip
        source = workbook(tmp_path / f"{kind}.xlsx", rows)
        assert main(["import", kind, str(path), str(source), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["refused"] == []
    assert main(["opening", str(path), "--date", "01/11/2026"]) == 0
    assert "Saldo awal dibukukan" in capsys.readouterr().out
    assert main(["import", "template", "shu", "-o", str(tmp_path / "t.xlsx")]) == 0
    headers = [c.value for c in openpyxl.load_workbook(tmp_path / "t.xlsx").active[1]]
    assert headers == ["No. Anggota", "Nama", "Tahun Buku", "SHU Belum Dibayar"]


# -- harvest shares of old sales not yet paid ---------------------------------------------

SHARES = [["No. Penjualan Lama", "Tanggal Penjualan", "Komoditas", "No. Anggota", "Berat Bersih (kg)",
           "Kadar %", "Bagian Belum Dibayar (Rp)"],
          ["PJ-041", "28/10/2026", "Karet", "LJ-0001", "118,5", 55, "Rp 1.422.000"],
          ["PJ-041", "28/10/2026", "Karet", "LJ-0002", 80, 55, 960_000]]  # fmt: skip
SHARE_BALANCES = [["Akun", "Debit", "Kredit"], ["Kas", 3_000_000, None],
                  ["Utang Hasil Panen Anggota", None, 2_382_000], ["Cadangan", None, 618_000]]  # fmt: skip


def stage_shares(book, tmp_path, balances=SHARE_BALANCES, shares=SHARES):
    for kind, rows in (("members", MEMBERS), ("shares", shares), ("balances", balances)):
        report = import_file(book, kind, workbook(tmp_path / f"{kind}.xlsx", rows))
        assert report.refused == [], [(r.row, r.column, r.reason()) for r in report.refused]
    return book


def test_unpaid_shares_become_a_sale_paid_on_the_payout_screen(book, tmp_path):
    stage_shares(book, tmp_path)
    assert MovingIn(book).differences(START) == []
    MovingIn(book).post_opening(START)
    (sale,) = book.sales.list()
    assert (sale.date, sale.net, sale.buyer, sale.pooled_grams) == (
        datetime.date(2026, 10, 28),
        2_382_000,
        "Penjualan pembukuan lama PJ-041",
        198_500,
    )
    assert [
        (s.member.number, s.net_grams, s.share, s.payout) for s in book.payouts.status(sale.number)
    ] == [
        ("LJ-0001", 118_500, 1_422_000, None),
        ("LJ-0002", 80_000, 960_000, None),
    ]
    # The first trial balance is the old neraca.
    assert {r.code: r.balance for r in book.journal.trial_balance(START).rows if r.balance} == {
        "1101": 3_000_000,
        "2101": 2_382_000,
        "3201": 618_000,
    }
    slips = book.payouts.pay(sale.number, datetime.date(2026, 11, 27))
    assert [(p.share, p.paid) for p in slips] == [(1_422_000, 1_422_000), (960_000, 960_000)]
    assert _balance(book, "2101") == 0
    assert [f.detail for f in book.checks.run() if not f.ok] == []


def test_unpaid_shares_need_their_money_in_kas_or_bank(book, tmp_path):
    poor = [SHARE_BALANCES[0], ["Kas", 2_000_000, None], ["Bank", 1_000_000, None],
            *SHARE_BALANCES[2:]]  # fmt: skip
    stage_shares(book, tmp_path, balances=poor)
    differences = MovingIn(book).differences(START)
    assert [(d.what, d.details, d.account) for d in differences] == [
        ("diff.shares_money", 2_382_000, 3_000_000)
    ]
    with pytest.raises(KoperasiError):
        MovingIn(book).post_opening(START)
    assert book.sales.list() == [] and book.deliveries.on_date(datetime.date(2026, 10, 28)) == []


def test_one_old_sale_has_one_date_and_commodity(book, tmp_path):
    import_file(book, "members", workbook(tmp_path / "m.xlsx", MEMBERS))
    rows = [row[:] for row in SHARES]
    rows[2][1] = "29/10/2026"
    rows.append(["PJ-042", "30/11/2026", "Karet", "LJ-0003", 10, 55, 100_000])
    report = import_file(book, "shares", workbook(tmp_path / "s.xlsx", rows))
    assert [(r.row, r.column) for r in report.refused] == [
        (3, "No. Penjualan Lama"),
        (4, "Tanggal Penjualan"),  # after today, 27/11/2026
    ]
    assert MovingIn(book)._store.shares() == []


# -- settled history: old sales whose shares the old books already paid --------------------

HISTORY = [["No. Penjualan Lama", "Tanggal Penjualan", "Komoditas", "No. Anggota", "Berat Bersih (kg)",
            "Kadar %", "Bagian Anggota (Rp)", "Tanggal Dibayar"],
           ["PJ-030", "15/10/2026", "Karet", "LJ-0001", 100, 55, 1_200_000, "18/10/2026"],
           ["PJ-030", "15/10/2026", "Karet", "LJ-0002", 50, 55, 600_000, "18/10/2026"],
           ["PJ-030", "15/10/2026", "Karet", "LJ-0003", 40, 55, 480_000, None],
           ["PJ-2025-12", "20/12/2025", "Karet", "LJ-0001", 80, 55, 900_000, "27/12/2025"]]  # fmt: skip
HISTORY_BALANCES = [["Akun", "Debit", "Kredit"], ["Kas", 1_000_000, None],
                    ["Utang Hasil Panen Anggota", None, 480_000], ["Cadangan", None, 520_000]]  # fmt: skip


def test_paid_history_gives_each_member_their_year_and_moves_no_money(book, tmp_path):
    stage_shares(book, tmp_path, balances=HISTORY_BALANCES, shares=HISTORY)
    assert MovingIn(book).differences(START) == []
    MovingIn(book).post_opening(START)
    old_2025, old_2026 = sorted(book.sales.list(), key=lambda s: s.date)
    status = {s.member.number: s.payout for s in book.payouts.status(old_2026.number)}
    assert (status["LJ-0001"].date, status["LJ-0001"].paid) == (
        datetime.date(2026, 10, 18),
        1_200_000,
    )
    assert status["LJ-0002"].paid == 600_000 and status["LJ-0003"] is None
    assert [p.slip for p in book.payouts.of_sale(old_2025.number)] == ["SP-2025-000001"]
    # Only the unpaid share's money is in Kas: the trial balance on the start date is the neraca.
    assert {r.code: r.balance for r in book.journal.trial_balance(START).rows if r.balance} == {
        "1101": 1_000_000,
        "2101": 480_000,
        "3201": 520_000,
    }
    before = book.journal.trial_balance(datetime.date(2026, 10, 31))
    assert [r.code for r in before.rows if r.balance] == []  # the paid lines moved nothing
    # The members' transactions of 2026 (what jasa usaha is shared by) include the old sale.
    shares = book.annual.member_sale_shares(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
    siti = book.members.get("LJ-0001").id
    assert shares[siti] == 1_200_000
    (slip,) = book.payouts.pay(old_2026.number, datetime.date(2026, 11, 27))
    assert (slip.member_id, slip.paid) == (book.members.get("LJ-0003").id, 480_000)
    assert [f.detail for f in book.checks.run() if not f.ok] == []


def test_a_payment_before_its_sale_is_refused(book, tmp_path):
    import_file(book, "members", workbook(tmp_path / "m.xlsx", MEMBERS))
    rows = [
        HISTORY[0],
        ["PJ-030", "15/10/2026", "Karet", "LJ-0001", 100, 55, 1_200_000, "14/10/2026"],
    ]
    report = import_file(book, "shares", workbook(tmp_path / "h.xlsx", rows))
    assert [(r.row, r.column) for r in report.refused] == [(2, "Tanggal Dibayar")]
