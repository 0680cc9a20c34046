"""A buyer pays (part of) a sale received into Piutang Pembeli (Terima pelunasan): the
receivable's figures, the amount, Kas or Bank, the date; a confirmation stating the amount."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from koperasi.book.receivables import Receivable
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, rupiah
from koperasi.gui.kit.base_dialog import BookDialog
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.forms import fit_labels, form_rows
from koperasi.gui.kit.messages import confirm
from koperasi.gui.kit.widgets import RupiahEdit, date_edit, hint_label


class CollectDialog(BookDialog):
    """Terima pelunasan piutang pembeli: into Kas or Bank, one journal entry."""

    def __init__(self, runner, sale: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.sale = sale
        self.receivable: Receivable | None = None
        self.setMinimumWidth(560)
        self.summary = hint_label()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.amount_label = QLabel()
        self.amount_edit = RupiahEdit()
        self.into_label = QLabel()
        self.into_combo = QComboBox()
        self.date_label = QLabel()
        self.date_edit = date_edit()
        form = form_rows(
            [
                (None, self.summary),
                (self.amount_label, self.amount_edit),
                (self.into_label, self.into_combo),
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
            today, receivable = result
            self.set_today(today, self.date_edit)
            self.receivable = receivable
            self.amount_edit.set_amount(receivable.outstanding)
            self._show()
            self.save_button.setEnabled(receivable.outstanding > 0)

        number = sale
        self.runner.book_op(
            lambda book: (book.today(), book.receivables.of_sale(number)), loaded, self.fail
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive payment: %1").replace("%1", self.sale))
        self.amount_label.setText(self.tr("&Amount"))
        self.into_label.setText(self.tr("&Into"))
        self.date_label.setText(self.tr("&Date"))
        into = self.into_combo.currentData()
        self.into_combo.clear()
        self.into_combo.addItem(self.tr("Cash (Kas)"), "kas")
        self.into_combo.addItem(self.tr("Bank"), "bank")
        self.into_combo.setCurrentIndex(max(self.into_combo.findData(into), 0))
        self.save_button.setText(self.tr("&Receive…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)
        self._show()

    def _show(self) -> None:
        r = self.receivable
        if r is None:
            self.summary.setText("")
            return
        lines = [
            self.tr("Buyer: %1").replace("%1", r.buyer),
            self.tr("Sale %1 of %2").replace("%1", r.sale).replace("%2", date_short(r.date)),
            self.tr("Receivable: %1").replace("%1", rupiah(r.amount)),
            self.tr("Paid: %1").replace("%1", rupiah(r.paid)),
            self.tr("Outstanding: %1").replace("%1", rupiah(r.outstanding)),
            self.tr("Age: %1 days").replace("%1", str(r.age_days)),
        ]
        self.summary.setText("<br>".join(lines).replace("Rp ", "Rp&nbsp;"))

    def save(self) -> None:
        try:
            amount = self.amount_edit.amount()
            if amount is None:
                raise KoperasiError("receivable.bad_amount")
        except KoperasiError as exc:
            self.fail(exc)
            return
        sale, into, day = self.sale, self.into_combo.currentData(), pydate(self.date_edit.date())
        question = (
            self.tr("Receive %1 from %2 for sale %3 into %4 on %5?")
            .replace("%1", rupiah(amount))
            .replace("%2", self.receivable.buyer if self.receivable else "")
            .replace("%3", sale)
            .replace("%4", self.into_combo.currentText())
            .replace("%5", date_short(day))
        )
        if not confirm(self, self.tr("Receive payment"), question):
            return
        self.submit(
            lambda book: book.receivables.collect(sale, amount, into=into, date=day),
            self.tr("Recording the payment…"),
        )
