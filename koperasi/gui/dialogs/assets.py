"""The forms of the Aset & penyesuaian screen (issue 14): a fixed asset bought, depreciation
posted up to a month, an asset sold or written off, an account added to the chart."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from koperasi.book.assets import AssetStatus, month_end
from koperasi.core.assets import accumulated
from koperasi.core.chart import PARENTS, next_user_code
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, rupiah
from koperasi.core.model import Account
from koperasi.core.numbers import parse_count
from koperasi.gui.kit.base_dialog import BookDialog
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.forms import fit_labels, form_rows
from koperasi.gui.kit.messages import confirm
from koperasi.gui.kit.widgets import RupiahEdit, date_edit, hint_label


def _money_combo(combo: QComboBox, cash: str, bank: str) -> None:
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(cash, "kas")
    combo.addItem(bank, "bank")
    combo.setCurrentIndex(max(combo.findData(chosen), 0))


class AddAssetDialog(BookDialog):
    """Tambah aset: Dr 1301 Aset Tetap, Cr Kas or Bank; depreciated from the next month."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setMinimumWidth(520)
        self.name_label, self.name_edit = QLabel(), QLineEdit()
        self.cost_label, self.cost_edit = QLabel(), RupiahEdit()
        self.date_label, self.date_edit = QLabel(), date_edit()
        self.life_label, self.life_edit = QLabel(), QLineEdit()
        self.life_edit.setMaximumWidth(90)
        self.residual_label, self.residual_edit = QLabel(), RupiahEdit()
        self.money_label, self.money_combo = QLabel(), QComboBox()
        self.hint = hint_label()
        layout = QVBoxLayout(self)
        layout.addLayout(
            form_rows(
                [
                    (self.name_label, self.name_edit),
                    (self.cost_label, self.cost_edit),
                    (self.date_label, self.date_edit),
                    (self.life_label, self.life_edit),
                    (self.residual_label, self.residual_edit),
                    (self.money_label, self.money_combo),
                    (None, self.hint),
                ]
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.runner.book_op(
            lambda book: book.today(), lambda t: self.set_today(t, self.date_edit), self.fail
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a fixed asset"))
        self.name_label.setText(self.tr("&Name"))
        self.cost_label.setText(self.tr("&Cost"))
        self.date_label.setText(self.tr("&Bought on"))
        self.life_label.setText(self.tr("Useful &life (months)"))
        self.residual_label.setText(self.tr("&Residual value"))
        self.money_label.setText(self.tr("&Paid from"))
        _money_combo(self.money_combo, self.tr("Cash (Kas)"), self.tr("Bank"))
        self.hint.setText(
            self.tr("Depreciated straight-line each month, from the month after it was bought.")
        )
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)

    def save(self) -> None:
        try:
            cost = self.cost_edit.amount() or 0
            residual = self.residual_edit.amount() or 0
            life = parse_count(self.life_edit.text()) if self.life_edit.text().strip() else 0
        except KoperasiError as exc:
            self.fail(exc)
            return
        name, money = self.name_edit.text(), self.money_combo.currentData()
        day = pydate(self.date_edit.date())
        self.submit(
            lambda book: book.assets.add(name, cost, day, life, residual, money),
            self.tr("Recording the asset…"),
        )


class DepreciateDialog(BookDialog):
    """Susutkan sampai bulan…: every month's depreciation not yet posted, up to a month."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setMinimumWidth(460)
        self.month_label, self.month_edit = QLabel(), date_edit(month_only=True)
        self.hint = hint_label()
        # What posting would do, as the month is chosen: the months and their total.
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addLayout(
            form_rows(
                [(self.month_label, self.month_edit), (None, self.preview), (None, self.hint)]
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.month_edit.dateChanged.connect(lambda _date: self.show_pending())

        def loaded(today: datetime.date) -> None:
            self.set_today(today.replace(day=1) - datetime.timedelta(days=1), self.month_edit)
            self.show_pending()

        self.runner.book_op(lambda book: book.today(), loaded, self.fail)

    def show_pending(self) -> None:
        day = pydate(self.month_edit.date())

        def shown(months: list[tuple[datetime.date, int]]) -> None:
            if pydate(self.month_edit.date()) != day:
                return  # another month was chosen meanwhile: its answer follows
            if not months:
                self.preview.setText(self.tr("Nothing left to post up to this month."))
                return
            first, last = months[0][0], months[-1][0]
            span = f"{first:%m/%Y}" if first == last else f"{first:%m/%Y}–{last:%m/%Y}"
            self.preview.setText(
                self.tr("To post: %n month(s) (%1), %2", "", len(months))
                .replace("%1", span)
                .replace("%2", rupiah(sum(amount for _, amount in months)))
            )

        self.runner.book_op(lambda book: book.assets.pending(day.year, day.month), shown, self.fail)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Post depreciation"))
        self.month_label.setText(self.tr("Up to &month"))
        self.hint.setText(
            self.tr(
                "Posts every month not yet posted, up to and including this one "
                "(a month is posted once it is over)."
            )
        )
        self.save_button.setText(self.tr("&Post"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)

    def save(self) -> None:
        day = pydate(self.month_edit.date())
        self.submit(
            lambda book: book.assets.depreciate(day.year, day.month),
            self.tr("Posting depreciation…"),
        )


class DisposeDialog(BookDialog):
    """Lepas / jual aset: sold for its proceeds, or written off with none. The book value
    when it leaves and the gain or loss are shown as the proceeds are typed."""

    def __init__(self, runner, asset: AssetStatus, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.asset = asset
        self.setMinimumWidth(540)
        self.summary = hint_label()
        self.date_label, self.date_edit = QLabel(), date_edit()
        self.proceeds_label, self.proceeds_edit = QLabel(), RupiahEdit()
        self.money_label, self.money_combo = QLabel(), QComboBox()
        self.reason_label, self.reason_edit = QLabel(), QLineEdit()
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(
            form_rows(
                [
                    (None, self.summary),
                    (self.date_label, self.date_edit),
                    (self.proceeds_label, self.proceeds_edit),
                    (self.money_label, self.money_combo),
                    (self.reason_label, self.reason_edit),
                    (None, self.result),
                ]
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.proceeds_edit.textChanged.connect(lambda _: self._show())
        self.date_edit.dateChanged.connect(lambda _: self._show())
        self.retranslate()
        self.runner.book_op(
            lambda book: book.today(), lambda t: self.set_today(t, self.date_edit), self.fail
        )

    def retranslate(self) -> None:
        r = self.asset.row
        self.setWindowTitle(self.tr("Dispose of asset %1").replace("%1", r.number))
        self.summary.setText(
            self.tr("%1 %2: cost %3, bought %4")
            .replace("%1", r.number)
            .replace("%2", r.name)
            .replace("%3", rupiah(r.cost))
            .replace("%4", date_short(r.acquired))
        )
        self.date_label.setText(self.tr("&Date"))
        self.proceeds_label.setText(self.tr("&Sold for"))
        self.proceeds_edit.setPlaceholderText(self.tr("0 when written off"))
        self.money_label.setText(self.tr("&Into"))
        _money_combo(self.money_combo, self.tr("Cash (Kas)"), self.tr("Bank"))
        self.reason_label.setText(self.tr("&Note"))
        self.save_button.setText(self.tr("&Dispose…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)
        self._show()

    def figures(self) -> tuple[int, int, int] | None:
        """(book value when it leaves, proceeds, gain) as typed; None when unreadable."""
        r = self.asset.row
        try:
            proceeds = self.proceeds_edit.amount() or 0
        except KoperasiError:
            return None
        day = pydate(self.date_edit.date())
        end = month_end(day.year, day.month)
        value = r.cost - accumulated(r.cost, r.residual, r.life_months, r.acquired, end)
        return value, proceeds, proceeds - value

    def _show(self) -> None:
        found = self.figures()
        if found is None:
            self.result.setText("")
            return
        value, proceeds, gain = found
        self.money_combo.setEnabled(proceeds > 0)  # a write-off receives nothing
        outcome = (
            self.tr("gain %1").replace("%1", rupiah(gain))
            if gain > 0
            else self.tr("loss %1").replace("%1", rupiah(-gain))
            if gain < 0
            else self.tr("no gain or loss")
        )
        self.result.setText(
            self.tr("Book value when it leaves: %1; %2")
            .replace("%1", rupiah(value))
            .replace("%2", outcome)
        )

    def save(self) -> None:
        found = self.figures()
        if found is None:
            try:
                self.proceeds_edit.amount()
            except KoperasiError as exc:
                self.fail(exc)
            return
        _value, proceeds, _gain = found
        number, money = self.asset.row.number, self.money_combo.currentData()
        reason, day = self.reason_edit.text(), pydate(self.date_edit.date())
        question = (
            self.tr("Dispose of %1 on %2 for %3? %4")
            .replace("%1", number)
            .replace("%2", date_short(day))
            .replace("%3", rupiah(proceeds))
            .replace("%4", self.result.text())
        )
        if not confirm(self, self.tr("Dispose of asset"), question):
            return
        self.submit(
            lambda book: book.disposals.dispose(number, day, proceeds, money, reason),
            self.tr("Recording the disposal…"),
        )


def next_code(parent: str, accounts: list[Account]) -> str:
    """The first free code of the cooperative's own under a parent (from xx50)."""
    return next_user_code(parent, [a.code for a in accounts])


class AddAccountDialog(BookDialog):
    """Tambah akun: four digits under one of the fixed parents, the next free one offered."""

    def __init__(self, runner, accounts: list[Account], parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.accounts = accounts
        self.setMinimumWidth(500)
        self.parent_label, self.parent_combo = QLabel(), QComboBox()
        self.code_label, self.code_edit = QLabel(), QLineEdit()
        self.code_edit.setMaximumWidth(90)
        self.name_label, self.name_edit = QLabel(), QLineEdit()
        self.hint = hint_label()
        layout = QVBoxLayout(self)
        layout.addLayout(
            form_rows(
                [
                    (self.parent_label, self.parent_combo),
                    (self.code_label, self.code_edit),
                    (self.name_label, self.name_edit),
                    (None, self.hint),
                ]
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.parent_combo.currentIndexChanged.connect(lambda _: self._suggest())
        self.retranslate()
        self._suggest()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an account"))
        self.parent_label.setText(self.tr("&Under"))
        chosen = self.parent_combo.currentData()
        self.parent_combo.blockSignals(True)
        self.parent_combo.clear()
        names = {
            "12": self.tr("Receivables (current assets)"),
            "21": self.tr("Current liabilities"),
            "22": self.tr("Long-term liabilities"),
            "41": self.tr("Operating income"),
            "49": self.tr("Other income"),
            "51": self.tr("Expenses"),
        }
        for code in PARENTS:
            self.parent_combo.addItem(f"{code}xx — {names.get(code, '')}", code)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(chosen), 0))
        self.parent_combo.blockSignals(False)
        self.code_label.setText(self.tr("&Code"))
        self.name_label.setText(self.tr("&Name"))
        self.hint.setText(
            self.tr(
                "Money (11xx), fixed assets (13xx) and equity (3xxx) are kept by the book "
                "itself: no account is added there."
            )
        )
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)

    def _suggest(self) -> None:
        self.code_edit.setText(next_code(self.parent_combo.currentData() or "12", self.accounts))

    def save(self) -> None:
        code, name = self.code_edit.text(), self.name_edit.text()
        self.submit(lambda book: book.chart.add(code, name), self.tr("Adding the account…"))
