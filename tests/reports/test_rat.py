"""The RAT report's figures, each tied to the journal (trial balance) and the book's tables,
on a small cooperative whose every rupiah is worked out by hand (tests/reports/rat_helpers)."""

from __future__ import annotations

import datetime

import pytest

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from koperasi.reports import rat
from tests.reports.rat_helpers import TODAY, build_rat_book

Y = 2025
END, END_BEFORE = datetime.date(2025, 12, 31), datetime.date(2024, 12, 31)


@pytest.fixture(scope="module")
def rat_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("rat") / "rat.koperasi"
    build_rat_book(path).close()
    return path


@pytest.fixture
def book(rat_path):
    b = Book.open(rat_path, readonly=True).with_today(TODAY)
    yield b
    b.close()


def balances(book: Book, until: datetime.date) -> dict[str, int]:
    return {r.code: r.balance for r in book.journal.trial_balance(until).rows}


def lines(group: rat.Group) -> dict[str, tuple[int, int]]:
    return {line.code or line.key: (line.amount, line.previous) for line in group.lines}


# -- balance sheet -------------------------------------------------------------------------


def test_balance_sheet_is_the_trial_balance_and_balances(book):
    sheet = rat.balance_sheet(book, Y)
    tb, tb_before = balances(book, END), balances(book, END_BEFORE)
    for group in (sheet.assets, sheet.liabilities, sheet.equity):
        for line in group.lines:
            assert (line.amount, line.previous) == (tb[line.code], tb_before[line.code])
    assert sheet.balanced
    assert (sheet.as_of, sheet.previous_as_of) == (END, END_BEFORE)
    # Kas 2025: 3.030.000 at the start (2024: pokok 300.000 + rubber 96.000.000 − costs
    # 2.000.000 − payout 91.120.000 − office 150.000), then + wajib 120.000 + pokok 100.000
    # + sukarela 500.000 − withdrawal 200.000 − to the bank 1.200.000
    # + repayment 112.000 + palm 75.015.000 − payout 49.510.000
    # + palm 3.100.000 − payout 3.069.250 − electricity 300.000 − RAT 500.000
    # − SHU 2024 in cash 955.500 = 26.242.250.
    # Bank: wajib 120.000 + 1.200.000 − loan 1.200.000 + rubber 149.500.000 − its costs
    # 2.500.000 − payouts 142.403.000 + interest 45.000 = 4.762.000.
    # Loan: 1.200.000 − 100.000 repaid − 100.000 deducted = 1.000.000.
    assert lines(sheet.assets) == {
        "1101": (26_242_250, 3_030_000),
        "1102": (4_762_000, 0),
        "1202": (1_000_000, 0),
    }
    assert sheet.assets.total == 32_004_250
    assert lines(sheet.liabilities) == {
        "2101": (24_755_000, 0),  # Hendra's palm share, unpaid at year end
        "2102": (436_500, 0),  # Ahmad 500.000 − 200.000, Sri's SHU 2024 136.500
        "2103": (1_813_901, 1_092_000),  # members' SHU 2025 (2024's was paid in 2025)
        "2104": (363_238, 136_500),  # 136.500 from 2024 + 226.738 from 2025
        "2105": (363_237, 136_500),
        "2106": (363_237, 136_500),
        "2107": (363_237, 136_500),
    }
    assert lines(sheet.equity) == {
        "3101": (400_000, 300_000),
        "3102": (240_000, 0),
        "3201": (2_905_900, 1_092_000),  # reserve 1.092.000 (2024) + 1.813.900 (2025)
    }
    # Both years are closed: no surplus waits outside equity.
    assert (sheet.unclosed, sheet.previous_unclosed) == (0, 0)
    assert sheet.liabilities.total + sheet.equity.total == 28_458_350 + 3_545_900 == 32_004_250
    assert sheet.previous_liabilities_and_equity == sheet.assets.previous_total == 3_030_000


