"""Beranda: the cards match the small book worked out by hand; the chart has its series."""

import datetime

from PySide6.QtCharts import QBarSeries, QLineSeries

from koperasi.book.sales import SaleInput
from tests.gui.conftest import settle


def open_home(qtbot, window, runner):
    window.go(0)
    settle(qtbot, runner)
    page = window.dashboard
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    return page


def test_cards_match_the_small_book(qtbot, window, runner):
    page = open_home(qtbot, window, runner)
    # The Karet sale of 21/11: 195 kg × Rp 12.500 = Rp 2.437.500 into Kas; 3 % fee Rp 73.125
    # and Rp 100.000 transport leave Rp 2.264.375 for the members, all paid in cash on 22/11.
    # Kas: 2.437.500 − 100.000 − 2.264.375 = Rp 73.125, the cooperative's fee.
    assert page.figures() == {
        "cash": "Rp 73.125",
        "bank": "Rp 0",
        "unpaid": "Rp 0",
        "unpaid_note": "Semua bagian sudah dibayar",
        "receivable": "Rp 0",
        "receivable_note": "Tidak ada piutang pembeli",
        # 120 + 80 kg on 20/11 and 90 kg today; 90 kg not sold yet
        "Karet.delivered": "290 kg",
        "Karet.delivered_note": "disetor bulan ini · 3 setoran",
        "Karet.sold": "195 kg · Rp 2.437.500 (1 penjualan)",
        "Karet.open": "90 kg · 1 setoran",
        "TBS Sawit.delivered": "1.500 kg",
        "TBS Sawit.delivered_note": "disetor bulan ini · 1 setoran",
        "TBS Sawit.sold": "—",
        "TBS Sawit.open": "1.500 kg · 1 setoran",
    }
    assert page.period_label.text() == "Per 27 November 2026"
    assert page.commodity_caption.text() == "BULAN INI PER KOMODITAS (NOVEMBER 2026)"


def test_unpaid_shares_and_cash_after_an_unpaid_sale(qtbot, window, runner):
    # Rahmat's 1.500 kg of palm fruit sold: 1.480 kg × Rp 3.152,62 = Rp 4.665.877,6 → 4.665.878
    # into Kas; fee Rp 25/kg × 1.480 kg = Rp 37.000; Rahmat's share Rp 4.628.878, not paid.
    runner.call(
        lambda book: book.sales.settle(
            SaleInput(
                "TBS Sawit",
                datetime.date(2026, 11, 27),
                "PKS Sarolangun",
                1_480_000,
                price_cents=315_262,
            )
        )
    )
    page = open_home(qtbot, window, runner)
    figures = page.figures()
    assert figures["unpaid"] == "Rp 4.628.878"
    assert figures["unpaid_note"] == "1 anggota menunggu bagiannya"
    assert figures["cash"] == "Rp 4.739.003"  # 73.125 + 4.665.878
    assert figures["TBS Sawit.sold"] == "1.480 kg · Rp 4.665.878 (1 penjualan)"
    assert figures["TBS Sawit.open"] == "—"


def test_receivables_on_the_home_screen(qtbot, window, runner):
    # The same palm-fruit sale received into Piutang Pembeli today: the buyer owes its
    # gross Rp 4.665.878, then pays Rp 1.000.000 into the bank.
    def sell(book):
        sale = book.sales.settle(
            SaleInput(
                "TBS Sawit",
                datetime.date(2026, 11, 27),
                "PKS Sarolangun",
                1_480_000,
                price_cents=315_262,
                received_into="1201",
            )
        )
        book.receivables.collect(sale.number, 1_000_000, into="bank")

    runner.call(sell)
    page = open_home(qtbot, window, runner)
    figures = page.figures()
    assert figures["receivable"] == "Rp 3.665.878"
    assert figures["receivable_note"] == "1 penjualan belum dibayar pembeli, tertua 0 hari"
    assert figures["bank"] == "Rp 1.000.000"


