"""The year end as cooperatives live it, worked by hand over three years:

- 2023, a surplus of 10.000.001 closed into SHU Belum Dibagi, decided at a RAT on 10 March
  2024 by the statutes and amended on 20 March with other percentages, then paid;
- 2024, a deficit of 2.000.000 carried forward (or, in another test, covered from Cadangan);
- 2025, a surplus of 5.000.000 that first covers the carried deficit.
"""

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.yearend import parse_parts
from tests.helpers import fund

D = datetime.date


def balance(book, code):
    debit, credit = book.journal.account_sums([code]).get(code, (0, 0))
    return credit - debit


def build_2023(book):
    """Ahmad, Budi and Cici in 2023 (the figures of tests/book/test_shu.py, two years back).
    Transactions 3.000.000 / 1.000.000 / 0; capital (pokok + wajib on 31 December)
    100.000 / 100.000 / 200.000 (Cici's wajib came on 1 December). Income 11.000.001,
    expenses 1.000.000, surplus 10.000.001."""
    book.with_today(D(2024, 1, 15))
    for name in ("Ahmad", "Budi Santoso", "Cici"):
        book.members.add(name, joined=D(2023, 1, 2))
    for number in ("LJ-0001", "LJ-0002", "LJ-0003"):
        book.savings.deposit(number, "pokok", 100_000, date=D(2023, 1, 2))
    book.savings.deposit("LJ-0003", "wajib", 100_000, date=D(2023, 12, 1))
    book.deliveries.record("LJ-0001", "TBS Sawit", 3_000_000, date=D(2023, 3, 8))
    book.deliveries.record("LJ-0002", "TBS Sawit", 1_000_000, date=D(2023, 3, 8))
    sale = book.sales.settle(
        SaleInput("TBS Sawit", D(2023, 3, 10), "PT Pauh", 4_000_000, agreed_total=4_100_000)
    )
    book.payouts.pay(sale.number, date=D(2023, 3, 12))
    book.cash.income("Pendapatan lain-lain", 10_900_001, "Sewa gudang", date=D(2023, 7, 1))
    book.cash.expense("Honorarium pengurus", 1_000_000, "Honor 2023", date=D(2023, 12, 20))
    return book


@pytest.fixture
def y2023(book):
    return build_2023(book)


def build_three_years(book):
    """2023 decided and amended, paid in part; 2024's deficit carried; 2025 covers it."""
    build_2023(book)
    book.yearend.close_year(2023)
    book.with_today(D(2024, 3, 31))
    book.yearend.decide(2023, D(2024, 3, 10))
    split = parse_parts(
        [
            "cadangan=30",
            "jasa_anggota=30",
            "jasa_modal=20",
            "pengurus=5",
            "karyawan=5",
            "pendidikan=5",
            "daerah_kerja=5",
        ]
    )
    book.yearend.amend(2023, D(2024, 3, 20), split)
    book.shu.pay(2023, ["LJ-0001"], method="cash", date=D(2024, 3, 25))
    book.with_today(D(2024, 12, 31))
    book.cash.expense("Honorarium pengurus", 2_000_000, "Honor 2024", date=D(2024, 6, 1))
    book.with_today(D(2025, 1, 10))
    book.yearend.close_year(2024)
    book.with_today(D(2025, 3, 31))
    book.yearend.decide(2024, D(2025, 3, 15), loss="carry")
    book.with_today(D(2025, 12, 31))
    book.cash.income("Pendapatan lain-lain", 5_000_000, "Sewa gudang", date=D(2025, 5, 1))
    book.with_today(D(2026, 1, 10))
    book.yearend.close_year(2025)
    book.with_today(D(2026, 3, 31))
    book.yearend.decide(2025, D(2026, 3, 15))
    return book