def test_an_open_year_shows_its_surplus_in_equity(book):
    # 2026 so far: Pendapatan lain-lain 50.000, no expense; not closed.
    sheet = rat.balance_sheet(book, 2026)
    current = [line for line in sheet.equity.lines if line.key == "current_result"]
    assert [(line.amount, line.previous) for line in current] == [(50_000, 0)]
    assert sheet.unclosed == 50_000
    assert sheet.balanced


def test_earlier_years_never_closed_show_on_their_own_line(tmp_path):
    b = Book.create(tmp_path / "open.koperasi", name="Koperasi Uji", member_prefix="KU")
    b.with_today(TODAY)
    b.commodities.add("Karet", fee_bp=500)
    number = b.members.add("Ani", joined=datetime.date(2024, 1, 1)).number
    b.deliveries.record(number, "Karet", 100_000, datetime.date(2024, 5, 1))
    b.sales.settle(
        SaleInput(
            "Karet", datetime.date(2024, 5, 2), "Toke", sold_grams=100_000, price_cents=1_000_000
        )
    )
    # Gross 100 kg × Rp 10.000 = 1.000.000, fee 5 % = 50.000, never closed.
    sheet = rat.balance_sheet(b, Y)
    assert lines(sheet.equity) == {"current_result": (0, 50_000), "earlier_result": (50_000, 0)}
    assert sheet.balanced
    changes = rat.equity_changes(b, Y)
    assert [
        (x.code, x.key, x.opening, x.increases, x.decreases, x.closing) for x in changes.lines
    ] == [("3301", "current_surplus", 50_000, 0, 0, 50_000)]
    b.close()


# -- statement of operations ---------------------------------------------------------------


def test_operations_are_the_year_without_its_closing_entry(book):
    ops = rat.operations(book, Y)
    # 4101: rubber 3 % of 149.500.000 = 4.485.000, palm Rp 25/kg × 30.000 kg = 750.000 and
    # × 1.230 kg = 30.750; 4102: two flat installments of 1 % × 1.200.000 = 12.000;
    # 4903: bank interest 45.000.
    assert lines(ops.income) == {
        "4101": (5_265_750, 2_880_000),
        "4102": (24_000, 0),
        "4903": (45_000, 0),
    }
    # 5104: 100.000 spent and voided in 2025 (150.000 in 2024); 5105 electricity; 5106 RAT.
    assert lines(ops.expenses) == {
        "5104": (0, 150_000),
        "5105": (300_000, 0),
        "5106": (500_000, 0),
    }
    assert (ops.income.total, ops.expenses.total) == (5_334_750, 800_000)
    assert ops.surplus == 5_334_750 - 800_000 == 4_534_750
    assert ops.previous_surplus == 2_880_000 - 150_000 == 2_730_000
    # The surplus the book distributed is this one.
    assert ops.surplus == book.shu.preview(Y).surplus
    # The closing entry empties every income and expense account at 31 December.
    tb = balances(book, END)
    assert all(tb[code] == 0 for code in ("4101", "4102", "4903", "5104", "5105", "5106"))
    # Turnover, for information: 149.500.000 + 75.015.000 + 3.100.000.
    assert (ops.turnover, ops.sales) == (227_615_000, 3)
    assert (ops.previous_turnover, ops.previous_sales) == (96_000_000, 1)


# -- cash flow -----------------------------------------------------------------------------


