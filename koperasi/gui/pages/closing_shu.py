"""Tutup buku & SHU: close the book up to a month or year end, then the year-end surplus:
the statutes' percentages, a preview of every part and every member's share before it is
posted, posting, paying members in cash or crediting their voluntary savings, and the RAT
report of the year."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_long, date_short, group, percent, percent_input, rupiah
from koperasi.core.shu import SHU_PARTS
from koperasi.core.units import BP_PER_UNIT
from koperasi.gui import i18n
from koperasi.gui.kit.dates import pydate, qdate
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.messages import confirm, show_error
from koperasi.gui.kit.style import ERROR_STYLE, HINT_STYLE, OK_STYLE
from koperasi.gui.kit.widgets import (
    date_edit,
    find_member_row,
    hint_label,
    parse_percent_text,
    table_view,
    toggle_current,
)
from koperasi.gui.models.shu_table_model import COL_NAME, ShuTableModel
from koperasi.gui.pages.base import Page
from koperasi.gui.pages.year_end_box import YearEndBox
from koperasi.gui.preview import PdfPreview
from koperasi.gui.printing import print_document
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens.closing_shu import ClosingShuData, closing_shu_data

GROUP_STYLE = """
QGroupBox { border: 1px solid #d5dfd9; border-radius: 6px; margin-top: 14px; padding-top: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f4d3a;
  font-weight: 600; }
