"""A member's page: details, what the cooperative owes them, and every delivery, sale part and
payout behind it, with their statement one click away."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.fmt import date_long, date_short, kg, percent, rupiah
from koperasi.core.model import Member
from koperasi.gui.dialogs.member_money_tab import MemberMoneyTab
from koperasi.gui.dialogs.plots import PlotsTab
from koperasi.gui.kit.dates import DayEdit, pydate, qdate
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.style import ERROR_STYLE, HINT_STYLE, MUTED
from koperasi.gui.kit.text_table import TextTable
from koperasi.gui.printing import print_document
from koperasi.gui.worker import BookRunner
from koperasi.pdf import render_statement
from koperasi.reports import statement_data
from koperasi.reports.screens.member_overview import MemberOverview, member_overview

GROUP_STYLE = """
QGroupBox { border: 1px solid #d5dfd9; border-radius: 6px; margin-top: 14px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f4d3a; }
"""


def kg_places(grams) -> int:
    """The fewest decimals that show every weight of a column exactly, so it lines up."""
    return max((3 if g % 10 else 2 if g % 100 else 1 if g % 1000 else 0 for g in grams), default=0)


def _table(columns: int) -> TextTable:
    table = TextTable(columns)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(False)
    return table


def _fill(
    table: TextTable,
    rows: list[list[str]],
    right: set[int],
    muted: set[int] = frozenset(),
    bold: int | None = None,
):
    """Rows of text; `right` columns right-aligned, `muted` rows grey, the `bold` column bold."""
    table.set_rows(rows, right, colors=dict.fromkeys(muted, MUTED), bold_column=bold)


@dataclass(frozen=True)
class OverviewRows:
    """The texts of a member page's three tables."""

    deliveries: list[list[str]]
    parts: list[list[str]]
    payouts: list[list[str]]


def overview_rows(o: MemberOverview, words: dict[str, str]) -> OverviewRows:
    """The rows of the deliveries, sale shares and payouts tables, `words` translated."""
    places = kg_places([d.net_grams for d in o.deliveries])
    deliveries = [
        [
            d.receipt,
            date_short(d.date),
            d.commodity,
            kg(d.net_grams, places),
            percent(d.quality_bp) if d.quality_bp is not None else "—",
            words.get(d.status, d.status) + (f" ({d.sale})" if d.sale else ""),
            rupiah(d.part) if d.part is not None else "",
        ]
        for d in o.deliveries
    ]
    places = kg_places([p.net_grams for p in o.sale_parts])
    parts = [
        [
            p.sale,
            date_short(p.date),
            p.commodity,
            str(p.deliveries),
            kg(p.net_grams, places),
            rupiah(p.share),
            p.slip or words["unpaid"],
        ]
        for p in o.sale_parts
    ]
    payouts = [
        [
            p.slip,
            date_short(p.date),
            p.sale,
            rupiah(p.share),
            rupiah(p.deductions),
            rupiah(p.paid),
            words.get(p.method, p.method),
        ]
        for p in o.payouts
    ]
    return OverviewRows(deliveries, parts, payouts)


class BalanceCard(QFrame):
    """A figure with its caption: what the member's balances come to."""

    def __init__(self, accent: str = "#1f4d3a") -> None:
        super().__init__()
        self.setObjectName("balanceCard")
        self.setStyleSheet(
            "QFrame#balanceCard { background: white; border: 1px solid #d9e3dd; border-radius: 8px; }"
        )
        self.caption = QLabel()
        self.caption.setStyleSheet(HINT_STYLE)
        self.value = QLabel("—")
        self.value.setStyleSheet(f"font-size: 20px; font-weight: 700; color: {accent};")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6b66; font-size: 11px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)


