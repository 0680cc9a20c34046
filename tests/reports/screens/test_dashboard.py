"""The home screen's figures (reports.screens.dashboard), and the day queries of the Setoran screen."""

import datetime

import pytest

from koperasi.book.deliveries import DeductionInput
from koperasi.book.sales import SaleInput
from koperasi.core.errors import KoperasiError
from koperasi.core.model import SaleCost
from koperasi.reports.screens import dashboard as figures
from koperasi.reports.screens.dashboard import CommodityMonth, DeliveryTotal, MonthVolume

NOV = datetime.date(2026, 11, 1)


@pytest.fixture
def busy_book(book):
    """October and November of a small cooperative, worked out by hand below.

    Karet: 15/10 Siti 100 kg KKK 50 %; 2/11 Siti 120,5 kg less 0,5 kg tare, KKK 55 %;
    3/11 Budi 80 kg KKK 60 %; sold 10/11, 290 kg at Rp 12.500 (3 % fee, Rp 100.000
    transport from Kas); Siti paid in cash, Budi not yet; 20/11 Siti 90 kg KKK 50 %, open.
    TBS Sawit: 5/11 Rahmat 1.500 kg, open; 6/11 Rahmat 700 kg, voided.
    """
    siti = book.members.add("Siti Aminah").number
    budi = book.members.add("Budi Santoso").number
    rahmat = book.members.add("Rahmat Hidayat").number
    record = book.deliveries.record
    record(siti, "Karet", 100_000, date=datetime.date(2026, 10, 15), quality_bp=5000)
    record(
        siti,
        "Karet",
        120_500,
        date=datetime.date(2026, 11, 2),
        deductions=[DeductionInput("tare", grams=500)],
        quality_bp=5500,
    )
    record(budi, "Karet", 80_000, date=datetime.date(2026, 11, 3), quality_bp=6000)
    record(rahmat, "TBS Sawit", 1_500_000, date=datetime.date(2026, 11, 5))
    void = record(rahmat, "TBS Sawit", 700_000, date=datetime.date(2026, 11, 6))
    book.deliveries.void(void.receipt, "ditimbang dua kali")
    sale = book.sales.settle(
        SaleInput(
            "Karet",
            datetime.date(2026, 11, 10),
            "PT Remco Jambi",
            290_000,
            price_cents=1_250_000,
            costs=(SaleCost("transport", 100_000),),
        )
    )
    book.payouts.pay(sale.number, date=datetime.date(2026, 11, 12), members=[siti])
    record(siti, "Karet", 90_000, date=datetime.date(2026, 11, 20), quality_bp=5000)
    return book


def test_overview_of_this_month(busy_book):
    overview = figures.overview(busy_book)
    assert overview.today == datetime.date(2026, 11, 27)
    assert overview.month_start == NOV
    assert overview.commodities == (
        # 120 + 80 + 90 kg delivered; the sale: 290 kg × Rp 12.500 = Rp 3.625.000, less the
        # fee Rp 108.750 and transport Rp 100.000 = Rp 3.416.250 to members; 90 kg still open.
        CommodityMonth("Karet", True, 3, 290_000, 1, 290_000, 3_625_000, 3_416_250, 1, 90_000),
        # the voided 700 kg neither counts as delivered nor waits for a sale
        CommodityMonth("TBS Sawit", False, 1, 1_500_000, 0, 0, 0, 0, 1, 1_500_000),
    )
    # Weight-equivalents 100×50 : 120×55 : 80×60 = 500 : 660 : 480 of Rp 3.416.250:
    # Siti 1.041.539,63 + 1.374.832,32 and Budi 999.878,05; the rupiah left over goes to the
    # largest remainder (Siti's October delivery): Siti 2.416.372, Budi 999.878.
    assert overview.unpaid_total == 999_878
    assert overview.unpaid_members == 1
    # Kas: + 3.625.000 from the buyer − 100.000 transport − 2.416.372 paid to Siti
    assert overview.cash == 1_108_628
    assert overview.bank == 0


