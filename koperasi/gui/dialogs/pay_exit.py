"""A member who left is paid, later, the savings kept back as 2110 Utang Simpanan Anggota
Keluar: what is owed, the amount (all of it unless changed), Kas or Bank, the date; a
confirmation stating the amount."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, rupiah
from koperasi.gui.kit.base_dialog import BookDialog
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.forms import fit_labels, form_rows
from koperasi.gui.kit.messages import confirm
from koperasi.gui.kit.widgets import RupiahEdit, date_edit, hint_label


class PayExitDialog(BookDialog):
    """Bayar simpanan anggota keluar: Dr 2110, Cr Kas or Bank, a receipt number."""

    def __init__(self, runner, member: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.member = member
        self.owed: int | None = None
        self.setMinimumWidth(520)
        self.summary = hint_label()
        self.amount_label = QLabel()
        self.amount_edit = RupiahEdit()
        self.from_label = QLabel()
        self.from_combo = QComboBox()
        self.date_label = QLabel()
        self.date_edit = date_edit()
        form = form_rows(
            [
                (None, self.summary),
                (self.amount_label, self.amount_edit),
                (self.from_label, self.from_combo),
                (self.date_label, self.date_edit),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.save_button.setEnabled(False)
        self.retranslate()

        def loaded(result) -> None:
            today, owed = result
            self.set_today(today, self.date_edit)
            self.owed = owed
            self.amount_edit.set_amount(owed)
            self._show()
            self.save_button.setEnabled(owed > 0)

        number = member
        self.runner.book_op(
            lambda book: (book.today(), book.exit_payments.owed(number)), loaded, self.fail
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pay kept savings: %1").replace("%1", self.member))
        self.amount_label.setText(self.tr("&Amount"))
        self.from_label.setText(self.tr("&From"))
        self.date_label.setText(self.tr("&Date"))
        source = self.from_combo.currentData()
        self.from_combo.clear()
        self.from_combo.addItem(self.tr("Cash (Kas)"), "cash")
        self.from_combo.addItem(self.tr("Bank"), "bank")
        self.from_combo.setCurrentIndex(max(self.from_combo.findData(source), 0))
        self.save_button.setText(self.tr("&Pay…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)
        self._show()

    def _show(self) -> None:
        self.summary.setText(
            ""
            if self.owed is None
            else self.tr("Savings still owed to the member (2110): %1").replace(
                "%1", rupiah(self.owed)
            )
        )

    def save(self) -> None:
        try:
            amount = self.amount_edit.amount()
            if amount is None:
                raise KoperasiError("exit_pay.bad_amount")
        except KoperasiError as exc:
            self.fail(exc)
            return
        member, source = self.member, self.from_combo.currentData()
        day = pydate(self.date_edit.date())
        question = (
            self.tr("Pay %1 to %2 from %3 on %4?")
            .replace("%1", rupiah(amount))
            .replace("%2", member)
            .replace("%3", self.from_combo.currentText())
            .replace("%4", date_short(day))
        )
        if not confirm(self, self.tr("Pay kept savings"), question):
            return
        self.submit(
            lambda book: book.exit_payments.pay(member, amount, source, day),
            self.tr("Recording the payment…"),
        )