def test_close_moves_the_surplus_into_shu_belum_dibagi(y2023):
    book = y2023
    closing = book.yearend.close_year(2023)
    assert (closing.date, closing.result) == (D(2023, 12, 31), 10_000_001)
    assert balance(book, acc.UNDISTRIBUTED_SURPLUS) == 10_000_001
    for code in ("4101", "4901", "5102", acc.CURRENT_SURPLUS):
        assert balance(book, code) == 0
    assert book.closing.closed_until() == D(2023, 12, 31)
    with pytest.raises(KoperasiError) as e:
        book.yearend.close_year(2023)
    assert "sudah ditutup" in e.value.message("id")
    # Nothing is distributed before the RAT decides.
    assert balance(book, acc.SHU_PAYABLE) == 0
    with pytest.raises(KoperasiError):
        book.shu.pay(2023, method="cash", date=D(2024, 1, 15))


def test_rat_decides_in_march_amends_then_payment_freezes(y2023):
    book = y2023
    book.yearend.close_year(2023)
    book.with_today(D(2024, 3, 31))
    with pytest.raises(KoperasiError):  # before the year is over for the RAT
        book.yearend.decide(2023, D(2023, 12, 31))
    first = book.yearend.decide(2023, D(2024, 3, 10))
    # The statutes 40/25/15/5/5/5/5 % as in test_shu: reserve 4.000.001, jasa usaha
    # 2.500.000 (1.875.000 / 625.000), jasa modal 1.500.000 (375.000 / 375.000 / 750.000).
    assert first.row.parts["reserve"] == 4_000_001
    assert [(m.number, r.total) for m, r in first.members] == [
        ("LJ-0001", 2_250_000),
        ("LJ-0002", 1_000_000),
        ("LJ-0003", 750_000),
    ]
    assert book.journal.by_id(first.row.entry_id).date == D(2024, 3, 10)
    assert balance(book, acc.UNDISTRIBUTED_SURPLUS) == 0
    assert balance(book, acc.SHU_PAYABLE) == 4_000_000
    with pytest.raises(KoperasiError):
        book.yearend.decide(2023, D(2024, 3, 11))

    # The meeting reconvened and voted 30/30/20/5/5/5 and 5 % to the regional fund:
    # 3.000.000,3 / 3.000.000,3 / 2.000.000,2 / 500.000,05 × 4; the rupiah left goes to
    # the first of the tied fractions, the reserve: 3.000.001.
    # Jasa usaha 3.000.000 over 3:1 → 2.250.000 / 750.000; jasa modal 2.000.000 over
    # 1:1:2 → 500.000 / 500.000 / 1.000.000.
    split = parse_parts(
        [
            "cadangan=30",
            "jasa_anggota=30",
            "jasa_modal=20",
            "pengurus=5",
            "karyawan=5",
            "pendidikan=5",
            "daerah_kerja=5",
        ]
    )
    amended = book.yearend.amend(2023, D(2024, 3, 20), split)
    assert amended.amendments == 1
    assert amended.row.parts == {
        "reserve": 3_000_001,
        "jasa_usaha": 3_000_000,
        "jasa_modal": 2_000_000,
        "board": 500_000,
        "staff": 500_000,
        "education": 500_000,
        "social": 0,
        "regional": 500_000,
    }
    assert [(m.number, r.jasa_usaha, r.jasa_modal) for m, r in amended.members] == [
        ("LJ-0001", 2_250_000, 500_000),
        ("LJ-0002", 750_000, 500_000),
        ("LJ-0003", 0, 1_000_000),
    ]
    # The first entry is reversed on 20 March, not edited: the balances are the new ones.
    old = book.yearend.decisions(2023)[0]
    assert book.journal.by_id(old.reversed_by).reverses == old.entry_id
    assert book.journal.by_id(old.reversed_by).date == D(2024, 3, 20)
    assert balance(book, acc.RESERVE) == 3_000_001
    assert balance(book, acc.SHU_PAYABLE) == 5_000_000
    assert balance(book, acc.REGIONAL_FUND) == 500_000
    assert balance(book, acc.SOCIAL_FUND) == 0
    assert balance(book, acc.UNDISTRIBUTED_SURPLUS) == 0

    # Paying Ahmad freezes the decision: it can no longer be amended.
    paid = book.shu.pay(2023, ["LJ-0001"], method="cash", date=D(2024, 3, 25))
    assert [p.amount for p in paid] == [2_750_000]
    assert balance(book, acc.SHU_PAYABLE) == 2_250_000
    with pytest.raises(KoperasiError) as e:
        book.yearend.amend(2023, D(2024, 3, 26), split)
    assert "sudah mulai dibayar" in e.value.message("id")
    report = book.shu.preview(2023)
    assert report.posted and report.members_total == 5_000_000


