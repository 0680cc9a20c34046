"""Dialogs of the Setoran screen: correct a delivery, see its history, print its receipt."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, datetime_short, kg, percent
from koperasi.core.model import Commodity, Delivery, Member
from koperasi.core.units import FULL_QUALITY_BP
from koperasi.gui import i18n
from koperasi.gui.forms.delivery_form import LABEL_STYLE, DeliveryForm, net_text
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.style import ERROR_STYLE
from koperasi.gui.models.delivery_table_model import DeliveryRow, status_text
from koperasi.gui.preview import PdfPreview
from koperasi.gui.printing import print_document
from koperasi.gui.worker import BookRunner


def print_receipt(
    runner: BookRunner,
    receipt: str,
    parent: QWidget | None,
    on_shown: Callable[[PdfPreview], None] | None = None,
) -> None:
    """Render a delivery's receipt on the worker, on the book's receipt paper, and preview it."""

    def render(book: Book) -> tuple[bytes, str]:
        from koperasi.pdf.receipt import render_receipt
        from koperasi.reports.receipt import receipt_data

        paper = book.document_paper("receipt")
        return render_receipt(receipt_data(book, receipt), paper), paper

    title = QCoreApplication.translate("DeliveryDialogs", "Receipt %1").replace("%1", receipt)
    print_document(
        runner,
        render,
        title,
        f"{receipt}.pdf",
        parent,
        busy=QCoreApplication.translate("DeliveryDialogs", "Preparing the receipt…"),
        shown=on_shown,
    )


class CorrectionDialog(QDialog):
    """Correct an open delivery: the form pre-filled with it, and the reason, which is required.

    The book keeps the old values and the reason in the delivery's history.
    """

    def __init__(
        self,
        runner: BookRunner,
        row: DeliveryRow,
        members: Iterable[Member],
        commodities: Iterable[Commodity],
        today: datetime.date,
        parent: QWidget | None = None,
        plots: Iterable | None = None,
        plot_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.row = row
        self.saved: Delivery | None = None
        self.heading = QLabel()
        self.form = DeliveryForm(columns=2, mark_other_days=False)
        # Given the mapped plots, the plot can be corrected too; without them it stays.
        self.plot_choice = plots is not None
        self.form.set_plot_choice(self.plot_choice)
        self.form.set_today(today)
        self.form.set_commodities(commodities)
        self.form.set_members(members)
        if plots is not None:
            self.form.set_plots(plots)
        self.form.prefill(row.delivery, row.member, row.commodity)
        if self.plot_choice:
            self.form.select_plot(plot_id)
        self.original = self.form.check(show_required=True)[0]
        self.net_label = QLabel()
        self.reason_label = QLabel()
        self.reason_label.setStyleSheet(LABEL_STYLE)
        self.reason_edit = QLineEdit()
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_error = QLabel()
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d5ddd8;")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(self.net_label)
        layout.addWidget(line)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.reason_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.form.plot_combo, self.reason_edit)
        self.form.net_changed.connect(self._show_net)
        self.form.submitted.connect(self._form_done)
        self.reason_edit.returnPressed.connect(self.save)
        self.reason_edit.textChanged.connect(lambda _: self.reason_error.hide())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(560)
        self.form.gross_edit.setFocus()
        self.form.gross_edit.selectAll()

    def retranslate(self) -> None:
        receipt = self.row.receipt
        self.setWindowTitle(self.tr("Correct delivery %1").replace("%1", receipt))
        self.heading.setText(
            "<b>{}</b><br><span style='color:#5b6b63'>{}</span>".format(
                self.tr("Correct delivery %1").replace("%1", receipt),
                self.tr("The old values and the reason are kept in its history."),
            )
        )
        self.reason_label.setText(self.tr("&Reason for the correction"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. the scale was read wrongly"))
        self.form.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter moves along the form and saves from the reason (see DeliveryForm); the
        # dialog must not also press its default button, which would save half a form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            return
        super().keyPressEvent(event)

    def _show_net(self, net: int | None) -> None:
        self.net_label.setText(self.tr("Net weight: %1").replace("%1", net_text(net)))

    def _form_done(self) -> None:
        if not self.reason_edit.text().strip():
            self.reason_edit.setFocus()
            return
        self.save()

    def save(self) -> None:
        values = self.form.values()
        reason = self.reason_edit.text().strip()
        if values is not None and values == self.original:
            self.reason_error.setText(self.tr("Nothing was changed."))
            self.reason_error.show()
            return
        if not reason:
            self.reason_error.setText(
                KoperasiError("delivery.reason_required").message(i18n.current_language())
            )
            self.reason_error.show()
            if values is not None:
                self.reason_edit.setFocus()
        if values is None or not reason:
            return
        receipt = self.row.receipt
        changes: dict[str, Any] = {
            "member": values.member,
            "commodity": values.commodity,
            "gross_grams": values.gross_grams,
            "date": values.date,
            # None keeps the delivery's own deductions when their fields were left alone.
            "deductions": list(values.deductions) if values.deductions_changed else None,
            "quality_bp": values.quality_bp if values.quality_bp is not None else FULL_QUALITY_BP,
            "plot": values.plot,
        }
        if self.plot_choice:
            changes["plot_id"] = values.plot_id
        self.buttons.setEnabled(False)

        def done(delivery: Delivery) -> None:
            self.saved = delivery
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, KoperasiError) and exc.code == "delivery.reason_required":
                self.reason_error.setText(exc.message(i18n.current_language()))
                self.reason_error.show()
            elif not self.form.show_book_error(exc):
                show_error(self, exc)

        self.runner.book_op(
            lambda book: book.deliveries.correct(receipt, reason, **changes),
            done,
            failed,
            busy=self.tr("Saving the correction…"),
            parent=self,
        )


@dataclass(frozen=True)
class HistoryData:
    """A delivery's audit trail with the names its snapshots refer to by id."""

    delivery: Delivery
    entries: tuple[dict, ...]
    members: dict[int, Member]
    commodities: dict[int, Commodity]


