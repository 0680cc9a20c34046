"""Laporan: every printed report of the book, each opening in the print preview, and the trial
balance on screen."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.fmt import date_long, date_short, rupiah
from koperasi.gui import i18n
from koperasi.gui.kit.dates import DayEdit, pydate, qdate
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.style import RIGHT
from koperasi.gui.kit.widgets import error_label, hint_label
from koperasi.gui.pages.base import Page
from koperasi.gui.printing import print_document
from koperasi.gui.worker import BookRunner
from koperasi.pdf import (
    render_receipt,
    render_register,
    render_settlement,
    render_slips,
    render_statement,
)
from koperasi.pdf.ledger import render_journal, render_trial_balance
from koperasi.reports import (
    receipt_data,
    register_data,
    settlement_data,
    slips_for_sale,
    statement_data,
)
from koperasi.reports.ledger import TrialBalanceData, trial_balance_data
from koperasi.reports.screens.reports_page import (
    ReportsPageData,
    members_matching,
    receipts_on,
    reports_page_data,
)

REPORTS = ("trial_balance", "journal", "register", "settlement", "slips", "receipt", "statement")
BALANCED_STYLE = (
    "background: #e3f1e8; color: #1f5b3a; border: 1px solid #b7d8c3; border-radius: 6px;"
    " padding: 8px 12px; font-weight: 600;"
)
UNBALANCED_STYLE = (
    "background: #fbe4e4; color: #9b1c1c; border: 1px solid #e6a5a5; border-radius: 6px;"
    " padding: 8px 12px; font-weight: 700;"
)
LIST_STYLE = """
QListWidget#reportList { border: none; background: #f4f7f5; font-size: 14px; }
QListWidget#reportList::item { padding: 10px 12px; border-bottom: 1px solid #e1e8e4; color: #1f2d27; }
QListWidget#reportList::item:selected { background: #dcebe2; color: #1f2d27; border-left: 4px solid #2e6b52; }
"""

# PDF bytes and the paper they print on; None when there is nothing to print.
Document = tuple[bytes, str]


def _date_edit() -> QDateEdit:
    edit = DayEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumWidth(130)
    edit.setMaximumWidth(160)
    return edit


class ReportsPage(Page):
    AREAS = frozenset({"deliveries", "sales", "members", "settings"})

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.today: datetime.date | None = runner.today  # the book's; set again on load
        self.trial_balance: TrialBalanceData | None = None
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.report_list = QListWidget()
        self.report_list.setObjectName("reportList")
        self.report_list.setStyleSheet(LIST_STYLE)
        self.report_list.setFixedWidth(290)
        for _ in REPORTS:
            self.report_list.addItem(QListWidgetItem())
        self.panels = QStackedWidget()
        self.panel_titles: list[QLabel] = []
        self.panel_texts: list[QLabel] = []
        self.preview_buttons: list[QPushButton] = []
        builders = [
            self._build_trial_balance,
            self._build_journal,
            self._build_register,
            self._build_settlement,
            self._build_slips,
            self._build_receipt,
            self._build_statement,
        ]
        for key, build in zip(REPORTS, builders, strict=True):
            self.panels.addWidget(self._panel(key, build))

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.report_list)
        body.addWidget(self.panels, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        self.report_list.currentRowChanged.connect(self.panels.setCurrentIndex)
        self.report_list.itemActivated.connect(lambda _item: self.open_report())
        self.report_list.setCurrentRow(0)

        self._member_timer = QTimer(self)
        self._member_timer.setSingleShot(True)
        self._member_timer.setInterval(200)
        self._member_timer.timeout.connect(self._load_members)
        self.retranslate()

    # -- building the panels ------------------------------------------------------------------

    def _panel(self, key: str, build: Callable[[QVBoxLayout], None]) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel()
        title.setStyleSheet("font-size: 18px; font-weight: 700; color: #1f4d3a;")
        text = hint_label()
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(6)
        build(layout)
        button = QPushButton()
        button.setMinimumHeight(36)
        button.clicked.connect(lambda _=False, key=key: self.open_report(key))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
        if key != "trial_balance":
            layout.addStretch(1)
        self.panel_titles.append(title)
        self.panel_texts.append(text)
        self.preview_buttons.append(button)
        return panel

    def _build_trial_balance(self, layout: QVBoxLayout) -> None:
        self.tb_label = QLabel()
        self.tb_date = _date_edit()
        self.tb_label.setBuddy(self.tb_date)
        form = QHBoxLayout()
        form.addWidget(self.tb_label)
        form.addWidget(self.tb_date)
        form.addStretch(1)
        self.tb_table = QTableWidget(0, 5)
        self.tb_table.verticalHeader().hide()
        self.tb_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tb_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tb_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tb_status = QLabel()
        self.tb_status.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(self.tb_table, 1)
        layout.addWidget(self.tb_status)
        self.tb_date.dateChanged.connect(lambda _d: self.load_trial_balance())

    def _build_journal(self, layout: QVBoxLayout) -> None:
        self.journal_start_label, self.journal_end_label = QLabel(), QLabel()
        self.journal_start, self.journal_end = _date_edit(), _date_edit()
        self.journal_error = error_label()
        form = QFormLayout()
        form.addRow(self.journal_start_label, self.journal_start)
        form.addRow(self.journal_end_label, self.journal_end)
        self.journal_start_label.setBuddy(self.journal_start)
        self.journal_end_label.setBuddy(self.journal_end)
        layout.addLayout(form)
        layout.addWidget(self.journal_error)
        for edit in (self.journal_start, self.journal_end):
            edit.dateChanged.connect(lambda _d: self._validate_periods())

    def _build_register(self, layout: QVBoxLayout) -> None:
        self.register_label = QLabel()
        self.register_filter = QComboBox()
        self.register_label.setBuddy(self.register_filter)
        form = QFormLayout()
        form.addRow(self.register_label, self.register_filter)
        layout.addLayout(form)

    def _sale_picker(self, layout: QVBoxLayout) -> tuple[QLabel, QComboBox, QLabel]:
        label = QLabel()
        combo = QComboBox()
        combo.setMinimumContentsLength(40)
        label.setBuddy(combo)
        empty = hint_label()
        form = QFormLayout()
        form.addRow(label, combo)
        layout.addLayout(form)
        layout.addWidget(empty)
        return label, combo, empty

    def _build_settlement(self, layout: QVBoxLayout) -> None:
        self.settlement_label, self.settlement_sale, self.settlement_empty = self._sale_picker(
            layout
        )

    def _build_slips(self, layout: QVBoxLayout) -> None:
        self.slips_label, self.slips_sale, self.slips_empty = self._sale_picker(layout)
        self.slips_paper = hint_label()
        self.slips_notice = error_label()
        layout.addWidget(self.slips_paper)
        layout.addWidget(self.slips_notice)

    def _build_receipt(self, layout: QVBoxLayout) -> None:
        self.receipt_date_label = QLabel()
        self.receipt_date = _date_edit()
        self.receipt_date_label.setBuddy(self.receipt_date)
        self.receipt_list = QListWidget()
        self.receipt_list.setMinimumHeight(180)
        self.receipt_number_label = QLabel()
        self.receipt_number = QLineEdit()
        self.receipt_number.setPlaceholderText("NT-2026-000001")
        self.receipt_number_label.setBuddy(self.receipt_number)
        self.receipt_paper = hint_label()
        form = QFormLayout()
        form.addRow(self.receipt_date_label, self.receipt_date)
        form.addRow(QLabel(), self.receipt_list)
        form.addRow(self.receipt_number_label, self.receipt_number)
        layout.addLayout(form)
        layout.addWidget(self.receipt_paper)
        self.receipt_date.dateChanged.connect(lambda _d: self._load_receipts())
        self.receipt_list.currentItemChanged.connect(self._receipt_picked)
        self.receipt_list.itemActivated.connect(lambda _item: self.open_report("receipt"))

    def _build_statement(self, layout: QVBoxLayout) -> None:
        self.member_label = QLabel()
        self.member_search = QLineEdit()
        self.member_search.setClearButtonEnabled(True)
        self.member_label.setBuddy(self.member_search)
        self.member_list = QListWidget()
        self.member_list.setMinimumHeight(180)
        self.statement_start_label, self.statement_end_label = QLabel(), QLabel()
        self.statement_start, self.statement_end = _date_edit(), _date_edit()
        self.statement_start_label.setBuddy(self.statement_start)
        self.statement_end_label.setBuddy(self.statement_end)
        self.statement_error = error_label()
        form = QFormLayout()
        form.addRow(self.member_label, self.member_search)
        form.addRow(QLabel(), self.member_list)
        form.addRow(self.statement_start_label, self.statement_start)
        form.addRow(self.statement_end_label, self.statement_end)
        layout.addLayout(form)
        layout.addWidget(self.statement_error)
        self.member_search.textChanged.connect(lambda _t: self._member_timer.start())
        self.member_list.itemActivated.connect(lambda _item: self.open_report("statement"))
        for edit in (self.statement_start, self.statement_end):
            edit.dateChanged.connect(lambda _d: self._validate_periods())

    # -- texts ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Reports")

    def report_texts(self) -> dict[str, tuple[str, str]]:
        """Each report's name and what it is for."""
        return {
            "trial_balance": (
                self.tr("Trial balance"),
                self.tr(
                    "Every account's debits and credits up to a date. Total debits must "
                    "equal total credits."
                ),
            ),
            "journal": (
                self.tr("General journal"),
                self.tr("Every journal entry of a period, with its accounts, debits and credits."),
            ),
            "register": (
                self.tr("Member register"),
                self.tr("Every member with number, NIK, village, join date and status."),
            ),
            "settlement": (
                self.tr("Settlement of a sale"),
                self.tr(
                    "A sale's figures and every member's share of it, with room for each "
                    "member to sign."
                ),
            ),
            "slips": (
                self.tr("Payout slips"),
                self.tr("The slips members signed when paid their share of a sale, one a page."),
            ),
            "receipt": (
                self.tr("Delivery receipt"),
                self.tr("The receipt (nota timbang) of one weighing, to print again."),
            ),
            "statement": (
                self.tr("Member statement"),
                self.tr(
                    "A member's deliveries, shares and payouts in a period, and what the "
                    "cooperative owes them."
                ),
            ),
        }

    def retranslate(self) -> None:
        heading = self.tr("Reports")
        self.heading.setText(f"<h2>{heading}</h2>")
        texts = self.report_texts()
        for index, key in enumerate(REPORTS):
            name, text = texts[key]
            self.report_list.item(index).setText(name)
            self.report_list.item(index).setToolTip(text)
            self.panel_titles[index].setText(name)
            self.panel_texts[index].setText(text)
            self.preview_buttons[index].setText(self.tr("&Preview and print…"))
        self.tb_label.setText(self.tr("&As of"))
        self.tb_table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Account"),
                self.tr("Debit"),
                self.tr("Credit"),
                self.tr("Balance"),
            ]
        )
        self.journal_start_label.setText(self.tr("&From"))
        self.journal_end_label.setText(self.tr("&To"))
        self.register_label.setText(self.tr("&Members"))
        current = max(0, self.register_filter.currentIndex())
        self.register_filter.clear()
        self.register_filter.addItem(self.tr("All members"), None)
        self.register_filter.addItem(self.tr("Active members"), True)
        self.register_filter.addItem(self.tr("Members who left"), False)
        self.register_filter.setCurrentIndex(current)
        for label in (self.settlement_label, self.slips_label):
            label.setText(self.tr("&Sale"))
        for label in (self.settlement_empty, self.slips_empty):
            label.setText(self.tr("No sale has been settled yet."))
        self.receipt_date_label.setText(self.tr("&Date weighed"))
        self.receipt_number_label.setText(self.tr("&Receipt no."))
        self.member_label.setText(self.tr("&Member"))
        self.member_search.setPlaceholderText(self.tr("Search name, number, NIK or village…"))
        self.statement_start_label.setText(self.tr("&From"))
        self.statement_end_label.setText(self.tr("&To"))
        fit_labels(self)
        self._show_trial_balance()
        self._validate_periods()
        self._show_papers()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.runner.book_path is None:
            return

        self.runner.book_op(reports_page_data, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, data: ReportsPageData) -> None:
        today, weighed, sales, papers = data.today, data.weighed, data.sales, data.papers
        if today != self.today or not self.tb_date.property("set"):
            self.today = today
            for edit, day in (
                (self.tb_date, today),
                (self.journal_start, today.replace(day=1)),
                (self.journal_end, today),
                (self.receipt_date, weighed),
                (self.statement_start, today.replace(month=1, day=1)),
                (self.statement_end, today),
            ):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
            self.tb_date.setProperty("set", True)
        self.papers = papers
        for combo, empty in (
            (self.settlement_sale, self.settlement_empty),
            (self.slips_sale, self.slips_empty),
        ):
            current = combo.currentData()
            combo.clear()
            for number, text in sales:
                combo.addItem(text, number)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            empty.setVisible(not sales)
        self._show_papers()
        self._validate_periods()
        self.load_trial_balance()
        self._load_receipts()
        self._load_members()

    def _show_papers(self) -> None:
        papers = getattr(self, "papers", None)
        if not papers:
            self.slips_paper.clear()
            self.receipt_paper.clear()
            return
        names = {
            "a5": self.tr("A5"),
            "a6": self.tr("A6"),
            "roll80": self.tr("80 mm roll"),
        }
        text = self.tr("Prints on %1 (change it under Settings → Paper).")
        self.slips_paper.setText(text.replace("%1", names.get(papers["slip"], papers["slip"])))
        self.receipt_paper.setText(
            text.replace("%1", names.get(papers["receipt"], papers["receipt"]))
        )

    def load_trial_balance(self) -> None:
        if self.runner.book_path is None:
            return
        until = pydate(self.tb_date.date())

        def loaded(data: TrialBalanceData) -> None:
            if data.until == pydate(self.tb_date.date()):
                self.trial_balance = data
                self._show_trial_balance()

        self.runner.book_op(
            lambda book: trial_balance_data(book, until),
            loaded,
            lambda exc: show_error(self, exc),
        )

    def _show_trial_balance(self) -> None:
        data = self.trial_balance
        if data is None:
            self.tb_table.setRowCount(0)
            self.tb_status.clear()
            self.tb_status.setStyleSheet("")
            return
        self.tb_table.setRowCount(len(data.rows) + 1)
        for row, r in enumerate(data.rows):
            cells = [
                r.code,
                r.name,
                rupiah(r.debit) if r.debit else "–",
                rupiah(r.credit) if r.credit else "–",
                rupiah(r.balance) if r.debit or r.credit else "–",
            ]
            idle = not r.debit and not r.credit
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                if idle:
                    item.setForeground(QColor("#8a958f"))
                self.tb_table.setItem(row, column, item)
        total = len(data.rows)
        bold = QFont(self.tb_table.font())
        bold.setBold(True)
        background = QColor("#e3f1e8") if data.balanced else QColor("#fbe4e4")
        for column, text in enumerate(
            ["", self.tr("Total"), rupiah(data.total_debit), rupiah(data.total_credit), ""]
        ):
            item = QTableWidgetItem(text)
            item.setFont(bold)
            item.setBackground(background)
            if column >= 2:
                item.setTextAlignment(RIGHT)
            self.tb_table.setItem(total, column, item)
        day = date_long(data.until, i18n.current_language())
        if data.balanced:
            self.tb_status.setStyleSheet(BALANCED_STYLE)
            self.tb_status.setText(
                self.tr("Balanced as of %1: total debits = total credits = %2.")
                .replace("%1", day)
                .replace("%2", rupiah(data.total_debit))
            )
        else:
            self.tb_status.setStyleSheet(UNBALANCED_STYLE)
            self.tb_status.setText(
                self.tr(
                    "NOT balanced as of %1: debits and credits differ by %2. Run the book "
                    "check and tell whoever keeps the program."
                )
                .replace("%1", day)
                .replace("%2", rupiah(abs(data.difference)))
            )

    def _load_receipts(self) -> None:
        if self.runner.book_path is None:
            return
        day = pydate(self.receipt_date.date())

        def loaded(choices: list[tuple[str, str]]) -> None:
            if day != pydate(self.receipt_date.date()):
                return
            self.receipt_list.clear()
            for receipt, text in choices:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, receipt)
                self.receipt_list.addItem(item)
            if not choices:
                item = QListWidgetItem(self.tr("No deliveries were weighed on this day."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.receipt_list.addItem(item)

        self.runner.book_op(lambda book: receipts_on(book, day), loaded)

    def _receipt_picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.receipt_number.setText(item.data(Qt.ItemDataRole.UserRole))

    def _load_members(self) -> None:
        if self.runner.book_path is None:
            return
        text = self.member_search.text()

        def loaded(choices: list[tuple[str, str]]) -> None:
            if text != self.member_search.text():
                return
            current = self.selected_member()
            self.member_list.clear()
            for number, label in choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, number)
                self.member_list.addItem(item)
                if number == current:
                    self.member_list.setCurrentItem(item)
            if self.member_list.currentRow() < 0 and choices:
                self.member_list.setCurrentRow(0)

        self.runner.book_op(lambda book: members_matching(book, text), loaded)

    def selected_member(self) -> str | None:
        item = self.member_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _validate_periods(self) -> None:
        for start, end, error in (
            (self.journal_start, self.journal_end, self.journal_error),
            (self.statement_start, self.statement_end, self.statement_error),
        ):
            wrong = start.date() > end.date()
            error.setText(self.tr("The period ends before it starts.") if wrong else "")
            error.setVisible(wrong)

    # -- opening a report -----------------------------------------------------------------

    def open_report(self, key: str | None = None) -> bool:
        """Render the chosen report on the worker and show it in the preview; False when
        something needed (a sale, a receipt, a member, a valid period) is missing."""
        key = key or REPORTS[max(0, self.report_list.currentRow())]
        self.report_list.setCurrentRow(REPORTS.index(key))
        if self.runner.book_path is None:
            return False
        job = getattr(self, f"_job_{key}")()
        if job is None:
            return False
        render, title, file_name = job
        self.slips_notice.hide()

        def nothing_to_print() -> None:
            self.slips_notice.setText(self.tr("No member has been paid from this sale yet."))
            self.slips_notice.show()

        print_document(
            self.runner,
            render,
            title,
            file_name,
            self,
            busy=self.tr("Preparing %1…").replace("%1", title),
            empty=nothing_to_print,
        )
        return True

    def _job_trial_balance(self):
        until = pydate(self.tb_date.date())

        def render(book: Book) -> Document:
            return render_trial_balance(trial_balance_data(book, until)), "a4"

        title = self.tr("Trial balance as of %1").replace("%1", date_short(until))
        return render, title, f"neraca-saldo-{until:%Y%m%d}.pdf"

    def _job_journal(self):
        start, end = pydate(self.journal_start.date()), pydate(self.journal_end.date())
        if start > end:
            return None

        def render(book: Book) -> Document:
            from koperasi.reports.ledger import journal_data

            return render_journal(journal_data(book, start, end)), "a4"

        title = (
            self.tr("General journal %1 to %2")
            .replace("%1", date_short(start))
            .replace("%2", date_short(end))
        )
        return render, title, f"jurnal-umum-{start:%Y%m%d}-{end:%Y%m%d}.pdf"

    def _job_register(self):
        active = self.register_filter.currentData()

        def render(book: Book) -> Document:
            return render_register(register_data(book, active)), "a4-landscape"

        return render, self.tr("Member register"), "daftar-anggota.pdf"

    def _job_settlement(self):
        sale = self.settlement_sale.currentData()
        if not sale:
            return None

        def render(book: Book) -> Document:
            return render_settlement(settlement_data(book, sale)), "a4"

        title = self.tr("Settlement of sale %1").replace("%1", sale)
        return render, title, f"pembagian-{sale}.pdf"

    def _job_slips(self):
        sale = self.slips_sale.currentData()
        if not sale:
            return None

        def render(book: Book) -> Document:
            slips = slips_for_sale(book, sale)
            if not slips:
                return None
            paper = book.document_paper("slip")
            return render_slips(slips, paper), paper

        title = self.tr("Payout slips of sale %1").replace("%1", sale)
        return render, title, f"slip-{sale}.pdf"

    def _job_receipt(self):
        receipt = self.receipt_number.text().strip().upper()
        if not receipt:
            return None

        def render(book: Book) -> Document:
            paper = book.document_paper("receipt")
            return render_receipt(receipt_data(book, receipt), paper), paper

        title = self.tr("Delivery receipt %1").replace("%1", receipt)
        return render, title, f"nota-{receipt}.pdf"

    def _job_statement(self):
        number = self.selected_member()
        start, end = pydate(self.statement_start.date()), pydate(self.statement_end.date())
        if not number or start > end:
            return None

        def render(book: Book) -> Document:
            return render_statement(statement_data(book, number, start, end)), "a4"

        title = (
            self.tr("Member statement %1, %2 to %3")
            .replace("%1", number)
            .replace("%2", date_short(start))
            .replace("%3", date_short(end))
        )
        return render, title, f"rekening-{number}-{start:%Y%m%d}-{end:%Y%m%d}.pdf"