def test_a_failed_payment_leaves_the_decision_amendable(y2023):
    book = y2023
    book.yearend.close_year(2023)
    book.with_today(D(2024, 3, 31))
    book.yearend.decide(2023, D(2024, 3, 10))
    with pytest.raises(KoperasiError):
        book.shu.pay(2023, ["LJ-0001"], method="cash", date=D(2023, 12, 30))
    assert not book.shu.is_posted(2023)
    book.yearend.amend(2023, D(2024, 3, 20), parse_parts(["cadangan=100"]))
    assert balance(book, acc.RESERVE) == 10_000_001


def _loss_2024(book):
    book.yearend.close_year(2023)
    book.with_today(D(2024, 3, 31))
    book.yearend.decide(2023, D(2024, 3, 10))  # reserve 4.000.001
    book.with_today(D(2024, 12, 31))
    book.cash.expense("Honorarium pengurus", 2_000_000, "Honor 2024", date=D(2024, 6, 1))
    book.with_today(D(2025, 1, 10))
    closing = book.yearend.close_year(2024)
    assert closing.result == -2_000_000
    assert balance(book, acc.DEFICIT) == -2_000_000
    book.with_today(D(2025, 3, 31))


def test_loss_year_carried_forward_then_covered_by_the_next_surplus(y2023):
    book = y2023
    _loss_2024(book)
    with pytest.raises(KoperasiError) as e:
        book.yearend.decide(2024, D(2025, 3, 15))
    assert "--loss" in e.value.message("id")
    carried = book.yearend.decide(2024, D(2025, 3, 15), loss="carry")
    assert carried.row.entry_id is None and carried.row.loss == "carry"
    assert balance(book, acc.DEFICIT) == -2_000_000
    assert balance(book, acc.RESERVE) == 4_000_001

    # 2025: income 5.000.000, nobody traded. The deficit 2.000.000 is covered first; the
    # 3.000.000 left splits 40/25/15/5×4: reserve 1.200.000 + jasa usaha 750.000 (no
    # member traded: to the reserve) = 1.950.000; jasa modal 450.000 over capital
    # 100.000 / 100.000 / 200.000 → 112.500 / 112.500 / 225.000; funds 150.000 each.
    book.with_today(D(2025, 12, 31))
    book.cash.income("Pendapatan lain-lain", 5_000_000, "Sewa gudang", date=D(2025, 5, 1))
    book.with_today(D(2026, 1, 10))
    assert book.yearend.close_year(2025).result == 5_000_000
    book.with_today(D(2026, 3, 31))
    decided = book.yearend.decide(2025, D(2026, 3, 15))
    assert decided.row.deficit_covered == 2_000_000
    assert decided.row.parts["reserve"] == 1_950_000
    assert decided.row.parts["jasa_usaha"] == 0
    assert [(m.number, r.jasa_modal) for m, r in decided.members] == [
        ("LJ-0001", 112_500),
        ("LJ-0002", 112_500),
        ("LJ-0003", 225_000),
    ]
    assert balance(book, acc.DEFICIT) == 0
    assert balance(book, acc.UNDISTRIBUTED_SURPLUS) == 0
    assert balance(book, acc.RESERVE) == 4_000_001 + 1_950_000
    assert balance(book, acc.SHU_PAYABLE) == 4_000_000 + 450_000
    for code in (acc.BOARD_FUND, acc.STAFF_FUND, acc.EDUCATION_FUND, acc.SOCIAL_FUND):
        assert balance(book, code) == 500_000 + 150_000


def test_loss_year_covered_from_the_reserve(y2023):
    book = y2023
    _loss_2024(book)
    decided = book.yearend.decide(2024, D(2025, 3, 15), loss="cover")
    entry = book.journal.by_id(decided.row.entry_id)
    assert entry.date == D(2025, 3, 15)
    assert balance(book, acc.DEFICIT) == 0
    assert balance(book, acc.RESERVE) == 4_000_001 - 2_000_000


