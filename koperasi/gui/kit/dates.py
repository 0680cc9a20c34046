"""The one pair of converters between the book's dates and Qt's, and the date field every
form shares."""

from __future__ import annotations

import calendar
import datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
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

    A date typed from its first section is read whole, as typed, not section by section:
    Qt checks each section against the others still on screen, so "31/12/2025" typed into
    a field showing 27/11/2026 became 30/12/2025 (November has no 31st) and "29/02/2028"
    typed in 2026 lost its leap day. The digits typed are kept in a buffer; each keystroke
    shows the best date so far, and the day, month and year typed are put together only
    against each other. A separator moves on to the next part (or is swallowed right after
    the part filled itself: "28/10/2026" as people type it); Backspace takes back a digit;
    any other key, or leaving the field, ends the typing, a two-digit year read as 20yy.
    Typing into a later section alone (the month only, say) is left to Qt.
    """

    SEPARATORS = frozenset("/-.")

    def __init__(self, parent: QWidget | None = None, month_only: bool = False) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("MM/yyyy" if month_only else "dd/MM/yyyy")
        self.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self._month_only = month_only
        self._moved_on = False
        # While a date is being typed from its first section: the parts typed so far (the
        # last one being typed) and the date on screen when the typing began.
        self._typed: list[str] | None = None
        self._origin: tuple[int, int, int] = (1, 1, MIN_YEAR)
        self._filled = False
        self._showing = False
        # A date put in otherwise (the calendar, the mouse wheel, "Hari ini") ends the typing.
        self.dateChanged.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, _date: QDate) -> None:
        if not self._showing:
            self._typed = None
            self._filled = False

    # -- typing a whole date ---------------------------------------------------------

    def _sections(self) -> tuple[QDateEdit.Section, ...]:
        s = QDateEdit.Section
        if self._month_only:
            return (s.MonthSection, s.YearSection)
        return (s.DaySection, s.MonthSection, s.YearSection)

    def _lengths(self) -> tuple[int, ...]:
        return (2, 4) if self._month_only else (2, 2, 4)

    def _at_start(self) -> bool:
        line = self.lineEdit()
        whole = line.hasSelectedText() and line.selectedText() == line.text()
        return whole or self.currentSection() == self._sections()[0]

    def _values(self, final: bool) -> tuple[int, int, int]:
        """(day, month, year) from the parts typed, the rest as they were on screen."""
        day, month, year = self._origin
        parts = list(self._typed or [])
        if self._month_only:
            parts.insert(0, "")
        if parts[0]:
            day = int(parts[0])
        if len(parts) > 1 and parts[1]:
            month = int(parts[1])
        if len(parts) > 2 and parts[2]:
            typed = parts[2]
            if len(typed) == 4:
                year = int(typed)
            elif final and len(typed) == 2:
                year = 2000 + int(typed)
        year = min(max(year, MIN_YEAR), MAX_YEAR)
        month = min(max(month, 1), 12)
        last = calendar.monthrange(year, month)[1]
        return min(max(day, 1), last), month, year

    def _show(self, final: bool = False) -> None:
        day, month, year = self._values(final)
        self._showing = True
        try:
            self.setDate(QDate(year, month, day))
        finally:
            self._showing = False
        if self._typed is not None:
            self.setSelectedSection(self._sections()[len(self._typed) - 1])

    def _type_digit(self, digit: str) -> None:
        assert self._typed is not None
        index = len(self._typed) - 1
        self._typed[index] += digit
        part = self._typed[index]
        kind = "year" if index == len(self._lengths()) - 1 else "month"
        if not self._month_only and index == 0:
            kind = "day"
        # A part is full at its length, or when no further digit could make it valid (a day
        # starting with 4, a month starting with 2): then the next part begins.
        full = len(part) == self._lengths()[index] or (
            len(part) == 1 and ((kind == "day" and part > "3") or (kind == "month" and part > "1"))
        )
        if full and kind == "year":
            self._finish()
            return
        if full:
            self._typed.append("")
            self._filled = True
        else:
            self._filled = False
        self._show()

    def _type_separator(self) -> None:
        assert self._typed is not None
        if self._filled or not self._typed[-1]:
            self._filled = False  # the part moved on by itself: the separator is swallowed
            return
        if len(self._typed) < len(self._lengths()):
            self._typed.append("")
            self._show()

    def _backspace(self) -> None:
        assert self._typed is not None
        self._filled = False
        if not self._typed[-1] and len(self._typed) > 1:
            self._typed.pop()
        self._typed[-1] = self._typed[-1][:-1]
        self._show()

    def _finish(self) -> None:
        if self._typed is None:
            return
        self._show(final=True)
        self._typed = None
        self._filled = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        chord = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        digit = len(text) == 1 and text.isdigit() and not chord
        if self._typed is None and digit and self._at_start():
            day, month, year = self.date().day(), self.date().month(), self.date().year()
            self._origin = (day, month, year)
            self._typed = [""]
        if self._typed is not None:
            if digit:
                self._type_digit(text)
                event.accept()
                return
            if text and text in self.SEPARATORS and not chord:
                self._type_separator()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Backspace and not chord:
                self._backspace()
                event.accept()
                return
            self._finish()
        if text and text in self.SEPARATORS and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSection() != before

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._finish()
        super().focusOutEvent(event)

    def day(self) -> datetime.date:
        """The date in the field; while it is being typed, as it reads if the typing ended
        now (a form asking on every keystroke must not end the typing)."""
        if self._typed is not None:
            day, month, year = self._values(final=True)
            return datetime.date(year, month, day)
        return pydate(self.date())

    def set_day(self, day: datetime.date) -> None:
        self._typed = None
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
