"""Beranda: this month at a glance, money on hand, what members are still owed, and a
year of each commodity's volume and price."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.fmt import date_long, kg, month_name, price, rupiah
from koperasi.gui import i18n
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.widgets import loading_text
from koperasi.gui.pages.base import Page
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens import dashboard as figures
from koperasi.reports.screens.dashboard import CommodityMonth, MonthVolume, Overview
from koperasi.reports.screens.price_reference import MonthReference, monthly_reference

MONTHS = 12
COMMODITY_COLUMNS = 3
GREEN = QColor("#2e6b52")
GOLD = QColor("#d99a00")
DISBUN = QColor("#8a3b2e")  # the reference line, dashed

PAGE_STYLE = """
QFrame[card="true"] { background: #ffffff; border: 1px solid #d5ddd8; border-radius: 8px; }
QFrame[card="true"] QLabel { background: transparent; border: none; }
QLabel[role="caption"] { color: #5b6b63; font-size: 12px; font-weight: 600; }
QLabel[role="big"] { color: #1f4d3a; font-size: 24px; font-weight: 700; }
QLabel[role="small"] { color: #5b6b63; font-size: 12px; }
QLabel[role="commodity"] { color: #1f4d3a; font-size: 16px; font-weight: 700; }
QLabel[role="key"] { color: #5b6b63; }
QLabel[role="value"] { font-weight: 600; }
"""


def _label(role: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    return label


def _card() -> QFrame:
    frame = QFrame()
    frame.setProperty("card", True)
    frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return frame


def month_label(month, lang: str) -> str:
    """A chart category: "Nov 2026" ("Agu 2026" in Indonesian)."""
    return f"{month_name(month.month, lang)[:3]} {month.year}"


class MoneyCard(QFrame):
    """A figure the treasurer checks every day: a caption, a big number, a line below."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.caption = _label("caption")
        self.value = _label("big", "—")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = _label("small")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def show_loading(self) -> None:
        """The placeholder while the worker adds up the figure (never a stale amount)."""
        self.value.setText(loading_text())
        self.value.setStyleSheet("")
        self.note.setText("")


class ReceivableLine(MoneyCard):
    """What buyers still owe (issue 10), on one line under the cards: caption, amount, note."""

    def __init__(self) -> None:
        QFrame.__init__(self)
        self.setProperty("card", True)
        self.caption = _label("caption")
        self.value = _label("", "—")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setBold(True)
        self.value.setFont(font)
        self.note = _label("small")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(12)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note, 1)


class CommodityCard(QFrame):
    """One commodity this month: delivered (the big number), sold, and still unsold."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.title = _label("commodity")
        self.delivered = _label("big")
        self.delivered_note = _label("small")
        self.keys = [_label("key") for _ in range(2)]
        self.values = [_label("value") for _ in range(2)]
        for value in self.values:
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.delivered)
        layout.addWidget(self.delivered_note)
        grid = QGridLayout()
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for row, (key, value) in enumerate(zip(self.keys, self.values, strict=True)):
            grid.addWidget(key, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

    def show_figures(self, figures: CommodityMonth) -> None:
        self.title.setText(figures.commodity)
        self.delivered.setText(kg(figures.delivered_grams))
        self.delivered_note.setText(
            self.tr("delivered this month · %n delivery(ies)", "", figures.deliveries)
        )
        self.keys[0].setText(self.tr("Sold this month"))
        if figures.sales:
            self.values[0].setText(
                self.tr("%1 · %2 (%n sale(s))", "", figures.sales)
                .replace("%1", kg(figures.sold_grams))
                .replace("%2", rupiah(figures.sales_gross))
            )
        else:
            self.values[0].setText("—")
        self.keys[1].setText(self.tr("Not sold yet"))
        self.values[1].setText(
            self.tr("%1 · %n delivery(ies)", "", figures.open_deliveries).replace(
                "%1", kg(figures.open_grams)
            )
            if figures.open_deliveries
            else "—"
        )


class VolumeChart(QChartView):
    """Bars: net kg delivered each month; line: average price per kg the buyers paid."""

    def __init__(self) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(320)
        self.months: tuple[MonthVolume, ...] = ()
        self.bar_set: QBarSet | None = None
        self.price_series: QLineSeries | None = None
        self.references: tuple[MonthReference, ...] = ()
        self.reference_series: QLineSeries | None = None
        chart = QChart()
        chart.setLocalizeNumbers(True)
        # The same separators as every figure of the app (koperasi.core.fmt), in both languages.
        chart.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setBackgroundVisible(False)
        self.setStyleSheet("background: transparent;")
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)

    def show_months(
        self, months: tuple[MonthVolume, ...], references: tuple[MonthReference, ...] = ()
    ) -> None:
        self.months = months
        self.references = references
        lang = i18n.current_language()
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSeries()
        self.bar_set = QBarSet(self.tr("Delivered (kg net)"))
        self.bar_set.setColor(GREEN)
        self.bar_set.setBorderColor(GREEN)
        self.bar_set.append([m.delivered_grams / 1000 for m in months])
        bars.append(self.bar_set)
        bars.setBarWidth(0.6)
        self.bar_set.hovered.connect(self._bar_hovered)
        line = QLineSeries()
        line.setName(self.tr("Average price (Rp/kg)"))
        pen = QPen(GOLD)
        pen.setWidth(3)
        line.setPen(pen)
        line.setPointsVisible(True)
        for index, month in enumerate(months):
            cents = month.average_price_cents
            if cents is not None:
                line.append(QPointF(index, cents / 100))
        self.price_series = line
        chart.addSeries(bars)
        chart.addSeries(line)
        # The plantation office's reference (issue 13): the price members should get.
        reference = QLineSeries()
        reference.setName(self.tr("Disbun reference price (Rp/kg)"))
        dashed = QPen(DISBUN)
        dashed.setWidth(2)
        dashed.setStyle(Qt.PenStyle.DashLine)
        reference.setPen(dashed)
        reference.setPointsVisible(True)
        for index, month in enumerate(references):
            if month.reference_cents is not None:
                reference.append(QPointF(index, month.reference_cents / 100))
        self.reference_series = reference if reference.count() else None
        if reference.count():
            chart.addSeries(reference)

        categories = QBarCategoryAxis()
        categories.append([month_label(m.month, lang) for m in months])
        small = QFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        categories.setLabelsFont(small)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        volume_axis = QValueAxis()
        volume_axis.setTitleText(self.tr("kg net"))
        volume_axis.setLabelFormat("%.0f")
        volume_axis.setRange(0, max([*(m.delivered_grams / 1000 for m in months), 10]))
        volume_axis.applyNiceNumbers()
        volume_axis.setLabelsFont(small)
        chart.addAxis(volume_axis, Qt.AlignmentFlag.AlignLeft)
        price_axis = QValueAxis()
        price_axis.setTitleText(self.tr("Rp per kg"))
        price_axis.setLabelFormat("%.0f")
        prices = [m.average_price_cents / 100 for m in months if m.average_price_cents]
        prices += [m.reference_cents / 100 for m in references if m.reference_cents]
        price_axis.setRange(0, max([*prices, 1000]) * 1.1)
        price_axis.applyNiceNumbers()
        price_axis.setLabelsFont(small)
        price_axis.setLabelsColor(GOLD.darker(120))
        price_axis.setVisible(bool(prices))
        chart.addAxis(price_axis, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(categories)
        bars.attachAxis(volume_axis)
        line.attachAxis(categories)
        line.attachAxis(price_axis)
        if self.reference_series is not None:
            self.reference_series.attachAxis(categories)
            self.reference_series.attachAxis(price_axis)

    def _bar_hovered(self, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self.months):
            QToolTip.hideText()
            return
        month = self.months[index]
        lines = [
            month_label(month.month, i18n.current_language()),
            kg(month.delivered_grams),
        ]
        if month.average_price_cents is not None:
            lines.append(f"{price(month.average_price_cents)}/kg")
        if index < len(self.references) and self.references[index].reference_cents is not None:
            lines.append(
                self.tr("Disbun: %1/kg").replace(
                    "%1", price(self.references[index].reference_cents)
                )
            )
        QToolTip.showText(QCursor.pos(), "\n".join(lines), self)


def _references(book, commodity: str, months: tuple[MonthVolume, ...]) -> tuple:
    """The Disbun reference of each month (runs on the worker)."""
    return monthly_reference(book, commodity, tuple(m.month for m in months)) if months else ()


class DashboardPage(Page):
    AREAS = frozenset(
        {
            "deliveries",
            "members",
            "sales",
            "payouts",
            "savings",
            "loans",
            "cash",
            "journal",
            "settings",
        }
    )

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.overview: Overview | None = None
        self.loading = False  # the worker is adding up the figures; the cards say so
        self.months: tuple[MonthVolume, ...] = ()
        self.references: tuple[MonthReference, ...] = ()
        self.chart_commodity = ""

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.period_label = _label("small")
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.period_label)
        top.addLayout(titles, 1)
        top.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)

        self.cash_card = MoneyCard()
        self.bank_card = MoneyCard()
        self.unpaid_card = MoneyCard()
        self.receivable_card = ReceivableLine()  # issue 10: what buyers still owe
        money = QHBoxLayout()
        money.setSpacing(12)
        for card in (self.cash_card, self.bank_card, self.unpaid_card):
            money.addWidget(card, 1)

        self.commodity_caption = _label("caption")
        self.commodity_grid = QGridLayout()
        self.commodity_grid.setSpacing(12)
        self.commodity_cards: list[CommodityCard] = []

        self.chart_card = _card()
        self.chart_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.chart_title = _label("caption")
        self.chart_combo = QComboBox()
        self.chart_combo.setMinimumWidth(160)
        self.chart = VolumeChart()
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(self.chart_title, 1)
        chart_bar.addWidget(self.chart_combo)
        chart_layout = QVBoxLayout(self.chart_card)
        chart_layout.setContentsMargins(16, 12, 16, 8)
        chart_layout.addLayout(chart_bar)
        chart_layout.addWidget(self.chart, 1)
        self.chart_combo.currentTextChanged.connect(self._chart_commodity_chosen)

        content = QWidget()
        content.setObjectName("dashboardContent")
        content.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(money)
        layout.addWidget(self.receivable_card)
        layout.addWidget(self.commodity_caption)
        layout.addLayout(self.commodity_grid)
        layout.addWidget(self.chart_card, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        self.heading.setText("<h2>{}</h2>".format(self.tr("Home")))
        self.reload_button.setText(self.tr("&Reload"))
        self.cash_card.caption.setText(self.tr("CASH (KAS)"))
        self.bank_card.caption.setText(self.tr("BANK"))
        self.unpaid_card.caption.setText(self.tr("NOT YET PAID TO MEMBERS"))
        self.receivable_card.caption.setText(self.tr("OWED BY BUYERS"))
        self.chart_title.setText(self.tr("VOLUME AND AVERAGE PRICE, LAST 12 MONTHS"))
        self._show_overview()
        if self.months:
            self.chart.show_months(self.months, self.references)

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.runner.book_path is None:
            return
        wanted = self.chart_commodity
        self.loading = True
        for card in (self.cash_card, self.bank_card, self.unpaid_card, self.receivable_card):
            card.show_loading()

        def load(book) -> tuple[Overview, str, tuple[MonthVolume, ...], tuple]:
            overview = figures.overview(book)
            names = [c.commodity for c in overview.commodities]
            commodity = wanted if wanted in names else (names[0] if names else "")
            months = figures.monthly(book, commodity, MONTHS) if commodity else ()
            references = _references(book, commodity, months)
            return overview, commodity, months, references

        self.runner.book_op(
            load,
            self._loaded,
            lambda exc: show_error(self, exc),
            busy=self.tr("Adding up the figures…"),
            parent=self,
        )

    def _loaded(self, result: tuple[Overview, str, tuple[MonthVolume, ...], tuple]) -> None:
        self.loading = False
        self.overview, self.chart_commodity, self.months, self.references = result
        self.chart_combo.blockSignals(True)
        self.chart_combo.clear()
        self.chart_combo.addItems([c.commodity for c in self.overview.commodities])
        self.chart_combo.setCurrentText(self.chart_commodity)
        self.chart_combo.blockSignals(False)
        self._show_overview()
        self.chart.show_months(self.months, self.references)

    def _chart_commodity_chosen(self, name: str) -> None:
        if not name or name == self.chart_commodity or self.runner.book_path is None:
            return
        self.chart_commodity = name

        def loaded(result: tuple[tuple[MonthVolume, ...], tuple]) -> None:
            if name == self.chart_commodity:
                self.months, self.references = result
                self.chart.show_months(*result)

        def load(book) -> tuple[tuple[MonthVolume, ...], tuple]:
            months = figures.monthly(book, name, MONTHS)
            return months, _references(book, name, months)

        self.runner.book_op(
            load,
            loaded,
            lambda exc: show_error(self, exc),
            busy=self.tr("Adding up the figures…"),
            parent=self,
        )

    def _show_overview(self) -> None:
        overview = self.overview
        if overview is None:
            self.period_label.clear()
            return
        lang = i18n.current_language()
        self.period_label.setText(
            self.tr("As of %1").replace("%1", date_long(overview.today, lang))
        )
        self.cash_card.value.setText(rupiah(overview.cash))
        self.cash_card.note.setText(self.tr("Balance of account 1101 Kas"))
        self.bank_card.value.setText(rupiah(overview.bank))
        self.bank_card.note.setText(self.tr("Balance of account 1102 Bank"))
        self.unpaid_card.value.setText(rupiah(overview.unpaid_total))
        self.unpaid_card.note.setText(
            self.tr("%n member(s) waiting for their share", "", overview.unpaid_members)
            if overview.unpaid_members
            else self.tr("Every share has been paid")
        )
        color = "#b35900" if overview.unpaid_total else "#1f4d3a"
        self.unpaid_card.value.setStyleSheet(f"color: {color};")
        self.receivable_card.value.setText(rupiah(overview.receivable_total))
        self.receivable_card.note.setText(
            self.tr(
                "%n sale(s) to collect, the oldest %1 days", "", overview.receivable_sales
            ).replace("%1", str(overview.receivable_oldest_days))
            if overview.receivable_sales
            else self.tr("Buyers owe nothing")
        )
        color = "#b35900" if overview.receivable_total else "#1f4d3a"
        self.receivable_card.value.setStyleSheet(f"color: {color};")
        self.commodity_caption.setText(
            self.tr("THIS MONTH PER COMMODITY (%1)").replace(
                "%1", f"{month_name(overview.today.month, lang)} {overview.today.year}".upper()
            )
        )
        self._show_commodities(overview)

    def _show_commodities(self, overview: Overview) -> None:
        while len(self.commodity_cards) < len(overview.commodities):
            card = CommodityCard()
            index = len(self.commodity_cards)
            self.commodity_grid.addWidget(
                card, index // COMMODITY_COLUMNS, index % COMMODITY_COLUMNS
            )
            self.commodity_cards.append(card)
        for index, card in enumerate(self.commodity_cards):
            if index < len(overview.commodities):
                card.show_figures(overview.commodities[index])
                card.show()
            else:
                card.hide()
        for column in range(COMMODITY_COLUMNS):
            self.commodity_grid.setColumnStretch(column, 1)

    # -- for tests and for the eye -------------------------------------------------------

    def figures(self) -> dict[str, str]:
        """The texts on the cards, by name."""
        texts = {
            "cash": self.cash_card.value.text(),
            "bank": self.bank_card.value.text(),
            "unpaid": self.unpaid_card.value.text(),
            "unpaid_note": self.unpaid_card.note.text(),
            "receivable": self.receivable_card.value.text(),
            "receivable_note": self.receivable_card.note.text(),
        }
        for card in self.commodity_cards:
            if card.isVisibleTo(self):
                name = card.title.text()
                texts[f"{name}.delivered"] = card.delivered.text()
                texts[f"{name}.delivered_note"] = card.delivered_note.text()
                texts[f"{name}.sold"] = card.values[0].text()
                texts[f"{name}.open"] = card.values[1].text()
        return texts