def test_carry_amended_to_cover(y2023):
    book = y2023
    _loss_2024(book)
    book.yearend.decide(2024, D(2025, 3, 15), loss="carry")
    book.yearend.amend(2024, D(2025, 3, 20), loss="cover")
    assert balance(book, acc.DEFICIT) == 0
    assert book.yearend.decision(2024).row.loss == "cover"


def test_capital_basis_average_of_month_end_balances(y2023):
    # Cici's wajib 100.000 came on 1 December: month-end balances sum to 1.300.000 against
    # 1.200.000 for Ahmad and Budi (12:12:13). Jasa modal 1.500.000 × 12/37 = 486.486,49,
    # × 13/37 = 527.027,03; the rupiah left to Ahmad (tie, first): 486.487 / 486.486 /
    # 527.027 — not the year-end 375.000 / 375.000 / 750.000.
    book = y2023
    book.yearend.set_capital_basis("average")
    book.yearend.close_year(2023)
    book.with_today(D(2024, 3, 31))
    decided = book.yearend.decide(2023, D(2024, 3, 10))
    assert [(m.number, r.capital, r.jasa_modal) for m, r in decided.members] == [
        ("LJ-0001", 100_000, 486_487),
        ("LJ-0002", 100_000, 486_486),
        ("LJ-0003", 108_333, 527_027),
    ]


def test_loans_by_collectibility_on_a_day(book):
    """Two loans on 31 December 2025 by their arrears; a repayment after the day is not
    counted for it."""
    book.with_today(D(2026, 2, 1))
    a = book.members.add("Ahmad", joined=D(2025, 1, 2)).number
    b = book.members.add("Budi", joined=D(2025, 1, 2)).number
    fund(book, 5_000_000, D(2025, 1, 2))  # the money lent is in Kas
    late = book.loans.grant(a, "pinjaman", 1_200_000, D(2025, 3, 1), months=12, rate_bp=100)
    book.loans.repay(late.number, 112_000, D(2025, 4, 1))  # April paid; May onwards not
    book.loans.grant(b, "pinjaman", 600_000, D(2025, 11, 15), months=6, rate_bp=100)
    # Budi's first installment is due 15 December: 16 days overdue at the year end.
    on = D(2025, 12, 31)
    found = book.loans.collectibility(on)
    assert found == {
        "lancar": (0, 0),
        "kurang_lancar": (1, 600_000),
        "diragukan": (0, 0),
        "macet": (1, 1_100_000),  # overdue since 1 May: 244 days
    }
    book.loans.repay(late.number, 1_200_000, D(2026, 1, 20))  # paid off after the year end
    assert book.loans.collectibility(on) == found
    assert book.loans.collectibility(D(2026, 1, 31))["macet"] == (0, 0)


def test_unclaimed_shu_is_the_shu_payable(book, capsys, monkeypatch):
    """2023 as amended gives members 5.000.000; Ahmad took his 2.750.000: 2.250.000 left.
    2025 (decided, nobody paid yet) gives 450.000 of jasa modal. 2.700.000 in all, the
    balance of 2103 Utang SHU Anggota."""
    import json

    from koperasi.cli import main

    build_three_years(book)
    rows = book.yearend.unclaimed()
    assert [(u.year, u.member.number, u.amount, u.since) for u in rows] == [
        (2023, "LJ-0002", 1_250_000, D(2024, 3, 20)),
        (2023, "LJ-0003", 1_000_000, D(2024, 3, 20)),
        (2025, "LJ-0001", 112_500, D(2026, 3, 15)),
        (2025, "LJ-0002", 112_500, D(2026, 3, 15)),
        (2025, "LJ-0003", 225_000, D(2026, 3, 15)),
    ]
    assert sum(u.amount for u in rows) == balance(book, acc.SHU_PAYABLE) == 2_700_000
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    path = str(book._file.path)
    book.close()
    assert main(["rat", "unclaimed", path, "--json"]) == 0
    assert sum(r["amount"] for r in json.loads(capsys.readouterr().out)) == 2_700_000
    assert main(["rat", "unclaimed", path]) == 0
    assert "Rp 2.700.000" in capsys.readouterr().out
