"""The screens' read models, without Qt: the totals a treasurer checks on each screen."""

from __future__ import annotations

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.reports.screens.cash_page import cash_page_data
from koperasi.reports.screens.closing_shu import closing_shu_data
from koperasi.reports.screens.member_money import member_money
from koperasi.reports.screens.member_overview import member_overview
from koperasi.reports.screens.reports_page import reports_page_data
from koperasi.reports.screens.sale_shares import sale_shares
from koperasi.reports.screens.savings_overview import savings_overview
from koperasi.reports.screens.settings import settings_data

NOV20, NOV21, NOV22 = (datetime.date(2026, 11, d) for d in (20, 21, 22))
# 1.500 kg of palm at Rp 3.000/kg = Rp 4.500.000, less the fee of Rp 25/kg = Rp 37.500.
PALM = SaleInput("TBS Sawit", NOV21, "PT Pauh Sawit", 1_500_000, price_cents=300_000)


@pytest.fixture
def palm_book(book):
    """Siti brought 1.000 kg and Budi 500 kg of palm, sold on 21 November; Siti has 200 kg
    more waiting."""
    book.members.add("Siti Aminah", village="Lembah Jaya")
    book.members.add("Budi Santoso", village="Pauh")
    book.deliveries.record("LJ-0001", "TBS Sawit", 600_000, date=NOV20)
    book.deliveries.record("LJ-0001", "TBS Sawit", 400_000, date=NOV20)
    book.deliveries.record("LJ-0002", "TBS Sawit", 500_000, date=NOV20)
    return book


def test_sale_shares_split_the_net_by_weight(palm_book):
    shares = sale_shares(palm_book, PALM)
    assert [(s.member.number, s.deliveries, s.net_grams, s.share) for s in shares.shares] == [
        ("LJ-0001", 2, 1_000_000, 2_975_000),
        ("LJ-0002", 1, 500_000, 1_487_500),
    ]
    assert (shares.deliveries, shares.net_grams) == (3, 1_500_000)
    assert shares.total_share == 4_462_500
    assert palm_book.sales.list() == []  # a preview saves nothing


def test_member_overview_settled_paid_and_still_owed(palm_book):
    sale = palm_book.sales.settle(PALM)
    palm_book.payouts.pay(sale.number, date=NOV22, members=["LJ-0002"])
    palm_book.deliveries.record("LJ-0001", "TBS Sawit", 200_000, date=NOV22)

    siti = member_overview(palm_book, "LJ-0001")
    assert (siti.settled, siti.paid, siti.unpaid) == (2_975_000, 0, 2_975_000)
    assert (siti.open_count, siti.open_grams) == (1, 200_000)
    assert [(p.deliveries, p.net_grams, p.share, p.slip) for p in siti.sale_parts] == [
        (2, 1_000_000, 2_975_000, "")
    ]
    assert [d.net_grams for d in siti.deliveries] == [200_000, 400_000, 600_000]  # newest first

    budi = member_overview(palm_book, "LJ-0002")
    assert (budi.settled, budi.paid, budi.unpaid) == (1_487_500, 1_487_500, 0)
    assert budi.paid_cash + budi.deducted == 1_487_500
    assert (budi.open_count, budi.open_grams) == (0, 0)


def test_savings_overview_totals_and_counts(palm_book):
    palm_book.savings.deposit("LJ-0001", "pokok", 100_000)
    palm_book.savings.deposit("LJ-0001", "sukarela", 250_000)
    palm_book.savings.deposit("LJ-0002", "sukarela", 50_000)

    overview = savings_overview(palm_book)
    assert overview.on == datetime.date(2026, 11, 27)
    assert [(r.member.number, r.pokok, r.sukarela) for r in overview.rows] == [
        ("LJ-0001", 100_000, 250_000),
        ("LJ-0002", 0, 50_000),
    ]
    assert overview.total("pokok") == 100_000
    assert overview.total("sukarela") == 300_000
    assert (overview.count("pokok"), overview.count("sukarela")) == (1, 2)
    assert overview.arrears == overview.total("wajib_due") + overview.total("loans_due")
    assert overview.total("loans_outstanding") == 0


def test_closing_settings_and_reports_data(palm_book):
    sale = palm_book.sales.settle(PALM)
    closing = closing_shu_data(palm_book, None, "id")
    assert closing.today == datetime.date(2026, 11, 27)
    assert closing.year == 2026 and 2026 in closing.years
    assert closing.closings == 0 and closing.last_closing is None

    settings = settings_data(palm_book)
    assert settings.profile.name == "Koperasi Produsen Tani Lembah Jaya"
    assert [c.name for c in settings.commodities] == ["Karet", "TBS Sawit"]

    reports = reports_page_data(palm_book)
    assert reports.weighed == NOV20  # the last day with deliveries
    assert [number for number, _ in reports.sales] == [sale.number]
    assert "Rp 4.462.500" in reports.sales[0][1]


def test_member_money_balances_passbook_and_loans(palm_book):
    palm_book.savings.deposit("LJ-0001", "pokok", 100_000)
    palm_book.savings.deposit("LJ-0001", "sukarela", 250_000)
    palm_book.loans.grant("LJ-0001", "kasbon", 200_000)
    palm_book.loans.grant("LJ-0001", "kasbon", 50_000)

    money = member_money(palm_book, "LJ-0001")
    assert (money.pokok, money.wajib, money.sukarela) == (100_000, 0, 250_000)
    assert [(m.kind, m.amount, m.balance) for m in money.movements] == [
        ("sukarela", 250_000, 250_000),  # newest first, each with its kind's balance after it
        ("pokok", 100_000, 100_000),
    ]
    assert money.outstanding == 250_000  # both kasbon, nothing repaid
    assert len(money.loans) == 2 and set(money.plans) == {s.loan.number for s in money.loans}


def test_cash_page_balances_book_and_vouchers(book):
    book.cash.income("bunga bank", 1_000_000, "Jasa giro", date=NOV20)
    honor = book.cash.expense("Honorarium pengurus", 750_000, "Honor November", date=NOV21)
    book.cash.expense("transport", 50_000, "Bensin", date=NOV22)
    void = book.cash.void(honor.number, "salah catat")

    data = cash_page_data(book, datetime.date(2026, 11, 1), datetime.date(2026, 11, 30), "kas")
    assert data.today == datetime.date(2026, 11, 27)
    # Rp 1.000.000 in, Rp 50.000 out; the honorarium was paid and voided.
    assert data.balances == {"1101": 950_000, "1102": 0}  # Kas, Bank
    assert (data.book.opening, data.book.closing) == (0, 950_000)
    assert [(v.number, v.amount, v.reverses, v.voided_by) for v in data.vouchers] == [
        (void.number, 750_000, True, ""),
        (data.vouchers[1].number, 50_000, False, ""),
        (honor.number, 750_000, False, void.number),
        (data.vouchers[3].number, 1_000_000, False, ""),
    ]
    assert data.closed_until is None
