"""The sale wizard's confirm page: the settlement as it will be saved, then settling it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWizard,
)

from koperasi.core.fmt import date_short, fee_text, kg, price, rupiah
from koperasi.gui.kit.messages import error_text
from koperasi.gui.kit.style import ERROR_STYLE
from koperasi.gui.wizards.sale.common import (
    SalePage,
    escape,
)
from koperasi.gui.wizards.sale.terms_page import TermsPage

if TYPE_CHECKING:
    from koperasi.gui.wizards.sale.wizard import SaleWizard


class ConfirmPage(SalePage):
    """Step 4: what will be saved; the commit button settles the sale."""

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self.setCommitPage(True)
        self.settling = False
        self.recap = QLabel()
        self.recap.setTextFormat(Qt.TextFormat.RichText)
        self.recap.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.recap.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The recap takes the focus on arrival, so that no Enter or Space meant for the
        # previous page lands on "Simpan penjualan".
        self.recap.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.recap)
        layout.addSpacing(8)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Confirm the sale"))
        self.setSubTitle(self.tr("Check the figures. Nothing has been saved yet."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Settle sale"))
        self.warning.setText(
            self.tr(
                "Settling saves the sale, marks the pooled deliveries as sold and posts the "
                "journal entry, all at once. A settled sale cannot be changed afterwards."
            )
        )
        if self.wizard_.preview is not None:
            self.initializePage()

    def initializePage(self) -> None:
        wizard = self.wizard_
        sale, preview = wizard.sale_input, wizard.preview
        self.error.hide()
        QTimer.singleShot(0, self._guard_commit)
        if sale is None or preview is None:
            return
        s = preview.settlement
        accounts = dict(
            zip(
                TermsPage.ACCOUNTS,
                (
                    self.tr("Cash (Kas)"),
                    self.tr("Bank"),
                    self.tr("Buyer still owes it (receivable)"),
                ),
                strict=True,
            )
        )
        rule = fee_text(preview.fee_rule.kind, preview.fee_rule.bp, preview.fee_rule.cents_per_kg)
        # (label, value, a figure to right-align)
        rows = [
            (self.tr("Commodity"), preview.commodity.name, False),
            (self.tr("Sale date"), date_short(sale.date), False),
            (self.tr("Buyer"), escape(sale.buyer), False),
            (
                self.tr("Deliveries pooled"),
                self.tr("%1 from %2, %3")
                .replace("%1", self.tr("%n delivery(s)", "", len(preview.pool)))
                .replace("%2", self.tr("%n member(s)", "", len(s.shares)))
                .replace("%3", kg(s.pooled_grams)),
                False,
            ),
            (self.tr("Sold weight"), kg(s.sold_grams), True),
            (
                self.tr("Price"),
                f"{price(sale.price_cents)} / kg"
                if sale.price_cents is not None
                else self.tr("agreed total"),
                True,
            ),
            (self.tr("Gross"), rupiah(s.gross), True),
            (self.tr("Cooperative fee (%1)").replace("%1", rule), rupiah(s.fee), True),
        ]
        rows += [(f"&nbsp;&nbsp;· {escape(c.label)}", rupiah(c.amount), True) for c in sale.costs]
        rows += [
            (self.tr("Costs"), rupiah(s.costs), True),
            ("<b>" + self.tr("Net to members") + "</b>", f"<b>{rupiah(s.net)}</b>", True),
            (self.tr("Money received into"), accounts[sale.received_into], False),
        ]
        html = "<table cellspacing='0' cellpadding='3'>"
        for label, value, figure in rows:
            align = "right" if figure else "left"
            html += (
                f"<tr><td style='padding-right:24px'>{label}</td>"
                f"<td align='{align}'>{value}</td></tr>"
            )
        self.recap.setText(html + "</table>")

    def _guard_commit(self) -> None:
        """Settling needs a deliberate press of its button: it is never the default."""
        commit = self.wizard_.button(QWizard.WizardButton.CommitButton)
        commit.setDefault(False)
        commit.setAutoDefault(False)
        if self.wizard_.currentPage() is self:
            self.recap.setFocus()

    def validatePage(self) -> bool:
        wizard = self.wizard_
        if wizard.saved_number is not None:
            return True
        if self.settling or wizard.sale_input is None:
            return False
        sale = wizard.sale_input
        self.settling = True
        self.error.hide()
        wizard.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)

        def done(row) -> None:
            self.settling = False
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
            wizard.saved_number = row.number
            wizard.settled.emit(row.number)
            wizard.next()

        def failed(exc: BaseException) -> None:
            self.settling = False
            wizard.button(QWizard.WizardButton.CommitButton).setEnabled(True)
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
            self.error.setText(error_text(exc))
            self.error.show()

        self.runner.book_op(
            lambda book: book.sales.settle(sale),
            done,
            failed,
            busy=self.tr("Settling the sale…"),
            parent=wizard,
        )
        return False
