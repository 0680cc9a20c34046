"""The savings dialogs of Simpanan & Pinjaman: a deposit or withdrawal, and the book's
savings rules. Each saves one record through the worker; a refusal is shown in the dialog,
which stays open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import rupiah
from koperasi.gui.kit.base_dialog import BookDialog, member_choices
from koperasi.gui.kit.dates import pydate, qdate
from koperasi.gui.kit.forms import fit_labels, form_rows
from koperasi.gui.kit.widgets import (
    MemberPicker,
    RupiahEdit,
    date_edit,
    hint_label,
)
from koperasi.gui.worker import BookRunner

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

        self.runner.book_op(member_choices(not withdraw), loaded, self.fail)

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
