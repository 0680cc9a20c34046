"""The transaction basis of jasa anggota by the statutes (issue 14, branch i14shu), worked
by hand on the three members of tests/book/test_yearend.py's 2023:

- sales (net sale proceeds): Ahmad 3.000.000, Budi 1.000.000 (total 4.000.000);
- loan service paid: Budi 300.000, Cici 100.000 (total 400.000);
- purchases from the cooperative: Cici 500.000 of saprodi; Ahmad's 1.500.000 was voided.

Income 11.000.001 + 400.000 loan service + 500.000 saprodi, expenses 1.000.000: the surplus
is 10.900.001. By the statutes (40/25/15/5/5/5/5 %) jasa anggota is 25 % = 2.725.000
(10.900.001 × 25 % = 2.725.000,25; the rupiah left over goes to Cadangan, 40 % having the
largest remainder ,4).

A mix is weighted after normalising each component to its own total:
W_m = Σ_k w_k × t_mk / T_k.
"""

import datetime

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.core.shu_basis import mixed_weights, parse_transaction_basis
from tests.book.test_yearend import build_2023

D = datetime.date
JASA_ANGGOTA = 2_725_000


def build(book):
    """2023 with loan service paid and saprodi sold to members, closed."""
    build_2023(book)
    book.with_today(D(2024, 1, 15))
    # Flat loans of 1.000.000 over 10 months: 6 % a month (60.000) for Budi, 2 % (20.000)
    # for Cici; five instalments fall due by 2 December, their service is paid then.
    budi = book.loans.grant(
        "LJ-0002", "pinjaman", 1_000_000, date=D(2023, 7, 2), months=10, rate_bp=600
    )
    cici = book.loans.grant(
        "LJ-0003", "pinjaman", 1_000_000, date=D(2023, 7, 2), months=10, rate_bp=200
    )
    assert book.loans.repay(budi.number, 300_000, date=D(2023, 12, 2)).service == 300_000
    assert book.loans.repay(cici.number, 100_000, date=D(2023, 12, 2)).service == 100_000
    book.cash.income(
        "Pendapatan lain-lain", 500_000, "Pupuk 10 sak", date=D(2023, 9, 1), member="LJ-0003"
    )
    wrong = book.cash.income(
        "Pendapatan lain-lain", 1_500_000, "Pupuk 30 sak", date=D(2023, 9, 2), member="LJ-0001"
    )
    book.cash.void(wrong.number, "salah catat", date=D(2023, 9, 3))
    assert book.cash.buyer(wrong.number).number == "LJ-0001"
    book.yearend.close_year(2023)
    assert book.yearend.closing(2023).result == 10_900_001
    book.with_today(D(2024, 3, 31))
    return book


def jasa(decision):
    return {m.number: r.jasa_usaha for m, r in decision.members if r.jasa_usaha}


def test_sales_alone_by_default(book):
    build(book)
    assert book.yearend.transaction_basis() == {"sales": 10_000}
    d = book.yearend.decide(2023, D(2024, 3, 10))
    assert d.row.parts["jasa_usaha"] == JASA_ANGGOTA
    # 2.725.000 × 3/4 and × 1/4
    assert jasa(d) == {"LJ-0001": 2_043_750, "LJ-0002": 681_250}
    assert d.basis.transactions == {"sales": 10_000}
    assert d.basis.totals == {"sales": 4_000_000}
    assert d.basis.capital == "year_end"


def test_loan_service_alone(book):
    build(book)
    book.yearend.set_transaction_basis({"loan_service": 10_000})
    d = book.yearend.decide(2023, D(2024, 3, 10))
    # 2.725.000 × 300/400 and × 100/400
    assert jasa(d) == {"LJ-0002": 2_043_750, "LJ-0003": 681_250}
    assert d.basis.totals == {"loan_service": 400_000}


def test_purchases_alone_leave_out_the_voided_entry(book):
    build(book)
    book.yearend.set_transaction_basis(parse_transaction_basis("pembelian"))
    d = book.yearend.decide(2023, D(2024, 3, 10))
    assert jasa(d) == {"LJ-0003": 2_725_000}
    assert d.basis.totals == {"purchases": 500_000}
    assert [(m.number, r.transactions) for m, r in d.members if r.transactions] == [
        ("LJ-0003", 500_000)
    ]


def test_weighted_mix_normalises_each_component(book):
    build(book)
    mix = parse_transaction_basis("sales=50,loan_service=30,purchases=20")
    book.yearend.set_transaction_basis(mix)
    d = book.yearend.decide(2023, D(2024, 3, 10))
    # W_Ahmad = 0,5 × 3/4 = 0,375; W_Budi = 0,5 × 1/4 + 0,3 × 3/4 = 0,35;
    # W_Cici = 0,3 × 1/4 + 0,2 × 1 = 0,275 → 1.021.875 / 953.750 / 749.375.
    assert jasa(d) == {"LJ-0001": 1_021_875, "LJ-0002": 953_750, "LJ-0003": 749_375}
    assert sum(jasa(d).values()) == d.row.parts["jasa_usaha"] == JASA_ANGGOTA
    assert d.basis.transactions == {"sales": 5_000, "loan_service": 3_000, "purchases": 2_000}
    assert d.basis.totals == {"sales": 4_000_000, "loan_service": 400_000, "purchases": 500_000}
    assert d.basis.by_member[d.members[1][0].id] == {"sales": 1_000_000, "loan_service": 300_000}
    # The members' SHU payable is what the decision allocated, to the rupiah.
    assert d.members_total == JASA_ANGGOTA + d.row.parts["jasa_modal"]