def test_chart_has_twelve_months_of_volume_and_price(qtbot, window, runner):
    page = open_home(qtbot, window, runner)
    assert page.chart_combo.currentText() == "Karet"
    assert [page.chart_combo.itemText(i) for i in range(page.chart_combo.count())] == [
        "Karet",
        "TBS Sawit",
    ]
    chart = page.chart.chart()
    bars = [s for s in chart.series() if isinstance(s, QBarSeries)]
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert len(bars) == len(lines) == 1
    bar_set = bars[0].barSets()[0]
    assert bar_set.label() == "Setoran (kg bersih)"
    assert bar_set.count() == 12
    assert [bar_set.at(i) for i in range(12)] == [0.0] * 11 + [290.0]
    # the only sale: Rp 2.437.500 for 195 kg = Rp 12.500 per kg, in November
    assert [(p.x(), p.y()) for p in lines[0].points()] == [(11.0, 12_500.0)]
    axis = chart.axes()[0]
    assert axis.categories()[0] == "Des 2025"
    assert axis.categories()[-1] == "Nov 2026"

    page.chart_combo.setCurrentText("TBS Sawit")
    settle(qtbot, runner)
    bar_set = next(s for s in chart.series() if isinstance(s, QBarSeries)).barSets()[0]
    assert bar_set.at(11) == 1500.0
    line = next(s for s in chart.series() if isinstance(s, QLineSeries))
    assert line.count() == 0  # no palm sales yet


def test_a_new_delivery_shows_after_reload(qtbot, window, runner):
    page = open_home(qtbot, window, runner)
    runner.call(lambda book: book.deliveries.record("LJ-0002", "Karet", 60_000, quality_bp=6000))
    page.reload_button.click()
    settle(qtbot, runner)
    assert page.figures()["Karet.delivered"] == "350 kg"
    assert page.figures()["Karet.open"] == "150 kg · 2 setoran"


def test_english(qtbot, window, runner):
    page = open_home(qtbot, window, runner)
    window.set_language("en")
    assert page.cash_card.caption.text() == "CASH (KAS)"
    assert (
        page.figures()["Karet.delivered_note"] == "delivered this month · 3 deliveries"
    )  # a real English plural
    assert page.figures()["cash"] == "Rp 73.125"  # the same figures, the same separators
    assert page.period_label.text() == "As of 27 November 2026"
    bar_set = next(s for s in page.chart.chart().series() if isinstance(s, QBarSeries))
    assert bar_set.barSets()[0].label() == "Delivered (kg net)"
    assert page.chart.chart().axes()[0].categories()[-1] == "Nov 2026"
    window.set_language("id")
    assert page.unpaid_card.caption.text() == "BELUM DIBAYAR KE ANGGOTA"


def test_the_chart_draws_the_disbun_reference_beside_the_price(qtbot, window, runner, tmp_path):
    from tests.geo.samples import SQUARE_GEOMETRY, collection, feature

    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(feature(SQUARE_GEOMETRY, anggota="LJ-0003", nama="Kapling", tahun_tanam=2012)),
        encoding="utf-8",
    )

    def build(book):
        book.plots.import_file(path)
        [kapling] = book.plots.list("LJ-0003")
        day = datetime.date(2026, 11, 20)
        book.reference_prices.set("TBS Sawit", "2026-W47", 10, 20, 320_000)
        book.deliveries.record("LJ-0003", "TBS Sawit", 1_000_000, date=day, plot_id=kapling.id)
        book.sales.settle(
            SaleInput(
                "TBS Sawit", day, "PKS Sarolangun", 1_000_000, price_cents=300_000,
                include=(book.deliveries.on_date(day)[-1].receipt,),
            )
        )  # fmt: skip

    runner.call(build)
    page = open_home(qtbot, window, runner)
    page.chart_combo.setCurrentText("TBS Sawit")
    qtbot.waitUntil(lambda: page.chart.reference_series is not None, timeout=5000)
    reference = page.chart.reference_series
    assert reference.name() == "Harga acuan Disbun (Rp/kg)"
    # November is the last of the twelve months: Rp 3.200 for a 14-year-old plot.
    assert [(p.x(), p.y()) for p in reference.points()] == [(11.0, 3200.0)]
    price = page.chart.price_series
    assert [(p.x(), p.y()) for p in price.points()][-1] == (11.0, 3000.0)
