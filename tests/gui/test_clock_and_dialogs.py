"""The GUI's only clock is the book's today, and no test can block on a modal dialog."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.gui.conftest import TODAY, settle


def test_a_message_box_is_recorded_not_waited_on(modal_dialogs):
    answer = QMessageBox.question(None, "Hapus?", "Yakin?")
    QMessageBox.warning(None, "Tidak bisa", "Tanggal 04/12/2026 belum terjadi.")
    assert answer == QMessageBox.StandardButton.No
    assert modal_dialogs.expect(2) == [
        "question: Hapus? | Yakin?",
        "warning: Tidak bisa | Tanggal 04/12/2026 belum terjadi.",
    ]


def test_a_custom_dialog_is_rejected_at_once(modal_dialogs, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Pratinjau")
    assert dialog.exec() == QDialog.DialogCode.Rejected.value
    assert modal_dialogs.expect() == ["exec QDialog: Pratinjau"]


def test_the_runner_keeps_the_books_today(window, runner):
    assert runner.today == TODAY
    runner.call(lambda book: book.with_today(datetime.date(2028, 2, 29)))
    assert runner.today == datetime.date(2028, 2, 29)


def test_new_member_joins_on_the_books_today_not_the_calendars(qtbot, window, runner):
    from koperasi.gui.dialogs.member import MemberDialog

    settle(qtbot, runner)
    dialog = MemberDialog(runner, parent=window)
    qtbot.addWidget(dialog)
    joined = dialog.joined_edit.date()
    assert (joined.year(), joined.month(), joined.day()) == (2026, 11, 27)


def test_the_cash_book_opens_on_the_books_month(qtbot, window, runner):
    window.go(window.pages.index(window.cash))
    page = window.cash
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    assert page.period() == (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
