"""Pindah dari pembukuan lama: import the old workbooks kind by kind with a preview of every
row, then post the opening balances once they add up; and Ekspor ke Excel of any list."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koperasi.book.moving_in import IMPORT_KINDS, MovingIn
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.gui import i18n
from koperasi.text import text
from koperasi.text.moving_in import LABELS as MOVING_IN_LABELS
from koperasi.xlsx.export import EXPORT_KINDS, export
from koperasi.xlsx.importing import import_file
from koperasi.xlsx.template import write_template

# The steps of moving in, in the order a treasurer brings the old books over; the last one
# posts the opening balances.
STEPS = ("members", "savings", "loans", "shares", "shu", "deliveries", "balances", "opening")


class MovingInWizard(QDialog):
    """A guided flow, step by step (members, savings, loans, unpaid shares, SHU owed,
    unsold deliveries, the balance sheet, then the opening): each step chooses a file,
    previews and imports it; the list of steps shows what each has brought in, and the
    differences still left before the opening can be posted are always in view."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Move in from the old books"))
        self.resize(1000, 640)
        self.kind = QComboBox()
        for kind in IMPORT_KINDS:
            self.kind.addItem(self._kind_name(kind), kind)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Excel (.xlsx) or CSV file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        template = QPushButton(self.tr("Save template…"))
        template.clicked.connect(self.save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        file_row.addWidget(template)
        self.only_good = QCheckBox(self.tr("Import only the good rows"))
        self.start = QDateEdit()
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setCalendarPopup(True)
        today = runner.today or datetime.date(2026, 1, 1)
        self.start.setDate(datetime.date(today.year, today.month, 1))
        form = QFormLayout()
        form.addRow(self.tr("What to import"), self.kind)
        form.addRow(self.tr("File"), file_row)
        form.addRow("", self.only_good)
        form.addRow(self.tr("Start date (opening balances)"), self.start)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Outcome"), self.tr("Column"), self.tr("Reason")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.opening_button = QPushButton(self.tr("Post &opening balances"))
        self.preview_button.clicked.connect(lambda: self.run_import(preview=True))
        self.import_button.clicked.connect(lambda: self.run_import(preview=False))
        self.opening_button.clicked.connect(self.post_opening)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.preview_button, self.import_button, self.opening_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.steps = QListWidget()
        for step in STEPS:
            item = QListWidgetItem(self._step_name(step))
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.steps.addItem(item)
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.step_help = QLabel()
        self.step_help.setWordWrap(True)
        self.remaining = QLabel()
        self.remaining.setWordWrap(True)
        self.remaining.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.step_help)
        column.addLayout(form)
        column.addWidget(self.table, 1)
        column.addWidget(self.summary)
        column.addWidget(self.remaining)
        split = QSplitter()
        split.addWidget(self.steps)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([310, 690])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.report = None
        self.progress = None
        self.start.dateChanged.connect(lambda _: self.refresh_progress())
        self.steps.setCurrentRow(0)
        self.refresh_progress()

    # -- the steps ---------------------------------------------------------------------

    def _step_name(self, step: str) -> str:
        if step == "opening":
            return self.tr("Post the opening balances")
        return self._kind_name(step)

    def _step_hint(self, step: str) -> str:
        return {
            "members": self.tr("The member list: number, name, NIK, village, date joined."),
            "savings": self.tr(
                "Each member's simpanan pokok, wajib and sukarela, and the wajib arrears up to "
                "last month."
            ),
            "loans": self.tr("Loans and kasbon still owed: remaining principal and terms."),
            "shares": self.tr(
                "Sales made in the old books, each member's share and the date it was paid "
                "(empty when not yet paid)."
            ),
            "shu": self.tr("SHU of past years not yet paid to members."),
            "deliveries": self.tr("Deliveries weighed but not yet sold (if any)."),
            "balances": self.tr("The account balances of the last balance sheet (neraca)."),
            "opening": self.tr(
                "When no difference is left, post the opening balances on the start date."
            ),
        }[step]

    def current_step(self) -> str:
        item = self.steps.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else STEPS[0]

    def _step_chosen(self, row: int) -> None:
        step = STEPS[max(0, row)]
        self.step_help.setText(f"<b>{self._step_name(step)}</b><br>{self._step_hint(step)}")
        importing = step != "opening"
        if importing and self.kind.currentData() != step:
            self.kind.setCurrentIndex(self.kind.findData(step))
        for widget in (self.kind, self.path, self.only_good, self.preview_button,
                       self.import_button):  # fmt: skip
            widget.setEnabled(importing)
        self.opening_button.setDefault(not importing)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(STEPS) - 1)

    def _kind_chosen(self, index: int) -> None:
        kind = self.kind.itemData(index)
        if kind in STEPS and self.current_step() != kind:
            self.steps.setCurrentRow(STEPS.index(kind))

    def go(self, offset: int) -> None:
        row = min(len(STEPS) - 1, max(0, self.steps.currentRow() + offset))
        self.steps.setCurrentRow(row)
        self.path.clear()
        self.table.setRowCount(0)
        self.summary.clear()
        self.report = None

    def refresh_progress(self) -> None:
        start = self.start.date().toPython()
        self.runner.book_op(
            lambda book: MovingIn(book).progress(start), self.show_progress, lambda _: None
        )

    def show_progress(self, progress) -> None:
        self.progress = progress
        lang = i18n.current_language()
        for row, step in enumerate(STEPS):
            done = (
                progress.posted is not None
                if step == "opening"
                else progress.counts.get(step, 0) > 0
            )
            count = "" if step == "opening" else f" ({progress.counts.get(step, 0)})"
            mark = "✓" if done else "·"
            self.steps.item(row).setText(f"{mark} {row + 1}. {self._step_name(step)}{count}")
        if progress.posted is not None:
            self.remaining.setText(
                text(MOVING_IN_LABELS, "opening_posted", lang, number=progress.posted[1])
            )
        elif progress.differences:
            self.remaining.setText(
                "\n".join(
                    [
                        self.tr("Differences left before the opening:"),
                        *self._difference_lines(progress.differences),
                    ]
                )
            )
        else:
            self.remaining.setText(
                text(
                    MOVING_IN_LABELS,
                    "opening_ok",
                    lang,
                    date=fmt.date_short(self.start.date().toPython()),
                )
            )

    def _difference_lines(self, differences) -> list[str]:
        lang = i18n.current_language()
        return [
            f"{text(MOVING_IN_LABELS, d.what, lang, **d.params)}: "
            f"{fmt.rupiah(d.details)} − {fmt.rupiah(d.account)} = {fmt.rupiah(d.difference)}"
            for d in differences
        ]

    def _kind_name(self, kind: str) -> str:
        return {
            "members": self.tr("Members"),
            "savings": self.tr("Opening savings"),
            "loans": self.tr("Outstanding loans and kasbon"),
            "balances": self.tr("Account balances (neraca)"),
            "shares": self.tr("Old sales and members' shares"),
            "shu": self.tr("SHU of past years not yet paid"),
            "deliveries": self.tr("Deliveries not yet sold"),
        }[kind]

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), "", self.tr("Excel or CSV (*.xlsx *.csv)")
        )
        if name:
            self.path.setText(name)

    def save_template(self) -> None:
        kind = self.kind.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save template"), f"templat-{kind}.xlsx", "Excel (*.xlsx)"
        )
        if name:
            write_template(kind, name)
            self.summary.setText(
                text(MOVING_IN_LABELS, "template_written", i18n.current_language(), path=name)
            )

    def run_import(self, preview: bool) -> None:
        kind, path = self.kind.currentData(), Path(self.path.text().strip())
        only_good = self.only_good.isChecked()
        self.runner.book_op(
            lambda book: import_file(book, kind, path, preview=preview, only_good=only_good),
            self.show_report,
            self.show_error,
            busy=self.tr("Reading the file…"),
            parent=self,
        )

    def show_report(self, report) -> None:
        self.report = report
        outcomes = {
            "new": self.tr("new"),
            "updated": self.tr("updated"),
            "unchanged": self.tr("unchanged"),
            "refused": self.tr("refused"),
        }
        reasons = {r.row: r for r in report.refused}
        self.table.setRowCount(len(report.outcomes))
        for i, outcome in enumerate(report.outcomes):
            refusal = reasons.get(outcome.row)
            values = [
                str(outcome.row),
                outcomes[outcome.outcome],
                refusal.column if refusal else outcome.label,
                refusal.reason(i18n.current_language()) if refusal else "",
            ]
            for column, value in enumerate(values):
                self.table.setItem(i, column, QTableWidgetItem(value))
        summary = text(
            MOVING_IN_LABELS,
            "summary",
            i18n.current_language(),
            new=report.count("new"),
            updated=report.count("updated"),
            unchanged=report.count("unchanged"),
            refused=len(report.refused),
        )
        done = "written" if report.written else "not_written"
        self.summary.setText(f"{summary} {text(MOVING_IN_LABELS, done, i18n.current_language())}")
        if report.written:
            self.refresh_progress()

    def show_error(self, error: BaseException) -> None:
        message = (
            error.message(i18n.current_language())
            if isinstance(error, KoperasiError)
            else str(error)
        )
        self.summary.setText(message)

    def post_opening(self) -> None:
        start = self.start.date().toPython()

        def post(book):
            moving = MovingIn(book)
            differences = moving.differences(start)
            if differences:
                return differences
            return moving.post_opening(start)

        self.runner.book_op(post, self.show_opening, self.show_error, parent=self)

    def show_opening(self, result) -> None:
        self.refresh_progress()
        if isinstance(result, str):
            self.summary.setText(
                text(MOVING_IN_LABELS, "opening_posted", i18n.current_language(), number=result)
            )
            return
        lines = self._difference_lines(result)
        self.summary.setText(
            "\n".join(
                [KoperasiError("opening.not_balanced").message(i18n.current_language()), *lines]
            )
        )


