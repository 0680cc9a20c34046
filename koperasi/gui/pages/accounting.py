"""Aset & penyesuaian (issue 14): the month-end work a treasurer does besides the cash book,
in four tabs, so that none of it needs the command line:

- Aset tetap: the register with cost, accumulated depreciation, book value and status;
  Tambah aset…, Susutkan sampai bulan…, Lepas / jual aset….
- Penyisihan piutang: the loans by collectibility at a month end, the allowance they call
  for, what 1209 holds and the adjustment; Bukukan penyisihan.
- Akrual jasa pinjaman: the loan service due and unpaid at a month end; Bukukan akrual.
- Bagan akun: the chart of accounts by kind; Tambah akun… under the allowed parents.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.book.assets import AllowanceStatus, AssetStatus, month_end
from koperasi.core.fmt import date_short, percent, rupiah
from koperasi.core.model import Account
from koperasi.gui.dialogs.assets import (
    AddAccountDialog,
    AddAssetDialog,
    DepreciateDialog,
    DisposeDialog,
)
from koperasi.gui.kit.dates import pydate, qdate
from koperasi.gui.kit.messages import ask_reason, confirm, show_error
from koperasi.gui.kit.style import HINT_STYLE, MUTED, OK_STYLE
from koperasi.gui.kit.widgets import date_edit, fill_table, hint_label, table_widget
from koperasi.gui.pages.base import Page
from koperasi.gui.worker import BookRunner

KINDS = ("asset", "liability", "equity", "income", "expense")


@dataclass(frozen=True)
class Snapshot:
    """What the screen shows, read in one trip to the worker."""

    today: datetime.date
    assets: list[AssetStatus]
    allowance: AllowanceStatus
    accrual: tuple[int, int]  # (loans, service due and unpaid)
    on: datetime.date  # the month end of the allowance and the accrual
    accounts: list[Account]
    accrual_posted: bool = False


def snapshot(on: datetime.date | None):
    def load(book: Book) -> Snapshot:
        today = book.today()
        day = on or (today.replace(day=1) - datetime.timedelta(days=1))
        return Snapshot(
            today,
            book.assets.list(today),
            book.assets.allowance(day),
            book.assets.accrual(day),
            day,
            book.chart.list(),
            bool(book.journal.of_source("accrual", day.year * 10_000 + day.month * 100 + day.day)),
        )

    return load


class AccountingPage(Page):
    AREAS = frozenset({"assets", "journal", "loans", "cash"})

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.data: Snapshot | None = None
        self.last_dialog = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.tabs = QTabWidget()

        # -- fixed assets
        self.assets_tab = QWidget()
        self.assets_table = table_widget(8)
        # The name takes the room the figures leave (elided at 1024 px, whole on wider).
        self.assets_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.assets_table.itemSelectionChanged.connect(self._update_buttons)
        self.add_asset_button = QPushButton()
        self.depreciate_button = QPushButton()
        self.dispose_button = QPushButton()
        self.reverse_button = QPushButton()
        self.assets_note = hint_label()
        bar = QHBoxLayout()
        for button in (self.add_asset_button, self.depreciate_button, self.dispose_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.reverse_button)
        box = QVBoxLayout(self.assets_tab)
        box.addWidget(self.assets_table, 1)
        box.addWidget(self.assets_note)
        box.addLayout(bar)

        # -- the allowance for doubtful loans
        self.allowance_tab = QWidget()
        self.allowance_month_label = QLabel()
        self.allowance_month = date_edit(month_only=True)
        self.allowance_table = table_widget(5)
        self.allowance_booked = QLabel()
        self.allowance_adjustment = QLabel()
        self.allowance_adjustment.setStyleSheet(OK_STYLE)
        self.post_allowance_button = QPushButton()
        self.allowance_hint = hint_label()
        top = QHBoxLayout()
        top.addWidget(self.allowance_month_label)
        top.addWidget(self.allowance_month)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.post_allowance_button)
        bottom.addStretch(1)
        # Four classes and their total: the table is as tall as its rows.
        self.allowance_table.setFixedHeight(6 * 24 + 8)
        box = QVBoxLayout(self.allowance_tab)
        box.addLayout(top)
        box.addWidget(self.allowance_table)
        box.addWidget(self.allowance_booked)
        box.addWidget(self.allowance_adjustment)
        box.addWidget(self.allowance_hint)
        box.addLayout(bottom)
        box.addStretch(1)

        # -- loan service accrued
        self.accrual_tab = QWidget()
        self.accrual_month_label = QLabel()
        self.accrual_month = date_edit(month_only=True)
        self.accrual_figure = QLabel()
        self.accrual_figure.setStyleSheet("font-size: 16px; font-weight: 600; color: #1f4d3a;")
        self.accrual_hint = hint_label()
        self.post_accrual_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.accrual_month_label)
        top.addWidget(self.accrual_month)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.post_accrual_button)
        bottom.addStretch(1)
        box = QVBoxLayout(self.accrual_tab)
        box.addLayout(top)
        box.addWidget(self.accrual_figure)
        box.addWidget(self.accrual_hint)
        box.addLayout(bottom)
        box.addStretch(1)

        # -- the chart of accounts
        self.chart_tab = QWidget()
        self.chart_tree = QTreeWidget()
        self.chart_tree.setColumnCount(3)
        self.chart_tree.setAlternatingRowColors(True)
        self.add_account_button = QPushButton()
        self.chart_hint = hint_label()
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_account_button)
        bottom.addStretch(1)
        box = QVBoxLayout(self.chart_tab)
        box.addWidget(self.chart_tree, 1)
        box.addWidget(self.chart_hint)
        box.addLayout(bottom)

        for tab in (self.assets_tab, self.allowance_tab, self.accrual_tab, self.chart_tab):
            self.tabs.addTab(tab, "")
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.add_asset_button.clicked.connect(lambda: self.add_asset())
        self.depreciate_button.clicked.connect(lambda: self.depreciate())
        self.dispose_button.clicked.connect(lambda: self.dispose())
        self.reverse_button.clicked.connect(lambda: self.reverse_disposal())
        self.post_allowance_button.clicked.connect(lambda: self.post_allowance())
        self.post_accrual_button.clicked.connect(lambda: self.post_accrual())
        self.add_account_button.clicked.connect(lambda: self.add_account())
        self.allowance_month.dateChanged.connect(lambda _: self._month_chosen(self.allowance_month))
        self.accrual_month.dateChanged.connect(lambda _: self._month_chosen(self.accrual_month))
        self.retranslate()

    # -- texts -------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Assets & adjustments")

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Assets & adjustments") + "</h2>")
        for index, text in enumerate(
            (
                self.tr("Fixed assets"),
                self.tr("Allowance for doubtful loans"),
                self.tr("Accrued loan service"),
                self.tr("Chart of accounts"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.assets_table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Asset"),
                self.tr("Bought"),
                self.tr("Life (months)"),
                self.tr("Cost"),
                self.tr("Acc. depreciation"),
                self.tr("Book value"),
                self.tr("Status"),
            ]
        )
        self.add_asset_button.setText(self.tr("&Add asset…"))
        self.depreciate_button.setText(self.tr("De&preciate up to month…"))
        self.dispose_button.setText(self.tr("&Dispose / sell asset…"))
        self.reverse_button.setText(self.tr("&Reverse the disposal…"))
        self.allowance_month_label.setText(self.tr("At the end of"))
        self.allowance_table.setHorizontalHeaderLabels(
            [
                self.tr("Collectibility"),
                self.tr("Loans"),
                self.tr("Principal owed"),
                self.tr("Rate"),
                self.tr("Allowance"),
            ]
        )
        self.post_allowance_button.setText(self.tr("P&ost the allowance"))
        self.allowance_hint.setText(
            self.tr(
                "Posting books the difference between what the loans call for and what "
                "account 1209 holds (Dr 5108, Cr 1209, or back when less is needed)."
            )
        )
        self.accrual_month_label.setText(self.tr("At the end of"))
        self.post_accrual_button.setText(self.tr("Post the a&ccrual"))
        self.accrual_hint.setText(
            self.tr(
                "Service fallen due and not yet paid on performing loans (lancar, kurang "
                "lancar): Dr 1203, Cr 4102 at the month end, reversed the next day so the "
                "repayment that pays it is not counted twice."
            )
        )
        self.chart_tree.setHeaderLabels([self.tr("Code"), self.tr("Account"), self.tr("Kind")])
        self.add_account_button.setText(self.tr("Add acc&ount…"))
        self.chart_hint.setText(
            self.tr(
                "Accounts are added under 12, 21, 22, 41, 49 and 51; money, fixed assets "
                "and equity are kept by the book itself."
            )
        )
        self._show()

    def kind_name(self, kind: str) -> str:
        return {
            "asset": self.tr("Assets"),
            "liability": self.tr("Liabilities"),
            "equity": self.tr("Equity"),
            "income": self.tr("Income"),
            "expense": self.tr("Expenses"),
        }[kind]

    def class_name(self, key: str) -> str:
        return {
            "lancar": self.tr("Current (lancar)"),
            "kurang_lancar": self.tr("Substandard (kurang lancar)"),
            "diragukan": self.tr("Doubtful (diragukan)"),
            "macet": self.tr("Loss (macet)"),
        }[key]

    # -- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.runner.book_path is None:
            return
        on = None
        if self.data is not None:
            on = month_end(*_year_month(self.allowance_month))
        self.runner.book_op(snapshot(on), self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, data: Snapshot) -> None:
        chosen = self.selected_asset()
        self.data = data
        for edit in (self.allowance_month, self.accrual_month):
            edit.blockSignals(True)
            edit.setDate(qdate(data.on))
            edit.blockSignals(False)
        self._show()
        if chosen is not None:
            for row, a in enumerate(self.data.assets):
                if a.row.number == chosen.row.number:
                    self.assets_table.selectRow(row)

    def _month_chosen(self, edit) -> None:
        other = self.accrual_month if edit is self.allowance_month else self.allowance_month
        other.blockSignals(True)
        other.setDate(edit.date())
        other.blockSignals(False)
        on = month_end(*_year_month(edit))
        self.runner.book_op(snapshot(on), self._loaded, lambda exc: show_error(self, exc))

    def _show(self) -> None:
        d = self.data
        if d is None:
            return
        self._show_assets(d)
        self._show_allowance(d)
        self.accrual_figure.setText(
            self.tr("Accrual at %1 already posted.").replace("%1", date_short(d.on))
            if d.accrual_posted
            else self.tr("Due and unpaid at %1: %2 on %n loan(s)", "", d.accrual[0])
            .replace("%1", date_short(d.on))
            .replace("%2", rupiah(d.accrual[1]))
        )
        self._show_chart(d)
        self._update_buttons()

    def _show_assets(self, d: Snapshot) -> None:
        rows, colors = [], {}
        for index, a in enumerate(d.assets):
            r = a.row
            if a.disposal is None:
                status = self.tr("In use")
            else:
                status = self.tr("Disposed %1").replace("%1", date_short(a.disposal.date))
                colors[index] = MUTED
            rows.append(
                [
                    r.number,
                    r.name,
                    date_short(r.acquired),
                    str(r.life_months),
                    rupiah(r.cost),
                    rupiah(a.accumulated),
                    rupiah(a.book_value),
                    status,
                ]
            )
        in_use = [a for a in d.assets if a.disposal is None]
        rows.append(
            [
                "",
                self.tr("Total in use"),
                "",
                "",
                rupiah(sum(a.row.cost for a in in_use)),
                rupiah(sum(a.accumulated for a in in_use)),
                rupiah(sum(a.book_value for a in in_use)),
                "",
            ]
        )
        fill_table(
            self.assets_table,
            rows,
            right={3, 4, 5, 6},
            colors=colors,
            bold_rows={len(rows) - 1},
            data=[*d.assets, None],
        )
        gone = [a for a in d.assets if a.disposal is not None]
        notes = [
            self.tr("%1 %2: sold for %3, %4")
            .replace("%1", a.row.number)
            .replace("%2", date_short(a.disposal.date))
            .replace("%3", rupiah(a.disposal.proceeds))
            .replace(
                "%4",
                self.tr("gain %1").replace("%1", rupiah(a.disposal.gain))
                if a.disposal.gain > 0
                else self.tr("loss %1").replace("%1", rupiah(-a.disposal.gain))
                if a.disposal.gain < 0
                else self.tr("no gain or loss"),
            )
            for a in gone
            if a.disposal is not None
        ]
        self.assets_note.setText(
            "; ".join(notes)
            if notes
            else self.tr("Depreciation is posted as of %1.").replace("%1", date_short(d.today))
            if d.assets
            else self.tr("No fixed assets yet.")
        )

    def _show_allowance(self, d: Snapshot) -> None:
        s = d.allowance
        rows = [
            [
                self.class_name(x.key),
                str(x.loans),
                rupiah(x.outstanding),
                percent(x.rate_bp),
                rupiah(x.required),
            ]
            for x in s.lines
        ]
        rows.append(
            [
                self.tr("Total"),
                str(sum(x.loans for x in s.lines)),
                rupiah(sum(x.outstanding for x in s.lines)),
                "",
                rupiah(s.required),
            ]
        )
        fill_table(self.allowance_table, rows, right={1, 2, 3, 4}, bold_rows={len(rows) - 1})
        self.allowance_booked.setText(
            self.tr("Booked in 1209 at %1: %2")
            .replace("%1", date_short(s.on))
            .replace("%2", rupiah(s.balance))
        )
        change = s.adjustment
        self.allowance_adjustment.setText(
            self.tr("Adjustment to post: %1").replace("%1", rupiah(change))
            if change > 0
            else self.tr("Allowance to release: %1").replace("%1", rupiah(-change))
            if change < 0
            else self.tr("The allowance is right: nothing to post.")
        )

    def _show_chart(self, d: Snapshot) -> None:
        self.chart_tree.clear()
        for kind in KINDS:
            top = QTreeWidgetItem([self.kind_name(kind), "", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.chart_tree.addTopLevelItem(top)
            for a in d.accounts:
                if a.kind == kind:
                    top.addChild(QTreeWidgetItem([a.code, a.name_id, self.kind_name(kind)]))
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        self.chart_tree.resizeColumnToContents(0)
        self.chart_tree.resizeColumnToContents(1)

    def selected_asset(self) -> AssetStatus | None:
        rows = self.assets_table.selectionModel().selectedRows()
        if not rows or self.data is None:
            return None
        index = rows[0].row()
        return self.data.assets[index] if index < len(self.data.assets) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_asset()
        self.dispose_button.setEnabled(chosen is not None and chosen.disposal is None)
        self.reverse_button.setEnabled(chosen is not None and chosen.disposal is not None)
        d = self.data
        self.post_allowance_button.setEnabled(
            d is not None and d.allowance.adjustment != 0 and d.on < d.today
        )
        self.post_accrual_button.setEnabled(
            d is not None and d.accrual[1] > 0 and d.on < d.today and not d.accrual_posted
        )

    # -- actions -------------------------------------------------------------------------

    def _open(self, dialog, done) -> object:
        self.last_dialog = dialog

        def saved(result) -> None:
            done(result)
            self.refresh()

        dialog.saved.connect(saved)
        dialog.open()
        return dialog

    def add_asset(self) -> AddAssetDialog:
        return self._open(
            AddAssetDialog(self.runner, self),
            lambda a: self.status.setText(
                self.tr("%1 recorded: %2, %3")
                .replace("%1", a.row.number)
                .replace("%2", a.row.name)
                .replace("%3", rupiah(a.row.cost))
            ),
        )

    def depreciate(self) -> DepreciateDialog:
        return self._open(
            DepreciateDialog(self.runner, self),
            lambda posted: self.status.setText(
                self.tr("Depreciation posted: %n month(s), %1", "", len(posted)).replace(
                    "%1", rupiah(sum(x for _, x in posted))
                )
            ),
        )

    def dispose(self) -> DisposeDialog | None:
        chosen = self.selected_asset()
        if chosen is None or chosen.disposal is not None:
            return None

        def done(result) -> None:
            d = result.asset.disposal
            self.status.setText(
                self.tr("%1 disposed of on %2: book value %3, proceeds %4.")
                .replace("%1", result.asset.row.number)
                .replace("%2", date_short(d.date))
                .replace("%3", rupiah(result.asset.book_value))
                .replace("%4", rupiah(d.proceeds))
            )

        return self._open(DisposeDialog(self.runner, chosen, self), done)

    def reverse_disposal(self) -> None:
        """A disposal entered in error, undone with a reason (its entry reversed)."""
        chosen = self.selected_asset()
        if chosen is None or chosen.disposal is None:
            return
        number = chosen.row.number
        reason = ask_reason(
            self,
            self.tr("Reverse the disposal"),
            self.tr("Why is the disposal of %1 reversed?").replace("%1", number),
        )
        if reason is None:
            return
        self.runner.book_op(
            lambda book: book.disposals.reverse(number, reason),
            lambda a: (
                self.status.setText(
                    self.tr("The disposal of %1 is reversed; it is depreciated again.").replace(
                        "%1", a.row.number
                    )
                ),
                self.refresh(),
            ),
            lambda exc: show_error(self, exc),
        )

    def post_allowance(self) -> None:
        d = self.data
        if d is None:
            return
        on = d.on
        question = (
            self.tr("Post the allowance at %1: %2?")
            .replace("%1", date_short(on))
            .replace("%2", self.allowance_adjustment.text())
        )
        if not confirm(self, self.tr("Allowance for doubtful loans"), question):
            return
        self.runner.book_op(
            lambda book: book.assets.post_allowance(on),
            lambda s: (
                self.status.setText(
                    self.tr("Allowance posted: 1209 now holds %1.").replace("%1", rupiah(s.balance))
                ),
                self.refresh(),
            ),
            lambda exc: show_error(self, exc),
        )

    def post_accrual(self) -> None:
        d = self.data
        if d is None:
            return
        on = d.on
        question = (
            self.tr("Post %1 of loan service accrued at %2, reversed on %3?")
            .replace("%1", rupiah(d.accrual[1]))
            .replace("%2", date_short(on))
            .replace("%3", date_short(on + datetime.timedelta(days=1)))
        )
        if not confirm(self, self.tr("Accrued loan service"), question):
            return
        self.runner.book_op(
            lambda book: book.assets.accrue(on),
            lambda result: (
                self.status.setText(
                    self.tr("Accrual posted: %1.").replace("%1", rupiah(result[1]))
                ),
                self.refresh(),
            ),
            lambda exc: show_error(self, exc),
        )

    def add_account(self) -> AddAccountDialog:
        accounts = self.data.accounts if self.data is not None else []
        return self._open(
            AddAccountDialog(self.runner, accounts, self),
            lambda a: self.status.setText(
                self.tr("Account %1 %2 added.").replace("%1", a.code).replace("%2", a.name_id)
            ),
        )


def _year_month(edit) -> tuple[int, int]:
    day = pydate(edit.date())
    return day.year, day.month
