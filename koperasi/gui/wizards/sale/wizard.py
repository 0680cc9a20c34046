"""The sale wizard: pick a commodity's open deliveries, enter the buyer's terms, watch the
book compute the settlement live, and settle it in one operation.

Nothing is saved before the confirm step: every figure on the way is the book's own
preview (book.sales.preview, run on the worker), the same computation settling does.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QWidget,
    QWizard,
)

from koperasi.book import Book
from koperasi.book.payouts import ShareStatus
from koperasi.book.sales import SaleInput, SalePreview
from koperasi.core.model import Commodity
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.fit import fit_to_screen
from koperasi.gui.kit.messages import confirm, show_error
from koperasi.gui.preview import PdfPreview
from koperasi.gui.wizards.sale.commodity_page import CommodityPage
from koperasi.gui.wizards.sale.confirm_page import ConfirmPage
from koperasi.gui.wizards.sale.done_page import DonePage
from koperasi.gui.wizards.sale.pool_page import PoolPage
from koperasi.gui.wizards.sale.terms_page import TermsPage
from koperasi.gui.worker import BookRunner


class SaleWizard(QWizard):
    """Signals:
    settled(str): the sale was saved; its number.
    pay_requested(str): the treasurer wants to pay this sale's members now.
    """

    settled = Signal(str)
    pay_requested = Signal(str)

    PAGE_COMMODITY, PAGE_POOL, PAGE_TERMS, PAGE_CONFIRM, PAGE_DONE = range(5)

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today: datetime.date | None = None
        self.commodities: list[Commodity] = []
        self.buyers: list[str] = []
        # The pool of open deliveries for (commodity, date), loaded on the worker.
        self.pool_key: tuple[str, datetime.date] | None = None
        self.pool_rows: list = []
        self.untraceable: set[str] = set()  # pooled receipts without a mapped plot
        # The last preview the book computed, and the input it was computed from.
        self.sale_input: SaleInput | None = None
        self.preview: SalePreview | None = None
        self.shares: list[ShareStatus] = []
        self.saved_number: str | None = None
        self.last_preview: PdfPreview | None = None
        self.closed = False  # answers arriving after the wizard closed are dropped

        self.commodity_page = CommodityPage(self)
        self.pool_page = PoolPage(self)
        self.terms_page = TermsPage(self)
        self.confirm_page = ConfirmPage(self)
        self.done_page = DonePage(self)
        self.setPage(self.PAGE_COMMODITY, self.commodity_page)
        self.setPage(self.PAGE_POOL, self.pool_page)
        self.setPage(self.PAGE_TERMS, self.terms_page)
        self.setPage(self.PAGE_CONFIRM, self.confirm_page)
        self.setPage(self.PAGE_DONE, self.done_page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # No minimum width: at 1180 a 1024x768 screen lost "Lanjut" and "Batal".
        fit_to_screen(self, 1180, 720)
        self.retranslate()
        self._load_start()

    # -- loading -----------------------------------------------------------------------

    def _load_start(self) -> None:
        def load(book: Book):
            commodities = [c for c in book.commodities.list() if c.active]
            buyers = sorted({s.buyer for s in book.sales.list()}, key=str.casefold)
            return book.today(), commodities, buyers

        def loaded(result) -> None:
            if self.closed:
                return
            self.today, self.commodities, self.buyers = result
            self.commodity_page.fill()
            self.terms_page.set_buyers(self.buyers)

        self.runner.book_op(load, loaded, lambda exc: show_error(self, exc))

    def commodity(self) -> Commodity | None:
        return self.commodity_page.commodity()

    def sale_date(self) -> datetime.date:
        return pydate(self.commodity_page.date_edit.date())

    def load_pool(self) -> None:
        commodity = self.commodity()
        if commodity is None:
            return
        key = (commodity.name, self.sale_date())
        if key == self.pool_key:
            return
        self.pool_key = None
        self.pool_rows = []
        self.commodity_page.pool_loading()

        def load(book: Book):
            deliveries = book.sales.open_deliveries(key[0], key[1])
            members = book.members.by_ids(sorted({d.member_id for d in deliveries}))
            untraceable = set(book.plots.untraceable_open(key[0], key[1]))
            return [(d, members[d.member_id]) for d in deliveries], untraceable

        def loaded(result) -> None:
            rows, untraceable = result
            if self.closed:
                return
            if (self.commodity() is None) or key != (self.commodity().name, self.sale_date()):
                return  # the treasurer changed the commodity or date meanwhile
            self.pool_key = key
            self.pool_rows = rows
            self.untraceable = untraceable
            self.commodity_page.pool_loaded()

        self.runner.book_op(load, loaded, lambda exc: show_error(self, exc))

    # -- language and closing ------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New collective sale"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Settle sale"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in (
            self.commodity_page,
            self.pool_page,
            self.terms_page,
            self.confirm_page,
            self.done_page,
        ):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.currentId() == self.PAGE_TERMS:
                self.terms_page.changed()  # the book's sentences follow the language too
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field, a table or its editor never turns a page: only a button does
        (Alt+L, or Enter on a focused button). An Enter that committed a cost cell once
        went on to the confirmation page, where the next Space settled the sale."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            QApplication.focusWidget(), QAbstractButton
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        if self.confirm_page.settling:
            return  # the sale is being saved: wait for the book's answer
        self.closed = True
        self.terms_page.stop()
        super().done(result)

    def reject(self) -> None:
        if (
            self.saved_number is None
            and self.terms_page.has_input()
            and not confirm(
                self,
                self.tr("Discard this sale?"),
                self.tr("Nothing has been saved yet. Close the wizard and discard what you typed?"),
            )
        ):
            return
        super().reject()