class ExportDialog(QDialog):
    """Ekspor ke Excel: any list or report of the book, for a period, to an .xlsx file."""

    def __init__(self, runner, parent: QWidget | None = None, kind: str = "members") -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Export to Excel"))
        self.kind = QComboBox()
        names = {
            "members": self.tr("Members"),
            "deliveries": self.tr("Deliveries"),
            "sales": self.tr("Sales with members' shares"),
            "payouts": self.tr("Payouts"),
            "savings": self.tr("Savings"),
            "loans": self.tr("Loans and kasbon"),
            "loan-schedules": self.tr("Loan schedules"),
            "cashbook": self.tr("Cash book"),
            "trial-balance": self.tr("Trial balance"),
            "ledger": self.tr("Ledger"),
            "shu": self.tr("SHU list"),
            "rat": self.tr("RAT statements (neraca, operations, cash flow, equity)"),
        }
        for key in EXPORT_KINDS:
            self.kind.addItem(names[key], key)
        self.kind.setCurrentIndex(max(0, EXPORT_KINDS.index(kind)))
        today = runner.today or datetime.date(2026, 1, 1)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, day in ((self.start, datetime.date(today.year, 1, 1)), (self.end, today)):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setDate(day)
        self.path = QLineEdit()
        self.message = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("File"), self.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.run_export)
        form.addRow(self.message)
        form.addRow(buttons)

    def run_export(self) -> None:
        path = self.path.text().strip()
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to Excel"),
                f"{self.kind.currentData()}.xlsx",
                "Excel (*.xlsx)",
            )
            if not path:
                return
            self.path.setText(path)
        kind, start, end = (
            self.kind.currentData(),
            self.start.date().toPython(),
            self.end.date().toPython(),
        )
        self.runner.book_op(
            lambda book: export(book, kind, path, start, end),
            lambda rows: self.message.setText(
                text(
                    MOVING_IN_LABELS,
                    "export_written",
                    i18n.current_language(),
                    rows=rows,
                    path=path,
                )
            ),
            lambda error: self.message.setText(
                error.message(i18n.current_language())
                if isinstance(error, KoperasiError)
                else str(error)
            ),
            busy=self.tr("Writing the workbook…"),
            parent=self,
        )
