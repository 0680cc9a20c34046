"""Penjualan: the register of collective sales, a sale's figures and shares, and the wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.book.payouts import ShareStatus
from koperasi.book.sales import SaleDetail
from koperasi.core import accounts as acc
from koperasi.core.fmt import date_short, fee_text, group, kg, percent, price, rupiah
from koperasi.core.settlement import shrinkage_bp
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.text_table import ColumnFitter
from koperasi.gui.kit.widgets import measure_sample
from koperasi.gui.models.sale_table_model import (
    COL_BUYER,
    COL_DATE,
    SaleListing,
    SaleTableModel,
)
from koperasi.gui.models.share_table_model import COL_NAME, ShareTableModel
from koperasi.gui.paged_model import RecordRole
from koperasi.gui.pages.base import Page
from koperasi.gui.preview import PdfPreview
from koperasi.gui.wizards.sale.common import print_settlement
from koperasi.gui.wizards.sale.wizard import SaleWizard
from koperasi.gui.worker import BookRunner

BUYER_MIN_WIDTH = 130


class SalesPage(Page):
    """Signals:
    pay_requested(str): the treasurer wants to pay this sale's members (Pembayaran).
    """

    AREAS = frozenset({"sales", "deliveries", "payouts", "settings"})

    pay_requested = Signal(str)

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.detail: SaleDetail | None = None
        self.statuses: list[ShareStatus] = []
        self.last_preview: PdfPreview | None = None
        self._select_after_load: str | None = None
        self._detail_generation = 0

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.commodity_filter = QComboBox()
        self.commodity_filter.setMinimumWidth(140)
        self.status_filter = QComboBox()
        self.new_button = QPushButton()
        self.print_button = QPushButton()
        self.pay_button = QPushButton()
        self.trace_button = QPushButton()  # issue 13: the lot's plots, GeoJSON, trace sheet
        self.reverse_button = QPushButton()  # issue 10: reverse a sale none of whose shares is paid
        self.collect_button = QPushButton()  # issue 10: the buyer pays a sale's receivable
        self.receivable = None
        self.cancel_dialog = None
        self.count_label = QLabel()

        self.model = SaleTableModel(runner, self)
        self.table = QTableView()
        measure_sample(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # measure the rows on screen, not pages not loaded
        # The buyer takes the room the figures leave, but never less than a readable name.
        header.setSectionResizeMode(COL_BUYER, QHeaderView.ResizeMode.Interactive)
        # Columns sized to their contents change width as pages of rows arrive, after the
        # model's signals: fit the buyer once the view has caught up.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_buyer)
        header.sectionResized.connect(
            lambda column, _old, _new: column != COL_BUYER and self._fit_timer.start()
        )
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.layoutChanged):
            signal.connect(lambda *_: self._fit_timer.start())
        self.table_fitter = ColumnFitter(self.table, sample=0, auto=False)

        # -- the selected sale --------------------------------------------------------
        self.detail_box = QGroupBox()
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        figures_scroll = QScrollArea()
        figures_scroll.setWidget(self.figures)
        figures_scroll.setWidgetResizable(True)
        figures_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        figures_scroll.setMinimumWidth(360)
        self.shares_model = ShareTableModel(parent=self)
        self.shares_table = QTableView()
        measure_sample(self.shares_table)
        self.shares_table.setModel(self.shares_model)
        self.shares_table.verticalHeader().hide()
        self.shares_table.verticalHeader().setDefaultSectionSize(26)
        self.shares_table.setAlternatingRowColors(True)
        self.shares_table.setWordWrap(False)
        self.shares_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        shares_header = self.shares_table.horizontalHeader()
        shares_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        shares_header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.shares_fitter = ColumnFitter(self.shares_table)
        detail_layout = QHBoxLayout(self.detail_box)
        figures_column = QVBoxLayout()
        figures_column.addWidget(figures_scroll, 1)
        sale_actions = QHBoxLayout()  # side by side: the figures keep their height
        sale_actions.addWidget(self.reverse_button)
        sale_actions.addWidget(self.collect_button)
        sale_actions.addStretch(1)
        figures_column.addLayout(sale_actions)
        detail_layout.addLayout(figures_column)
        detail_layout.addWidget(self.shares_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.commodity_filter)
        bar.addWidget(self.status_filter)
        bar.addSpacing(12)
        for button in (self.new_button, self.print_button, self.pay_button, self.trace_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self.model.set_text)
        self.commodity_filter.currentIndexChanged.connect(self._commodity_changed)
        self.status_filter.currentIndexChanged.connect(
            lambda index: self.model.set_filter("unpaid_only", index == 1)
        )
        self.new_button.clicked.connect(self.start_new)
        self.print_button.clicked.connect(self.print_sheet)
        self.pay_button.clicked.connect(self._pay)
        self.trace_button.clicked.connect(self.open_trace)
        self.reverse_button.clicked.connect(self.reverse)
        self.collect_button.clicked.connect(self.collect)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_detail())
        self.model.modelReset.connect(self._update_count)
        self.model.loaded_callbacks.append(self._loaded)
        self.setTabOrder(self.search, self.commodity_filter)
        self.setTabOrder(self.commodity_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sales")

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Collective sales") + "</h2>")
        self.search.setPlaceholderText(self.tr("Search sale number or buyer…"))
        self.commodity_filter.blockSignals(True)
        if self.commodity_filter.count():
            self.commodity_filter.setItemText(0, self.tr("All commodities"))
        else:
            self.commodity_filter.addItem(self.tr("All commodities"), None)
        self.commodity_filter.blockSignals(False)
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItems([self.tr("All sales"), self.tr("With unpaid shares")])
        self.status_filter.setCurrentIndex(max(0, current))
        self.status_filter.blockSignals(False)
        self.new_button.setText(self.tr("&New sale…"))
        self.print_button.setText(self.tr("&Print settlement sheet…"))
        self.pay_button.setText(self.tr("Pa&y members…"))
        self.trace_button.setText(self.tr("Lot &trace…"))
        self.reverse_button.setText(self.tr("Re&verse sale…"))
        self.collect_button.setText(self.tr("Receive pay&ment…"))
        self.model.retranslate()
        self.shares_model.retranslate()
        self._update_count()
        self._show_detail()

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.runner.book_path is None:
            return
        selected = self.selected_sale()
        if selected is not None and self._select_after_load is None:
            self._select_after_load = selected.number
        self.model.reload()
        self.runner.book_op(
            lambda book: [c.name for c in book.commodities.list()], self._fill_commodities
        )

    def _fit_buyer(self) -> None:
        header = self.table.horizontalHeader()
        self.table_fitter.fit()
        others = sum(
            header.sectionSize(column)
            for column in range(self.model.columnCount())
            if column != COL_BUYER
        )
        width = self.table.viewport().width()
        scroll_bar = self.table.verticalScrollBar()
        if not scroll_bar.isVisible():  # keep room for it: it appears once the rows arrive
            width -= scroll_bar.sizeHint().width()
        header.resizeSection(COL_BUYER, max(BUYER_MIN_WIDTH, width - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _fill_commodities(self, names: list[str]) -> None:
        current = self.commodity_filter.currentData()
        self.commodity_filter.blockSignals(True)
        while self.commodity_filter.count() > 1:
            self.commodity_filter.removeItem(1)
        for name in names:
            self.commodity_filter.addItem(name, name)
        index = self.commodity_filter.findData(current) if current else 0
        self.commodity_filter.setCurrentIndex(max(0, index))
        self.commodity_filter.blockSignals(False)

    def _commodity_changed(self, _index: int) -> None:
        self.model.set_filter("commodity", self.commodity_filter.currentData())

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n sale(s)", "", self.model.rowCount()))

    def _loaded(self) -> None:
        """A page of sales arrived: keep (or make) a selection so the details show."""
        wanted, row = self._select_after_load, -1
        if wanted is not None:
            row = self.model.row_of(wanted)
            self._select_after_load = None
        if row < 0 and self.table.currentIndex().row() < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif self.model.rowCount() == 0:
            self._load_detail()

    def selected_sale(self) -> SaleListing | None:
        index = self.table.currentIndex()
        return self.model.data(index.siblingAtColumn(0), RecordRole) if index.isValid() else None

    def select_sale(self, number: str) -> None:
        row = self.model.row_of(number)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._select_after_load = number

    def _load_detail(self) -> None:
        listing = self.selected_sale()
        self._detail_generation += 1
        generation = self._detail_generation
        if listing is None:
            self.detail, self.statuses, self.receivable = None, [], None
            self._show_detail()
            return
        number = listing.number

        def load(book: Book):
            owed = [r for r in book.receivables.list(settled=True) if r.sale == number]
            return (
                book.sales.detail(number),
                book.payouts.status(number),
                owed[0] if owed else None,
            )

        def loaded(result) -> None:
            if generation != self._detail_generation:
                return
            self.detail, self.statuses, self.receivable = result
            self._show_detail()

        self.runner.book_op(load, loaded, lambda exc: show_error(self, exc))

    # -- the selected sale ---------------------------------------------------------------

    def _show_detail(self) -> None:
        detail = self.detail
        enabled = detail is not None
        self.print_button.setEnabled(enabled)
        self.pay_button.setEnabled(enabled and any(s.payout is None for s in self.statuses))
        self.trace_button.setEnabled(enabled)
        self.reverse_button.setEnabled(
            enabled and detail.reversal is None and all(s.payout is None for s in self.statuses)
        )
        self.collect_button.setEnabled(
            enabled
            and detail.reversal is None
            and self.receivable is not None
            and self.receivable.outstanding > 0
        )
        if detail is None:
            self.detail_box.setTitle(self.tr("Sale details"))
            self.figures.setText(
                "<p style='color:#666'>" + self.tr("Choose a sale to see its figures.") + "</p>"
            )
            self.shares_model.set_rows([])
            return
        sale = detail.sale
        self.detail_box.setTitle(
            self.tr("Sale %1 · %2 · %3")
            .replace("%1", sale.number)
            .replace("%2", detail.commodity.name)
            .replace("%3", sale.buyer)
        )
        accounts = {
            acc.CASH: self.tr("Cash (Kas)"),
            acc.BANK: self.tr("Bank"),
            acc.BUYER_RECEIVABLE: self.tr("Buyer still owes it (receivable)"),
        }
        # (label, value, emphasised)
        rows = [
            (self.tr("Date"), date_short(sale.date), False),
            (self.tr("Deliveries pooled"), group(sale.delivery_count), False),
            (self.tr("Pooled weight"), kg(sale.pooled_grams), False),
            (self.tr("Sold weight"), kg(sale.sold_grams), False),
            (
                self.tr("Shrinkage"),
                f"{kg(sale.shrinkage_grams)} "
                f"({percent(shrinkage_bp(sale.pooled_grams, sale.shrinkage_grams))})",
                False,
            ),
            (
                self.tr("Price per kg")
                if sale.price_cents is not None
                else self.tr("Agreed total"),
                price(sale.price_cents)
                if sale.price_cents is not None
                else rupiah(sale.agreed_total or 0),
                False,
            ),
            (self.tr("Gross"), rupiah(sale.gross), False),
            (
                self.tr("Cooperative fee (%1)").replace(
                    "%1", fee_text(sale.fee_kind, sale.fee_bp, sale.fee_cents_per_kg)
                ),
                rupiah(sale.fee),
                False,
            ),
        ]
        rows += [
            (f"&nbsp;&nbsp;· {_escape(c.label)}", rupiah(c.amount), False) for c in detail.costs
        ]
        rows += [
            (self.tr("Costs"), rupiah(sale.costs), False),
            (self.tr("Net to members"), rupiah(sale.net), True),
            (self.tr("Received into"), accounts.get(sale.received_into, sale.received_into), False),
        ]
        html = "<table cellspacing='0' cellpadding='2'>"
        self.figures.setToolTip("")
        if detail.reversal is not None:
            # Above the figures, kept short: the full reason is in the tooltip.
            reason = detail.reversal.reason
            short = reason if len(reason) <= 44 else reason[:43] + "…"
            html = (
                "<p style='color:#b00020'><b>"
                + self.tr("VOID")
                + f"</b> {date_short(detail.reversal.date)}<br>{_escape(short)}</p>"
                + html
            )
            self.figures.setToolTip(reason)
        for label, value, strong in rows:
            if strong:
                label, value = f"<b>{label}</b>", f"<b>{value}</b>"
            html += (
                f"<tr><td style='padding-right:18px'>{label}</td>"
                f"<td align='right'>{value}</td></tr>"
            )
        self.figures.setText(html + "</table>")
        self.shares_model.set_rows(self.statuses)

    # -- actions -----------------------------------------------------------------------

    def start_new(self) -> SaleWizard:
        wizard = SaleWizard(self.runner, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.settled.connect(self._settled)
        wizard.pay_requested.connect(self.pay_requested)
        wizard.open()
        return wizard

    def _settled(self, number: str) -> None:
        self._select_after_load = number
        self.refresh()

    def print_sheet(self) -> None:
        listing = self.selected_sale()
        if listing is None:
            return

        def shown(preview: PdfPreview) -> None:
            self.last_preview = preview

        print_settlement(self.runner, listing.number, self, shown)

    def open_trace(self):
        """The selected sale's lot trace: its plots on the map, the EUDR GeoJSON, the sheet."""
        from koperasi.gui.dialogs.plots import LotTraceDialog

        listing = self.selected_sale()
        if listing is None:
            return None
        self.trace_dialog = LotTraceDialog(self.runner, listing.number, self)
        self.trace_dialog.open()
        return self.trace_dialog

    def reverse(self):
        """Reverse the selected sale: a dialog states its figures and asks why."""
        from koperasi.gui.dialogs.cancel import CancelDialog

        detail = self.detail
        if detail is None:
            return None
        sale = detail.sale
        figures = {
            "gross": sale.gross,
            "fee": sale.fee,
            "costs": sale.costs,
            "net": sale.net,
            "deliveries": sale.delivery_count,
        }
        self.cancel_dialog = CancelDialog(self.runner, "sale", sale.number, figures, self)
        self.cancel_dialog.saved.connect(lambda _done: self._settled(sale.number))
        self.cancel_dialog.open()
        return self.cancel_dialog

    def collect(self):
        """The buyer pays (part of) the selected sale's receivable."""
        from koperasi.gui.dialogs.collect import CollectDialog

        if self.detail is None:
            return None
        number = self.detail.sale.number
        self.collect_dialog = CollectDialog(self.runner, number, self)
        self.collect_dialog.saved.connect(lambda _done: self._settled(number))
        self.collect_dialog.open()
        return self.collect_dialog

    def _pay(self) -> None:
        listing = self.selected_sale()
        if listing is not None:
            self.pay_requested.emit(listing.number)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
