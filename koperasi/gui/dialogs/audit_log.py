"""Catatan audit: every write the book sealed (who, when, which operation, how many rows),
filtered by day range, user and operation; Periksa runs the book's checks and the audit
chain's verification and shows what they found. Open to every role (reading only)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import audit
from koperasi.core.fmt import group
from koperasi.gui import i18n
from koperasi.gui.kit.dates import pydate, qdate
from koperasi.gui.kit.messages import error_text
from koperasi.gui.kit.widgets import date_edit, error_label, fill_table, show_message, table_widget
from koperasi.gui.worker import BookRunner
from koperasi.text import text
from koperasi.text.audit_words import AREAS, OPERATIONS, TABLES
from koperasi.text.checks import CHECK_NAMES

SHOWN = 2000  # records listed at most (newest first); the filters find older ones


def when(at: str) -> str:
    """'2026-11-27T14:05:09' as 27/11/2026 14:05:09."""
    day, _, clock = at.partition("T")
    try:
        parsed = datetime.date.fromisoformat(day)
    except ValueError:
        return at
    return f"{parsed.day:02d}/{parsed.month:02d}/{parsed.year:04d} {clock[:8]}"


class AuditLogDialog(QDialog):
    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditLogDialog")
        self.runner = runner
        self.records: list[audit.AuditRecord] = []
        self.findings: list = []
        self.days_check = QCheckBox()
        self.since_edit = date_edit()
        self.until_edit = date_edit()
        today = runner.today or datetime.date(2000, 1, 1)
        self.since_edit.setDate(qdate(today - datetime.timedelta(days=30)))
        self.until_edit.setDate(qdate(today))
        self.days_check.toggled.connect(self._days_toggled)
        self._days_toggled(False)
        self.user_label = QLabel()
        self.user_combo = QComboBox()
        self.user_combo.setMinimumWidth(150)
        self.operation_label = QLabel()
        self.operation_combo = QComboBox()
        self.operation_combo.setObjectName("auditOperation")
        self.operation_combo.setMinimumWidth(170)
        self.operation_combo.addItem("", None)
        lang = i18n.current_language()
        for prefix in sorted(AREAS, key=lambda key: text(AREAS, key, lang)):
            self.operation_combo.addItem(text(AREAS, prefix, lang), prefix)
        self.operation_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.show_button = QPushButton()
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.load)
        self.count_label = QLabel()
        self.head_label = QLabel()
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = table_widget(6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.check_button = QPushButton()
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.run_check)
        self.check_summary = QLabel()
        self.check_summary.setWordWrap(True)
        self.check_output = QPlainTextEdit()
        self.check_output.setReadOnly(True)
        self.check_output.setMaximumHeight(160)
        self.check_output.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        for widget in (self.days_check, self.since_edit, self.until_edit):
            filters.addWidget(widget)
        filters.addSpacing(12)
        filters.addWidget(self.user_label)
        filters.addWidget(self.user_combo)
        filters.addSpacing(12)
        filters.addWidget(self.operation_label)
        filters.addWidget(self.operation_combo)
        filters.addStretch(1)
        filters.addWidget(self.show_button)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.head_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addLayout(check_row)
        layout.addWidget(self.check_output)
        layout.addWidget(self.buttons)
        self.resize(980, 640)
        self.retranslate()
        self._load_users()
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.days_check.setText(self.tr("&Days"))
        self.user_label.setText(self.tr("&User"))
        self.user_label.setBuddy(self.user_combo)
        self.operation_label.setText(self.tr("&Operation"))
        self.operation_label.setBuddy(self.operation_combo)
        self.operation_combo.setItemText(0, self.tr("All"))
        self.show_button.setText(self.tr("&Show"))
        self.check_button.setText(self.tr("&Check"))
        if self.user_combo.count():
            self.user_combo.setItemText(0, self.tr("Everyone"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("User"),
                self.tr("Operation"),
                self.tr("Code"),
                self.tr("Rows written"),
            ]
        )

    def _days_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)

    # -- the list ---------------------------------------------------------------------

    def _load_users(self) -> None:
        def shown(users: list[str]) -> None:
            self.user_combo.clear()
            self.user_combo.addItem(self.tr("Everyone"), None)
            for user in users:
                self.user_combo.addItem(user, user)
            self.user_combo.currentIndexChanged.connect(lambda _i: self.load())

        self.runner.book_op(audit.users, shown, self._failed)

    def filters(self) -> dict:
        since = until = None
        if self.days_check.isChecked():
            since = pydate(self.since_edit.date()).isoformat()
            until = pydate(self.until_edit.date()).isoformat()
        return {
            "user": self.user_combo.currentData() if self.user_combo.count() else None,
            "operation": self.operation_combo.currentData(),
            "since": since,
            "until": until,
        }

    def load(self) -> None:
        chosen = self.filters()

        def read(book):
            return audit.records(book, limit=SHOWN, **chosen), audit.head(book)

        show_message(self.error, "")
        self.runner.book_op(read, self._listed, self._failed)

    def _listed(self, result) -> None:
        self.records, head = result
        lang = i18n.current_language()

        def words(table: dict, key: str) -> str:
            return text(table, key, lang) if key in table else key

        rows = [
            [
                str(r.seq),
                when(r.at),
                r.user,
                words(OPERATIONS, r.operation),
                r.code,
                ", ".join(f"{words(TABLES, t)} {group(n)}" for t, n in sorted(r.rows.items()) if n),
            ]
            for r in self.records
        ]
        fill_table(self.table, rows, right={0})
        for row, record in enumerate(self.records):  # the operation's code, for a helper
            self.table.item(row, 3).setToolTip(record.operation)
            self.table.item(row, 5).setToolTip(self.table.item(row, 5).text())
        # the rows written can be long (a demo build): they take the width that is left
        self.table.setColumnWidth(5, 200)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label.setText(
            self.tr("%n record(s) shown (newest first, at most %1).", "", len(rows)).replace(
                "%1", group(SHOWN)
            )
        )
        self.head_label.setText(
            self.tr("Audit chain head: code %1 (record %2). Reports print this code.")
            .replace("%1", head.code)
            .replace("%2", str(head.seq))
            if head
            else self.tr("The audit log is empty.")
        )

    # -- Periksa ----------------------------------------------------------------------

    def run_check(self) -> None:
        from koperasi.book.integrity import all_findings

        self.check_button.setEnabled(False)
        self.check_summary.setText(self.tr("Checking…"))
        self.runner.book_op(
            lambda book: all_findings(book), self._checked, self._failed,
            busy=self.tr("Checking the book…"), parent=self,
        )  # fmt: skip

    def _checked(self, findings: list) -> None:
        self.check_button.setEnabled(True)
        self.findings = findings
        lang = i18n.current_language()
        problems = [f for f in findings if not f.ok]
        if problems:
            self.check_summary.setText(self.tr("%n problem(s) found.", "", len(problems)))
            self.check_summary.setStyleSheet("color: #b00020; font-weight: 600;")
        else:
            self.check_summary.setText(
                self.tr("All %1 checks hold; the audit chain is intact.").replace(
                    "%1", str(len(findings))
                )
            )
            self.check_summary.setStyleSheet("color: #1f4d3a; font-weight: 600;")
        lines = []
        for f in problems or findings:
            name = text(CHECK_NAMES, f.check, lang) if f.check in CHECK_NAMES else f.check
            mark = self.tr("OK") if f.ok else self.tr("PROBLEM")
            lines.append(f"{mark}  {name}" + (f": {f.detail}" if f.detail else ""))
        self.check_output.setPlainText("\n".join(lines))
        self.check_output.show()

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        show_message(self.error, error_text(exc))
