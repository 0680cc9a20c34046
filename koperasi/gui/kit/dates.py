"""The one pair of converters between the book's dates and Qt's, and the date field every
form shares."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QPushButton, QWidget

from koperasi.core.limits import MAX_YEAR, MIN_YEAR


def qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> datetime.date:
    return datetime.date(day.year(), day.month(), day.day())


class DayEdit(QDateEdit):
    """A day typed as dd/mm/yyyy, kept exactly as typed.

    It has no maximum date on purpose: QDateEdit clamps every keystroke to its maximum, so
    with today as the maximum, "20/11/2026" typed on 4 December became "04/11/2026" digit
    by digit. A date the book cannot take (in the future) is refused by the form, with a
    sentence under the field, when it is checked or saved.

    A separator typed right after Qt moved on by itself (two digits of the day fill the
    day, so Qt jumps to the month) is swallowed: otherwise "28/10/2026" typed as people
    type it skipped the month and left "28/11/1" on screen.
    """

    SEPARATORS = frozenset("/-.")

    def __init__(self, parent: QWidget | None = None, month_only: bool = False) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("MM/yyyy" if month_only else "dd/MM/yyyy")
        self.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() and event.text() in self.SEPARATORS and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = event.text().isdigit() and self.currentSection() != before

    def day(self) -> datetime.date:
        return pydate(self.date())

    def set_day(self, day: datetime.date) -> None:
        self.setDate(qdate(day))


def today_button(edit: QDateEdit, today, parent: QWidget | None = None) -> QPushButton:
    """A "Hari ini" button that puts the book's today (`today()`, None before a book is
    open) into `edit`. No accelerator: the forms' letters are taken by their fields."""
    button = QPushButton(QCoreApplication.translate("DateField", "Today"), parent)
    button.setAutoDefault(False)
    button.setToolTip(QCoreApplication.translate("DateField", "Put the book's today in the date"))

    def clicked() -> None:
        day = today()
        if day is not None:
            edit.setDate(qdate(day))
            edit.setFocus()

    button.clicked.connect(clicked)
    return button
