import datetime

import pytest

from koperasi.core.deductions import Deduction, Due, deduct
from koperasi.core.errors import KoperasiError
from koperasi.core.loans import add_months, position, schedule, split_repayment
from koperasi.core.savings import months_due, wajib_due
from koperasi.core.shu import DEFAULT_SHU_SPLIT_BP, distribute

START = datetime.date(2026, 1, 31)


def test_add_months_keeps_the_day_or_the_month_end():
    assert add_months(START, 1) == datetime.date(2026, 2, 28)
    assert add_months(START, 2) == datetime.date(2026, 3, 31)
    assert add_months(datetime.date(2026, 11, 15), 3) == datetime.date(2027, 2, 15)


def test_declining_balance_schedule():
    # Rp 3.000.000 over 3 months at 2 % a month on the declining balance:
    # principal 1.000.000 a month; jasa 2 % of 3.000.000, 2.000.000, 1.000.000.
    plan = schedule(3_000_000, 3, 200, "declining", START)
    assert [(i.number, i.due, i.principal, i.service, i.total) for i in plan] == [
        (1, datetime.date(2026, 2, 28), 1_000_000, 60_000, 1_060_000),
        (2, datetime.date(2026, 3, 31), 1_000_000, 40_000, 1_040_000),
        (3, datetime.date(2026, 4, 30), 1_000_000, 20_000, 1_020_000),
    ]


def test_flat_schedule_with_uneven_principal():
    # Rp 1.000.000 over 3 months, flat 1,5 %: principal 333.334 + 333.333 + 333.333
    # (the extra rupiah in the first month); jasa 1,5 % of 1.000.000 = 15.000 each month.
    plan = schedule(1_000_000, 3, 150, "flat", START)
    assert [(i.principal, i.service) for i in plan] == [
        (333_334, 15_000),
        (333_333, 15_000),
        (333_333, 15_000),
    ]
    assert sum(i.principal for i in plan) == 1_000_000


def test_schedule_refusals():
    for args in [(0, 3, 100, "flat"), (100, 0, 100, "flat"), (100, 3, 100, "weird")]:
        with pytest.raises(KoperasiError):
            schedule(*args, START)


def test_position_counts_arrears():
    plan = schedule(3_000_000, 3, 200, "declining", START)
    # On 31 March two installments have fallen due (2.000.000 principal, 100.000 jasa);
    # the member paid the first one only.
    pos = position("pinjaman", 3_000_000, plan, 1_000_000, 60_000, datetime.date(2026, 3, 31))
    assert (pos.outstanding, pos.principal_due, pos.service_due, pos.due) == (
        2_000_000,
        1_000_000,
        40_000,
        1_040_000,
    )
    kasbon = position("kasbon", 500_000, (), 200_000, 0, datetime.date(2026, 3, 31))
    assert (kasbon.outstanding, kasbon.due) == (300_000, 300_000)


def test_repayment_pays_service_first():
    assert split_repayment(50_000, 40_000) == (10_000, 40_000)
    assert split_repayment(30_000, 40_000) == (0, 30_000)


def test_deductions_exhaust_the_share_in_order():
    # Share Rp 500.000. Due: wajib 50.000, kasbon 300.000, loan installment 400.000.
    # 500.000 − 50.000 (wajib) = 450.000 − 300.000 (kasbon) = 150.000 → only 150.000 of the
    # installment can be deducted; 250.000 of it stays owed; the member receives Rp 0.
    taken, paid = deduct(
        500_000, [Due("pinjaman", 400_000, 7), Due("kasbon", 300_000, 3), Due("wajib", 50_000)]
    )
    assert taken == (
        Deduction("wajib", 50_000),
        Deduction("kasbon", 300_000, 3),
        Deduction("pinjaman", 150_000, 7),
    )
    assert paid == 0


def test_deductions_leave_the_rest_paid():
    taken, paid = deduct(1_000_000, [Due("wajib", 20_000), Due("kasbon", 0, 1)])
    assert (taken, paid) == ((Deduction("wajib", 20_000),), 980_000)


def test_mandatory_savings_arrears():
    joined = datetime.date(2026, 3, 15)
    # March to November 2026 is 9 months; at Rp 10.000 a month 90.000 is owed; 60.000 paid.
    assert months_due(joined, None, datetime.date(2026, 11, 27)) == 9
    assert wajib_due(joined, None, datetime.date(2026, 11, 27), 10_000, 60_000) == 30_000
    # The scheme started in June: 6 months.
    assert (
        wajib_due(joined, datetime.date(2026, 6, 1), datetime.date(2026, 11, 27), 10_000, 0)
        == 60_000
    )
    # A member who left in May owes only March to May.
    assert (
        wajib_due(
            joined, None, datetime.date(2026, 11, 27), 10_000, 0, left_on=datetime.date(2026, 5, 2)
        )
        == 30_000
    )


def test_shu_split_worked_example():
    # Surplus Rp 10.000.001 by the default statutes 40/25/15/5/5/5/5 %:
    # 4.000.000,4 / 2.500.000,25 / 1.500.000,15 / 500.000,05 ×4 → floors sum to 10.000.000;
    # the one rupiah left goes to the largest fraction (reserve, ,4).
    d = distribute(
        2026,
        10_000_001,
        DEFAULT_SHU_SPLIT_BP,
        transactions={1: 3_000_000, 2: 1_000_000, 3: 0},
        capital={1: 100_000, 2: 100_000, 3: 200_000},
    )
    assert d.parts == {
        "reserve": 4_000_001,
        "jasa_usaha": 2_500_000,
        "jasa_modal": 1_500_000,
        "board": 500_000,
        "staff": 500_000,
        "education": 500_000,
        "social": 500_000,
    }
    # Jasa usaha 2.500.000 over transactions 3:1 → 1.875.000 and 625.000; member 3 had none.
    assert d.jasa_usaha == {1: 1_875_000, 2: 625_000}
    # Jasa modal 1.500.000 over capital 1:1:2 → 375.000, 375.000, 750.000.
    assert d.jasa_modal == {1: 375_000, 2: 375_000, 3: 750_000}
    assert d.member_total(1) == 2_250_000
    assert sum(d.parts.values()) == 10_000_001


def test_shu_split_must_total_100_percent():
    with pytest.raises(KoperasiError) as info:
        distribute(2026, 1000, {"reserve": 5000, "jasa_usaha": 4000}, {}, {})
    assert info.value.code == "shu.bad_split"
    with pytest.raises(KoperasiError):
        distribute(2026, 0, DEFAULT_SHU_SPLIT_BP, {}, {})
