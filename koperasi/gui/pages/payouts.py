"""Pembayaran: pay members their shares of a settled sale and print their slips.

Only unpaid shares carry a tick box, so a share cannot be picked twice; the book refuses
a second payment anyway, and its sentence is shown.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, group, rupiah
from koperasi.gui import i18n
from koperasi.gui.kit.dates import DayEdit, pydate, qdate
from koperasi.gui.kit.messages import confirm, show_error
from koperasi.gui.kit.style import ERROR_STYLE, OWED
from koperasi.gui.kit.text_table import ColumnFitter
from koperasi.gui.kit.widgets import find_member_row, measure_sample, toggle_current
from koperasi.gui.models.payout_table_model import COL_TO_PAY, DEDUCTION_COLUMNS, PayoutTableModel
from koperasi.gui.models.sale_table_model import SaleListing, listings
from koperasi.gui.models.share_table_model import COL_NAME, COL_STATUS
from koperasi.gui.pages.base import Page
from koperasi.gui.preview import PdfPreview
from koperasi.gui.printing import print_document
from koperasi.gui.worker import BookRunner

# The sale picker lists this many sales, newest first (years of sales in a village book).
SALES_LISTED = 2000


def slip_paper(book: Book) -> str:
    """The paper the book is set to print slips on (Pengaturan), A5 unless set."""
    return book.document_paper("slip")


def shares_with_deductions(book: Book, number: str, day: datetime.date | None):
    """(shares, {member id: preview} of the unpaid ones on `day`, {payout id: deductions} of
    the paid ones, the sentence of a refused preview or "")."""
    statuses = book.payouts.status(number)
    previews, problem = {}, ""
    if any(s.payout is None for s in statuses):
        try:
            previews = {p.member.id: p for p in book.payouts.preview(number, None, day)}
        except KoperasiError as exc:
            problem = exc.message(i18n.current_language())
    paid = book.payouts.deductions_of([s.payout for s in statuses if s.payout is not None])
    return statuses, previews, paid, problem


def render_slips_of(book: Book, sale: str | None = None, run_slip: str | None = None):
    """(PDF bytes, paper, slips) for every slip of a sale, or of the payout run of a slip."""
    from koperasi.pdf import render_slips
    from koperasi.reports import slips_for_run, slips_for_sale

    slips = slips_for_run(book, run_slip) if run_slip else slips_for_sale(book, sale or "")
    paper = slip_paper(book)
    return render_slips(slips, paper), paper, len(slips)


class PayoutsPage(Page):
    AREAS = frozenset({"payouts", "sales", "savings", "loans", "members"})

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.sales: list[SaleListing] = []
        self.today: datetime.date | None = None
        self.last_paid: list = []
        self.last_preview: PdfPreview | None = None
        self._wanted: str | None = None
        self._pick_unpaid = False
        self._generation = 0
        self._date_initialized = False
        self._shown_sale: str | None = None

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.sale_label = QLabel()
        self.sale_combo = QComboBox()
        self.sale_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sale_combo.setMinimumWidth(420)
        self.sale_label.setBuddy(self.sale_combo)
        self.unpaid_only = QCheckBox()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.model = PayoutTableModel(checkable=True, parent=self)
        self._preview_date: datetime.date | None = None
        self.table = QTableView()
        measure_sample(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # The deductions and the net paid read after the share; the status stays last.
        header.moveSection(header.visualIndex(COL_STATUS), COL_TO_PAY)
        self.fitter = ColumnFitter(self.table)
        self.preview_problem = QLabel()
        self.preview_problem.setStyleSheet(ERROR_STYLE)
        self.preview_problem.setWordWrap(True)
        self.preview_problem.hide()

        self.find_edit = QLineEdit()
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(200)
        self.all_button = QPushButton()
        self.none_button = QPushButton()
        self.void_button = QPushButton()  # issue 10: void the selected member's slip
        self.void_button.setEnabled(False)
        self.cancel_dialog = None
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.pay_box = QGroupBox()
        self.date_label = QLabel()
        self.date_edit = DayEdit()
        self.date_edit.setMinimumWidth(130)
        self.date_label.setBuddy(self.date_edit)
        self.method_label = QLabel()
        self.method_combo = QComboBox()
        self.method_label.setBuddy(self.method_combo)
        self.selected_label = QLabel()
        self.pay_button = QPushButton()
        self.pay_button.setDefault(True)
        self.print_sale_button = QPushButton()
        self.print_status = QLabel()  # slips sent to the thermal printer (issue 15)
        self.printed: list[str] = []  # slips the thermal printer took, in order

        top = QHBoxLayout()
        top.addWidget(self.sale_label)
        top.addWidget(self.sale_combo, 1)
        top.addWidget(self.unpaid_only)
        checks = QHBoxLayout()
        checks.addWidget(self.find_edit, 1)
        checks.addWidget(self.all_button)
        checks.addWidget(self.none_button)
        checks.addStretch(2)
        checks.addWidget(self.void_button)
        pay_row = QHBoxLayout(self.pay_box)
        pay_row.addWidget(self.date_label)
        pay_row.addWidget(self.date_edit)
        pay_row.addSpacing(12)
        pay_row.addWidget(self.method_label)
        pay_row.addWidget(self.method_combo)
        pay_row.addSpacing(18)
        pay_row.addWidget(self.selected_label, 1)
        pay_row.addWidget(self.pay_button)
        pay_row.addWidget(self.print_sale_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview_problem)
        layout.addLayout(checks)
        layout.addWidget(self.totals)
        layout.addWidget(self.pay_box)
        layout.addWidget(self.print_status)

        self.sale_combo.currentIndexChanged.connect(lambda _: self.load_shares())
        self.unpaid_only.toggled.connect(lambda _: self.refresh())
        self.find_edit.textChanged.connect(self.find_member)
        self.find_edit.returnPressed.connect(self.toggle_current)
        self.all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.model.checked_changed.connect(self._update_totals)
        self.pay_button.clicked.connect(self.pay_selected)
        self.date_edit.dateChanged.connect(lambda _: self._date_changed())
        self.print_sale_button.clicked.connect(self.print_sale_slips)
        self.void_button.clicked.connect(self.void_slip)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_void())
        self.model.modelReset.connect(self._update_void)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Payouts")

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Pay members their shares") + "</h2>")
        self.sale_label.setText(self.tr("&Sale:"))
        self.unpaid_only.setText(self.tr("Only sales with unpaid shares"))
        self.find_edit.setPlaceholderText(self.tr("Find a member; Enter ticks"))
        self.all_button.setText(self.tr("Select &all unpaid"))
        self.none_button.setText(self.tr("Select &none"))
        self.pay_box.setTitle(self.tr("Payment"))
        self.date_label.setText(self.tr("&Date"))
        self.method_label.setText(self.tr("&Method"))
        current = self.method_combo.currentIndex()
        self.method_combo.clear()
        self.method_combo.addItem(self.tr("Cash"), "cash")
        self.method_combo.addItem(self.tr("Transfer"), "transfer")
        self.method_combo.setCurrentIndex(max(0, current))
        self.print_sale_button.setText(self.tr("P&rint slips of this sale…"))
        self.void_button.setText(self.tr("&Void slip…"))
        self.model.retranslate()
        self._fill_combo()
        self._update_summary()
        self._update_totals()

    # -- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.runner.book_path is None:
            return
        unpaid_only = self.unpaid_only.isChecked()

        def load(book: Book):
            rows = book.sales.listed(unpaid_only=unpaid_only, limit=SALES_LISTED)
            return book.today(), listings(rows, book)

        def loaded(result) -> None:
            self.today, self.sales = result
            self._fill_combo()
            self.load_shares()

        self.runner.book_op(load, loaded, lambda exc: show_error(self, exc))

    def _fill_combo(self) -> None:
        current = self._wanted or self.sale_combo.currentData()
        if self._pick_unpaid:
            current = next((s.number for s in self.sales if s.unpaid), current)
        self.sale_combo.blockSignals(True)
        self.sale_combo.clear()
        for index, listing in enumerate(self.sales):
            self.sale_combo.addItem(self._sale_text(listing), listing.number)
            if listing.unpaid:
                self.sale_combo.setItemData(index, OWED, Qt.ItemDataRole.ForegroundRole)
        found = self.sale_combo.findData(current) if current else -1
        self.sale_combo.setCurrentIndex(found if found >= 0 else (0 if self.sales else -1))
        self.sale_combo.blockSignals(False)
        if self.sales and (found >= 0 or not current):
            self._wanted = None
            self._pick_unpaid = False

    def _sale_text(self, listing: SaleListing) -> str:
        sale = listing.sale
        state = self.tr("%n unpaid", "", listing.unpaid) if listing.unpaid else self.tr("all paid")
        return (
            f"{sale.number} · {date_short(sale.date)} · {listing.commodity} · {sale.buyer}"
            f" · {rupiah(sale.net)} — {state}"
        )

    def selected_listing(self) -> SaleListing | None:
        number = self.sale_combo.currentData()
        return next((s for s in self.sales if s.number == number), None)

    def select_sale(self, number: str) -> None:
        """Show this sale (from the Sales screen's Pay button); waits for the list if needed."""
        index = self.sale_combo.findData(number)
        if index >= 0:
            self.sale_combo.setCurrentIndex(index)
        else:
            self._wanted = number
            if self.unpaid_only.isChecked():
                self.unpaid_only.setChecked(False)  # a paid-up sale must be findable too

    def start_new(self) -> None:
        """Ctrl+B: the newest sale that still has unpaid shares."""
        listing = next((s for s in self.sales if s.unpaid), None)
        if listing is not None:
            self.select_sale(listing.number)
        else:
            self._pick_unpaid = True
        self.table.setFocus()

    def load_shares(self) -> None:
        self._generation += 1
        generation = self._generation
        listing = self.selected_listing()
        self._update_summary()
        if listing is None:
            self.model.set_rows([])
            return
        number = listing.number

        day = self.payment_date() if self._date_initialized else None

        def loaded(result) -> None:
            if generation != self._generation:
                return
            statuses, previews, paid, problem = result
            # Reloading the same sale (after a payment) keeps the ticks still unpaid.
            self.model.set_shares(statuses, previews, paid, keep_checks=number == self._shown_sale)
            self._shown_sale = number
            self._preview_date = day
            self.preview_problem.setText(problem)
            self.preview_problem.setVisible(bool(problem))
            self._show_deduction_columns()
            self._set_date_range()

        self.runner.book_op(
            lambda book: shares_with_deductions(book, number, day),
            loaded,
            lambda exc: show_error(self, exc),
        )

    def current_status(self):
        """The share on the selected row (None on the totals row or with none selected)."""
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            return self.model.rows[row]
        return None

    def _update_void(self) -> None:
        status = self.current_status()
        self.void_button.setEnabled(status is not None and status.payout is not None)

    def void_slip(self):
        """Void the selected member's slip: a dialog states the amounts and asks why."""
        from koperasi.gui.dialogs.cancel import CancelDialog

        status = self.current_status()
        if status is None or status.payout is None:
            return None
        payout = status.payout
        figures = {
            "member": f"{status.member.number} {status.member.name}",
            "share": payout.share,
            "deductions": payout.deductions,
            "paid": payout.paid,
        }
        self.cancel_dialog = CancelDialog(self.runner, "payout", payout.slip, figures, self)
        self.cancel_dialog.saved.connect(lambda _done: self.load_shares())
        self.cancel_dialog.open()
        return self.cancel_dialog

    def _show_deduction_columns(self) -> None:
        """The deduction columns of this sale: only the kinds it deducts or owes."""
        for column, kind in DEDUCTION_COLUMNS.items():
            self.table.setColumnHidden(column, not self.model.has(kind))
        self.table.setColumnHidden(COL_TO_PAY, not self.model.has_deductions())

    def _date_changed(self) -> None:
        """What is due depends on the payment date: preview the deductions again."""
        if self._date_initialized and self.payment_date() != self._preview_date:
            self.load_shares()

    def _set_date_range(self) -> None:
        listing = self.selected_listing()
        if listing is None or self.today is None:
            return
        # No date range on the field: it would clamp what is typed. A date before the sale
        # or in the future is refused by the book with its own sentence.
        today = qdate(self.today)
        if not self._date_initialized:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(today)
            self.date_edit.blockSignals(False)
            self._date_initialized = True

    def find_member(self, text: str) -> int:
        """Move to the first member whose number or name contains `text`; returns the row."""
        return find_member_row(self.table, self.model.rows, text)

    def toggle_current(self) -> None:
        """Tick or untick the member found (keyboard: type a number, press Enter)."""
        if toggle_current(self.table):
            self.find_edit.selectAll()

    # -- what is shown -------------------------------------------------------------------

    def _update_summary(self) -> None:
        listing = self.selected_listing()
        if listing is None:
            self.summary.setText(
                "<span style='color:#666'>" + self.tr("No settled sale to pay yet.") + "</span>"
                if not self.sales
                else ""
            )
            return
        sale = listing.sale
        self.summary.setText(
            self.tr("%1 sold to %2 on %3: net <b>%4</b> for %5 members, %6 of them paid.")
            .replace("%1", listing.commodity)
            .replace("%2", sale.buyer)
            .replace("%3", date_short(sale.date))
            .replace("%4", rupiah(sale.net))
            .replace("%5", group(listing.members))
            .replace("%6", group(listing.paid))
        )

    def _update_totals(self) -> None:
        model = self.model
        totals = (
            self.tr("Shares <b>%1</b> · paid <b>%2</b> · unpaid <b>%3</b>")
            .replace("%1", rupiah(model.share_total()))
            .replace("%2", rupiah(model.paid_total()))
            .replace("%3", rupiah(model.unpaid_total()))
        )
        deducted = sum(model.column_total(kind) for kind in DEDUCTION_COLUMNS.values())
        if deducted:
            totals += " · " + self.tr("deductions <b>%1</b>").replace("%1", rupiah(deducted))
        self.totals.setText(totals)
        count = len(model.checked)
        selected = self.tr("%n member(s) selected: <b>%1</b>", "", count).replace(
            "%1", rupiah(model.checked_total())
        )
        if model.checked_deducted():
            selected += " · " + self.tr("paid out after deductions <b>%1</b>").replace(
                "%1", rupiah(model.checked_to_pay())
            )
        self.selected_label.setText(selected)
        self.pay_button.setText(self.tr("&Pay selected"))
        self.pay_button.setEnabled(count > 0)
        self.all_button.setEnabled(model.unpaid_count() > 0)
        self.print_sale_button.setEnabled(model.unpaid_count() < len(model.rows))

    # -- paying and printing -------------------------------------------------------------

    def payment_date(self) -> datetime.date:
        return pydate(self.date_edit.date())

    def pay_selected(self) -> None:
        listing = self.selected_listing()
        members = self.model.checked_members()
        if listing is None or not members:
            return
        number, day = listing.number, self.payment_date()
        method = self.method_combo.currentData() or "cash"
        total = self.model.checked_total()
        text = (
            self.tr(
                "Pay %n member(s) their shares of sale %1, %2 in all, by %3 on %4?",
                "",
                len(members),
            )
            .replace("%1", number)
            .replace("%2", rupiah(total))
            .replace("%3", self.method_combo.currentText().lower())
            .replace("%4", date_short(day))
        )
        deducted = self.model.checked_deducted()
        if deducted:
            text += "\n\n" + (
                self.tr("The rules deduct %1 (wajib, kasbon, loan installments); %2 is paid out.")
                .replace("%1", rupiah(deducted))
                .replace("%2", rupiah(self.model.checked_to_pay()))
            )
        if not confirm(self, self.tr("Pay members"), text):
            return

        def paid(rows: list) -> None:
            self.last_paid = rows
            self.refresh()
            if not rows:
                return
            question = (
                self.tr(
                    "Paid %n member(s) with slips %1 to %2. Print the slips now?", "", len(rows)
                )
                .replace("%1", rows[0].slip)
                .replace("%2", rows[-1].slip)
            )
            if confirm(self, self.tr("Print slips"), question):
                self.print_run(rows[0].slip)

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.refresh()  # someone may have paid meanwhile: show what the book holds

        self.runner.book_op(
            lambda book: book.payouts.pay(number, day, members, method),
            paid,
            failed,
            busy=self.tr("Paying…"),
            parent=self,
        )

    def print_run(self, slip: str) -> None:
        """Every slip of the payout run `slip` belongs to, in one document."""
        from koperasi.reports import slips_for_run

        if self._print_thermal(lambda book: slips_for_run(book, slip)):
            return
        self._print(
            lambda book: render_slips_of(book, run_slip=slip),
            self.tr("Payout slips from %1").replace("%1", slip),
            f"slips-{slip}.pdf",
        )

    def print_sale_slips(self) -> None:
        listing = self.selected_listing()
        if listing is None:
            return
        number = listing.number
        from koperasi.reports import slips_for_sale

        if self._print_thermal(lambda book: slips_for_sale(book, number)):
            return
        self._print(
            lambda book: render_slips_of(book, sale=number),
            self.tr("Payout slips of sale %1").replace("%1", number),
            f"slips-{number}.pdf",
        )

    def _print_thermal(self, slips_of) -> bool:
        """On this PC's thermal printer when one is set (Pengaturan), as the weighing form
        prints its receipts; False when none is set (the slips are shown as PDF)."""
        from koperasi.gui.devices.printing import print_slips_thermal
        from koperasi.gui.devices.settings import thermal_printer

        printer = thermal_printer()
        if printer is None:
            return False

        def sent(numbers: list[str]) -> None:
            self.printed.extend(numbers)
            text = self.tr("%n slip(s) sent to the thermal printer", "", len(numbers))
            self.print_status.setText("✓ " + text)

        def failed(exc: BaseException) -> None:
            self.print_status.clear()
            show_error(self, exc)

        self.print_status.setText(self.tr("Printing the slips…"))
        print_slips_thermal(self.runner, slips_of, printer, sent, failed)
        return True

    def _print(self, render, title: str, file_name: str) -> None:
        def shown(window: PdfPreview) -> None:
            self.last_preview = window

        print_document(
            self.runner,
            lambda book: render(book)[:2],  # the PDF and its paper, not the slip count
            title,
            file_name,
            self,
            busy=self.tr("Preparing the slips…"),
            shown=shown,
        )
