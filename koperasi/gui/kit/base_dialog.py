"""BookDialog: the base of the forms that save one record through the worker."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from koperasi.book import Book
from koperasi.gui.kit.dates import qdate
from koperasi.gui.kit.messages import error_text
from koperasi.gui.kit.widgets import error_label, show_message
from koperasi.gui.worker import BookRunner


def member_choices(active_only: bool):
    """An operation: (today, [(number, name)]) of the members a dialog may pick."""

    def load(book: Book):
        members = book.members.list(True if active_only else None)
        return book.today(), [(m.number, m.name) for m in members]

    return load


class BookDialog(QDialog):
    """A form that saves one record through the worker.

    Signals:
      saved(object): the record saved (the dialog then closes).
    """

    saved = Signal(object)

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today: datetime.date | None = None
        self.result_value: Any = None
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text."""

    def save(self) -> None:
        raise NotImplementedError

    def fail(self, exc: BaseException) -> None:
        """Show a refusal (ours or the book's) in the dialog, keeping what was typed."""
        self.save_button.setEnabled(True)
        show_message(self.error, error_text(exc))

    def submit(self, op, busy: str) -> None:
        show_message(self.error, "")
        self.save_button.setEnabled(False)

        def done(result) -> None:
            self.save_button.setEnabled(True)
            self.result_value = result
            self.saved.emit(result)
            self.accept()

        self.runner.book_op(op, done, self.fail, busy=busy, parent=self)

    def set_today(self, today: datetime.date, *edits) -> None:
        self.today = today
        for edit in edits:
            # no maximum: it would clamp what is typed; the book refuses a future date
            # with its own sentence, shown in the dialog
            edit.setDate(qdate(today))
