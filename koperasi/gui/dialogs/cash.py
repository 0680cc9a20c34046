"""The cash book's dialogs: other income or an expense by category, and money moved between
Kas and Bank. Each saves one voucher (bukti kas) through the worker."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import rupiah
from koperasi.gui import i18n
from koperasi.gui.kit.base_dialog import BookDialog
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.forms import fit_labels, form_rows
from koperasi.gui.kit.widgets import RupiahEdit, date_edit, hint_label
from koperasi.gui.worker import BookRunner


def category_name(category) -> str:
    """A cash-book category in the window's language (its Indonesian name if it has no other)."""
    if i18n.current_language() == "en" and category.name_en:
        return category.name_en
    return category.name_id


class CashEntryDialog(BookDialog):
    """Other income (pemasukan) or an expense (pengeluaran), by category, in Kas or Bank."""

    def __init__(self, runner: BookRunner, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.kind = kind
        self.categories: list = []
        self.balances: dict[str, int] = {}
        self.setMinimumWidth(540)
        self.category_label = QLabel()
        self.category_combo = QComboBox()
        self.amount_label = QLabel()
        self.amount_edit = RupiahEdit()
        self.description_label = QLabel()
        self.description_edit = QLineEdit()
        self.date_label = QLabel()
        self.date_edit = date_edit()
        self.money_label = QLabel()
        self.money_combo = QComboBox()
        # Issue 14 (i14shu): an income may name the member who bought (their purchases from
        # the cooperative count for jasa anggota when the statutes say so).
        self.members: list = []
        self.member_label = QLabel()
        self.member_combo = QComboBox()
        self.info = hint_label()
        rows = [
            (self.category_label, self.category_combo),
            (self.amount_label, self.amount_edit),
            (self.description_label, self.description_edit),
            (self.date_label, self.date_edit),
            (self.money_label, self.money_combo),
        ]
        if kind == "income":
            rows.append((self.member_label, self.member_combo))
        form = form_rows([*rows, (None, self.info)])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.money_combo.currentIndexChanged.connect(lambda _: self._show_balance())
        self.retranslate()

        def load(book: Book):
            members = book.members.list(active=True) if kind == "income" else []
            return book.today(), book.cash.categories(True), book.cash.balances(), members

        def loaded(result) -> None:
            today, categories, balances, members = result
            self.set_today(today, self.date_edit)
            self.categories = [c for c in categories if c.kind == kind]
            self.balances = balances
            self.members = members
            self._fill_categories()
            self._fill_members()
            self._show_balance()

        self.runner.book_op(load, loaded, self.fail)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Other income") if self.kind == "income" else self.tr("Expense")
        )
        self.category_label.setText(self.tr("&Category"))
        self.amount_label.setText(self.tr("&Amount (Rp)"))
        self.description_label.setText(self.tr("D&escription"))
        self.description_edit.setPlaceholderText(
            self.tr("e.g. interest for October")
            if self.kind == "income"
            else self.tr("e.g. printer paper and ink")
        )
        self.date_label.setText(self.tr("&Date"))
        self.money_label.setText(
            self.tr("&Received into") if self.kind == "income" else self.tr("&Paid from")
        )
        current = max(0, self.money_combo.currentIndex())
        self.money_combo.blockSignals(True)
        self.money_combo.clear()
        self.money_combo.addItem(self.tr("Kas (cash)"), "kas")
        self.money_combo.addItem(self.tr("Bank"), "bank")
        self.money_combo.setCurrentIndex(current)
        self.money_combo.blockSignals(False)
        self.member_label.setText(self.tr("Bought by &member"))
        self.member_combo.setToolTip(
            self.tr(
                "Optional: the member who bought (e.g. fertiliser), counted as their purchases "
                "from the cooperative for the SHU."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill_categories()
        self._fill_members()
        self._show_balance()
        fit_labels(self)

    def _fill_members(self) -> None:
        current = self.member_combo.currentData()
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("none (not a member's purchase)"), None)
        for m in self.members:
            self.member_combo.addItem(f"{m.number} · {m.name}", m.number)
        found = self.member_combo.findData(current) if current else -1
        self.member_combo.setCurrentIndex(max(0, found))

    def _fill_categories(self) -> None:
        current = self.category_combo.currentData()
        self.category_combo.clear()
        for c in self.categories:
            self.category_combo.addItem(f"{category_name(c)} ({c.account})", c.name_id)
        found = self.category_combo.findData(current) if current else -1
        self.category_combo.setCurrentIndex(max(0, found) if self.categories else -1)

    def _show_balance(self) -> None:
        if not self.balances:
            self.info.setText("")
            return
        account = "1101" if self.money_combo.currentData() == "kas" else "1102"
        self.info.setText(
            self.tr("Balance now: %1").replace("%1", rupiah(self.balances.get(account, 0)))
        )

    def save(self) -> None:
        category = self.category_combo.currentData()
        try:
            if not category:
                raise KoperasiError("input.required", field=self.tr("The category"))
            amount = self.amount_edit.amount()
            if amount is None:
                raise KoperasiError("input.required", field=self.tr("The amount"))
        except KoperasiError as exc:
            self.fail(exc)
            return
        kind, description = self.kind, self.description_edit.text().strip()
        day, money = pydate(self.date_edit.date()), self.money_combo.currentData()
        member = self.member_combo.currentData() if kind == "income" else None
        self.submit(
            lambda book: book.cash.record(kind, category, amount, description, day, money, member),
            self.tr("Saving…"),
        )


class TransferDialog(BookDialog):
    """Cash deposited at the bank, or cash drawn from it."""

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.balances: dict[str, int] = {}
        self.setMinimumWidth(520)
        self.direction_label = QLabel()
        self.direction_combo = QComboBox()
        self.amount_label = QLabel()
        self.amount_edit = RupiahEdit()
        self.date_label = QLabel()
        self.date_edit = date_edit()
        self.description_label = QLabel()
        self.description_edit = QLineEdit()
        self.info = hint_label()
        form = form_rows(
            [
                (self.direction_label, self.direction_combo),
                (self.amount_label, self.amount_edit),
                (self.date_label, self.date_edit),
                (self.description_label, self.description_edit),
                (None, self.info),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

        def loaded(result) -> None:
            today, balances = result
            self.set_today(today, self.date_edit)
            self.balances = balances
            self._show_balances()

        self.runner.book_op(lambda book: (book.today(), book.cash.balances()), loaded, self.fail)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move money between Kas and Bank"))
        self.direction_label.setText(self.tr("&Move"))
        self.amount_label.setText(self.tr("&Amount (Rp)"))
        self.date_label.setText(self.tr("&Date"))
        self.description_label.setText(self.tr("D&escription"))
        self.description_edit.setPlaceholderText(self.tr("optional"))
        current = max(0, self.direction_combo.currentIndex())
        self.direction_combo.clear()
        self.direction_combo.addItem(self.tr("Kas → Bank (cash deposited at the bank)"), "kas")
        self.direction_combo.addItem(self.tr("Bank → Kas (cash drawn from the bank)"), "bank")
        self.direction_combo.setCurrentIndex(current)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_balances()
        fit_labels(self)

    def _show_balances(self) -> None:
        if not self.balances:
            self.info.setText("")
            return
        self.info.setText(
            self.tr("Now: Kas %1 · Bank %2")
            .replace("%1", rupiah(self.balances.get("1101", 0)))
            .replace("%2", rupiah(self.balances.get("1102", 0)))
        )

    def save(self) -> None:
        try:
            amount = self.amount_edit.amount()
            if amount is None:
                raise KoperasiError("input.required", field=self.tr("The amount"))
        except KoperasiError as exc:
            self.fail(exc)
            return
        source = self.direction_combo.currentData()
        day, description = pydate(self.date_edit.date()), self.description_edit.text().strip()
        self.submit(
            lambda book: book.cash.transfer(source, amount, day, description), self.tr("Saving…")
        )
