"""The sale wizard: pick a commodity's open deliveries, enter the buyer's terms, watch the
book compute the settlement live, and settle it in one operation.

Nothing is saved before the confirm step: every figure on the way is the book's own
preview (book.sales.preview, run on the worker), the same computation settling does.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from koperasi.book import Book
from koperasi.book.payouts import ShareStatus
from koperasi.book.sales import SaleInput, SalePreview
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, fee_text, group, kg, percent, price, rupiah
from koperasi.core.model import Commodity, SaleCost
from koperasi.core.settlement import shrinkage_bp
from koperasi.core.units import (
    parse_kg,
    parse_percent,
    parse_price,
    parse_rupiah,
)
from koperasi.gui.kit.dates import pydate, qdate
from koperasi.gui.kit.messages import confirm, error_text, show_error
from koperasi.gui.kit.style import ERROR_STYLE, HINT_STYLE
from koperasi.gui.models.pool_table_model import COL_NAME as POOL_COL_NAME
from koperasi.gui.models.pool_table_model import QUALITY_COLUMNS, PoolTableModel
from koperasi.gui.models.share_table_model import COL_NAME as SHARE_COL_NAME
from koperasi.gui.models.share_table_model import ShareTableModel
from koperasi.gui.preview import PdfPreview
from koperasi.gui.printing import print_document
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens.sale_shares import SaleShares, sale_shares

PREVIEW_DEBOUNCE_MS = 300

# Numbers are shown with dots grouping thousands and a decimal comma ("1.250,5 kg",
# "Rp 12.500"), so that is how treasurers type them back; drop the grouping dots before
# the exact parsers see the text ("1.250" is 1.250 kg here, never 1,25 kg).
_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+(,\d*)?")


def ungroup(text: str) -> str:
    cleaned = text.strip().replace(" ", "")
    return cleaned.replace(".", "") if _GROUPED.fullmatch(cleaned) else cleaned


def print_settlement(
    runner: BookRunner,
    number: str,
    parent: QWidget,
    shown: Callable[[PdfPreview], None] | None = None,
) -> None:
    """Render a sale's settlement sheet on the worker and open it in the print preview."""

    def render(book: Book) -> bytes:
        from koperasi.pdf import render_settlement
        from koperasi.reports import settlement_data

        return render_settlement(settlement_data(book, number))

    print_document(
        runner,
        render,
        QCoreApplication.translate("SaleWizard", "Settlement sheet %1").replace("%1", number),
        f"{number}.pdf",
        parent,
        busy=QCoreApplication.translate("SaleWizard", "Preparing the settlement sheet…"),
        shown=shown,
    )


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setWordWrap(False)
    return view


