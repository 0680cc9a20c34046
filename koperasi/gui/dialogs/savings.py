"""The dialogs of Simpanan & Pinjaman: a savings deposit or withdrawal, a kasbon or pinjaman
with its installment plan shown live before it is saved, a loan repayment, and the book's
savings rules. Each saves one record through the worker; a refusal is shown in the dialog,
which stays open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, rupiah
from koperasi.core.loans import schedule
from koperasi.gui.kit.base_dialog import BookDialog
from koperasi.gui.kit.dates import pydate, qdate
from koperasi.gui.kit.forms import fit_labels, form_rows
from koperasi.gui.kit.style import HINT_STYLE
from koperasi.gui.kit.widgets import (
    MemberPicker,
    RupiahEdit,
    date_edit,
    fill_table,
    hint_label,
    parse_percent_text,
    table_widget,
)
from koperasi.gui.worker import BookRunner

DEFAULT_MONTHS = 10
DEFAULT_RATE = "1,5"


def _members(active_only: bool):
    """An operation: (today, [(number, name)]) of the members a dialog may pick."""

    def load(book: Book):
        members = book.members.list(True if active_only else None)
        return book.today(), [(m.number, m.name) for m in members]

    return load


# -- savings ----------------------------------------------------------------------------------


class SavingsDialog(BookDialog):
    """A deposit (pokok, wajib or sukarela) or a withdrawal (sukarela only)."""

    KINDS = ("pokok", "wajib", "sukarela")

    def __init__(
        self,
        runner: BookRunner,
        withdraw: bool = False,
        member: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.withdraw = withdraw
        self.setMinimumWidth(560)
        self._info: tuple | None = None
        self._suggested = ""
        self._generation = 0

        self.member_label = QLabel()
        self.member_picker = MemberPicker()
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.info = hint_label()
        self.info.setWordWrap(False)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self._kind_chosen = withdraw
        self.amount_label = QLabel()
        self.amount_edit = RupiahEdit()
        self.date_label = QLabel()
        self.date_edit = date_edit()
        self.method_label = QLabel()
        self.method_combo = QComboBox()
        self.memo_label = QLabel()
        self.memo_edit = QLineEdit()
        form = form_rows(
            [
                (self.member_label, self.member_picker),
                (self.kind_label, self.kind_combo),
                (None, self.info),
                (self.amount_label, self.amount_edit),
                (self.date_label, self.date_edit),
                (self.method_label, self.method_combo),
                (self.memo_label, self.memo_edit),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.member_picker.currentIndexChanged.connect(lambda _: self.load_info())
        self.kind_combo.currentIndexChanged.connect(lambda _: self._show_info())
        self.kind_combo.activated.connect(lambda _: setattr(self, "_kind_chosen", True))
        self.retranslate()
        self.kind_combo.setEnabled(not withdraw)
        if withdraw:
            self.kind_combo.setCurrentIndex(self.KINDS.index("sukarela"))

        def loaded(result) -> None:
            today, members = result
            self.set_today(today, self.date_edit)
            self.member_picker.set_members(members, member)

        self.runner.book_op(_members(not withdraw), loaded, self.fail)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Withdraw voluntary savings") if self.withdraw else self.tr("Savings deposit")
        )
        self.member_label.setText(self.tr("&Member"))
        self.kind_label.setText(self.tr("&Savings"))
        self.amount_label.setText(self.tr("&Amount (Rp)"))
        self.date_label.setText(self.tr("&Date"))
        self.method_label.setText(self.tr("&Paid"))
        self.memo_label.setText(self.tr("N&ote"))
        self.memo_edit.setPlaceholderText(self.tr("optional"))
        current = max(0, self.kind_combo.currentIndex())
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind, text in zip(
            self.KINDS,
            (
                self.tr("Simpanan pokok (principal, once)"),
                self.tr("Simpanan wajib (mandatory, monthly)"),
                self.tr("Simpanan sukarela (voluntary)"),
            ),
            strict=True,
        ):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.setCurrentIndex(current)
        self.kind_combo.blockSignals(False)
        method = max(0, self.method_combo.currentIndex())
        self.method_combo.clear()
        self.method_combo.addItem(self.tr("In cash"), "cash")
        self.method_combo.addItem(self.tr("By bank transfer"), "transfer")
        self.method_combo.setCurrentIndex(method)
        self.save_button.setText(
            self.tr("Save and print &receipt")
            if not self.withdraw
            else self.tr("Pay out and print &receipt")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)
        self._show_info()

    def kind(self) -> str:
        return self.kind_combo.currentData() or "sukarela"

    def load_info(self) -> None:
        """The member's balances, arrears and the book's amounts, to say back and suggest."""
        number = self.member_picker.number()
        self._generation += 1
        generation = self._generation
        if number is None:
            self._info = None
            self._show_info()
            return

        def info(book: Book):
            return (
                book.savings.balances(number),
                book.savings.wajib_due(number),
                book.savings.settings(),
            )

        def loaded(result) -> None:
            if generation != self._generation:
                return
            self._info = result
            balance, wajib_due, settings = result
            if not self._kind_chosen:
                # The usual deposit: the principal savings when unpaid, else the wajib owed.
                if not balance.pokok and settings.pokok_amount:
                    usual = "pokok"
                else:
                    usual = "wajib" if wajib_due else "sukarela"
                self.kind_combo.blockSignals(True)
                self.kind_combo.setCurrentIndex(self.KINDS.index(usual))
                self.kind_combo.blockSignals(False)
            self._show_info()

        self.runner.book_op(info, loaded, self.fail)

    def _show_info(self) -> None:
        if self._info is None:
            self.info.setText("")
            return
        balance, wajib_due, settings = self._info
        lines = [
            self.tr("Now: pokok %1 · wajib %2 · sukarela %3")
            .replace("%1", rupiah(balance.pokok))
            .replace("%2", rupiah(balance.wajib))
            .replace("%3", rupiah(balance.sukarela))
        ]
        if wajib_due:
            lines.append(self.tr("Wajib in arrears: %1").replace("%1", rupiah(wajib_due)))
        kind = self.kind()
        suggestion = 0
        if self.withdraw:
            lines = [
                self.tr("Voluntary savings available: %1").replace(
                    "%1", "<b>" + rupiah(balance.sukarela) + "</b>"
                )
            ]
        elif kind == "pokok":
            if balance.pokok:
                lines.append(self.tr("The principal savings are paid already."))
            else:
                suggestion = settings.pokok_amount
        elif kind == "wajib":
            suggestion = wajib_due or settings.wajib_amount
        text = "<br>".join(lines)
        self.info.setText(text)
        # Fill in the usual amount, unless the treasurer typed one of their own.
        if self.amount_edit.text() in ("", self._suggested):
            self.amount_edit.set_amount(suggestion or None)
            self._suggested = self.amount_edit.text()

    def save(self) -> None:
        number = self.member_picker.number()
        try:
            if number is None:
                raise KoperasiError("input.required", field=self.tr("The member"))
            amount = self.amount_edit.amount()
            if amount is None:
                raise KoperasiError("input.required", field=self.tr("The amount"))
        except KoperasiError as exc:
            self.fail(exc)
            return
        kind, day = self.kind(), pydate(self.date_edit.date())
        method = self.method_combo.currentData() or "cash"
        memo = self.memo_edit.text().strip()
        if self.withdraw:
            op = lambda book: book.savings.withdraw(number, amount, day, method, memo=memo)  # noqa: E731
        else:
            op = lambda book: book.savings.deposit(number, kind, amount, day, method, memo)  # noqa: E731
        self.submit(op, self.tr("Saving…"))


# -- loans ------------------------------------------------------------------------------------


class LoanDialog(BookDialog):
    """A kasbon (no term, no charge) or a pinjaman, its installment plan shown as it is typed."""

    def __init__(
        self, runner: BookRunner, member: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.setMinimumSize(760, 640)
        self.plan: tuple = ()
        self.plan_error = ""

        self.member_label = QLabel()
        self.member_picker = MemberPicker()
        self.loans_info = hint_label()
        self.loans_info.setWordWrap(False)
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.amount_label = QLabel()
        self.amount_edit = RupiahEdit()
        self.date_label = QLabel()
        self.date_edit = date_edit()
        self.money_label = QLabel()
        self.money_combo = QComboBox()
        self.purpose_label = QLabel()
        self.purpose_edit = QLineEdit()
        self.terms_box = QGroupBox()
        self.months_label = QLabel()
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 120)
        self.months_spin.setValue(DEFAULT_MONTHS)
        self.rate_label = QLabel()
        self.rate_edit = QLineEdit(DEFAULT_RATE)
        self.rate_edit.setMaximumWidth(90)
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rate_unit = QLabel("%")
        self.method_label = QLabel()
        self.method_combo = QComboBox()
        self.kasbon_note = hint_label()
        self.schedule_table = table_widget(6)
        self.schedule_summary = QLabel()
        self.schedule_summary.setWordWrap(True)
        for label, field in (
            (self.member_label, self.member_picker),
            (self.kind_label, self.kind_combo),
            (self.amount_label, self.amount_edit),
            (self.date_label, self.date_edit),
            (self.money_label, self.money_combo),
            (self.purpose_label, self.purpose_edit),
            (self.months_label, self.months_spin),
            (self.rate_label, self.rate_edit),
            (self.method_label, self.method_combo),
        ):
            label.setBuddy(field)

        form = QFormLayout()
        form.addRow(self.member_label, self.member_picker)
        form.addRow("", self.loans_info)
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.amount_label, self.amount_edit)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.money_label, self.money_combo)
        form.addRow(self.purpose_label, self.purpose_edit)
        terms = QHBoxLayout(self.terms_box)
        terms.addWidget(self.months_label)
        terms.addWidget(self.months_spin)
        terms.addSpacing(14)
        terms.addWidget(self.rate_label)
        terms.addWidget(self.rate_edit)
        terms.addWidget(self.rate_unit)
        terms.addSpacing(14)
        terms.addWidget(self.method_label)
        terms.addWidget(self.method_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.terms_box)
        layout.addWidget(self.kasbon_note)
        layout.addWidget(self.schedule_table, 1)
        layout.addWidget(self.schedule_summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.member_picker.currentIndexChanged.connect(lambda _: self.load_loans())
        self.kind_combo.currentIndexChanged.connect(lambda _: self.update_plan())
        self.amount_edit.textChanged.connect(lambda _: self.update_plan())
        self.months_spin.valueChanged.connect(lambda _: self.update_plan())
        self.rate_edit.textChanged.connect(lambda _: self.update_plan())
        self.method_combo.currentIndexChanged.connect(lambda _: self.update_plan())
        self.date_edit.dateChanged.connect(lambda _: self.update_plan())
        self.retranslate()

        def loaded(result) -> None:
            today, members = result
            self.set_today(today, self.date_edit)
            self.member_picker.set_members(members, member)
            self.update_plan()

        self.runner.book_op(_members(True), loaded, self.fail)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kasbon or loan to a member"))
        self.member_label.setText(self.tr("&Member"))
        self.kind_label.setText(self.tr("&Kind"))
        self.amount_label.setText(self.tr("&Amount (Rp)"))
        self.date_label.setText(self.tr("&Date"))
        self.money_label.setText(self.tr("&Paid out"))
        self.purpose_label.setText(self.tr("P&urpose"))
        self.purpose_edit.setPlaceholderText(self.tr("e.g. fertiliser, school fees"))
        self.terms_box.setTitle(self.tr("Terms of the loan"))
        self.months_label.setText(self.tr("&Months"))
        self.rate_label.setText(self.tr("Service &charge a month"))
        self.method_label.setText(self.tr("&On"))
        self.kasbon_note.setText(
            self.tr(
                "A kasbon is an advance against the next harvest: no term and no service "
                "charge; all of it is deducted from the member's next payout."
            )
        )
        for combo, items in (
            (
                self.kind_combo,
                (
                    (self.tr("Pinjaman (loan in monthly installments)"), "pinjaman"),
                    (self.tr("Kasbon (advance, repaid at the next payout)"), "kasbon"),
                ),
            ),
            (
                self.money_combo,
                ((self.tr("In cash"), "cash"), (self.tr("By bank transfer"), "transfer")),
            ),
            (
                self.method_combo,
                (
                    (self.tr("the amount lent (flat)"), "flat"),
                    (self.tr("the principal still owed (declining)"), "declining"),
                ),
            ),
        ):
            current = max(0, combo.currentIndex())
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(current)
            combo.blockSignals(False)
        self.schedule_table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Due"),
                self.tr("Principal"),
                self.tr("Service"),
                self.tr("Installment"),
                self.tr("Principal left"),
            ]
        )
        self.save_button.setText(self.tr("Pay out and print"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)
        self.update_plan()

    def kind(self) -> str:
        return self.kind_combo.currentData() or "pinjaman"

    def load_loans(self) -> None:
        number = self.member_picker.number()
        if number is None:
            self.loans_info.setText("")
            return

        def loaded(statuses) -> None:
            if not statuses:
                self.loans_info.setText(self.tr("No open loans."))
                return
            parts = [
                self.tr("%1: %2 owed")
                .replace("%1", s.loan.number)
                .replace("%2", rupiah(s.outstanding))
                for s in statuses
            ]
            self.loans_info.setText(self.tr("Open loans: %1.").replace("%1", "; ".join(parts)))

        self.runner.book_op(lambda book: book.loans.list(number, open_only=True), loaded, self.fail)

    def terms(self) -> tuple[int, int, int, str]:
        """(amount, months, monthly rate in basis points, method) as typed; refusals raise."""
        amount = self.amount_edit.amount()
        if amount is None:
            raise KoperasiError("input.required", field=self.tr("The amount"))
        if self.kind() == "kasbon":
            return amount, 0, 0, "none"
        rate_bp = parse_percent_text(self.rate_edit.text() or "0")
        return amount, self.months_spin.value(), rate_bp, self.method_combo.currentData()

    def update_plan(self) -> None:
        """The installment plan of what is typed (pure arithmetic, here on the GUI thread)."""
        kasbon = self.kind() == "kasbon"
        self.terms_box.setEnabled(not kasbon)
        self.kasbon_note.setVisible(kasbon)
        self.schedule_table.setVisible(not kasbon)
        self.plan, self.plan_error = (), ""
        if not kasbon:
            try:
                amount, months, rate_bp, method = self.terms()
                self.plan = schedule(amount, months, rate_bp, method, pydate(self.date_edit.date()))
            except KoperasiError as exc:
                if self.amount_edit.text().strip():
                    self.plan_error = exc.message()
        rows = [
            [
                str(i.number),
                date_short(i.due),
                rupiah(i.principal),
                rupiah(i.service),
                rupiah(i.total),
                rupiah(i.outstanding_before - i.principal),
            ]
            for i in self.plan
        ]
        if self.plan:
            rows.append(
                [
                    "",
                    self.tr("Total"),
                    rupiah(sum(i.principal for i in self.plan)),
                    rupiah(sum(i.service for i in self.plan)),
                    rupiah(sum(i.total for i in self.plan)),
                    "",
                ]
            )
        fill_table(
            self.schedule_table,
            rows,
            right={2, 3, 4, 5},
            bold_rows={len(rows) - 1} if self.plan else set(),
        )
        self.schedule_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        if self.plan_error:
            self.schedule_summary.setStyleSheet("color: #b00020;")
            self.schedule_summary.setText(self.plan_error)
        elif self.plan:
            first = self.plan[0]
            self.schedule_summary.setStyleSheet("")
            self.schedule_summary.setText(
                self.tr(
                    "%n installment(s), the first %1 on %2; repaid in all %3 (service charge %4).",
                    "",
                    len(self.plan),
                )
                .replace("%1", rupiah(first.total))
                .replace("%2", date_short(first.due))
                .replace("%3", "<b>" + rupiah(sum(i.total for i in self.plan)) + "</b>")
                .replace("%4", rupiah(sum(i.service for i in self.plan)))
            )
        else:
            self.schedule_summary.setStyleSheet(HINT_STYLE)
            self.schedule_summary.setText(
                "" if kasbon else self.tr("Type the amount to see the installment plan.")
            )

    def save(self) -> None:
        number = self.member_picker.number()
        try:
            if number is None:
                raise KoperasiError("input.required", field=self.tr("The member"))
            amount, months, rate_bp, method = self.terms()
        except KoperasiError as exc:
            self.fail(exc)
            return
        kind, day = self.kind(), pydate(self.date_edit.date())
        money = self.money_combo.currentData() or "cash"
        purpose = self.purpose_edit.text().strip()
        if kind == "kasbon":
            months = rate_bp = 0
            method = "flat"
        self.submit(
            lambda book: book.loans.grant(
                number, kind, amount, day, months, rate_bp, method, purpose, money
            ),
            self.tr("Saving…"),
        )


class RepayDialog(BookDialog):
    """A repayment of a kasbon or pinjaman in cash or by transfer: the service charge due
    first, then principal."""

    def __init__(
        self,
        runner: BookRunner,
        member: str | None = None,
        loan: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setMinimumWidth(600)
        self.statuses: list = []
        self._wanted_loan = loan
        self._generation = 0

        self.member_label = QLabel()
        self.member_picker = MemberPicker()
        self.loan_label = QLabel()
        self.loan_combo = QComboBox()
        self.position = hint_label()
        self.position.setWordWrap(False)
        self.position.setTextFormat(Qt.TextFormat.RichText)
        self.amount_label = QLabel()
        self.amount_edit = RupiahEdit()
        self.due_button = QPushButton()
        self.all_button = QPushButton()
        self.date_label = QLabel()
        self.date_edit = date_edit()
        self.method_label = QLabel()
        self.method_combo = QComboBox()
        for label, field in (
            (self.member_label, self.member_picker),
            (self.loan_label, self.loan_combo),
            (self.amount_label, self.amount_edit),
            (self.date_label, self.date_edit),
            (self.method_label, self.method_combo),
        ):
            label.setBuddy(field)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit)
        amount_row.addWidget(self.due_button)
        amount_row.addWidget(self.all_button)
        amount_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.member_label, self.member_picker)
        form.addRow(self.loan_label, self.loan_combo)
        form.addRow("", self.position)
        form.addRow(self.amount_label, amount_row)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.method_label, self.method_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.member_picker.currentIndexChanged.connect(lambda _: self.load_loans())
        self.loan_combo.currentIndexChanged.connect(lambda _: self._show_position(True))
        self.due_button.clicked.connect(lambda: self._fill(due=True))
        self.all_button.clicked.connect(lambda: self._fill(due=False))
        self.retranslate()

        def loaded(result) -> None:
            today, members = result
            self.set_today(today, self.date_edit)
            self.member_picker.set_members(members, member)

        self.runner.book_op(_members(False), loaded, self.fail)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loan repayment"))
        self.member_label.setText(self.tr("&Member"))
        self.loan_label.setText(self.tr("&Loan"))
        self.amount_label.setText(self.tr("&Amount (Rp)"))
        self.due_button.setText(self.tr("What is &due"))
        self.all_button.setText(self.tr("Pay &off"))
        self.date_label.setText(self.tr("&Date"))
        self.method_label.setText(self.tr("&Paid"))
        method = max(0, self.method_combo.currentIndex())
        self.method_combo.clear()
        self.method_combo.addItem(self.tr("In cash"), "cash")
        self.method_combo.addItem(self.tr("By bank transfer"), "transfer")
        self.method_combo.setCurrentIndex(method)
        self.save_button.setText(self.tr("Save and print &receipt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill_loans()
        fit_labels(self)

    def load_loans(self) -> None:
        number = self.member_picker.number()
        self._generation += 1
        generation = self._generation
        if number is None:
            self.statuses = []
            self._fill_loans()
            return

        def loaded(statuses) -> None:
            if generation == self._generation:
                self.statuses = list(statuses)
                self._fill_loans()

        self.runner.book_op(lambda book: book.loans.list(number, open_only=True), loaded, self.fail)

    def _fill_loans(self) -> None:
        wanted = self._wanted_loan or self.loan_combo.currentData()
        self.loan_combo.blockSignals(True)
        self.loan_combo.clear()
        for s in self.statuses:
            kind = self.tr("kasbon") if s.loan.kind == "kasbon" else self.tr("pinjaman")
            self.loan_combo.addItem(
                f"{s.loan.number} · {kind} · {date_short(s.loan.date)} · {rupiah(s.loan.principal)}",
                s.loan.number,
            )
        found = self.loan_combo.findData(wanted) if wanted else -1
        self.loan_combo.setCurrentIndex(found if found >= 0 else (0 if self.statuses else -1))
        self.loan_combo.blockSignals(False)
        if found >= 0:
            self._wanted_loan = None
        self._show_position(True)

    def status(self):
        number = self.loan_combo.currentData()
        return next((s for s in self.statuses if s.loan.number == number), None)

    def _show_position(self, suggest: bool) -> None:
        s = self.status()
        self.due_button.setEnabled(s is not None)
        self.all_button.setEnabled(s is not None)
        if s is None:
            self.position.setText(
                self.tr("This member has no open loan.")
                if self.member_picker.number() and not self.statuses
                else ""
            )
            return
        pos = s.position
        text = (
            self.tr("Principal still owed <b>%1</b>; due now %2 (principal %3, service %4)")
            .replace("%1", rupiah(pos.outstanding))
            .replace("%2", "<b>" + rupiah(pos.due) + "</b>")
            .replace("%3", rupiah(pos.principal_due))
            .replace("%4", rupiah(pos.service_due))
        )
        if s.next_installment is not None:
            text += "<br>" + self.tr("Next installment %1 on %2.").replace(
                "%1", rupiah(s.next_installment.total)
            ).replace("%2", date_short(s.next_installment.due))
        self.position.setText(text)
        if suggest:
            self._fill(due=pos.due > 0)

    def _fill(self, due: bool) -> None:
        s = self.status()
        if s is None:
            return
        pos = s.position
        self.amount_edit.set_amount(pos.due if due else pos.outstanding + pos.service_due)

    def save(self) -> None:
        loan = self.loan_combo.currentData()
        try:
            if loan is None:
                raise KoperasiError("input.required", field=self.tr("The loan"))
            amount = self.amount_edit.amount()
            if amount is None:
                raise KoperasiError("input.required", field=self.tr("The amount"))
        except KoperasiError as exc:
            self.fail(exc)
            return
        day, method = pydate(self.date_edit.date()), self.method_combo.currentData() or "cash"
        self.submit(lambda book: book.loans.repay(loan, amount, day, method), self.tr("Saving…"))


# -- the book's savings rules -------------------------------------------------------------------


class SavingsSettingsDialog(BookDialog):
    """Simpanan pokok, the monthly simpanan wajib, when it started, and whether payouts
    deduct it."""

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setMinimumWidth(640)
        self.pokok_label = QLabel()
        self.pokok_edit = RupiahEdit()
        self.wajib_label = QLabel()
        self.wajib_edit = RupiahEdit()
        self.start_check = QCheckBox()
        self.start_edit = date_edit(month_only=True)
        self.deduct_check = QCheckBox()
        self.note = hint_label()
        self.pokok_label.setBuddy(self.pokok_edit)
        self.wajib_label.setBuddy(self.wajib_edit)
        form = QFormLayout()
        form.addRow(self.pokok_label, self.pokok_edit)
        form.addRow(self.wajib_label, self.wajib_edit)
        start = QHBoxLayout()
        start.addWidget(self.start_check)
        start.addWidget(self.start_edit)
        start.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(start)
        layout.addWidget(self.deduct_check)
        layout.addSpacing(6)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.start_check.toggled.connect(self.start_edit.setEnabled)
        self.start_edit.setEnabled(False)
        self.retranslate()

        def loaded(result) -> None:
            today, s = result
            self.today = today
            self.pokok_edit.set_amount(s.pokok_amount)
            self.wajib_edit.set_amount(s.wajib_amount)
            self.start_check.setChecked(s.wajib_start is not None)
            self.start_edit.setDate(qdate(s.wajib_start or today.replace(day=1)))
            self.deduct_check.setChecked(s.deduct_wajib)

        self.runner.book_op(lambda book: (book.today(), book.savings.settings()), loaded, self.fail)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Savings rules"))
        self.pokok_label.setText(self.tr("Simpanan &pokok (once, Rp)"))
        self.wajib_label.setText(self.tr("Simpanan &wajib a month (Rp)"))
        self.start_check.setText(self.tr("Wajib is owed &from the month"))
        self.deduct_check.setText(self.tr("&Deduct the wajib in arrears from members' payouts"))
        self.note.setText(
            self.tr(
                "Without a start month, each member owes the wajib from the month they "
                "joined. A payout deducts the wajib in arrears first, then kasbon, then loan "
                "installments due, each as far as the share goes."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)

    def save(self) -> None:
        try:
            pokok = self.pokok_edit.amount() or 0
            wajib = self.wajib_edit.amount() or 0
        except KoperasiError as exc:
            self.fail(exc)
            return
        start = (
            pydate(self.start_edit.date()).replace(day=1) if self.start_check.isChecked() else None
        )
        deduct = self.deduct_check.isChecked()
        self.submit(
            lambda book: book.savings.configure(pokok, wajib, start, deduct), self.tr("Saving…")
        )
