"""The sale wizard's last page: the sale saved, its settlement sheet to print, members to pay."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from koperasi.core.fmt import rupiah
from koperasi.gui.preview import PdfPreview
from koperasi.gui.wizards.sale.common import (
    SalePage,
    print_settlement,
)

if TYPE_CHECKING:
    from koperasi.gui.wizards.sale.wizard import SaleWizard


class DonePage(SalePage):
    """The sale is saved: its number, and what to do next."""

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.print_button = QPushButton()
        self.pay_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pay_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.print_button.clicked.connect(self.print_sheet)
        self.pay_button.clicked.connect(self._pay)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sale settled"))
        self.print_button.setText(self.tr("&Print settlement sheet…"))
        self.pay_button.setText(self.tr("Pay the &members now"))
        self.initializePage()

    def initializePage(self) -> None:
        wizard = self.wizard_
        if wizard.saved_number is None or wizard.preview is None:
            return
        s = wizard.preview.settlement
        self.result.setText(
            self.tr(
                "<p style='font-size:16px'>Sale <b>%1</b> is saved.</p>"
                "<p>%2 of the gross %3 is now owed to %4. Print the settlement sheet for the "
                "notice board, then pay the members on the Payouts screen.</p>"
            )
            .replace("%1", wizard.saved_number)
            .replace("%2", rupiah(s.net))
            .replace("%3", rupiah(s.gross))
            .replace("%4", self.tr("%n member(s)", "", len(s.shares)))
        )

    def print_sheet(self) -> None:
        wizard = self.wizard_
        if wizard.saved_number is None:
            return

        def shown(preview: PdfPreview) -> None:
            wizard.last_preview = preview

        print_settlement(self.runner, wizard.saved_number, wizard, shown)

    def _pay(self) -> None:
        wizard = self.wizard_
        if wizard.saved_number is not None:
            wizard.pay_requested.emit(wizard.saved_number)
            wizard.accept()