def test_cash_and_unpaid_agree_with_the_journal(busy_book):
    balances = {row.code: row.balance for row in busy_book.journal.trial_balance().rows}
    overview = figures.overview(busy_book)
    assert overview.cash == balances["1101"]
    assert overview.bank == balances["1102"]
    assert overview.unpaid_total == balances["2101"]


def test_everything_paid_leaves_nothing_unpaid(busy_book):
    # Budi's 999.878 goes by transfer: the treasurer banks Rp 1.000.000 of Kas first.
    busy_book.cash.transfer("kas", 1_000_000)
    busy_book.payouts.pay(busy_book.sales.list()[0].number, method="transfer")
    overview = figures.overview(busy_book)
    assert (overview.unpaid_total, overview.unpaid_members) == (0, 0)
    assert (overview.cash, overview.bank) == (108_628, 122)


def test_an_earlier_month(busy_book):
    october = figures.overview(busy_book, datetime.date(2026, 10, 31))
    karet = october.commodities[0]
    assert (karet.deliveries, karet.delivered_grams, karet.sales) == (1, 100_000, 0)


def test_an_empty_book(book):
    overview = figures.overview(book)
    assert [c.commodity for c in overview.commodities] == ["Karet", "TBS Sawit"]
    assert all(c.deliveries == c.sales == c.open_grams == 0 for c in overview.commodities)
    assert (overview.cash, overview.bank, overview.unpaid_total, overview.unpaid_members) == (
        0,
        0,
        0,
        0,
    )
    assert figures.monthly(book, "Karet")[-1] == MonthVolume(NOV, 0, 0, 0, 0, 0)


def test_monthly_volume_and_average_price(busy_book):
    months = figures.monthly(busy_book, "karet")
    assert len(months) == 12
    assert months[0].month == datetime.date(2025, 12, 1)
    assert months[-2] == MonthVolume(datetime.date(2026, 10, 1), 1, 100_000, 0, 0, 0)
    assert months[-1] == MonthVolume(NOV, 3, 290_000, 1, 290_000, 3_625_000)
    assert months[-1].average_price_cents == 1_250_000  # Rp 12.500,00 per kg
    assert months[-2].average_price_cents is None
    assert sum(m.delivered_grams for m in months[:-2]) == 0
    # 3 months up to October
    short = figures.monthly(busy_book, "Karet", months=3, until=datetime.date(2026, 10, 5))
    assert [m.month.month for m in short] == [8, 9, 10]
    assert short[-1].delivered_grams == 100_000
    voided_out = figures.monthly(busy_book, "TBS Sawit")[-1]
    assert (voided_out.deliveries, voided_out.delivered_grams) == (1, 1_500_000)


def test_average_price_is_rounded_half_up_to_the_cent():
    month = MonthVolume(NOV, 0, 0, 1, 3_000, 10_000)  # Rp 10.000 for 3 kg
    assert month.average_price_cents == 333_333  # Rp 3.333,33
    assert MonthVolume(NOV, 0, 0, 1, 3_000, 5).average_price_cents == 167  # 1,666… → 1,67


def test_monthly_crosses_the_year(busy_book):
    months = figures.monthly(busy_book, "Karet", months=14, until=datetime.date(2026, 1, 9))
    assert months[0].month == datetime.date(2024, 12, 1)
    assert months[-1].month == datetime.date(2026, 1, 1)


def test_unknown_commodity_is_refused(busy_book):
    with pytest.raises(KoperasiError) as info:
        figures.monthly(busy_book, "Kopi")
    assert info.value.code == "commodity.not_found"