def test_the_recorded_basis_survives_settings_and_amendment(book):
    build(book)
    book.yearend.set_transaction_basis({"sales": 7_000, "loan_service": 3_000})
    d = book.yearend.decide(2023, D(2024, 3, 10))
    # 0,525 / 0,4 / 0,075 of 2.725.000
    assert jasa(d) == {"LJ-0001": 1_430_625, "LJ-0002": 1_090_000, "LJ-0003": 204_375}
    book.yearend.set_transaction_basis({"sales": 10_000})
    book.yearend.set_capital_basis("average")
    assert jasa(book.yearend.decision(2023)) == jasa(d)
    # An amendment of the percentages keeps the basis the decision was made on.
    split = dict(book.yearend.statutes_split())
    split["jasa_usaha"], split["reserve"] = 3_000, 3_500
    amended = book.yearend.amend(2023, D(2024, 3, 20), split)
    assert amended.basis.transactions == {"sales": 7_000, "loan_service": 3_000}
    assert amended.basis.capital == "year_end"
    # 10.900.001 × 30 % = 3.270.000,3 → 3.270.000: 0,525 / 0,4 / 0,075 of it
    assert jasa(amended) == {"LJ-0001": 1_716_750, "LJ-0002": 1_308_000, "LJ-0003": 245_250}
    # Unless the RAT names another basis with the amendment.
    again = book.yearend.amend(2023, D(2024, 3, 21), split, transactions={"sales": 10_000})
    assert jasa(again) == {"LJ-0001": 2_452_500, "LJ-0002": 817_500}


def test_a_member_who_left_counts_up_to_the_day_they_left(book):
    book.with_today(D(2025, 12, 31))
    for name in ("Ahmad", "Budi Santoso"):
        book.members.add(name, joined=D(2025, 1, 2))
    book.cash.income("Pendapatan lain-lain", 500_000, "Pupuk", date=D(2025, 3, 1), member="LJ-0001")
    book.leaving.leave("LJ-0001", date=D(2025, 6, 1), reason="pindah")
    book.cash.income("Pendapatan lain-lain", 200_000, "Pupuk", date=D(2025, 7, 1), member="LJ-0001")
    book.cash.income("Pendapatan lain-lain", 300_000, "Pupuk", date=D(2025, 8, 1), member="LJ-0002")
    basis = book.yearend.transactions(2025, {"purchases": 10_000})
    assert basis.components["purchases"] == {1: 500_000, 2: 300_000}
    assert basis.totals == {"purchases": 800_000}


def test_bad_bases_are_refused(book):
    for text in ("sales=70,loan_service=20", "kas", "sales=70,sales=30", "", "sales=x"):
        with pytest.raises(KoperasiError) as e:
            parse_transaction_basis(text)
        assert "100" in e.value.message("id")
    with pytest.raises(KoperasiError):
        book.yearend.set_transaction_basis({"sales": 5_000})
    assert book.yearend.transaction_basis() == {"sales": 10_000}
    book.members.add("Dedi", joined=D(2026, 1, 2))
    with pytest.raises(KoperasiError) as e:
        book.cash.record("expense", "Transport", 10_000, "Ojek", member="LJ-0001")
    assert "pemasukan" in e.value.message("id")


def test_mixed_weights_textbook_and_single_component():
    # A single component: the weights are proportional to the transactions themselves, so
    # the textbook member still has 5.000.000 of 75.000.000 (1.000.000 of 15.000.000).
    w = mixed_weights({"sales": 10_000}, {"sales": {1: 5_000_000, 2: 70_000_000}})
    assert w[1] * 15 == w[1] + w[2]
    # A component nobody has is left out; the others keep their relative weights.
    w = mixed_weights(
        {"sales": 7_000, "purchases": 3_000}, {"sales": {1: 1, 2: 3}, "purchases": {}}
    )
    assert w[2] == 3 * w[1]


def test_loan_service_deducted_from_a_payout_counts_and_a_void_takes_it_back(book):
    from koperasi.book.sales import SaleInput
    from tests.helpers import fund

    book.with_today(D(2025, 12, 31))
    book.members.add("Ahmad", joined=D(2025, 1, 2))
    fund(book, 2_000_000, D(2025, 1, 1))
    # 1.000.000 over 10 months at 2 % flat: two instalments (200.000 + 40.000 service) are
    # due by 12 March and deducted from the payout of Ahmad's share.
    loan = book.loans.grant(
        "LJ-0001", "pinjaman", 1_000_000, date=D(2025, 1, 2), months=10, rate_bp=200
    )
    book.deliveries.record("LJ-0001", "TBS Sawit", 3_000_000, date=D(2025, 3, 8))
    sale = book.sales.settle(
        SaleInput("TBS Sawit", D(2025, 3, 10), "PT Pauh", 3_000_000, agreed_total=3_100_000)
    )
    [payout] = book.payouts.pay(sale.number, date=D(2025, 3, 12))
    [repaid] = book.loans.repayments(loan.number)
    assert (repaid.method, repaid.service) == ("payout", 40_000)
    basis = book.yearend.transactions(2025, {"loan_service": 10_000})
    assert basis.components == {"loan_service": {1: 40_000}}
    book.corrections.void_payout(payout.slip, "salah hitung", date=D(2025, 3, 13))
    assert book.yearend.transactions(2025, {"loan_service": 10_000}).components == {
        "loan_service": {}
    }
