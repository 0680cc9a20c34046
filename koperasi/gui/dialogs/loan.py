"""A kasbon or pinjaman, with its installment plan shown live before it is saved. A refusal
is shown in the dialog, which stays open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, percent, rupiah
from koperasi.core.loans import effective_annual_bp, schedule
from koperasi.gui import i18n
from koperasi.gui.kit.base_dialog import BookDialog, member_choices
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.style import ERROR_STYLE, HINT_STYLE
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

        self.runner.book_op(member_choices(True), loaded, self.fail)

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
                    (self.tr("the principal still owed, equal installments (annuity)"), "annuity"),
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
                    self.plan_error = exc.message(i18n.current_language())
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
            self.schedule_summary.setStyleSheet(ERROR_STYLE)
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
                + " "
                + self.tr("Effective rate %1 a year.").replace(
                    "%1", "<b>" + percent(self.effective_bp()) + "</b>"
                )
            )
        else:
            self.schedule_summary.setStyleSheet(HINT_STYLE)
            self.schedule_summary.setText(
                "" if kasbon else self.tr("Type the amount to see the installment plan.")
            )

    def effective_bp(self) -> int:
        """The effective annual rate of the plan shown (issue 10): a flat 2 % a month is
        about 42 % a year on what is actually owed."""
        amount, months, rate_bp, method = self.terms()
        return effective_annual_bp(amount, months, rate_bp, method)

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