def test_cash_flow_ties_opening_to_closing(book):
    flow = rat.cash_flow(book, Y)
    tb, tb_before = balances(book, END), balances(book, END_BEFORE)
    assert (flow.opening_cash, flow.opening_bank) == (tb_before["1101"], tb_before["1102"])
    assert (flow.closing_cash, flow.closing_bank) == (tb["1101"], tb["1102"])
    assert [(x.key, x.detail, x.amount) for x in flow.inflows] == [
        ("sales", "", 227_615_000),  # 149.500.000 (bank) + 75.015.000 + 3.100.000
        ("savings_in", "", 840_000),  # wajib 120.000 × 2 + pokok 100.000 + sukarela 500.000
        ("loans_in", "", 112_000),  # the repayment in cash (the deducted one moved no money)
        ("cash_income", "Bunga bank", 45_000),
    ]
    assert [(x.key, x.detail, x.amount) for x in flow.outflows] == [
        ("sale_costs", "", 2_500_000),
        # rubber by transfer 47.505.000 + (71.257.500 − 112.000) + 23.752.500, palm
        # 49.510.000 and 3.069.250 in cash
        ("payouts", "", 194_982_250),
        ("savings_out", "", 200_000),
        ("loans_out", "", 1_200_000),
        # ATK 100.000 was spent and voided: it nets to nothing and is not listed
        ("cash_expense", "Listrik & air", 300_000),
        ("cash_expense", "Rapat/RAT", 500_000),
        ("shu_paid", "", 955_500),  # SHU 2024 in cash: Ahmad 563.063 + Nurhayati 392.437
    ]
    assert flow.total_in == 228_612_000
    assert flow.total_out == 200_637_750
    assert flow.opening + flow.total_in - flow.total_out == flow.closing
    assert 3_030_000 + 228_612_000 - 200_637_750 == 31_004_250 == flow.closing
    assert flow.ties
    assert flow.transfers == 1_200_000  # Kas to Bank, in neither side


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_every_year_ties_and_balances(book, year):
    assert rat.cash_flow(book, year).ties
    assert rat.balance_sheet(book, year).balanced
    changes = rat.equity_changes(book, year)
    assert changes.closing == rat.balance_sheet(book, year).equity.total
    for line in changes.lines:
        assert line.opening + line.increases - line.decreases == line.closing


# -- changes in equity ---------------------------------------------------------------------


def test_equity_changes(book):
    changes = rat.equity_changes(book, Y)
    assert [(x.code, x.opening, x.increases, x.decreases, x.closing) for x in changes.lines] == [
        ("3101", 300_000, 100_000, 0, 400_000),  # Hendra's pokok
        ("3102", 0, 240_000, 0, 240_000),  # wajib of Ahmad and Sri
        ("3201", 1_092_000, 1_813_900, 0, 2_905_900),  # 40 % of the 2025 surplus
        # the year's surplus in, its distribution out; closing only moved it inside
        ("3301", 0, 4_534_750, 4_534_750, 0),
    ]
    sheet = rat.balance_sheet(book, Y)
    assert (changes.opening, changes.closing) == (
        sheet.equity.previous_total,
        sheet.equity.total,
    )
    assert changes.opening + changes.increases - changes.decreases == changes.closing


# -- the SHU list --------------------------------------------------------------------------