def _fit_columns(view: QTableView, stretch: int) -> None:
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class SaleWizard(QWizard):
    """Signals:
    settled(str): the sale was saved; its number.
    pay_requested(str): the treasurer wants to pay this sale's members now.
    """

    settled = Signal(str)
    pay_requested = Signal(str)

    PAGE_COMMODITY, PAGE_POOL, PAGE_TERMS, PAGE_CONFIRM, PAGE_DONE = range(5)

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today: datetime.date | None = None
        self.commodities: list[Commodity] = []
        self.buyers: list[str] = []
        # The pool of open deliveries for (commodity, date), loaded on the worker.
        self.pool_key: tuple[str, datetime.date] | None = None
        self.pool_rows: list = []
        # The last preview the book computed, and the input it was computed from.
        self.sale_input: SaleInput | None = None
        self.preview: SalePreview | None = None
        self.shares: list[ShareStatus] = []
        self.saved_number: str | None = None
        self.last_preview: PdfPreview | None = None
        self.closed = False  # answers arriving after the wizard closed are dropped

        self.commodity_page = CommodityPage(self)
        self.pool_page = PoolPage(self)
        self.terms_page = TermsPage(self)
        self.confirm_page = ConfirmPage(self)
        self.done_page = DonePage(self)
        self.setPage(self.PAGE_COMMODITY, self.commodity_page)
        self.setPage(self.PAGE_POOL, self.pool_page)
        self.setPage(self.PAGE_TERMS, self.terms_page)
        self.setPage(self.PAGE_CONFIRM, self.confirm_page)
        self.setPage(self.PAGE_DONE, self.done_page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(1180, 720)
        self.retranslate()
        self._load_start()

    # -- loading -----------------------------------------------------------------------

    def _load_start(self) -> None:
        def load(book: Book):
            commodities = [c for c in book.commodities.list() if c.active]
            buyers = sorted({s.buyer for s in book.sales.list()}, key=str.casefold)
            return book.today(), commodities, buyers

        def loaded(result) -> None:
            if self.closed:
                return
            self.today, self.commodities, self.buyers = result
            self.commodity_page.fill()
            self.terms_page.set_buyers(self.buyers)

        self.runner.book_op(load, loaded, lambda exc: show_error(self, exc))

    def commodity(self) -> Commodity | None:
        return self.commodity_page.commodity()

    def sale_date(self) -> datetime.date:
        return pydate(self.commodity_page.date_edit.date())

    def load_pool(self) -> None:
        commodity = self.commodity()
        if commodity is None:
            return
        key = (commodity.name, self.sale_date())
        if key == self.pool_key:
            return
        self.pool_key = None
        self.pool_rows = []
        self.commodity_page.pool_loading()

        def load(book: Book):
            deliveries = book.sales.open_deliveries(key[0], key[1])
            members = book.members.by_ids(sorted({d.member_id for d in deliveries}))
            return [(d, members[d.member_id]) for d in deliveries]

        def loaded(rows) -> None:
            if self.closed:
                return
            if (self.commodity() is None) or key != (self.commodity().name, self.sale_date()):
                return  # the treasurer changed the commodity or date meanwhile
            self.pool_key = key
            self.pool_rows = rows
            self.commodity_page.pool_loaded()

        self.runner.book_op(load, loaded, lambda exc: show_error(self, exc))

    # -- language and closing ------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New collective sale"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Settle sale"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in (
            self.commodity_page,
            self.pool_page,
            self.terms_page,
            self.confirm_page,
            self.done_page,
        ):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.currentId() == self.PAGE_TERMS:
                self.terms_page.changed()  # the book's sentences follow the language too
        super().changeEvent(event)

    def done(self, result: int) -> None:
        if self.confirm_page.settling:
            return  # the sale is being saved: wait for the book's answer
        self.closed = True
        self.terms_page.stop()
        super().done(result)

    def reject(self) -> None:
        if (
            self.saved_number is None
            and self.terms_page.has_input()
            and not confirm(
                self,
                self.tr("Discard this sale?"),
                self.tr("Nothing has been saved yet. Close the wizard and discard what you typed?"),
            )
        ):
            return
        super().reject()


class _Page(QWizardPage):
    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.runner = wizard.runner

    def retranslate(self) -> None:
        """Set every visible text (language change)."""


