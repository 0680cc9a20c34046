"""Reverse a sale or void a payout slip: the dialog says what is undone, in rupiah, and
asks why (a reason is required); the book posts the reversal in one transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from koperasi.core.fmt import rupiah
from koperasi.gui.kit.base_dialog import BookDialog
from koperasi.gui.worker import BookRunner


class CancelDialog(BookDialog):
    """kind "sale": reverse sale `number`; kind "payout": void slip `number`.

    `figures` holds what the summary states: for a sale gross, fee, costs, net and
    deliveries; for a payout member, share, deductions, paid and method."""

    def __init__(
        self,
        runner: BookRunner,
        kind: str,
        number: str,
        figures: dict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.kind = kind
        self.number = number
        self.figures = figures
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(420)
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_label.setBuddy(self.reason_edit)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._reason_changed)
        self.retranslate()
        self._reason_changed()

    def retranslate(self) -> None:
        f = self.figures
        if self.kind == "sale":
            self.setWindowTitle(self.tr("Reverse sale %1").replace("%1", self.number))
            text = (
                self.tr(
                    "Reversing sale <b>%1</b> posts a reversing entry: gross %2, fee %3, "
                    "costs %4, net to members <b>%5</b>. Its %6 deliveries go back to the "
                    "open pool. The sale keeps its number and shows VOID."
                )
                .replace("%1", self.number)
                .replace("%2", rupiah(f["gross"]))
                .replace("%3", rupiah(f["fee"]))
                .replace("%4", rupiah(f["costs"]))
                .replace("%5", rupiah(f["net"]))
                .replace("%6", str(f["deliveries"]))
            )
            self.save_button.setText(self.tr("&Reverse sale"))
        else:
            self.setWindowTitle(self.tr("Void slip %1").replace("%1", self.number))
            text = (
                self.tr(
                    "Voiding slip <b>%1</b> of %2: the share of <b>%3</b> is unpaid again, "
                    "the deductions of %4 are given back and the %5 paid out comes back. "
                    "The slip keeps its number and prints VOID."
                )
                .replace("%1", self.number)
                .replace("%2", f["member"])
                .replace("%3", rupiah(f["share"]))
                .replace("%4", rupiah(f["deductions"]))
                .replace("%5", rupiah(f["paid"]))
            )
            self.save_button.setText(self.tr("&Void slip"))
        self.summary.setText(text)
        self.reason_label.setText(self.tr("&Reason (required)"))

    def _reason_changed(self) -> None:
        self.save_button.setEnabled(bool(self.reason_edit.text().strip()))

    def save(self) -> None:
        reason = self.reason_edit.text().strip()
        if not reason:
            return
        number = self.number
        if self.kind == "sale":
            self.submit(
                lambda book: book.corrections.reverse_sale(number, reason),
                self.tr("Reversing the sale…"),
            )
        else:
            self.submit(
                lambda book: book.corrections.void_payout(number, reason),
                self.tr("Voiding the slip…"),
            )