def test_shu_list_is_the_posted_distribution(book):
    shu = rat.shu_list(book, Y)
    assert shu.status == "posted" and not shu.preview
    assert (shu.income, shu.expenses, shu.surplus) == (5_334_750, 800_000, 4_534_750)
    # 4.534.750 × 40/25/15/5/5/5/5 %: 1.813.900; 1.133.687,5; 680.212,5; 226.737,5 × 4.
    # The three rupiah left over go to the largest remainders (all ,5), ties to the first
    # parts: jasa usaha, jasa modal and the board.
    assert [(p.part, p.bp, p.amount) for p in shu.parts] == [
        ("reserve", 4000, 1_813_900),
        ("jasa_usaha", 2500, 1_133_688),
        ("jasa_modal", 1500, 680_213),
        ("board", 500, 226_738),
        ("staff", 500, 226_737),
        ("education", 500, 226_737),
        ("social", 500, 226_737),
    ]
    assert sum(p.amount for p in shu.parts) == shu.surplus
    assert shu.total_jasa_usaha == shu.part("jasa_usaha")
    assert shu.total_jasa_modal == shu.part("jasa_modal")
    # Members' SHU is what 2103 Utang SHU Anggota holds at 31 December.
    assert shu.total == 1_813_901 == balances(book, END)["2103"]
    # Jasa usaha 1.133.688 over transactions 100.084.250 : 71.257.500 : 48.507.500
    # = 516.100,52 : 367.450,75 : 250.136,72, the two rupiah left to Sri and Hendra.
    # Jasa modal 680.213 over pokok + wajib 220.000 : 220.000 : 100.000 = 277.124,56 :
    # 277.124,56 : 125.965,37 (floors sum exactly); Nurhayati left on 30/09/2025 and shares
    # in nothing after that day (issue 10), so she has no jasa modal for 2025.
    rows = [
        (m.number, m.transactions, m.jasa_usaha, m.capital, m.jasa_modal, m.total, m.paid)
        for m in shu.members
    ]
    assert rows == [
        ("SR-0001", 100_084_250, 516_100, 220_000, 277_124, 793_224, 793_224),
        ("SR-0003", 71_257_500, 367_451, 220_000, 277_124, 644_575, 0),
        ("SR-0004", 48_507_500, 250_137, 100_000, 125_965, 376_102, 0),
    ]
    ahmad = shu.members[0]
    assert (ahmad.name, ahmad.method, ahmad.paid_on) == (
        "Ahmad Yani",
        "cash",
        datetime.date(2026, 1, 15),
    )
    assert shu.total_transactions == 219_849_250  # the year's net to members of every sale


def test_shu_list_of_the_year_before(book):
    shu = rat.shu_list(book, 2024)
    # 2.730.000 splits exactly; jasa usaha 682.500 over 5.000 kg : 3.000 kg of rubber
    # = 426.562,5 : 255.937,5, the tie going to Ahmad; jasa modal 409.500 / 3 = 136.500.
    assert [(m.number, m.jasa_usaha, m.jasa_modal, m.method) for m in shu.members] == [
        ("SR-0001", 426_563, 136_500, "cash"),
        ("SR-0002", 255_937, 136_500, "cash"),
        ("SR-0003", 0, 136_500, "sukarela"),
    ]
    assert shu.total == shu.total_paid == 682_500 + 409_500


def test_a_year_not_posted_is_a_preview(book):
    shu = rat.shu_list(book, 2026)
    assert shu.status == "preview" and shu.preview
    assert shu.surplus == 50_000
    # No sale in 2026: jasa usaha has nobody to go to and joins the reserve (40 % + 25 %).
    assert shu.part("reserve") == 32_500 and shu.part("jasa_usaha") == 0
    assert sum(p.amount for p in shu.parts) == 50_000
    assert shu.total_jasa_modal == shu.part("jasa_modal") == 7_500
    assert shu.total_paid == 0


def test_a_year_without_surplus_has_no_list(book):
    shu = rat.shu_list(book, 2023)
    assert (shu.status, shu.surplus, shu.parts, shu.members) == ("none", 0, (), ())


def test_preview_from_the_journal_matches_the_book(demo, monkeypatch):
    """A book made before savings and SHU existed, opened read-only, has no SHU tables:
    the preview is computed from the journal with the statutes' default split."""
    by_book = rat.shu_list(demo, 2026)
    monkeypatch.setattr(demo.annual, "has_shu_tables", lambda: False)
    from_journal = rat.shu_list(demo, 2026)
    assert from_journal == by_book
    assert from_journal.status == "preview"
    assert from_journal.total == from_journal.part("jasa_usaha") + from_journal.part("jasa_modal")


# -- members -------------------------------------------------------------------------------