class CommodityPage(_Page):
    """Step 1: what is sold and on which day."""

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self.commodity_combo = QComboBox()
        self.commodity_combo.setMinimumWidth(320)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMinimumWidth(160)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(48)
        self.commodity_label = QLabel()
        self.date_label = QLabel()
        self.commodity_label.setBuddy(self.commodity_combo)
        self.date_label.setBuddy(self.date_edit)
        form = QFormLayout()
        form.addRow(self.commodity_label, self.commodity_combo)
        form.addRow(self.date_label, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.commodity_combo.currentIndexChanged.connect(lambda _: self._changed())
        self.date_edit.dateChanged.connect(lambda _: self._changed())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Commodity and sale date"))
        self.setSubTitle(
            self.tr(
                "The sale pools every open delivery of the commodity dated on or before the "
                "sale date."
            )
        )
        self.commodity_label.setText(self.tr("&Commodity"))
        self.date_label.setText(self.tr("Sale &date"))
        self.fill()
        self._show_summary()

    def fill(self) -> None:
        """Fill the commodity list (keeping the choice) once the book has answered."""
        wizard = self.wizard_
        current = self.commodity_combo.currentData()
        self.commodity_combo.blockSignals(True)
        self.commodity_combo.clear()
        for commodity in wizard.commodities:
            rule = fee_text(commodity.fee_kind, commodity.fee_bp, commodity.fee_cents_per_kg)
            self.commodity_combo.addItem(
                self.tr("%1 (fee %2)").replace("%1", commodity.name).replace("%2", rule),
                commodity.name,
            )
        index = self.commodity_combo.findData(current) if current else 0
        self.commodity_combo.setCurrentIndex(max(0, index))
        self.commodity_combo.blockSignals(False)
        if wizard.today is not None and self.date_edit.maximumDate() != qdate(wizard.today):
            self.date_edit.blockSignals(True)
            self.date_edit.setMaximumDate(qdate(wizard.today))
            self.date_edit.setDate(qdate(wizard.today))
            self.date_edit.blockSignals(False)
        if wizard.commodities:
            self._changed()

    def select(self, name: str) -> None:
        index = self.commodity_combo.findData(name)
        if index >= 0:
            self.commodity_combo.setCurrentIndex(index)

    def commodity(self) -> Commodity | None:
        name = self.commodity_combo.currentData()
        return next((c for c in self.wizard_.commodities if c.name == name), None)

    def _changed(self) -> None:
        self.wizard_.load_pool()
        self.completeChanged.emit()

    def pool_loading(self) -> None:
        self.summary.setText(self.tr("Looking for open deliveries…"))
        self.summary.setStyleSheet("")
        self.completeChanged.emit()

    def pool_loaded(self) -> None:
        self._show_summary()
        self.completeChanged.emit()

    def _show_summary(self) -> None:
        wizard = self.wizard_
        if wizard.pool_key is None:
            return
        rows = wizard.pool_rows
        if not rows:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                KoperasiError(
                    "sale.no_open_deliveries",
                    commodity=wizard.pool_key[0],
                    date=date_short(wizard.pool_key[1]),
                ).message()
            )
            return
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("Ready to be pooled: %1 from %2, %3 net.")
            .replace("%1", self.tr("%n open delivery(s)", "", len(rows)))
            .replace("%2", self.tr("%n member(s)", "", len({m.id for _, m in rows})))
            .replace("%3", kg(sum(d.net_grams for d, _ in rows)))
        )

    def isComplete(self) -> bool:
        wizard = self.wizard_
        return wizard.pool_key is not None and bool(wizard.pool_rows)


class PoolPage(_Page):
    """Step 2: the deliveries pooled, each of which can be left for a later sale."""

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self.loaded_key: tuple[str, datetime.date] | None = None
        self.model = PoolTableModel(self)
        self.table = _table(self.model)
        self.all_button = QPushButton()
        self.none_button = QPushButton()
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        bar.addWidget(self.all_button)
        bar.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.model.checked_changed.connect(self._update_totals)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Deliveries in the pool"))
        key = self.wizard_.pool_key
        self.setSubTitle(
            self.tr(
                "Every open %1 delivery dated on or before %2. Untick a delivery to leave it "
                "for a later sale."
            )
            .replace("%1", key[0] if key else "")
            .replace("%2", date_short(key[1]) if key else "")
        )
        self.all_button.setText(self.tr("Select &all"))
        self.none_button.setText(self.tr("Select &none"))
        self.model.retranslate()
        self._update_totals()

    def initializePage(self) -> None:
        wizard = self.wizard_
        if wizard.pool_key != self.loaded_key:
            self.loaded_key = wizard.pool_key
            self.model.set_rows(wizard.pool_rows)
            commodity = wizard.commodity()
            for column in QUALITY_COLUMNS:
                self.table.setColumnHidden(column, not (commodity and commodity.uses_quality))
            _fit_columns(self.table, POOL_COL_NAME)
        self.retranslate()

    def _update_totals(self) -> None:
        count, members, net, equivalent = self.model.totals()
        commodity = self.wizard_.commodity()
        text = (
            self.tr("<b>%1</b> of %2 deliveries · <b>%3</b> members · <b>%4</b> net")
            .replace("%1", group(count))
            .replace("%2", group(self.model.rowCount()))
            .replace("%3", group(members))
            .replace("%4", kg(net))
        )
        if commodity is not None and commodity.uses_quality:
            text += self.tr(" · %1 dry-weight equivalent").replace("%1", kg(equivalent))
        self.totals.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.model.chosen())