class MemberPage(QDialog):
    """Opened from the member register; reads everything through the worker."""

    def __init__(self, runner: BookRunner, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.member = member
        self.overview: MemberOverview | None = None
        self._rows: tuple[MemberOverview, dict[str, str], OverviewRows] | None = None
        self.setMinimumSize(960, 680)
        self.setStyleSheet(GROUP_STYLE)

        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 22px; font-weight: 700; color: #1f2d27;")
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-size: 15px; color: #1f4d3a; font-weight: 600;")
        self.edit_button = QPushButton()
        self.leave_button = QPushButton()  # keluar dari koperasi (issue 10)
        self.pay_exit_button = QPushButton()  # kept savings (2110) paid later (i10c)
        self.pay_exit_button.setVisible(False)
        self.exit_owed = 0
        self.details_box = QGroupBox()
        self.detail_labels = [QLabel() for _ in range(7)]
        self.detail_values = [QLabel() for _ in range(7)]
        details = QFormLayout(self.details_box)
        for label, value in zip(self.detail_labels, self.detail_values, strict=True):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(label, value)

        self.settled_card = BalanceCard()
        self.paid_card = BalanceCard()
        self.unpaid_card = BalanceCard("#9a5b00")
        self.open_card = BalanceCard("#3d4a44")

        self.tabs = QTabWidget()
        self.deliveries_table = _table(7)
        self.parts_table = _table(7)
        self.payouts_table = _table(7)
        for table in (self.deliveries_table, self.parts_table, self.payouts_table):
            self.tabs.addTab(table, "")
        self.money_tab = MemberMoneyTab(runner, member.number, self)
        self.tabs.addTab(self.money_tab, "")
        self.tabs.addTab(self.money_tab.loans_page, "")
        self.plots_tab = PlotsTab(runner, member.number, self)  # issue 13: plots and map
        self.tabs.addTab(self.plots_tab, "")

        self.statement_box = QGroupBox()
        self.start_label = QLabel()
        self.end_label = QLabel()
        self.start_edit = DayEdit()
        self.end_edit = DayEdit()
        for edit, label in ((self.start_edit, self.start_label), (self.end_edit, self.end_label)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            label.setBuddy(edit)
            edit.dateChanged.connect(lambda _d: self._validate_period())
        self.period_error = QLabel()
        self.period_error.setStyleSheet(ERROR_STYLE)
        self.period_error.hide()
        self.statement_button = QPushButton()
        self.statement_button.setDefault(True)
        self.close_button = QPushButton()

        head = QHBoxLayout()
        title = QVBoxLayout()
        title.setSpacing(0)
        title.addWidget(self.name_label)
        title.addWidget(self.number_label)
        head.addLayout(title, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.pay_exit_button, 0, Qt.AlignmentFlag.AlignTop)
        cards = QGridLayout()
        cards.setSpacing(10)
        cards.addWidget(self.settled_card, 0, 0)
        cards.addWidget(self.paid_card, 0, 1)
        cards.addWidget(self.unpaid_card, 1, 0)
        cards.addWidget(self.open_card, 1, 1)
        top = QHBoxLayout()
        top.addWidget(self.details_box, 1)
        top.addLayout(cards, 1)
        statement = QHBoxLayout(self.statement_box)
        statement.addWidget(self.start_label)
        statement.addWidget(self.start_edit)
        statement.addWidget(self.end_label)
        statement.addWidget(self.end_edit)
        statement.addWidget(self.period_error, 1)
        statement.addStretch(0)
        statement.addWidget(self.statement_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.statement_box, 1)
        bottom.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.edit_button.clicked.connect(lambda: self.edit_member())
        self.leave_button.clicked.connect(lambda: self.leave())
        self.pay_exit_button.clicked.connect(lambda: self.pay_exit())
        self.statement_button.clicked.connect(self.print_statement)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.reload()

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Member %1").replace("%1", self.member.number))
        self.edit_button.setText(self.tr("&Edit details…"))
        self.leave_button.setText(self.tr("Leave the cooperati&ve…"))
        self.leave_button.setEnabled(self.member.active)
        self.pay_exit_button.setText(self.tr("Pay &kept savings…"))
        self.details_box.setTitle(self.tr("Details"))
        texts = [
            self.tr("NIK"),
            self.tr("Gender"),
            self.tr("Village"),
            self.tr("Address"),
            self.tr("Phone"),
            self.tr("Joined"),
            self.tr("Status"),
        ]
        for label, text in zip(self.detail_labels, texts, strict=True):
            label.setText(text)
        self.settled_card.caption.setText(self.tr("Shares of sales"))
        self.paid_card.caption.setText(self.tr("Paid out"))
        self.unpaid_card.caption.setText(self.tr("Not yet paid"))
        self.open_card.caption.setText(self.tr("Not yet sold"))
        self.tabs.setTabText(0, self.tr("&Deliveries"))
        self.tabs.setTabText(1, self.tr("&Sale shares"))
        self.tabs.setTabText(2, self.tr("&Payouts"))
        self.tabs.setTabText(3, self.tr("Sa&vings"))
        self.tabs.setTabText(4, self.tr("&Kasbon && loans"))
        self.tabs.setTabText(5, self.tr("Plo&ts and map"))
        self.deliveries_table.setHorizontalHeaderLabels(
            [
                self.tr("Receipt"),
                self.tr("Date"),
                self.tr("Commodity"),
                self.tr("Net weight"),
                self.tr("Quality"),
                self.tr("Status"),
                self.tr("Part"),
            ]
        )
        self.parts_table.setHorizontalHeaderLabels(
            [
                self.tr("Sale"),
                self.tr("Date"),
                self.tr("Commodity"),
                self.tr("Deliveries"),
                self.tr("Net weight"),
                self.tr("Share"),
                self.tr("Paid with slip"),
            ]
        )
        self.payouts_table.setHorizontalHeaderLabels(
            [
                self.tr("Slip"),
                self.tr("Date"),
                self.tr("Sale"),
                self.tr("Share"),
                self.tr("Deductions"),
                self.tr("Paid"),
                self.tr("Method"),
            ]
        )
        self.statement_box.setTitle(self.tr("Member statement (rekening anggota)"))
        self.start_label.setText(self.tr("&From"))
        self.end_label.setText(self.tr("&to"))
        self.statement_button.setText(self.tr("&Print member statement…"))
        self.close_button.setText(self.tr("Close"))
        fit_labels(self)
        self._validate_period()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        number = self.member.number
        self.money_tab.reload()
        self.plots_tab.reload()
        words = self._words()

        def load(book) -> tuple[MemberOverview, dict[str, str], OverviewRows]:
            # The rows' texts are made here, on the worker: some 13,000 cells for a member
            # with ten years of deliveries, too many to format while the window waits.
            overview = member_overview(book, number)
            return overview, words, overview_rows(overview, words)

        self.runner.book_op(load, self._loaded, lambda exc: show_error(self, exc))
        self.runner.book_op(
            lambda book: book.exit_payments.owed(number), self._exit_owed, lambda _exc: None
        )

    def _exit_owed(self, owed: int) -> None:
        """A member who left with savings kept back as 2110 can be paid them here."""
        self.exit_owed = owed
        self.pay_exit_button.setVisible(owed > 0)
        self.pay_exit_button.setEnabled(owed > 0)

    def pay_exit(self):
        from koperasi.gui.dialogs.pay_exit import PayExitDialog

        dialog = PayExitDialog(self.runner, self.member.number, parent=self)
        dialog.saved.connect(lambda _row: self.reload())
        dialog.open()
        self.pay_exit_dialog = dialog
        return dialog

    def _loaded(self, result: tuple[MemberOverview, dict[str, str], OverviewRows]) -> None:
        overview, words, rows = result
        first_load = self.overview is None
        self.overview = overview
        self._rows = (overview, words, rows)
        self.member = overview.member
        if first_load:
            self.start_edit.setDate(QDate(overview.today.year, 1, 1))
            self.end_edit.setDate(qdate(overview.today))
        self.retranslate()

    def _words(self) -> dict[str, str]:
        """The words of the tables, in the language shown (made on the GUI thread)."""
        return {
            "open": self.tr("Not yet sold"),
            "settled": self.tr("Sold"),
            "void": self.tr("Void"),
            "cash": self.tr("Cash"),
            "transfer": self.tr("Transfer"),
            "unpaid": self.tr("not yet paid"),
        }

    def _show(self) -> None:
        m = self.member
        self.name_label.setText(m.name)
        self.number_label.setText(m.number)
        gender = {"L": self.tr("Male (L)"), "P": self.tr("Female (P)")}.get(m.gender, "—")
        if m.active:
            status = self.tr("Active")
        elif m.left_on:
            status = self.tr("Left on %1").replace("%1", date_short(m.left_on))
        else:
            status = self.tr("Inactive")
        values = [
            m.nik or "—",
            gender,
            m.village or "—",
            m.address or "—",
            m.phone or "—",
            date_short(m.joined) if m.joined else "—",
            status,
        ]
        for label, text in zip(self.detail_values, values, strict=True):
            label.setText(text)
        o = self.overview
        if o is None:
            return
        self.settled_card.value.setText(rupiah(o.settled))
        self.settled_card.note.setText(self.tr("%n sale(s)", "", len(o.sale_parts)))
        self.paid_card.value.setText(rupiah(o.paid))
        self.paid_card.note.setText(
            self.tr("%n slip(s)", "", len(o.payouts))
            + (
                " · " + self.tr("deductions %1").replace("%1", rupiah(o.deducted))
                if o.deducted
                else ""
            )
        )
        self.unpaid_card.value.setText(rupiah(o.unpaid))
        self.unpaid_card.note.setText(
            self.tr("owed to the member") if o.unpaid else self.tr("nothing owed")
        )
        self.open_card.value.setText(kg(o.open_grams))
        self.open_card.note.setText(self.tr("%n open delivery(ies)", "", o.open_count))

        words = self._words()
        made = self._rows
        rows = made[2] if made and made[0] is o and made[1] == words else None
        if rows is None:  # the language changed since the worker made them
            rows = overview_rows(o, words)
        self._rows = (o, words, rows)
        _fill(
            self.deliveries_table,
            rows.deliveries,
            right={3, 4, 6},
            muted={i for i, d in enumerate(o.deliveries) if d.status == "void"},
        )
        _fill(self.parts_table, rows.parts, right={3, 4, 5}, bold=5)
        _fill(self.payouts_table, rows.payouts, right={3, 4, 5}, bold=5)
        for table in (self.deliveries_table, self.parts_table, self.payouts_table):
            table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    # -- actions ----------------------------------------------------------------------------

    def period(self) -> tuple[datetime.date, datetime.date]:
        return pydate(self.start_edit.date()), pydate(self.end_edit.date())

    def _validate_period(self) -> bool:
        start, end = self.period()
        ok = start <= end
        self.period_error.setText("" if ok else self.tr("The period ends before it starts."))
        self.period_error.setVisible(not ok)
        self.statement_button.setEnabled(ok and self.overview is not None)
        return ok

    def print_statement(self) -> None:
        if not self._validate_period():
            return
        start, end = self.period()
        number = self.member.number
        title = self.tr("Member statement %1, %2 to %3")
        title = (
            title.replace("%1", number)
            .replace("%2", date_long(start, self._lang()))
            .replace("%3", date_long(end, self._lang()))
        )
        file_name = f"rekening-{number}-{start:%Y%m%d}-{end:%Y%m%d}.pdf"
        print_document(
            self.runner,
            lambda book: render_statement(statement_data(book, number, start, end)),
            title,
            file_name,
            self,
            busy=self.tr("Preparing the statement…"),
        )

    @staticmethod
    def _lang() -> str:
        from koperasi.gui import i18n

        return i18n.current_language()

    def leave(self):
        """Keluar dari koperasi: the dialog states the amounts and asks once more; after
        it, the exit statement and receipt are printed."""
        from koperasi.gui.dialogs.leave import LeaveDialog

        dialog = LeaveDialog(self.runner, self.member.number, parent=self)
        dialog.saved.connect(lambda _row: self._left())
        dialog.open()
        return dialog

    def _left(self) -> None:
        from koperasi.pdf.exit_statement import render_exit
        from koperasi.reports.exit_statement import exit_data

        number = self.member.number
        self.reload()
        print_document(
            self.runner,
            lambda book: (render_exit(exit_data(book, number)), "a5"),
            self.tr("Exit statement %1").replace("%1", number),
            f"keluar-{number}.pdf",
            self,
            busy=self.tr("Preparing the exit statement…"),
        )

    def edit_member(self):
        from koperasi.gui.dialogs.member import MemberDialog

        dialog = MemberDialog(self.runner, self.member, parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
