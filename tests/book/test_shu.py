"""The year-end SHU of a small book, worked out by hand: computed, posted, paid."""

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from tests.helpers import dump

D = datetime.date


@pytest.fixture
def year_2025(book):
    """Ahmad, Budi and Cici in 2025.

    - One palm-fruit sale on 10 March: Ahmad 3.000 kg, Budi 1.000 kg, sold whole for an
      agreed Rp 4.100.000; fee Rp 25/kg × 4.000 kg = 100.000; net 4.000.000 split 3:1:
      Ahmad 3.000.000, Budi 1.000.000 (their transactions of the year); Cici sold nothing.
    - Savings on 31 December: pokok 100.000 each; Cici also wajib 100.000. Capital
      (pokok + wajib): Ahmad 100.000, Budi 100.000, Cici 200.000.
    - Income: fee 100.000 + warehouse rent 10.900.001 (Pendapatan lain-lain) = 11.000.001.
      Expenses: honoraria 1.000.000. Surplus 10.000.001.
    """
    for name in ("Ahmad", "Budi Santoso", "Cici"):
        book.members.add(name, joined=D(2025, 1, 2))
    for number in ("LJ-0001", "LJ-0002", "LJ-0003"):
        book.savings.deposit(number, "pokok", 100_000, date=D(2025, 1, 2))
    book.savings.deposit("LJ-0003", "wajib", 100_000, date=D(2025, 12, 1))
    book.deliveries.record("LJ-0001", "TBS Sawit", 3_000_000, date=D(2025, 3, 8))
    book.deliveries.record("LJ-0002", "TBS Sawit", 1_000_000, date=D(2025, 3, 8))
    sale = book.sales.settle(
        SaleInput("TBS Sawit", D(2025, 3, 10), "PT Pauh", 4_000_000, agreed_total=4_100_000)
    )
    book.payouts.pay(sale.number, date=D(2025, 3, 12))
    book.cash.income("Pendapatan lain-lain", 10_900_001, "Sewa gudang 2025", date=D(2025, 7, 1))
    book.cash.expense("Honorarium pengurus", 1_000_000, "Honor 2025", date=D(2025, 12, 20))
    # Savings made in 2026 do not count for 2025's jasa modal.
    book.savings.deposit("LJ-0001", "wajib", 500_000, date=D(2026, 1, 5))
    return book


def test_preview_splits_by_the_statutes(year_2025):
    report = year_2025.shu.preview(2025)
    assert not report.posted
    assert [(a.code, a.amount) for a in report.income] == [("4101", 100_000), ("4901", 10_900_001)]
    assert [(a.code, a.amount) for a in report.expenses] == [("5102", 1_000_000)]
    assert (report.total_income, report.total_expenses, report.surplus) == (
        11_000_001,
        1_000_000,
        10_000_001,
    )
    # By the default statutes 40/25/15/5/5/5/5 %: 4.000.000,4 / 2.500.000,25 / 1.500.000,15 /
    # 500.000,05 × 4. The floors sum to 10.000.000; the rupiah left goes to the largest
    # fraction, the reserve's ,4.
    assert report.parts == {
        "reserve": 4_000_001,
        "jasa_usaha": 2_500_000,
        "jasa_modal": 1_500_000,
        "board": 500_000,
        "staff": 500_000,
        "education": 500_000,
        "social": 500_000,
    }
    # Jasa usaha 2.500.000 over transactions 3:1 → 1.875.000 and 625.000.
    # Jasa modal 1.500.000 over capital 1:1:2 → 375.000, 375.000, 750.000.
    assert [
        (m.member.number, m.transactions, m.capital, m.jasa_usaha, m.jasa_modal, m.total)
        for m in report.members
    ] == [
        ("LJ-0001", 3_000_000, 100_000, 1_875_000, 375_000, 2_250_000),
        ("LJ-0002", 1_000_000, 100_000, 625_000, 375_000, 1_000_000),
        ("LJ-0003", 0, 200_000, 0, 750_000, 750_000),
    ]


