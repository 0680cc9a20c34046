"""The member page's savings and loans: balances, every savings movement (a passbook) with
its receipt, and each kasbon and loan with what is owed, what is due and its installments."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.fmt import date_short, percent, rupiah
from koperasi.gui.kit.messages import ask_reason, confirm, show_error
from koperasi.gui.kit.style import GREEN, HINT_STYLE, MUTED, OWED
from koperasi.gui.kit.widgets import fill_table, table_widget
from koperasi.gui.printing import print_kwitansi, print_loan
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens.member_money import MemberMoneyData, Movement, member_money


def stretch(table, column: int) -> None:
    """The table fills its width, the given column taking what is left."""
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def installment_states(plan, principal_paid: int, service_paid: int, on: datetime.date):
    """For each installment: "paid" when what was repaid covers it and every one before it,
    "due" when it fell due and is not covered, "upcoming" otherwise."""
    states = []
    principal = service = 0
    for i in plan:
        principal += i.principal
        service += i.service
        if principal <= principal_paid and service <= service_paid:
            states.append("paid")
        elif i.due <= on:
            states.append("due")
        else:
            states.append("upcoming")
    return states


class MemberMoneyTab(QWidget):
    """Reads through the worker; prints receipts and installment plans in the preview."""

    def __init__(self, runner: BookRunner, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.number = number
        self.data: MemberMoneyData | None = None
        self.last_preview = None

        self.balances = QLabel()
        self.balances.setTextFormat(Qt.TextFormat.RichText)
        self.balances.setWordWrap(True)
        self.movements_table = table_widget(7)
        self.receipt_button = QPushButton()
        self.void_button = QPushButton()
        self.loans_table = table_widget(7)
        self.plan_title = QLabel()
        self.plan_title.setStyleSheet(HINT_STYLE)
        self.plan_table = table_widget(6)
        self.schedule_button = QPushButton()

        layout = QVBoxLayout(self)
        layout.addWidget(self.balances)
        layout.addWidget(self.movements_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # The loans are a tab of their own on the member page, read with the savings.
        self.loans_page = QWidget()
        self.loans_summary = QLabel()
        self.loans_summary.setTextFormat(Qt.TextFormat.RichText)
        self.loans_table.setMaximumHeight(120)
        loans = QVBoxLayout(self.loans_page)
        loans.addWidget(self.loans_summary)
        loans.addWidget(self.loans_table)
        loans.addWidget(self.plan_title)
        loans.addWidget(self.plan_table, 1)
        loan_buttons = QHBoxLayout()
        loan_buttons.addStretch(1)
        loan_buttons.addWidget(self.schedule_button)
        loans.addLayout(loan_buttons)
        self._first_open: int | None = None
        self.loans_page.installEventFilter(self)

        self.movements_table.itemSelectionChanged.connect(self._update_buttons)
        self.loans_table.itemSelectionChanged.connect(self._show_plan)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.void_button.clicked.connect(self.void_movement)
        self.schedule_button.clicked.connect(self.print_schedule)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.receipt_button.setText(self.tr("Print &receipt…"))
        self.void_button.setText(self.tr("&Void receipt…"))
        self.schedule_button.setText(self.tr("Print &installment plan…"))
        self.movements_table.setHorizontalHeaderLabels(
            [
                self.tr("Receipt"),
                self.tr("Date"),
                self.tr("Savings"),
                self.tr("How"),
                self.tr("In"),
                self.tr("Out"),
                self.tr("Balance"),
            ]
        )
        self.loans_table.setHorizontalHeaderLabels(
            [
                self.tr("Loan"),
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Terms"),
                self.tr("Still owed"),
                self.tr("Due now"),
                self.tr("Next installment"),
            ]
        )
        self.plan_table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Due"),
                self.tr("Principal"),
                self.tr("Service"),
                self.tr("Installment"),
                self.tr("State"),
            ]
        )
        self._show()

    def _words(self) -> dict[str, str]:
        """The passbook's words, translated once per fill (not once per row)."""
        return {
            "pokok": self.tr("Pokok"),
            "wajib": self.tr("Wajib"),
            "sukarela": self.tr("Sukarela"),
            "void of": self.tr("Void of %1"),
            "cash": self.tr("Cash"),
            "transfer": self.tr("Transfer"),
            "payout": self.tr("Deducted, slip %1"),
            "shu": self.tr("From SHU"),
            "voided by": self.tr("voided by %1"),
        }

    def _kind_text(self, kind: str, words: dict[str, str] | None = None) -> str:
        return (words or self._words()).get(kind, kind)

    def _how_text(self, m: Movement, words: dict[str, str] | None = None) -> str:
        words = words or self._words()
        if m.voids:
            return words["void of"].replace("%1", m.source)
        if m.method == "payout":
            text = words["payout"].replace("%1", m.source)
        else:
            text = (
                words.get(m.method, m.method)
                if m.method in ("cash", "transfer", "shu")
                else m.method
            )
        if m.voided_by:
            text += " · " + words["voided by"].replace("%1", m.voided_by)
        return text

    def _terms_text(self, loan) -> str:
        if loan.kind == "kasbon":
            return self.tr("Kasbon, at the next payout")
        method = self.tr("flat") if loan.method == "flat" else self.tr("declining")
        return (
            self.tr("%1 months at %2 a month, %3")
            .replace("%1", str(loan.months))
            .replace("%2", percent(loan.rate_bp))
            .replace("%3", method)
        )

    # -- data -------------------------------------------------------------------------

    def reload(self) -> None:
        number = self.number
        self.runner.book_op(
            lambda book: member_money(book, number), self._loaded, lambda exc: show_error(self, exc)
        )

    def _loaded(self, data: MemberMoneyData) -> None:
        self.data = data
        self._show()

    def _show(self) -> None:
        d = self.data
        if d is None:
            return
        text = (
            self.tr(
                "Simpanan pokok <b>%1</b> · wajib <b>%2</b> · sukarela <b>%3</b> · "
                "loans owed <b>%4</b>"
            )
            .replace("%1", rupiah(d.pokok))
            .replace("%2", rupiah(d.wajib))
            .replace("%3", rupiah(d.sukarela))
            .replace("%4", rupiah(d.outstanding))
        )
        arrears = []
        if d.wajib_due:
            arrears.append(self.tr("wajib %1").replace("%1", rupiah(d.wajib_due)))
        if d.due:
            arrears.append(self.tr("installments %1").replace("%1", rupiah(d.due)))
        if arrears:
            text += (
                " · <span style='color:#b35900'>"
                + self.tr("in arrears: %1").replace("%1", ", ".join(arrears))
                + "</span>"
            )
        self.balances.setText(text)
        loans = (
            self.tr("Kasbon and loans still owed <b>%1</b> · due now <b>%2</b>")
            .replace("%1", rupiah(d.outstanding))
            .replace("%2", rupiah(d.due))
        )
        self.loans_summary.setText(loans if d.loans else self.tr("No kasbon or loan."))
        words = self._words()
        fill_table(
            self.movements_table,
            [
                [
                    m.number,
                    date_short(m.date),
                    self._kind_text(m.kind, words),
                    self._how_text(m, words),
                    rupiah(m.amount) if m.amount > 0 else "",
                    rupiah(-m.amount) if m.amount < 0 else "",
                    rupiah(m.balance),
                ]
                for m in d.movements
            ],
            right={4, 5, 6},
            colors={i: MUTED for i, m in enumerate(d.movements) if m.voids or m.voided_by},
            data=list(d.movements),
        )
        fill_table(
            self.loans_table,
            [
                [
                    s.loan.number,
                    date_short(s.loan.date),
                    rupiah(s.loan.principal),
                    self._terms_text(s.loan),
                    rupiah(s.outstanding) if s.outstanding else self.tr("Repaid"),
                    rupiah(s.due) if s.due else "–",
                    (
                        f"{rupiah(s.next_installment.total)} · {date_short(s.next_installment.due)}"
                        if s.next_installment
                        else ""
                    ),
                ]
                for s in d.loans
            ],
            right={2, 4, 5},
            colors={
                i: (OWED if s.due else MUTED if not s.outstanding else GREEN)
                for i, s in enumerate(d.loans)
            },
            data=list(d.loans),
        )
        stretch(self.movements_table, 3)
        stretch(self.loans_table, 3)
        if d.loans and not self.loans_table.selectedItems():
            self.loans_table.selectRow(0)
        self._show_plan()
        self._update_buttons()

    def selected_movement(self) -> Movement | None:
        row = self.movements_table.currentRow()
        item = self.movements_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_loan(self):
        row = self.loans_table.currentRow()
        item = self.loans_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_plan(self) -> None:
        status = self.selected_loan()
        self.schedule_button.setEnabled(status is not None)
        self._first_open = None
        if status is None or self.data is None:
            self.plan_title.setText("")
            fill_table(self.plan_table, [])
            return
        plan = self.data.plans.get(status.loan.number, ())
        if not plan:
            self.plan_title.setText(
                self.tr("%1: a kasbon is deducted whole from the next payout.").replace(
                    "%1", status.loan.number
                )
            )
            fill_table(self.plan_table, [])
            return
        self.plan_title.setText(self.tr("Installments of %1").replace("%1", status.loan.number))
        states = installment_states(
            plan, status.principal_paid, status.service_paid, self.data.today
        )
        words = {"paid": self.tr("Paid"), "due": self.tr("Due"), "upcoming": self.tr("Upcoming")}
        fill_table(
            self.plan_table,
            [
                [
                    str(i.number),
                    date_short(i.due),
                    rupiah(i.principal),
                    rupiah(i.service),
                    rupiah(i.total),
                    words[state],
                ]
                for i, state in zip(plan, states, strict=True)
            ],
            right={2, 3, 4},
            colors={
                n: {"paid": GREEN, "due": OWED}.get(state, MUTED) for n, state in enumerate(states)
            },
        )
        stretch(self.plan_table, 5)
        self._first_open = next((n for n, state in enumerate(states) if state != "paid"), None)
        self._scroll_plan()

    def _scroll_plan(self) -> None:
        """Bring the first installment not yet paid into view."""
        if self._first_open is not None and self._first_open < self.plan_table.rowCount():
            self.plan_table.scrollToItem(
                self.plan_table.item(self._first_open, 0),
                QAbstractItemView.ScrollHint.PositionAtTop,
            )

    def eventFilter(self, watched, event) -> bool:
        # A table scrolls only once it is laid out: again when the loans tab is shown.
        if watched is self.loans_page and event.type() == QEvent.Type.Show:
            self._scroll_plan()
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        m = self.selected_movement()
        self.receipt_button.setEnabled(m is not None)
        self.void_button.setEnabled(
            m is not None and m.method in ("cash", "transfer") and not m.voids and not m.voided_by
        )

    # -- actions ------------------------------------------------------------------------

    def _keep(self, window) -> None:
        self.last_preview = window

    def print_receipt(self) -> None:
        m = self.selected_movement()
        if m is not None:
            print_kwitansi(self.runner, m.number, self, self._keep)

    def print_schedule(self) -> None:
        status = self.selected_loan()
        if status is not None:
            print_loan(self.runner, status.loan.number, self, self._keep)

    def void_movement(self) -> None:
        m = self.selected_movement()
        if m is None:
            return
        reason = ask_reason(
            self,
            self.tr("Void receipt %1").replace("%1", m.number),
            self.tr(
                "Why is %1 voided? A new receipt for the opposite amount is made today."
            ).replace("%1", m.number),
        )
        if not reason:
            return
        if not confirm(
            self,
            self.tr("Void receipt"),
            self.tr("Void %1 (%2)? This cannot be undone.")
            .replace("%1", m.number)
            .replace("%2", rupiah(abs(m.amount))),
        ):
            return
        number = m.number

        def done(row) -> None:
            self.reload()
            print_kwitansi(self.runner, row.number, self, self._keep)

        self.runner.book_op(
            lambda book: book.savings.void(number, reason),
            done,
            lambda exc: show_error(self, exc),
        )