def test_day_totals_per_commodity(busy_book):
    def totals(*days):
        return figures.deliveries_by_commodity(busy_book, *days)

    assert totals(datetime.date(2026, 11, 6)) == (DeliveryTotal("TBS Sawit", 0, 0, 1),)
    assert totals(datetime.date(2026, 11, 2)) == (DeliveryTotal("Karet", 1, 120_000, 0),)
    assert totals(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30)) == (
        DeliveryTotal("Karet", 3, 290_000, 0),
        DeliveryTotal("TBS Sawit", 1, 1_500_000, 1),
    )
    assert totals(datetime.date(2026, 11, 7)) == ()


def _plan(book, sql: str, params: list) -> str:
    return " | ".join(row[-1] for row in book._db.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_the_sums_read_indexes(busy_book):
    # The queries below are koperasi/store/dashboard.py's own.
    monthly = _plan(
        busy_book,
        "SELECT substr(date, 1, 7), count(*), sum(net_grams) FROM deliveries"
        " WHERE commodity_id = ? AND date BETWEEN ? AND ? AND status <> 'void' GROUP BY 1 ORDER BY 1",
        [1, "2025-12-01", "2026-11-30"],
    )
    assert "COVERING INDEX deliveries_commodity_sums" in monthly
    month = _plan(
        busy_book,
        "SELECT commodity_id, count(*) FROM deliveries WHERE date BETWEEN ? AND ? GROUP BY commodity_id",
        ["2026-11-01", "2026-11-27"],
    )
    assert "USING INDEX deliveries_date" in month or "COVERING INDEX deliveries_date" in month
    paid = _plan(
        busy_book, "SELECT coalesce(sum(p.share), 0) FROM payouts p WHERE p.sale_id = ?", [1]
    )
    assert "COVERING INDEX payouts_sale_share" in paid
    # the partial index must not lure the open pool away from deliveries_open
    open_pool = _plan(
        busy_book,
        "SELECT commodity_id, count(*), sum(net_grams) FROM deliveries WHERE status = 'open'"
        " GROUP BY commodity_id ORDER BY commodity_id",
        [],
    )
    assert "deliveries_open" in open_pool


# -- the day's list of the Setoran screen ----------------------------------------------


def test_a_days_deliveries_page_by_page_and_sorted(busy_book):
    nov5 = datetime.date(2026, 11, 5)
    busy_book.deliveries.record("LJ-0002", "Karet", 50_000, date=nov5, quality_bp=6000)
    busy_book.deliveries.record("LJ-0001", "Karet", 70_000, date=nov5, quality_bp=6000)
    deliveries = busy_book.deliveries
    assert deliveries.count_on_date(nov5) == 3
    assert deliveries.count_on_date(datetime.date(2026, 11, 6)) == 1  # void ones are listed
    assert [d.net_grams for d in deliveries.page_on_date(nov5)] == [1_500_000, 50_000, 70_000]
    assert [d.net_grams for d in deliveries.page_on_date(nov5, descending=True)] == [
        70_000,
        50_000,
        1_500_000,
    ]
    by_member = deliveries.page_on_date(nov5, sort="member")
    names = [busy_book.members.by_id(d.member_id).name for d in by_member]
    assert names == ["Budi Santoso", "Rahmat Hidayat", "Siti Aminah"]
    assert [d.net_grams for d in deliveries.page_on_date(nov5, sort="net", offset=1, limit=1)] == [
        70_000
    ]


def test_check_editable_says_why_not(busy_book):
    open_one = busy_book.deliveries.page_on_date(datetime.date(2026, 11, 20))[0]
    assert busy_book.deliveries.check_editable(open_one.receipt) == open_one
    settled = busy_book.deliveries.page_on_date(datetime.date(2026, 11, 2))[0]
    with pytest.raises(KoperasiError) as info:
        busy_book.deliveries.check_editable(settled.receipt)
    assert info.value.code == "delivery.settled"
    assert "sudah dibagi dalam penjualan" in info.value.message("id")
    void = busy_book.deliveries.page_on_date(datetime.date(2026, 11, 6))[0]
    with pytest.raises(KoperasiError) as info:
        busy_book.deliveries.check_editable(void.receipt)
    assert info.value.code == "delivery.void"
