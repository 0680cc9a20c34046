"""The one pair of converters between the book's dates and Qt's."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate


def qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> datetime.date:
    return datetime.date(day.year(), day.month(), day.day())