"""


def last_month_end(day: datetime.date) -> datetime.date:
    return day.replace(day=1) - datetime.timedelta(days=1)


class ClosingShuPage(Page):
    AREAS = frozenset({"closing", "shu", "journal", "cash", "sales", "payouts", "savings", "loans"})

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.data: ClosingShuData | None = None
        self.last_preview = None
        self.last_paid: list = []
        self._generation = 0
        self._wanted_year: int | None = None
        self._book_path = None
        self.setStyleSheet(GROUP_STYLE)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")

        # -- closing --
        self.closing_box = QGroupBox()
        self.closed_label = QLabel()
        self.closed_label.setTextFormat(Qt.TextFormat.RichText)
        self.closed_label.setWordWrap(True)
        self.until_label = QLabel()
        self.until_edit = date_edit()
        self.until_label.setBuddy(self.until_edit)
        self.month_end_button = QPushButton()
        self.year_end_button = QPushButton()
        self.note_edit = QLineEdit()
        self.close_button = QPushButton()
        self.closing_hint = hint_label()
        closing = QVBoxLayout(self.closing_box)
        closing.setSpacing(4)
        closing.addWidget(self.closed_label)
        row = QHBoxLayout()
        row.addWidget(self.until_label)
        row.addWidget(self.until_edit)
        row.addWidget(self.month_end_button)
        row.addWidget(self.year_end_button)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.close_button)
        closing.addLayout(row)
        closing.addWidget(self.closing_hint)

        # -- the year end: close the year, the RAT's decision (issue 14) --
        self.year_end_box = YearEndBox(runner, self.refresh, self)

        # -- SHU --
        self.shu_box = QGroupBox()
        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(90)
        self.year_label.setBuddy(self.year_combo)
        self.shu_status = QLabel()
        self.shu_status.setTextFormat(Qt.TextFormat.RichText)
        self.shu_status.setWordWrap(True)
        self.rat_button = QPushButton()
        self.figure_labels = {key: QLabel() for key in ("income", "expenses", "surplus")}
        self.figure_values = {key: QLabel() for key in ("income", "expenses", "surplus")}
        self.split_title = QLabel()
        self.split_title.setStyleSheet("font-weight: 600; color: #1f4d3a;")
        self.part_labels = {part: QLabel() for part in SHU_PARTS}
        self.part_edits = {part: QLineEdit() for part in SHU_PARTS}
        self.part_amounts = {part: QLabel() for part in SHU_PARTS}
        self.total_label = QLabel()
        self.total_percent = QLabel()
        self.total_amount = QLabel()
        self.split_error = QLabel()
        self.split_error.setWordWrap(True)
        self.save_split_button = QPushButton()
        self.reset_split_button = QPushButton()
        self.post_button = QPushButton()
        self.post_hint = hint_label()

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        figures = QGridLayout()
        figures.setVerticalSpacing(4)
        for row_index, key in enumerate(("income", "expenses", "surplus")):
            self.figure_values[key].setAlignment(right)
            figures.addWidget(self.figure_labels[key], row_index, 0)
            figures.addWidget(self.figure_values[key], row_index, 1)
        self.figure_values["surplus"].setStyleSheet(
            "font-size: 17px; font-weight: 700; color: #1f4d3a;"
        )
        self.figure_labels["surplus"].setStyleSheet("font-weight: 700;")
        figures.setColumnStretch(1, 1)
        summary = QVBoxLayout()
        summary.addLayout(figures)
        summary.addSpacing(6)
        summary.addWidget(self.post_hint)
        summary.addStretch(1)
        summary.addWidget(self.post_button)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.split_title, 0, 0, 1, 4)
        for row_index, part in enumerate(SHU_PARTS, start=1):
            edit = self.part_edits[part]
            edit.setMaximumWidth(60)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.part_labels[part].setBuddy(edit)
            self.part_amounts[part].setAlignment(right)
            self.part_amounts[part].setMinimumWidth(120)
            grid.addWidget(self.part_labels[part], row_index, 0)
            grid.addWidget(edit, row_index, 1)
            grid.addWidget(QLabel("%"), row_index, 2)
            grid.addWidget(self.part_amounts[part], row_index, 3)
            edit.textChanged.connect(lambda _text: self._check_split())
        last = len(SHU_PARTS) + 1
        for widget in (self.total_label, self.total_percent, self.total_amount):
            widget.setStyleSheet("font-weight: 700;")
        self.total_percent.setAlignment(right)
        self.total_amount.setAlignment(right)
        grid.addWidget(self.total_label, last, 0)
        grid.addWidget(self.total_percent, last, 1)
        grid.addWidget(self.total_amount, last, 3)
        split_buttons = QHBoxLayout()
        split_buttons.addWidget(self.split_error, 3)
        split_buttons.addStretch(1)
        split_buttons.addWidget(self.save_split_button)
        split_buttons.addWidget(self.reset_split_button)
        # The statutes' split and its posting: for a year not closed with its RAT decision.
        self.split_widget = QWidget()
        split = QVBoxLayout(self.split_widget)
        split.setContentsMargins(0, 0, 0, 0)
        split.addLayout(grid)
        split.addLayout(split_buttons)

        self.model = ShuTableModel(self)
        self.table = table_view(self.model, stretch=COL_NAME)
        self.find_edit = QLineEdit()
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(180)
        self.find_edit.setMaximumWidth(320)
        self.all_button = QPushButton()
        self.none_button = QPushButton()
        self.selected_label = QLabel()
        self.selected_label.setTextFormat(Qt.TextFormat.RichText)
        self.pay_date_label = QLabel()
        self.pay_date_edit = date_edit()
        self.pay_date_label.setBuddy(self.pay_date_edit)
        self.pay_cash_button = QPushButton()
        self.pay_savings_button = QPushButton()
        # Issue 14 (i14shu): SHU paid by bank transfer, with an optional reference.
        self.pay_transfer_button = QPushButton()
        self.reference_edit = QLineEdit()
        self.reference_edit.setMinimumWidth(110)
        checks = QHBoxLayout()
        checks.addWidget(self.find_edit, 1)
        checks.addWidget(self.all_button)
        checks.addWidget(self.none_button)
        checks.addStretch(1)
        pay = QHBoxLayout()
        pay.addWidget(self.selected_label, 1)
        pay.addWidget(self.pay_date_label)
        pay.addWidget(self.pay_date_edit)
        pay.addWidget(self.pay_cash_button)
        pay.addWidget(self.pay_savings_button)
        # The transfer's reference sits beside its button, right of the selection buttons.
        checks.addWidget(self.reference_edit)
        checks.addWidget(self.pay_transfer_button)

        shu = QVBoxLayout(self.shu_box)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(10)
        top.addWidget(self.shu_status, 1)
        top.addWidget(self.rat_button)
        shu.addLayout(top)
        middle = QHBoxLayout()
        middle.addLayout(summary, 2)
        middle.addSpacing(24)
        middle.addWidget(self.split_widget, 3)
        shu.addLayout(middle)
        shu.addWidget(self.table, 1)
        shu.addLayout(checks)
        shu.addLayout(pay)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.closing_box)
        layout.addWidget(self.year_end_box)
        layout.addWidget(self.shu_box, 1)

        self.month_end_button.clicked.connect(self._month_end)
        self.year_end_button.clicked.connect(self._year_end)
        self.close_button.clicked.connect(self.close_period)
        self.year_combo.activated.connect(lambda _: self._year_chosen())
        self.save_split_button.clicked.connect(self.save_split)
        self.reset_split_button.clicked.connect(self._reset_split)
        self.post_button.clicked.connect(self.post)
        self.rat_button.clicked.connect(self.print_rat)
        self.find_edit.textChanged.connect(self.find_member)
        self.find_edit.returnPressed.connect(self.toggle_current)
        self.all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.model.checked_changed.connect(self._update_payment)
        self.pay_cash_button.clicked.connect(lambda: self.pay("cash"))
        self.pay_savings_button.clicked.connect(lambda: self.pay("sukarela"))
        self.pay_transfer_button.clicked.connect(lambda: self.pay("transfer"))
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Closing & SHU")

    def part_name(self, part: str) -> str:
        return {
            "reserve": self.tr("Reserve (cadangan)"),
            "jasa_usaha": self.tr("Members, for their transactions (jasa usaha)"),
            "jasa_modal": self.tr("Members, for their capital (jasa modal)"),
            "board": self.tr("Board fund"),
            "staff": self.tr("Staff fund"),
            "education": self.tr("Education fund"),
            "social": self.tr("Social fund"),
        }[part]

    def retranslate(self) -> None:
        self.heading.setText(
            "<h2>" + self.tr("Closing the books & the annual surplus (SHU)") + "</h2>"
        )
        self.closing_box.setTitle(self.tr("Period closing (tutup buku)"))
        self.until_label.setText(self.tr("Close &up to"))
        self.month_end_button.setText(self.tr("End of last &month"))
        self.year_end_button.setText(self.tr("End of last &year"))
        self.note_edit.setPlaceholderText(self.tr("Note, e.g. checked by the supervisor"))
        self.close_button.setText(self.tr("&Close the book…"))
        self.closing_hint.setText(
            self.tr(
                "Once closed, nothing dated on or before that day can be posted, changed or "
                "voided, and the closing cannot be undone."
            )
        )
        self.shu_box.setTitle(self.tr("Annual surplus (SHU)"))
        self.year_label.setText(self.tr("&Year"))
        self.rat_button.setText(self.tr("RAT &report…"))
        self.split_title.setText(self.tr("Split by the statutes (AD/ART)"))
        self.figure_labels["income"].setText(self.tr("Income of the year"))
        self.figure_labels["expenses"].setText(self.tr("Expenses of the year"))
        self.figure_labels["surplus"].setText(self.tr("Surplus (SHU)"))
        for part in SHU_PARTS:
            self.part_labels[part].setText(self.part_name(part))
        self.total_label.setText(self.tr("Total"))
        self.save_split_button.setText(self.tr("&Save percentages"))
        self.reset_split_button.setText(self.tr("U&ndo changes"))
        self.find_edit.setPlaceholderText(self.tr("Find a member; Enter ticks"))
        self.all_button.setText(self.tr("Select &all unpaid"))
        self.none_button.setText(self.tr("Select n&one"))
        self.pay_date_label.setText(self.tr("Pay &on"))
        self.pay_cash_button.setText(self.tr("Pay in &cash…"))
        self.pay_savings_button.setText(self.tr("Credit to &sukarela…"))
        self.pay_transfer_button.setText(self.tr("Pay by &bank transfer…"))
        self.reference_edit.setPlaceholderText(self.tr("Transfer reference"))
        self.reference_edit.setToolTip(
            self.tr(
                "Optional: the member's bank account or the transfer note, kept with the payment."
            )
        )
        self.model.retranslate()
        self.year_end_box.retranslate()
        fit_labels(self)
        self._show()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        # Computing a year's SHU reads the whole year: only for the screen on show.
        if self.runner.book_path is None or not self.isVisible():
            return
        if self._book_path != self.runner.book_path:
            self._book_path = self.runner.book_path
            self.data = None  # another book: its own last year
        self._generation += 1
        generation = self._generation
        year = (
            self._wanted_year
            if self._wanted_year is not None
            else (self.data.year if self.data else None)
        )
        lang = i18n.current_language()

        def loaded(data: ClosingShuData) -> None:
            if generation != self._generation:
                return
            # A new book, or a new day: the dates start again from today.
            first = self.data is None or self.data.today != data.today
            self.data = data
            self._wanted_year = None
            if first:
                self.until_edit.setDate(qdate(last_month_end(data.today)))
                self.pay_date_edit.setDate(qdate(data.today))
            self._fill_split(data)
            self._show()

        self.runner.book_op(
            lambda book: closing_shu_data(book, year, lang),
            loaded,
            lambda exc: show_error(self, exc),
            busy=self.tr("Computing the SHU…"),
            parent=self,
        )

    def show_year(self, year: int) -> None:
        self._wanted_year = year
        self.refresh()

    def _year_chosen(self) -> None:
        year = self.year_combo.currentData()
        if year is not None and (self.data is None or year != self.data.year):
            self.show_year(year)

    # -- showing ---------------------------------------------------------------------------

    def _show(self) -> None:
        d = self.data
        if d is None:
            return
        lang = i18n.current_language()
        if d.closed_until is None:
            self.closed_label.setText(self.tr("Nothing is closed yet: every date is open."))
        else:
            text = self.tr("The book is <b>closed up to %1</b>.").replace(
                "%1", date_long(d.closed_until, lang)
            )
            if d.last_closing is not None and d.last_closing.note:
                text += " " + self.tr("Last closing: %1.").replace("%1", d.last_closing.note)
            self.closed_label.setText(text)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in d.years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(d.year))
        self.year_combo.blockSignals(False)

        r = d.report
        over = d.year < d.today.year
        if r.posted:
            status = self.tr(
                "<b>Posted</b> with entries %1 and %2; the book is closed up to 31/12/%3."
            )
            status = (
                status.replace("%1", r.close_entry_number)
                .replace("%2", r.entry_number)
                .replace("%3", str(d.year))
            )
        elif not over:
            status = self.tr("The year is not over: these figures are a preview so far.")
        elif r.surplus <= 0:
            status = self.tr("No surplus to distribute for this year.")
        else:
            status = self.tr("Not posted yet: check the preview, then post it.")
        self.shu_status.setText(status)
        for key, amount in (
            ("income", r.total_income),
            ("expenses", r.total_expenses),
            ("surplus", r.surplus),
        ):
            self.figure_values[key].setText(rupiah(amount))
        for part in SHU_PARTS:
            amount = r.parts.get(part) if r.parts else None
            self.part_amounts[part].setText(rupiah(amount) if amount is not None else "–")
            self.part_edits[part].setReadOnly(r.posted)
        self.total_amount.setText(rupiah(sum(r.parts.values())) if r.parts else "–")
        self.model.set_rows(r.members, payable=r.posted)
        self._check_split()
        self._update_payment()
        self._show_year_end(d)

    def _show_year_end(self, d: ClosingShuData) -> None:
        """A year closed with close_year is split by the RAT's decision (the year-end box),
        not by the statutes: the split and its posting give way to it."""
        self.year_end_box.set_data(d.year_end)
        by_rat = d.year_end is not None and d.year_end.closing is not None
        self.split_widget.setVisible(not by_rat)
        if by_rat:
            if not d.report.posted:
                self.shu_status.setText(
                    self.tr(
                        "Closed: the split waits for the RAT's decision (above); the list "
                        "below is a preview by the statutes."
                    )
                )
            self.post_button.setVisible(False)
            self.post_hint.setText(
                self.tr("This year is split as the RAT decides (above), then paid below.")
                if not d.report.posted
                else self.tr("Decided by the RAT: %1 to members, of which %2 paid so far.")
                .replace("%1", rupiah(d.report.members_total))
                .replace("%2", rupiah(d.report.paid_total))
            )

    def _fill_split(self, d: ClosingShuData) -> None:
        split = d.report.split_bp if d.report.posted else d.split
        for part in SHU_PARTS:
            edit = self.part_edits[part]
            edit.blockSignals(True)
            edit.setText(percent_input(split.get(part, 0)))
            edit.blockSignals(False)

    def typed_split(self) -> dict[str, int]:
        """The percentages as typed, in basis points; a KoperasiError when one is not a number."""
        return {part: parse_percent_text(self.part_edits[part].text() or "0") for part in SHU_PARTS}

    def _check_split(self) -> bool:
        """Whether the typed split is valid and saved; updates the total and the buttons."""
        d = self.data
        if d is None:
            return False
        posted = d.report.posted
        problem, changed = "", False
        try:
            split = self.typed_split()
            total = sum(split.values())
            self.total_percent.setText(percent(total))
            if total != BP_PER_UNIT:
                problem = self.tr("The percentages add up to %1, not 100 %.").replace(
                    "%1", percent(total)
                )
            changed = not posted and split != d.split
        except KoperasiError as exc:
            problem = exc.message(i18n.current_language())
            self.total_percent.setText("?")
        ok = not problem
        self.total_percent.setStyleSheet(OK_STYLE if ok else ERROR_STYLE + " font-weight: 700;")
        self.split_error.setStyleSheet(ERROR_STYLE if problem else HINT_STYLE)
        self.split_error.setText(
            problem
            or (
                self.tr("Changed: save the percentages to see the SHU they give.")
                if changed
                else ""
            )
        )
        self.split_error.setVisible(bool(self.split_error.text()))
        self.save_split_button.setEnabled(ok and changed)
        self.reset_split_button.setEnabled(changed or bool(problem and not posted))
        self.save_split_button.setVisible(not posted)
        self.reset_split_button.setVisible(not posted)
        r = d.report
        self.post_button.setText(self.tr("&Post the SHU of %1…").replace("%1", str(d.year)))
        over = d.year < d.today.year
        closed = d.closed_until is not None and datetime.date(d.year, 12, 31) <= d.closed_until
        self.post_button.setVisible(not posted)
        self.post_button.setEnabled(not posted and ok and not changed and over and r.surplus > 0)
        if posted:
            self.post_hint.setText(
                self.tr("Posted: %1 to members, of which %2 paid so far.")
                .replace("%1", rupiah(r.members_total))
                .replace("%2", rupiah(r.paid_total))
            )
        elif changed or not ok:
            self.post_hint.setText(self.tr("Save valid percentages before posting."))
        elif not over:
            self.post_hint.setText(self.tr("The SHU of a year is posted once the year is over."))
        elif r.surplus <= 0:
            self.post_hint.setText(self.tr("There is no surplus to post."))
        elif closed:
            self.post_hint.setText(
                self.tr(
                    "The book is closed up to %1, so this year can no longer be posted."
                ).replace("%1", date_short(d.closed_until))
            )
        else:
            self.post_hint.setText(
                self.tr(
                    "Posting closes the year's income and expenses into the SHU, credits each "
                    "part and each member, and closes the book up to 31 December."
                )
            )
        return ok and not changed

    def _reset_split(self) -> None:
        if self.data is not None:
            self._fill_split(self.data)
            self._check_split()

    def _update_payment(self) -> None:
        d = self.data
        payable = d is not None and d.report.posted
        count = len(self.model.checked)
        self.selected_label.setText(
            self.tr("%n member(s) selected: <b>%1</b>", "", count).replace(
                "%1", rupiah(self.model.checked_total())
            )
            if payable
            else ""
        )
        unpaid = bool(self.model.unpaid())
        for widget in (
            self.find_edit,
            self.all_button,
            self.none_button,
            self.pay_date_label,
            self.pay_date_edit,
            self.pay_cash_button,
            self.pay_savings_button,
            self.pay_transfer_button,
            self.reference_edit,
        ):
            widget.setVisible(payable)
        self.all_button.setEnabled(unpaid)
        self.pay_cash_button.setEnabled(count > 0)
        self.pay_savings_button.setEnabled(count > 0)
        self.pay_transfer_button.setEnabled(count > 0)

    def find_member(self, text: str) -> int:
        """Move to the first member whose number or name contains `text`; returns the row."""
        return find_member_row(self.table, self.model.rows, text)

    def toggle_current(self) -> None:
        """Tick or untick the member found (keyboard: type a number, press Enter)."""
        if toggle_current(self.table):
            self.find_edit.selectAll()

    # -- closing ---------------------------------------------------------------------------

    def _month_end(self) -> None:
        if self.data is not None:
            self.until_edit.setDate(qdate(last_month_end(self.data.today)))

    def _year_end(self) -> None:
        if self.data is not None:
            self.until_edit.setDate(qdate(datetime.date(self.data.today.year - 1, 12, 31)))

    def close_period(self) -> None:
        until = pydate(self.until_edit.date())
        note = self.note_edit.text().strip()
        lang = i18n.current_language()
        text = self.tr(
            "Close the book up to %1?\n\nNothing dated on or before %1 can be posted, changed "
            "or voided afterwards. This cannot be undone."
        ).replace("%1", date_long(until, lang))
        if not confirm(self, self.tr("Close the book"), text):
            return

        def done(_closing) -> None:
            self.note_edit.clear()
            self.refresh()

        self.runner.book_op(
            lambda book: book.closing.close(until, note),
            done,
            lambda exc: show_error(self, exc),
        )

    # -- SHU ----------------------------------------------------------------------------------

    def save_split(self) -> None:
        try:
            split = self.typed_split()
        except KoperasiError as exc:
            show_error(self, exc)
            return
        self.runner.book_op(
            lambda book: book.shu.set_split(split),
            lambda _split: self.refresh(),
            lambda exc: show_error(self, exc),
        )

    def post(self) -> None:
        d = self.data
        if d is None or d.report.posted or not self._check_split():
            return
        r, year = d.report, d.year
        parts = (
            "\n".join(
                f"  {self.part_name(part)}: {rupiah(r.parts.get(part, 0))}" for part in SHU_PARTS
            )
            if r.parts
            else ""
        )
        text = (
            self.tr(
                "Post the SHU of %1: surplus %2, of which %3 to %4 members?\n\n%5\n\n"
                "The year's income and expenses are closed into the SHU and the book is closed "
                "up to 31/12/%1. This cannot be undone."
            )
            .replace("%1", str(year))
            .replace("%2", rupiah(r.surplus))
            .replace("%3", rupiah(r.members_total))
            .replace("%4", group(len(r.members)))
            .replace("%5", parts)
        )
        if not confirm(self, self.tr("Post the SHU"), text):
            return

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.refresh()

        self.runner.book_op(
            lambda book: book.shu.post(year),
            lambda _report: self.refresh(),
            failed,
            busy=self.tr("Posting the SHU…"),
            parent=self,
        )

    def pay(self, method: str) -> None:
        d = self.data
        members = self.model.checked_members()
        if d is None or not members:
            return
        year, day = d.year, pydate(self.pay_date_edit.date())
        total = self.model.checked_total()
        reference = self.reference_edit.text().strip() if method == "transfer" else ""
        if method == "cash":
            text = self.tr(
                "Pay %n member(s) their SHU of %1 in cash, %2 in all, on %3?", "", len(members)
            )
        elif method == "transfer":
            text = self.tr(
                "Pay %n member(s) their SHU of %1 by bank transfer, %2 in all, on %3?",
                "",
                len(members),
            )
            if reference:
                text += "\n" + self.tr("Reference: %1").replace("%1", reference)
        else:
            text = self.tr(
                "Credit the SHU of %1 to the voluntary savings of %n member(s), %2 in all, on %3?",
                "",
                len(members),
            )
        text = (
            text.replace("%1", str(year))
            .replace("%2", rupiah(total))
            .replace("%3", date_short(day))
        )
        if not confirm(self, self.tr("Pay SHU"), text):
            return

        def done(rows) -> None:
            self.last_paid = rows
            self.model.set_all_checked(False)
            if method == "transfer":
                self.reference_edit.clear()
            self.refresh()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.refresh()

        self.runner.book_op(
            lambda book: book.shu.pay(year, members, method, day, reference or None),
            done,
            failed,
            busy=self.tr("Paying…"),
            parent=self,
        )

    def print_rat(self) -> None:
        d = self.data
        if d is None:
            return
        year = d.year

        def render(book: Book) -> bytes:
            from koperasi.pdf.rat import render_rat
            from koperasi.reports.rat import rat_report

            return render_rat(rat_report(book, year))

        def shown(window: PdfPreview) -> None:
            self.last_preview = window

        print_document(
            self.runner,
            render,
            self.tr("RAT report %1").replace("%1", str(year)),
            f"laporan-rat-{year}.pdf",
            self,
            busy=self.tr("Preparing the RAT report…"),
            shown=shown,
        )
