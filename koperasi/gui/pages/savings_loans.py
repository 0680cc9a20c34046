"""Simpanan & Pinjaman: every member's savings and loans at a glance, with deposits,
withdrawals, kasbon and loans, repayments and the book's savings rules one click away.
Each saved record prints its receipt (or the loan's installment plan) in the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.fmt import date_long, group, rupiah
from koperasi.gui import i18n
from koperasi.gui.dialogs.loan import LoanDialog
from koperasi.gui.dialogs.repay import RepayDialog
from koperasi.gui.dialogs.savings import SavingsDialog, SavingsSettingsDialog
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.style import CARD_STYLE, HINT_STYLE
from koperasi.gui.kit.widgets import FigureCard, TextFilterProxy, table_view
from koperasi.gui.models.savings_table_model import (
    COL_NAME,
    SavingsTableModel,
)
from koperasi.gui.paged_model import RecordRole
from koperasi.gui.pages.base import Page
from koperasi.gui.printing import print_kwitansi, print_loan
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens.savings_overview import (
    MemberMoney,
    SavingsOverview,
    savings_overview,
)

FILTERS = ("all", "wajib_due", "loans", "loans_due")


class SavingsLoansPage(Page):
    AREAS = frozenset({"savings", "loans", "members", "payouts"})

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.overview: SavingsOverview | None = None
        self.loading = False  # the worker is adding up the figures; the cards say so
        self.last_dialog = None
        self.last_preview = None
        self.setStyleSheet(CARD_STYLE)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.as_of = QLabel()
        self.as_of.setStyleSheet(HINT_STYLE)
        self.settings_button = QPushButton()
        self.cards = {
            "pokok": FigureCard(),
            "wajib": FigureCard(),
            "sukarela": FigureCard(),
            "loans": FigureCard(),
            "arrears": FigureCard(owed=True),
        }
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.filter_combo = QComboBox()
        self.deposit_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.loan_button = QPushButton()
        self.repay_button = QPushButton()
        self.member_button = QPushButton()
        self.count_label = QLabel()

        self.model = SavingsTableModel(self)
        self.proxy = TextFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.proxy, stretch=COL_NAME)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _: self.open_member())

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.as_of)
        head.addLayout(titles, 1)
        head.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        cards = QGridLayout()
        cards.setSpacing(10)
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.filter_combo, 1)
        actions = QHBoxLayout()
        for button in (
            self.deposit_button,
            self.withdraw_button,
            self.loan_button,
            self.repay_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        actions.addWidget(self.member_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search.textChanged.connect(self._filter)
        self.filter_combo.currentIndexChanged.connect(lambda _: self._filter())
        self.deposit_button.clicked.connect(lambda: self.deposit())
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        self.loan_button.clicked.connect(lambda: self.grant_loan())
        self.repay_button.clicked.connect(lambda: self.repay())
        self.member_button.clicked.connect(self.open_member)
        self.settings_button.clicked.connect(lambda: self.edit_settings())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    # -- texts -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Savings & loans")

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Savings & loans") + "</h2>")
        self.settings_button.setText(self.tr("Savings &rules…"))
        self.search.setPlaceholderText(self.tr("Find a member by number, name or village…"))
        current = max(0, self.filter_combo.currentIndex())
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for text, key in zip(
            (
                self.tr("All members"),
                self.tr("Behind with wajib"),
                self.tr("With a loan"),
                self.tr("With installments due"),
            ),
            FILTERS,
            strict=True,
        ):
            self.filter_combo.addItem(text, key)
        self.filter_combo.setCurrentIndex(current)
        self.filter_combo.blockSignals(False)
        self.deposit_button.setText(self.tr("&Deposit…"))
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.loan_button.setText(self.tr("&Kasbon / loan…"))
        self.repay_button.setText(self.tr("&Repay loan…"))
        self.member_button.setText(self.tr("Member &page"))
        self.cards["pokok"].caption.setText(self.tr("SIMPANAN POKOK"))
        self.cards["wajib"].caption.setText(self.tr("SIMPANAN WAJIB"))
        self.cards["sukarela"].caption.setText(self.tr("SIMPANAN SUKARELA"))
        self.cards["loans"].caption.setText(self.tr("LOANS OUTSTANDING"))
        self.cards["arrears"].caption.setText(self.tr("IN ARREARS"))
        self.model.retranslate()
        self._show()

    # -- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.runner.book_path is None:
            return
        self.loading = True
        for card in self.cards.values():
            card.show_loading()
        self.runner.book_op(savings_overview, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, overview: SavingsOverview) -> None:
        self.loading = False
        wanted = self.selected()
        self.overview = overview
        self.model.set_rows(overview.rows)
        found = wanted is not None and self.select_member(wanted.member.number)
        if not found and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show()

    def _show(self) -> None:
        o = self.overview
        if o is None:
            return
        self.as_of.setText(
            self.tr("As of %1").replace("%1", date_long(o.on, i18n.current_language()))
        )
        for key in ("pokok", "wajib", "sukarela"):
            self.cards[key].value.setText(rupiah(o.total(key)))
            self.cards[key].note.setText(self.tr("%n member(s) with a balance", "", o.count(key)))
        self.cards["loans"].value.setText(rupiah(o.total("loans_outstanding")))
        self.cards["loans"].note.setText(
            self.tr("%n member(s) owing", "", o.count("loans_outstanding"))
        )
        self.cards["arrears"].value.setText(rupiah(o.arrears))
        self.cards["arrears"].note.setText(
            self.tr("wajib %1\ninstallments %2")
            .replace("%1", rupiah(o.total("wajib_due")))
            .replace("%2", rupiah(o.total("loans_due")))
        )
        self._update_count()

    def _filter(self, *_args) -> None:
        key = self.filter_combo.currentData()
        predicates = {
            "wajib_due": lambda r: r.wajib_due > 0,
            "loans": lambda r: r.loans_outstanding > 0,
            "loans_due": lambda r: r.loans_due > 0,
        }
        self.proxy.needle = self.search.text().strip().casefold()
        self.proxy.set_predicate(predicates.get(key))
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("%n member(s)", "", total)
            if shown == total
            else self.tr("%1 of %2 members").replace("%1", group(shown)).replace("%2", group(total))
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.member_button.setEnabled(chosen is not None)
        self.withdraw_button.setEnabled(chosen is None or chosen.sukarela > 0)
        self.repay_button.setEnabled(chosen is None or chosen.loans_outstanding > 0)

    def selected(self) -> MemberMoney | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index.siblingAtColumn(0), RecordRole)

    def select_member(self, number: str) -> bool:
        # Look in the model's own rows (Python), not cell by cell through the proxy.
        for row, record in enumerate(self.model.rows):
            if record.member.number == number:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():  # filtered out
                    return False
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _number(self) -> str | None:
        chosen = self.selected()
        return chosen.member.number if chosen else None

    # -- actions -------------------------------------------------------------------------

    def _open(self, dialog, printed) -> object:
        self.last_dialog = dialog

        def saved(record) -> None:
            self.refresh()
            printed(record)

        dialog.saved.connect(saved)
        dialog.open()
        return dialog

    def _keep_preview(self, window) -> None:
        self.last_preview = window

    def deposit(self, member: str | None = None) -> SavingsDialog:
        dialog = SavingsDialog(self.runner, False, member or self._number(), self)
        return self._open(
            dialog, lambda row: print_kwitansi(self.runner, row.number, self, self._keep_preview)
        )

    def withdraw(self, member: str | None = None) -> SavingsDialog:
        dialog = SavingsDialog(self.runner, True, member or self._number(), self)
        return self._open(
            dialog, lambda row: print_kwitansi(self.runner, row.number, self, self._keep_preview)
        )

    def grant_loan(self, member: str | None = None) -> LoanDialog:
        dialog = LoanDialog(self.runner, member or self._number(), self)
        return self._open(
            dialog, lambda loan: print_loan(self.runner, loan.number, self, self._keep_preview)
        )

    def repay(self, member: str | None = None, loan: str | None = None) -> RepayDialog:
        dialog = RepayDialog(self.runner, member or self._number(), loan, self)
        return self._open(
            dialog, lambda row: print_kwitansi(self.runner, row.number, self, self._keep_preview)
        )

    def edit_settings(self) -> SavingsSettingsDialog:
        dialog = SavingsSettingsDialog(self.runner, self)
        return self._open(dialog, lambda _settings: None)

    def start_new(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_member(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from koperasi.gui.dialogs.member_page import MemberPage

        page = MemberPage(self.runner, chosen.member, self)
        page.finished.connect(lambda _: self.refresh())
        page.open()
