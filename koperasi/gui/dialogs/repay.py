"""A repayment of a kasbon or pinjaman. A refusal is shown in the dialog, which stays open
with what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, rupiah
from koperasi.gui.kit.base_dialog import BookDialog, member_choices
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.widgets import (
    MemberPicker,
    RupiahEdit,
    date_edit,
    hint_label,
)
from koperasi.gui.worker import BookRunner


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

        self.runner.book_op(member_choices(False), loaded, self.fail)

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