class TermsPage(_Page):
    """Step 3: the buyer's terms, and the book's live preview of the settlement."""

    ACCOUNTS = (acc.CASH, acc.BANK, acc.BUYER_RECEIVABLE)

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self._generation = 0
        self._waiting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.request_preview)

        # -- the terms --------------------------------------------------------------
        self.buyer_edit = QLineEdit()
        self.sold_edit = QLineEdit()
        self.sold_hint = QLabel()
        self.price_mode = QComboBox()
        self.price_edit = QLineEdit()
        self.price_hint = QLabel()
        self.fee_mode = QComboBox()
        self.fee_edit = QLineEdit()
        self.account_combo = QComboBox()
        for hint in (self.sold_hint, self.price_hint):
            hint.setStyleSheet(HINT_STYLE)
        for edit in (self.sold_edit, self.price_edit, self.fee_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.costs = QTableWidget(0, 2)
        self.costs.verticalHeader().hide()
        self.costs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.costs.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.costs.setMinimumHeight(110)
        self.costs.setMaximumHeight(220)
        self.add_cost_button = QPushButton()
        self.remove_cost_button = QPushButton()
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels[0], self.buyer_edit)
        form.addRow(self.labels[1], _stacked(self.sold_edit, self.sold_hint))
        price_row = QHBoxLayout()
        price_row.addWidget(self.price_mode)
        price_row.addWidget(self.price_edit, 1)
        form.addRow(self.labels[2], _stacked(price_row, self.price_hint))
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee_mode, 1)
        fee_row.addWidget(self.fee_edit)
        self.fee_edit.setMaximumWidth(90)
        form.addRow(self.labels[3], fee_row)
        form.addRow(self.labels[4], self.account_combo)
        cost_buttons = QHBoxLayout()
        cost_buttons.addWidget(self.add_cost_button)
        cost_buttons.addWidget(self.remove_cost_button)
        cost_buttons.addStretch(1)
        costs_box = QVBoxLayout()
        costs_box.addWidget(self.costs)
        costs_box.addLayout(cost_buttons)
        form.addRow(self.labels[5], costs_box)
        for label, field in zip(
            self.labels,
            (
                self.buyer_edit,
                self.sold_edit,
                self.price_edit,
                self.fee_mode,
                self.account_combo,
                self.costs,
            ),
            strict=True,
        ):
            label.setBuddy(field)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        left.setFixedWidth(430)

        # -- the preview ------------------------------------------------------------
        self.preview_box = QGroupBox()
        self.figure_labels = [QLabel() for _ in range(7)]
        self.figures = [QLabel() for _ in range(7)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for row, (label, value) in enumerate(zip(self.figure_labels, self.figures, strict=True)):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row if row < 4 else row - 4, 0 if row < 4 else 2)
            grid.addWidget(value, row if row < 4 else row - 4, 1 if row < 4 else 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        net_font = QFont()
        net_font.setBold(True)
        net_font.setPointSizeF(net_font.pointSizeF() * 1.15)
        self.figures[3].setFont(net_font)
        self.figure_labels[3].setFont(net_font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.shares_model = ShareTableModel(show_status=False, parent=self)
        self.shares_table = _table(self.shares_model)
        _fit_columns(self.shares_table, SHARE_COL_NAME)
        box = QVBoxLayout(self.preview_box)
        box.addLayout(grid)
        box.addWidget(self.message)
        box.addWidget(self.shares_table, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addWidget(self.preview_box, 1)

        for edit in (self.buyer_edit, self.sold_edit, self.price_edit, self.fee_edit):
            edit.textChanged.connect(self.changed)
        for combo in (self.price_mode, self.fee_mode, self.account_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.fee_mode.currentIndexChanged.connect(self._fee_mode_changed)
        self.costs.itemChanged.connect(self.changed)
        self.add_cost_button.clicked.connect(lambda: self.add_cost_row())
        self.remove_cost_button.clicked.connect(self.remove_cost_row)
        self.add_cost_row()
        self._fee_mode_changed()
        self._show_result(None)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Buyer, price and costs"))
        self.setSubTitle(
            self.tr(
                "The preview on the right is computed by the book exactly as settling will "
                "compute it. Nothing is saved yet."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&Buyer"),
                self.tr("&Sold weight (kg)"),
                self.tr("&Price"),
                self.tr("Cooperative &fee"),
                self.tr("&Money received into"),
                self.tr("Sale c&osts"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.buyer_edit.setPlaceholderText(self.tr("e.g. PT Remco Jambi"))
        self.sold_edit.setPlaceholderText(self.tr("as weighed by the buyer, e.g. 1.250,5"))
        self._set_items(self.price_mode, [self.tr("Price per kg"), self.tr("Agreed total")])
        self.price_edit.setPlaceholderText(
            self.tr("e.g. 12.500") if self.price_mode.currentIndex() == 0 else self.tr("rupiah")
        )
        commodity = self.wizard_.commodity()
        default = (
            fee_text(commodity.fee_kind, commodity.fee_bp, commodity.fee_cents_per_kg)
            if commodity
            else ""
        )
        self._set_items(
            self.fee_mode,
            [
                self.tr("Commodity default: %1").replace("%1", default),
                self.tr("Percent of gross (%)"),
                self.tr("Rupiah per kg sold"),
            ],
        )
        self._set_items(
            self.account_combo,
            [self.tr("Cash (Kas)"), self.tr("Bank"), self.tr("Buyer still owes it (receivable)")],
        )
        self.costs.setHorizontalHeaderLabels([self.tr("Cost"), self.tr("Amount (Rp)")])
        self.add_cost_button.setText(self.tr("&Add cost"))
        self.remove_cost_button.setText(self.tr("&Remove cost"))
        self.preview_box.setTitle(self.tr("Preview"))
        for label, text in zip(
            self.figure_labels,
            (
                self.tr("Gross"),
                self.tr("Cooperative fee"),
                self.tr("Costs"),
                self.tr("Net to members"),
                self.tr("Pooled weight"),
                self.tr("Sold weight"),
                self.tr("Shrinkage"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.shares_model.retranslate()
        self._update_hints()
        self._show_result(self.wizard_.preview, keep_message=True)

    @staticmethod
    def _set_items(combo: QComboBox, texts: list[str]) -> None:
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(texts)
        combo.setCurrentIndex(max(0, current))
        combo.blockSignals(False)

    def set_buyers(self, buyers: list[str]) -> None:
        completer = QCompleter(buyers, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.buyer_edit.setCompleter(completer)

    # -- costs -------------------------------------------------------------------------

    def add_cost_row(self, label: str = "", amount: str = "") -> int:
        self.costs.blockSignals(True)
        row = self.costs.rowCount()
        self.costs.insertRow(row)
        self.costs.setItem(row, 0, QTableWidgetItem(label))
        amount_item = QTableWidgetItem(amount)
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.costs.setItem(row, 1, amount_item)
        self.costs.blockSignals(False)
        if label or amount:
            self.changed()
        return row

    def remove_cost_row(self) -> None:
        row = self.costs.currentRow()
        if row < 0:
            row = self.costs.rowCount() - 1
        if row >= 0:
            self.costs.removeRow(row)
            self.changed()

    def cost_lines(self) -> tuple[SaleCost, ...]:
        """The cost rows, ignoring empty ones; a half-filled row is refused with a sentence."""
        lines = []
        for row in range(self.costs.rowCount()):
            label_item, amount_item = self.costs.item(row, 0), self.costs.item(row, 1)
            label = (label_item.text() if label_item else "").strip()
            amount = (amount_item.text() if amount_item else "").strip()
            if not label and not amount:
                continue
            if not label:
                raise KoperasiError("input.required", field=self.tr("The cost's description"))
            if not amount:
                raise KoperasiError(
                    "input.required", field=self.tr("The amount of %1").replace("%1", label)
                )
            lines.append(SaleCost(label, parse_rupiah(amount), acc.CASH))
        return tuple(lines)

    # -- the sale the treasurer describes ------------------------------------------------

    def has_input(self) -> bool:
        return any(
            edit.text().strip() for edit in (self.buyer_edit, self.sold_edit, self.price_edit)
        )

    def sale_input(self) -> SaleInput:
        """The SaleInput for what is typed; parsing refusals come back as KoperasiErrors."""
        wizard = self.wizard_
        commodity = wizard.commodity()
        assert commodity is not None
        sold = ungroup(self.sold_edit.text())
        if not sold:
            raise KoperasiError("input.required", field=self.tr("The sold weight"))
        sold_grams = parse_kg(sold)
        amount = ungroup(self.price_edit.text())
        if not amount:
            raise KoperasiError(
                "input.required",
                field=self.tr("The price per kg")
                if self.price_mode.currentIndex() == 0
                else self.tr("The agreed total"),
            )
        price_cents = agreed_total = None
        if self.price_mode.currentIndex() == 0:
            price_cents = parse_price(amount)
        else:
            agreed_total = parse_rupiah(amount)
        fee_bp = fee_cents_per_kg = None
        fee = ungroup(self.fee_edit.text())
        if self.fee_mode.currentIndex() == 1:
            if not fee:
                raise KoperasiError("input.required", field=self.tr("The fee percentage"))
            fee_bp = parse_percent(fee.rstrip("%").strip())
        elif self.fee_mode.currentIndex() == 2:
            if not fee:
                raise KoperasiError("input.required", field=self.tr("The fee per kg"))
            fee_cents_per_kg = parse_price(fee)
        return SaleInput(
            commodity=commodity.name,
            date=wizard.sale_date(),
            buyer=self.buyer_edit.text().strip(),
            sold_grams=sold_grams,
            price_cents=price_cents,
            agreed_total=agreed_total,
            costs=self.cost_lines(),
            fee_bp=fee_bp,
            fee_cents_per_kg=fee_cents_per_kg,
            received_into=self.ACCOUNTS[max(0, self.account_combo.currentIndex())],
            include=wizard.pool_page.model.chosen_receipts(),
        )

    def _fee_mode_changed(self) -> None:
        overriding = self.fee_mode.currentIndex() > 0
        self.fee_edit.setEnabled(overriding)
        self.fee_edit.setPlaceholderText(
            "" if not overriding else ("2,5" if self.fee_mode.currentIndex() == 1 else "25")
        )

    def _update_hints(self) -> None:
        """Say back how the typed numbers were read, so '1.250' cannot be misread silently."""
        try:
            text = ungroup(self.sold_edit.text())
            self.sold_hint.setText(f"= {kg(parse_kg(text))}" if text else "")
        except KoperasiError:
            self.sold_hint.setText("")
        try:
            text = ungroup(self.price_edit.text())
            if not text:
                self.price_hint.setText("")
            elif self.price_mode.currentIndex() == 0:
                self.price_hint.setText(f"= {price(parse_price(text))} / kg")
            else:
                self.price_hint.setText(f"= {rupiah(parse_rupiah(text))}")
        except KoperasiError:
            self.price_hint.setText("")

    # -- the live preview ----------------------------------------------------------------

    def initializePage(self) -> None:
        self.retranslate()
        self.changed()

    def changed(self, *_args) -> None:
        """Something was typed: ask the book again once the typing pauses."""
        self._generation += 1
        self._waiting = True
        self._update_hints()
        self.price_edit.setPlaceholderText(
            self.tr("e.g. 12.500") if self.price_mode.currentIndex() == 0 else self.tr("rupiah")
        )
        self.completeChanged.emit()
        self._timer.start()

    def request_preview(self) -> None:
        self._timer.stop()
        generation = self._generation
        wizard = self.wizard_
        if wizard.commodity() is None:
            return
        try:
            sale = self.sale_input()
        except KoperasiError as exc:
            self._refused(exc)
            return

        def done(result: SaleShares) -> None:
            if generation != self._generation or wizard.closed:
                return
            wizard.sale_input = sale
            wizard.preview, wizard.shares = result.preview, list(result.shares)
            self._waiting = False
            self._show_result(wizard.preview)
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation or wizard.closed:
                return
            self._refused(exc)

        self.message.setStyleSheet(HINT_STYLE)
        self.message.setText(self.tr("Computing…"))
        self.runner.book_op(lambda book: sale_shares(book, sale), done, failed)

    def stop(self) -> None:
        """Forget any preview on its way (the wizard is closing)."""
        self._timer.stop()
        self._generation += 1

    def _refused(self, exc: BaseException) -> None:
        wizard = self.wizard_
        wizard.sale_input = None
        wizard.preview = None
        wizard.shares = []
        self._waiting = False
        self._show_result(None)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))
        self.completeChanged.emit()

    def _show_result(self, preview: SalePreview | None, keep_message: bool = False) -> None:
        if preview is None:
            for value in self.figures:
                value.setText("—")
            self.shares_model.set_rows([])
            if not keep_message:
                self.message.setText("")
            return
        s = preview.settlement
        rule = fee_text(preview.fee_rule.kind, preview.fee_rule.bp, preview.fee_rule.cents_per_kg)
        self.figure_labels[1].setText(self.tr("Cooperative fee (%1)").replace("%1", rule))
        self.figures[0].setText(rupiah(s.gross))
        self.figures[1].setText(rupiah(s.fee))
        self.figures[2].setText(rupiah(s.costs))
        self.figures[3].setText(rupiah(s.net))
        self.figures[4].setText(kg(s.pooled_grams))
        self.figures[5].setText(kg(s.sold_grams))
        self.figures[6].setText(
            f"{kg(s.shrinkage_grams)} ({percent(shrinkage_bp(s.pooled_grams, s.shrinkage_grams))})"
        )
        self.shares_model.set_rows(self.wizard_.shares)
        self.message.setStyleSheet(HINT_STYLE)
        self.message.setText(
            self.tr("%1 from %2 share the net in proportion to their weight%3.")
            .replace("%1", self.tr("%n delivery(s)", "", len(preview.pool)))
            .replace("%2", self.tr("%n member(s)", "", len(s.shares)))
            .replace(
                "%3",
                self.tr(" × quality") if preview.commodity.uses_quality else "",
            )
        )

    def isComplete(self) -> bool:
        return not self._waiting and self.wizard_.preview is not None


class ConfirmPage(_Page):
    """Step 4: what will be saved; the commit button settles the sale."""

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self.setCommitPage(True)
        self.settling = False
        self.recap = QLabel()
        self.recap.setTextFormat(Qt.TextFormat.RichText)
        self.recap.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.recap.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.recap)
        layout.addSpacing(8)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Confirm the sale"))
        self.setSubTitle(self.tr("Check the figures. Nothing has been saved yet."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Settle sale"))
        self.warning.setText(
            self.tr(
                "Settling saves the sale, marks the pooled deliveries as sold and posts the "
                "journal entry, all at once. A settled sale cannot be changed afterwards."
            )
        )
        if self.wizard_.preview is not None:
            self.initializePage()

    def initializePage(self) -> None:
        wizard = self.wizard_
        sale, preview = wizard.sale_input, wizard.preview
        self.error.hide()
        if sale is None or preview is None:
            return
        s = preview.settlement
        accounts = dict(
            zip(
                TermsPage.ACCOUNTS,
                (
                    self.tr("Cash (Kas)"),
                    self.tr("Bank"),
                    self.tr("Buyer still owes it (receivable)"),
                ),
                strict=True,
            )
        )
        rule = fee_text(preview.fee_rule.kind, preview.fee_rule.bp, preview.fee_rule.cents_per_kg)
        # (label, value, a figure to right-align)
        rows = [
            (self.tr("Commodity"), preview.commodity.name, False),
            (self.tr("Sale date"), date_short(sale.date), False),
            (self.tr("Buyer"), _escape(sale.buyer), False),
            (
                self.tr("Deliveries pooled"),
                self.tr("%1 from %2, %3")
                .replace("%1", self.tr("%n delivery(s)", "", len(preview.pool)))
                .replace("%2", self.tr("%n member(s)", "", len(s.shares)))
                .replace("%3", kg(s.pooled_grams)),
                False,
            ),
            (self.tr("Sold weight"), kg(s.sold_grams), True),
            (
                self.tr("Price"),
                f"{price(sale.price_cents)} / kg"
                if sale.price_cents is not None
                else self.tr("agreed total"),
                True,
            ),
            (self.tr("Gross"), rupiah(s.gross), True),
            (self.tr("Cooperative fee (%1)").replace("%1", rule), rupiah(s.fee), True),
        ]
        rows += [(f"&nbsp;&nbsp;· {_escape(c.label)}", rupiah(c.amount), True) for c in sale.costs]
        rows += [
            (self.tr("Costs"), rupiah(s.costs), True),
            ("<b>" + self.tr("Net to members") + "</b>", f"<b>{rupiah(s.net)}</b>", True),
            (self.tr("Money received into"), accounts[sale.received_into], False),
        ]
        html = "<table cellspacing='0' cellpadding='3'>"
        for label, value, figure in rows:
            align = "right" if figure else "left"
            html += (
                f"<tr><td style='padding-right:24px'>{label}</td>"
                f"<td align='{align}'>{value}</td></tr>"
            )
        self.recap.setText(html + "</table>")

    def validatePage(self) -> bool:
        wizard = self.wizard_
        if wizard.saved_number is not None:
            return True
        if self.settling or wizard.sale_input is None:
            return False
        sale = wizard.sale_input
        self.settling = True
        self.error.hide()
        wizard.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)

        def done(row) -> None:
            self.settling = False
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
            wizard.saved_number = row.number
            wizard.settled.emit(row.number)
            wizard.next()

        def failed(exc: BaseException) -> None:
            self.settling = False
            wizard.button(QWizard.WizardButton.CommitButton).setEnabled(True)
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
            self.error.setText(error_text(exc))
            self.error.show()

        self.runner.book_op(
            lambda book: book.sales.settle(sale),
            done,
            failed,
            busy=self.tr("Settling the sale…"),
            parent=wizard,
        )
        return False


class DonePage(_Page):
    """The sale is saved: its number, and what to do next."""

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.print_button = QPushButton()
        self.pay_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pay_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.print_button.clicked.connect(self.print_sheet)
        self.pay_button.clicked.connect(self._pay)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sale settled"))
        self.print_button.setText(self.tr("&Print settlement sheet…"))
        self.pay_button.setText(self.tr("Pay the &members now"))
        self.initializePage()

    def initializePage(self) -> None:
        wizard = self.wizard_
        if wizard.saved_number is None or wizard.preview is None:
            return
        s = wizard.preview.settlement
        self.result.setText(
            self.tr(
                "<p style='font-size:16px'>Sale <b>%1</b> is saved.</p>"
                "<p>%2 of the gross %3 is now owed to %4. Print the settlement sheet for the "
                "notice board, then pay the members on the Payouts screen.</p>"
            )
            .replace("%1", wizard.saved_number)
            .replace("%2", rupiah(s.net))
            .replace("%3", rupiah(s.gross))
            .replace("%4", self.tr("%n member(s)", "", len(s.shares)))
        )

    def print_sheet(self) -> None:
        wizard = self.wizard_
        if wizard.saved_number is None:
            return

        def shown(preview: PdfPreview) -> None:
            wizard.last_preview = preview

        print_settlement(self.runner, wizard.saved_number, wizard, shown)

    def _pay(self) -> None:
        wizard = self.wizard_
        if wizard.saved_number is not None:
            wizard.pay_requested.emit(wizard.saved_number)
            wizard.accept()


def _stacked(field, hint: QLabel) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    if isinstance(field, QWidget):
        box.addWidget(field)
    else:
        box.addLayout(field)
    box.addWidget(hint)
    return box


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