def test_post_closes_the_year_into_the_surplus_and_distributes_it(year_2025):
    book = year_2025
    report = book.shu.post(2025)
    assert report.posted
    closing = book.journal.get(report.close_entry_number)
    assert (closing.date, closing.source) == (D(2025, 12, 31), "shu_close")
    assert [(ln.account, ln.debit, ln.credit) for ln in closing.lines] == [
        ("4101", 100_000, 0),
        ("4901", 10_900_001, 0),
        ("5102", 0, 1_000_000),
        (acc.CURRENT_SURPLUS, 0, 10_000_001),
    ]
    distribution = book.journal.get(report.entry_number)
    assert [(ln.account, ln.debit, ln.credit, ln.member_id) for ln in distribution.lines] == [
        (acc.CURRENT_SURPLUS, 10_000_001, 0, None),
        (acc.BOARD_FUND, 0, 500_000, None),
        (acc.STAFF_FUND, 0, 500_000, None),
        (acc.EDUCATION_FUND, 0, 500_000, None),
        (acc.SOCIAL_FUND, 0, 500_000, None),
        (acc.RESERVE, 0, 4_000_001, None),
        (acc.SHU_PAYABLE, 0, 2_250_000, 1),
        (acc.SHU_PAYABLE, 0, 1_000_000, 2),
        (acc.SHU_PAYABLE, 0, 750_000, 3),
    ]
    tb = {r.code: r.balance for r in book.journal.trial_balance(D(2025, 12, 31)).rows}
    assert tb["4101"] == tb["4901"] == tb["5102"] == tb[acc.CURRENT_SURPLUS] == 0
    assert tb[acc.SHU_PAYABLE] == 4_000_000
    # The year is closed with it, and the distribution as posted is what the book computes.
    assert book.closing.closed_until() == D(2025, 12, 31)
    assert book.shu.compute(2025).members == book.shu.preview(2025).members
    with pytest.raises(KoperasiError) as info:
        book.shu.post(2025)
    assert info.value.code == "shu.already_posted"
    assert all(f.ok for f in book.checks.run())


def test_members_are_paid_in_cash_or_into_sukarela(year_2025):
    book = year_2025
    book.shu.post(2025)
    cash = book.shu.pay(2025, ["LJ-0001"], method="cash", date=D(2026, 2, 20))
    assert [(p.member_id, p.method, p.amount) for p in cash] == [(1, "cash", 2_250_000)]
    rest = book.shu.pay(2025, method="sukarela", date=D(2026, 2, 21))
    assert [(p.member_id, p.amount) for p in rest] == [(2, 1_000_000), (3, 750_000)]
    # Budi's and Cici's SHU went to their sukarela, each with a receipt.
    assert book.savings.balances("LJ-0002").sukarela == 1_000_000
    row = book.savings.by_id(rest[0].savings_id)
    assert (row.kind, row.method, row.amount, row.memo) == (
        "sukarela",
        "shu",
        1_000_000,
        "SHU 2025",
    )
    tb = {r.code: r.balance for r in book.journal.trial_balance().rows}
    assert tb[acc.SHU_PAYABLE] == 0
    report = book.shu.preview(2025)
    assert report.paid_total == report.members_total == 4_000_000
    with pytest.raises(KoperasiError) as info:
        book.shu.pay(2025, method="cash", date=D(2026, 2, 22))
    assert info.value.code == "shu.nothing_to_pay"
    assert all(f.ok for f in book.checks.run())


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda b: b.shu.post(2026), "shu.not_over"),
        (lambda b: b.shu.post(2024), "shu.no_surplus"),
        (lambda b: b.shu.pay(2025, method="cash"), "shu.not_posted"),
        (lambda b: b.shu.set_split({"reserve": 5000, "jasa_usaha": 4000}), "shu.bad_split"),
        (lambda b: b.shu.set_split({"reserve": 9000, "bonus": 1000}), "shu.bad_split"),
    ],
)
def test_refusals_change_nothing(year_2025, call, code):
    before = dump(year_2025)
    with pytest.raises(KoperasiError) as info:
        call(year_2025)
    assert info.value.code == code
    assert dump(year_2025) == before


@pytest.mark.parametrize(
    ("members", "method", "date", "code"),
    [
        (None, "cek", D(2026, 2, 1), "shu.bad_method"),
        (None, "cash", D(2025, 12, 31), "period.closed"),
        (["LJ-0009"], "cash", D(2026, 2, 1), "member.not_found"),
        (None, "cash", D(2027, 1, 1), "date.future"),
    ],
)
def test_payment_refusals_change_nothing(year_2025, members, method, date, code):
    year_2025.shu.post(2025)
    before = dump(year_2025)
    with pytest.raises(KoperasiError) as info:
        year_2025.shu.pay(2025, members, method=method, date=date)
    assert info.value.code == code
    assert dump(year_2025) == before


def test_a_member_is_paid_once(year_2025):
    book = year_2025
    book.members.add("Dedi")
    book.shu.post(2025)
    book.shu.pay(2025, ["LJ-0001"], date=D(2026, 2, 1))
    for number, code in (("LJ-0001", "shu.member_paid"), ("LJ-0004", "shu.member_none")):
        with pytest.raises(KoperasiError) as info:
            book.shu.pay(2025, [number], date=D(2026, 2, 2))
        assert info.value.code == code


def test_the_statutes_split_is_set_in_the_book(year_2025):
    book = year_2025
    split = {"reserve": 5000, "jasa_usaha": 3000, "jasa_modal": 2000}
    assert book.shu.set_split(split)["board"] == 0
    report = book.shu.preview(2025)
    # 10.000.001 × 50 % = 5.000.000,5; × 30 % = 3.000.000,3; × 20 % = 2.000.000,2: the
    # rupiah left goes to the reserve's ,5.
    assert (report.parts["reserve"], report.parts["jasa_usaha"], report.parts["jasa_modal"]) == (
        5_000_001,
        3_000_000,
        2_000_000,
    )
    assert sum(report.parts.values()) == report.surplus