def test_member_stats(book):
    stats = rat.member_stats(book, Y)
    # Ahmad, Nurhayati, Sri at the start; Hendra and Budi joined; Nurhayati and Budi left.
    assert (stats.at_start, stats.joined, stats.left, stats.at_end) == (3, 2, 2, 3)
    assert [(g.gender, g.at_start, g.joined, g.left, g.at_end) for g in stats.by_gender] == [
        ("L", 1, 2, 1, 2),
        ("P", 2, 0, 1, 1),
    ]
    assert [(v.village, v.men, v.women, v.total) for v in stats.villages] == [
        ("Lubuk Resam", 2, 0, 2),
        ("Pulau Pandan", 0, 1, 1),
    ]
    before = rat.member_stats(book, 2024)
    assert (before.at_start, before.joined, before.left, before.at_end) == (2, 1, 0, 3)


# -- commodities ---------------------------------------------------------------------------


def test_commodity_months(book):
    data = rat.commodity_months(book, Y)
    rubber, palm = data.commodities
    assert rubber.commodity == "Karet"
    may = rubber.months[4]
    assert (may.month, may.deliveries, may.delivered_grams, may.members) == (5, 3, 12_000_000, 3)
    assert (may.sales, may.sold_grams, may.gross, may.fee, may.costs, may.net) == (
        1,
        11_500_000,
        149_500_000,
        4_485_000,
        2_500_000,
        142_515_000,
    )
    assert may.average_price_cents == 1_300_000  # 149.500.000 / 11.500 kg = Rp 13.000,00
    assert rubber.months[0].average_price_cents is None  # no sale in January
    assert len(rubber.months) == 12
    assert (rubber.previous_sold_grams, rubber.previous_gross) == (8_000_000, 96_000_000)
    assert rubber.previous_average_price_cents == 1_200_000
    october, november = palm.months[9], palm.months[10]
    assert october.average_price_cents == 250_050  # sold at Rp 2.500,50
    # An agreed total: 3.100.000 / 1.230 kg = 2.520,325… → Rp 2.520,33.
    assert november.average_price_cents == 252_033
    # The year: (75.015.000 + 3.100.000) / (30.000 + 1.230) kg = 2.501,2808… → Rp 2.501,28.
    assert (palm.sold_grams, palm.gross) == (31_230_000, 78_115_000)
    assert palm.average_price_cents == 250_128
    assert palm.members == 2 and palm.delivered_grams == 31_234_500
    # Fees tie to 4101 Pendapatan Jasa Pemasaran of the year.
    ops = rat.operations(book, Y)
    assert rubber.fee + palm.fee == lines(ops.income)["4101"][0]
    assert rubber.gross + palm.gross == ops.turnover


def test_average_price_rounds_half_up():
    assert rat.average_price_cents(1, 2_000) == 50  # Rp 0,50/kg exactly
    assert rat.average_price_cents(1, 8_000) == 13  # 12,5 sen → 13
    assert rat.average_price_cents(5, 0) is None


# -- the whole report ----------------------------------------------------------------------


def test_rat_report_bundles_the_parts(book):
    report = rat.rat_report(book, Y)
    assert report.parts == rat.PARTS
    assert report.header.name == "Koperasi Produsen Tani Sumber Rejeki"
    assert report.date == TODAY
    assert report.balance_sheet == rat.balance_sheet(book, Y)
    only = rat.rat_report(book, Y, parts=["shu", "neraca"], date=datetime.date(2026, 3, 7))
    assert only.parts == ("neraca", "shu")
    assert only.operations is None and only.date == datetime.date(2026, 3, 7)
    with pytest.raises(ValueError, match="unknown part"):
        rat.rat_report(book, Y, parts=["laba-rugi"])


def test_the_shared_demo_book_balances(demo):
    report = rat.rat_report(demo, 2026)
    assert report.balance_sheet.balanced and report.cash_flow.ties
    # Nothing closed yet: the year's fees are the year's surplus, shown in equity.
    assert lines(report.balance_sheet.equity)["current_result"][0] == report.operations.surplus
