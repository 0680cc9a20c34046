"""The date field every form shares: a date typed from its first section is kept exactly
as typed, whatever the field showed before (Qt alone checks each section against the
others on screen: 31 typed while November shows became 30)."""

import datetime

import pytest
from PySide6.QtCore import QDate, Qt

from koperasi.gui.kit.dates import DayEdit


@pytest.fixture
def edit(qtbot):
    widget = DayEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_from_day(qtbot, edit, shown, text):
    edit.set_day(shown)
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize(
    ("shown", "typed", "expected"),
    [
        # November has no 31st: the day used to be clamped before the month was typed
        (datetime.date(2026, 11, 27), "31/12/2025", datetime.date(2025, 12, 31)),
        # February has no 30th: the date came out garbled
        (datetime.date(2026, 2, 10), "30/01/2026", datetime.date(2026, 1, 30)),
        # the leap day, typed in a year without one
        (datetime.date(2026, 11, 27), "29/02/2028", datetime.date(2028, 2, 29)),
        (datetime.date(2026, 11, 27), "28/10/2026", datetime.date(2026, 10, 28)),
        # one-digit day and month, with separators
        (datetime.date(2026, 11, 27), "4/7/2026", datetime.date(2026, 7, 4)),
        (datetime.date(2026, 11, 27), "1/2/2026", datetime.date(2026, 2, 1)),
        # no separators at all
        (datetime.date(2026, 11, 27), "31122025", datetime.date(2025, 12, 31)),
        # other separators people use
        (datetime.date(2026, 11, 27), "31-12-2025", datetime.date(2025, 12, 31)),
        (datetime.date(2026, 11, 27), "31.03.2026", datetime.date(2026, 3, 31)),
    ],
)
def test_a_typed_date_is_kept_exactly(qtbot, edit, shown, typed, expected):
    type_from_day(qtbot, edit, shown, typed)
    assert edit.day() == expected
    assert edit.text() == expected.strftime("%d/%m/%Y")


def test_a_two_digit_year_is_read_as_this_century_when_the_typing_ends(qtbot, edit):
    type_from_day(qtbot, edit, datetime.date(2026, 11, 27), "05/12/25")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.day() == datetime.date(2025, 12, 5)


def test_backspace_takes_back_a_digit_across_parts(qtbot, edit):
    type_from_day(qtbot, edit, datetime.date(2026, 11, 27), "31/13")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "12/2025")
    assert edit.day() == datetime.date(2025, 12, 31)


def test_the_day_alone_keeps_the_month_and_year_shown(qtbot, edit):
    type_from_day(qtbot, edit, datetime.date(2026, 11, 27), "15")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.day() == datetime.date(2026, 11, 15)


def test_a_day_the_month_never_has_is_the_months_last_day_not_a_garble(qtbot, edit):
    type_from_day(qtbot, edit, datetime.date(2026, 11, 27), "31/11/2026")
    assert edit.day() == datetime.date(2026, 11, 30)


def test_a_month_field_takes_month_and_year_as_typed(qtbot):
    edit = DayEdit(month_only=True)
    qtbot.addWidget(edit)
    edit.show()
    edit.set_day(datetime.date(2026, 11, 1))
    edit.setFocus()
    edit.setSelectedSection(edit.Section.MonthSection)
    qtbot.keyClicks(edit, "02/2028")
    assert (edit.date().month(), edit.date().year()) == (2, 2028)


def test_typing_the_month_alone_is_left_to_qt(qtbot, edit):
    edit.set_day(datetime.date(2026, 11, 27))
    edit.setFocus()
    edit.setSelectedSection(edit.Section.MonthSection)
    qtbot.keyClicks(edit, "10")
    assert edit.day() == datetime.date(2026, 10, 27)


def test_a_date_put_in_otherwise_ends_the_typing(qtbot, edit):
    type_from_day(qtbot, edit, datetime.date(2026, 11, 27), "31/1")
    # the calendar or the mouse wheel puts a date in through Qt while the typing is on
    edit.setDate(QDate(2026, 10, 6))
    assert edit.day() == datetime.date(2026, 10, 6)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # ending it does not bring back the "31/1"
    assert edit.day() == datetime.date(2026, 10, 6)