def load_history(book: Book, receipt: str) -> HistoryData:
    """Runs on the worker."""
    delivery = book.deliveries.get(receipt)
    entries = tuple(book.deliveries.history(receipt))
    member_ids = {delivery.member_id}
    for entry in entries:
        for snapshot in (entry["before"], entry["after"]):
            if "member_id" in snapshot:
                member_ids.add(snapshot["member_id"])
    return HistoryData(
        delivery,
        entries,
        book.members.by_ids(sorted(member_ids)),
        {c.id: c for c in book.commodities.list()},
    )


def _timestamp(text: str) -> str:
    try:
        return datetime_short(datetime.datetime.fromisoformat(text))
    except (TypeError, ValueError):
        return text or ""


class HistoryDialog(QDialog):
    """Everything that happened to one delivery: recorded, each correction, a void."""

    COLUMNS = 4

    def __init__(self, runner: BookRunner, receipt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipt = receipt
        self.data: HistoryData | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 4px 6px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 200)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 380)
        self.retranslate()
        runner.book_op(
            lambda book: load_history(book, receipt),
            self._loaded,
            lambda exc: show_error(self, exc),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History of %1").replace("%1", self.receipt))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Reason"), self.tr("Changes")]
        )
        for column in range(self.COLUMNS):
            self.table.horizontalHeaderItem(column).setTextAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        self.close_button.setText(self.tr("Close"))
        if self.data is not None:
            self._fill(self.data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _loaded(self, data: HistoryData) -> None:
        self.data = data
        self._fill(data)

    def rows(self) -> list[list[str]]:
        """The table's texts (also for tests)."""
        return [
            [
                self.table.item(r, c).text() if self.table.item(r, c) else ""
                for c in range(self.COLUMNS)
            ]
            for r in range(self.table.rowCount())
        ]

    def _fill(self, data: HistoryData) -> None:
        d = data.delivery
        member = data.members.get(d.member_id)
        self.heading.setText(
            "<b>{}</b> — {}, {}, {} · {}".format(
                d.receipt,
                member.name if member else "?",
                data.commodities[d.commodity_id].name
                if d.commodity_id in data.commodities
                else "?",
                date_short(d.date),
                status_text(d.status),
            )
        )
        rows = [[_timestamp(d.recorded_at), self.tr("Recorded"), "", ""]]
        for entry in data.entries:
            what = self.tr("Voided") if entry["action"] == "void" else self.tr("Corrected")
            rows.append(
                [
                    _timestamp(entry["changed_at"]),
                    what,
                    entry["reason"],
                    "\n".join(self._changes(entry["before"], entry["after"], data)),
                ]
            )
        self.table.setRowCount(len(rows))
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def _changes(self, before: dict, after: dict, data: HistoryData) -> list[str]:
        labels = {
            "date": self.tr("Date"),
            "member_id": self.tr("Member"),
            "commodity_id": self.tr("Commodity"),
            "gross_grams": self.tr("Gross weight"),
            "deductions": self.tr("Deductions"),
            "net_grams": self.tr("Net weight"),
            "quality_bp": self.tr("Quality"),
            "plot": self.tr("Plot"),
            "status": self.tr("Status"),
        }
        lines = []
        for key, label in labels.items():
            if key not in before and key not in after:
                continue
            old, new = before.get(key), after.get(key)
            if old == new:
                continue
            lines.append(f"{label}: {self._value(key, old, data)} → {self._value(key, new, data)}")
        return lines

    def _value(self, key: str, value: Any, data: HistoryData) -> str:
        if value is None or value == "":
            return "—"
        if key == "date":
            return date_short(datetime.date.fromisoformat(value))
        if key == "member_id":
            member = data.members.get(value)
            return f"{member.name} ({member.number})" if member else f"#{value}"
        if key == "commodity_id":
            commodity = data.commodities.get(value)
            return commodity.name if commodity else f"#{value}"
        if key in ("gross_grams", "net_grams"):
            return kg(value)
        if key == "deductions":
            total = sum(item.get("grams", 0) for item in value)
            return kg(total) if total else "—"
        if key == "quality_bp":
            return percent(value)
        if key == "status":
            return status_text(value)
        return str(value)
