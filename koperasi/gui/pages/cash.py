"""Kas: the cash book. Kas and Bank balances, the movements of a period with the balance
after each, the vouchers (bukti kas) of other income, expenses and transfers, voiding a
voucher with a reason, and the cash book printed for the period."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.fmt import date_long, date_short, rupiah
from koperasi.gui import i18n
from koperasi.gui.dialogs.cash import CashEntryDialog, TransferDialog, category_name
from koperasi.gui.dialogs.honorarium import HonorariumDialog, print_bukti_potong
from koperasi.gui.kit.dates import pydate, qdate
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.messages import ask_reason, confirm, show_error
from koperasi.gui.kit.style import CARD_STYLE, GREEN, HINT_STYLE, MUTED, OWED, VOID
from koperasi.gui.kit.widgets import (
    FigureCard,
    date_edit,
    error_label,
    fill_table,
    show_message,
    table_widget,
)
from koperasi.gui.pages.base import Page
from koperasi.gui.printing import print_cash_book
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens.cash_page import CashPageData, Voucher, cash_page_data

ACCOUNTS = {"kas": "1101", "bank": "1102"}


def month_bounds(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    first = day.replace(day=1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    return first, following - datetime.timedelta(days=1)


class CashPage(Page):
    AREAS = frozenset({"cash", "journal", "savings", "loans", "payouts", "sales", "closing"})

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.data: CashPageData | None = None
        self.last_dialog = None
        self.last_preview = None
        self._generation = 0
        self._period_set = False
        self._book_path = None
        self.setStyleSheet(CARD_STYLE)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.as_of = QLabel()
        self.as_of.setStyleSheet(HINT_STYLE)
        self.cards = {
            "1101": FigureCard(),
            "1102": FigureCard(),
            "in": FigureCard(),
            "out": FigureCard(owed=True),
        }
        self.start_label = QLabel()
        self.start_edit = date_edit()
        self.end_label = QLabel()
        self.end_edit = date_edit()
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.this_month_button = QPushButton()
        self.last_month_button = QPushButton()
        self.account_label = QLabel()
        self.account_combo = QComboBox()
        self.account_label.setBuddy(self.account_combo)
        self.print_button = QPushButton()
        self.period_error = error_label()
        self.tabs = QTabWidget()
        self.book_table = table_widget(6)
        self.vouchers_table = table_widget(8)
        self.tabs.addTab(self.book_table, "")
        self.tabs.addTab(self.vouchers_table, "")
        self.income_button = QPushButton()
        self.expense_button = QPushButton()
        self.transfer_button = QPushButton()
        self.honorarium_button = QPushButton()  # branch i14tax: PPh 21 withheld
        self.void_button = QPushButton()
        self.closed_label = QLabel()
        self.closed_label.setStyleSheet(HINT_STYLE)

        head = QVBoxLayout()
        head.setSpacing(0)
        head.addWidget(self.heading)
        head.addWidget(self.as_of)
        cards = QGridLayout()
        cards.setSpacing(10)
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
        period = QHBoxLayout()
        period.addWidget(self.start_label)
        period.addWidget(self.start_edit)
        period.addWidget(self.end_label)
        period.addWidget(self.end_edit)
        period.addWidget(self.this_month_button)
        period.addWidget(self.last_month_button)
        period.addSpacing(16)
        period.addWidget(self.account_label)
        period.addWidget(self.account_combo)
        period.addStretch(1)
        period.addWidget(self.print_button)
        actions = QHBoxLayout()
        for button in (
            self.income_button,
            self.expense_button,
            self.transfer_button,
            self.honorarium_button,
            self.void_button,
        ):
            actions.addWidget(button)
        # With five buttons the note may not fit on one line at 1024 pixels: it wraps.
        self.closed_label.setWordWrap(True)
        self.closed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        actions.addWidget(self.closed_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addLayout(period)
        layout.addWidget(self.period_error)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)

        self.start_edit.dateChanged.connect(lambda _: self.reload())
        self.end_edit.dateChanged.connect(lambda _: self.reload())
        self.account_combo.currentIndexChanged.connect(lambda _: self.reload())
        self.this_month_button.clicked.connect(lambda: self.set_month(0))
        self.last_month_button.clicked.connect(lambda: self.set_month(-1))
        self.print_button.clicked.connect(self.print_book)
        self.income_button.clicked.connect(lambda: self.record("income"))
        self.expense_button.clicked.connect(lambda: self.record("expense"))
        self.transfer_button.clicked.connect(lambda: self.transfer())
        self.honorarium_button.clicked.connect(lambda: self.pay_honorarium())
        self.void_button.clicked.connect(self.void_voucher)
        self.vouchers_table.itemSelectionChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(lambda _: self._update_buttons())
        self.retranslate()

    # -- texts -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Cash book")

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Cash book (Kas and Bank)") + "</h2>")
        self.cards["1101"].caption.setText(self.tr("KAS"))
        self.cards["1102"].caption.setText(self.tr("BANK"))
        self.cards["in"].caption.setText(self.tr("IN, THIS PERIOD"))
        self.cards["out"].caption.setText(self.tr("OUT, THIS PERIOD"))
        self.start_label.setText(self.tr("&From"))
        self.end_label.setText(self.tr("&to"))
        self.this_month_button.setText(self.tr("This &month"))
        self.last_month_button.setText(self.tr("&Last month"))
        self.account_label.setText(self.tr("&Account"))
        current = max(0, self.account_combo.currentIndex())
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("1101 Kas"), "kas")
        self.account_combo.addItem(self.tr("1102 Bank"), "bank")
        self.account_combo.setCurrentIndex(current)
        self.account_combo.blockSignals(False)
        self.print_button.setText(self.tr("&Print cash book…"))
        self.tabs.setTabText(0, self.tr("Movements and balance"))
        self.tabs.setTabText(1, self.tr("Vouchers (bukti kas)"))
        self.income_button.setText(self.tr("+ &Income…"))
        self.expense_button.setText(self.tr("− &Expense…"))
        self.transfer_button.setText(self.tr("Kas ⇄ &Bank…"))
        self.honorarium_button.setText(self.tr("&Honorarium (PPh 21)…"))
        self.void_button.setText(self.tr("&Void voucher…"))
        self.void_button.setToolTip(self.tr("Choose a voucher on the Vouchers tab first"))
        self.book_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Entry"),
                self.tr("Description"),
                self.tr("In"),
                self.tr("Out"),
                self.tr("Balance"),
            ]
        )
        self.vouchers_table.setHorizontalHeaderLabels(
            [
                self.tr("Voucher"),
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Category"),
                self.tr("Description"),
                self.tr("Kas / Bank"),
                self.tr("Amount"),
                self.tr("State"),
            ]
        )
        fit_labels(self)
        self._show()

    # -- period and loading ---------------------------------------------------------------

    def period(self) -> tuple[datetime.date, datetime.date]:
        return pydate(self.start_edit.date()), pydate(self.end_edit.date())

    def account(self) -> str:
        return self.account_combo.currentData() or "kas"

    def set_period(self, start: datetime.date, end: datetime.date) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(True)
        self.start_edit.setDate(qdate(start))
        self.end_edit.setDate(qdate(end))
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(False)
        self._period_set = True
        self.reload()

    def set_month(self, offset: int) -> None:
        today = self.data.today if self.data else self.runner.today
        if today is None:
            return
        day = today.replace(day=1)
        if offset:
            day = (day - datetime.timedelta(days=1)).replace(day=1)
        self.set_period(*month_bounds(day))

    def refresh(self) -> None:
        if self.runner.book_path is None:
            return
        if self._book_path != self.runner.book_path:
            # Another book: start from the month of its today.
            self._book_path = self.runner.book_path
            self._period_set = False
        if not self._period_set:
            self.runner.book_op(
                lambda book: book.today(),
                lambda today: self.set_period(*month_bounds(today)),
                lambda exc: show_error(self, exc),
            )
            return
        self.reload()

    def reload(self) -> None:
        if self.runner.book_path is None or not self._period_set:
            return
        start, end = self.period()
        if start > end:
            show_message(self.period_error, self.tr("The period ends before it starts."))
            self.print_button.setEnabled(False)
            return
        show_message(self.period_error, "")
        self._generation += 1
        generation, account = self._generation, self.account()
        lang = i18n.current_language()

        def loaded(data: CashPageData) -> None:
            if generation == self._generation:
                self.data = data
                self._show()

        self.runner.book_op(
            lambda book: cash_page_data(book, start, end, account, lang),
            loaded,
            lambda exc: show_error(self, exc),
        )

    # -- showing -----------------------------------------------------------------------------

    def _show(self) -> None:
        d = self.data
        if d is None:
            return
        lang = i18n.current_language()
        self.as_of.setText(self.tr("Balances as of %1").replace("%1", date_long(d.today, lang)))
        for code in ("1101", "1102"):
            self.cards[code].value.setText(rupiah(d.balances.get(code, 0)))
            self.cards[code].note.setText(
                self.tr("Account %1").replace("%1", f"{code} {'Kas' if code == '1101' else 'Bank'}")
            )
        cb = d.book
        name = f"{cb.account} {cb.account_name}"
        self.cards["in"].value.setText(rupiah(cb.total_received))
        self.cards["in"].note.setText(name)
        self.cards["out"].value.setText(rupiah(cb.total_paid))
        self.cards["out"].note.setText(name)
        self.print_button.setEnabled(True)
        rows = [[date_short(cb.start), "", self.tr("Opening balance"), "", "", rupiah(cb.opening)]]
        colors = {}
        for line in cb.lines:
            if line.balance < 0:
                colors[len(rows)] = VOID
            rows.append(
                [
                    date_short(line.date),
                    line.entry_number,
                    line.description,
                    rupiah(line.received) if line.received else "",
                    rupiah(line.paid) if line.paid else "",
                    rupiah(line.balance),
                ]
            )
        rows.append(
            [
                date_short(cb.end),
                "",
                self.tr("Closing balance (totals of the period)"),
                rupiah(cb.total_received),
                rupiah(cb.total_paid),
                rupiah(cb.closing),
            ]
        )
        fill_table(
            self.book_table, rows, right={3, 4, 5}, colors=colors, bold_rows={0, len(rows) - 1}
        )
        self.book_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.book_table.scrollToBottom()  # the latest movements and the closing balance

        kinds = {
            "income": self.tr("Income"),
            "expense": self.tr("Expense"),
            "transfer": self.tr("Transfer"),
            "honorarium": self.tr("Honorarium"),
        }
        names = {"1101": self.tr("Kas"), "1102": self.tr("Bank")}
        voucher_rows, voucher_colors = [], {}
        for index, v in enumerate(d.vouchers):
            money = names[v.money_account]
            if v.to_account:
                money = f"{money} → {names[v.to_account]}"
            if v.reverses:
                state = self.tr("Void")
                voucher_colors[index] = MUTED
            elif v.voided_by and v.kind == "honorarium":
                state = self.tr("Voided on %1").replace("%1", v.voided_by)
                voucher_colors[index] = MUTED
            elif v.voided_by:
                state = self.tr("Voided by %1").replace("%1", v.voided_by)
                voucher_colors[index] = MUTED
            else:
                state = self.tr("Posted")
                if v.kind == "income":
                    voucher_colors[index] = GREEN
                elif v.kind in ("expense", "honorarium"):
                    voucher_colors[index] = OWED
            voucher_rows.append(
                [
                    v.number,
                    date_short(v.date),
                    kinds[v.kind],
                    category_name(v.category) if v.category else "",
                    v.description,
                    money,
                    rupiah(v.amount),
                    state,
                ]
            )
        fill_table(
            self.vouchers_table,
            voucher_rows,
            right={6},
            colors=voucher_colors,
            data=list(d.vouchers),
        )
        self.vouchers_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch
        )
        self.closed_label.setText(
            self.tr("Book closed up to %1").replace("%1", date_short(d.closed_until))
            if d.closed_until
            else ""
        )
        self._update_buttons()

    def selected_voucher(self) -> Voucher | None:
        row = self.vouchers_table.currentRow()
        item = self.vouchers_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        v = self.selected_voucher() if self.tabs.currentIndex() == 1 else None
        self.void_button.setEnabled(v is not None and not v.reverses and not v.voided_by)

    # -- actions ------------------------------------------------------------------------------

    def _open(self, dialog):
        self.last_dialog = dialog
        dialog.saved.connect(lambda _row: self.reload())
        dialog.open()
        return dialog

    def record(self, kind: str) -> CashEntryDialog:
        return self._open(CashEntryDialog(self.runner, kind, self))

    def transfer(self) -> TransferDialog:
        return self._open(TransferDialog(self.runner, self))

    def pay_honorarium(self) -> HonorariumDialog:
        """Pay a honorarium net of PPh 21; its bukti potong opens in the preview."""
        dialog = self._open(HonorariumDialog(self.runner, self))
        dialog.saved.connect(
            lambda row: print_bukti_potong(self.runner, row.number, self, self._keep)
        )
        return dialog

    def start_new(self) -> None:
        self.record("expense")

    def void_voucher(self) -> None:
        v = self.selected_voucher()
        if v is None or v.reverses or v.voided_by:
            return
        reason = ask_reason(
            self,
            self.tr("Void voucher %1").replace("%1", v.number),
            self.tr("Why is %1 voided? A new voucher reverses it today.").replace("%1", v.number),
        )
        if not reason:
            return
        if not confirm(
            self,
            self.tr("Void voucher"),
            self.tr("Void %1 (%2, %3)? This cannot be undone.")
            .replace("%1", v.number)
            .replace("%2", v.description)
            .replace("%3", rupiah(v.amount)),
        ):
            return
        number = v.number
        void = (
            (lambda book: book.honoraria.void(number, reason))
            if v.kind == "honorarium"
            else (lambda book: book.cash.void(number, reason))
        )
        self.runner.book_op(
            void,
            lambda _row: self.reload(),
            lambda exc: show_error(self, exc),
        )

    def print_book(self) -> None:
        start, end = self.period()
        if start > end:
            return
        print_cash_book(self.runner, start, end, self.account(), self, self._keep)

    def _keep(self, window) -> None:
        self.last_preview = window
