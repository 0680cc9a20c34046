"""Logging in to a book with users: the dialog, a wrong password, Batal, and what each role is
offered (issue 9). Real keystrokes; the dialog is shown with open(), never waited on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from koperasi.book import Book
from tests.gui.conftest import TODAY, settle

FAST = 2**10  # scrypt's n in tests; the app's users have 2**17


@pytest.fixture
def staffed_book(small_book):
    with Book.open(small_book) as book:
        book.with_today(TODAY)
        book.users.add("Bu Sri", "bendahara", "bendahara1", n=FAST)
        book.users.log_in("Bu Sri", "bendahara1")
        for name, role in (("Bu Awas", "pengawas"), ("Mas Timbang", "petugas")):
            book.users.add(name, role, f"{role}-sandi", n=FAST)
    return small_book


@pytest.fixture
def app_window(qtbot, runner):
    from koperasi.gui.main_window import MainWindow

    w = MainWindow(runner, QSettings())
    qtbot.addWidget(w)
    w.show()
    return w


def open_and_wait_for_login(qtbot, w, path):
    w.open_book(path)
    qtbot.waitUntil(
        lambda: w.login_dialog is not None and w.login_dialog.isVisible(), timeout=10_000
    )
    return w.login_dialog


def type_login(qtbot, dialog, name, password):
    dialog.name_edit.clear()
    QTest.mouseClick(dialog.name_edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.name_edit, name)
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.password_edit
    QTest.keyClicks(dialog.focusWidget(), password)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


def test_a_book_with_users_asks_for_a_login_and_shows_nothing_before(
    qtbot, app_window, runner, staffed_book
):
    w = app_window
    dialog = open_and_wait_for_login(qtbot, w, staffed_book)
    assert dialog.windowTitle() == "Masuk"
    assert "lembah-jaya.koperasi" in dialog.intro.text()
    assert runner.book_path is None and w.central.currentWidget() is w.welcome

    type_login(qtbot, dialog, "Bu Awas", "salah-sandi")
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not runner.busy, timeout=10_000)
    assert dialog.error.text() == "Nama atau kata sandi salah; coba lagi."
    assert dialog.password_edit.text() == "" and dialog.isVisible()
    assert runner.book_path is None

    type_login(qtbot, dialog, "Bu Awas", "pengawas-sandi")
    qtbot.waitUntil(lambda: runner.book_path == staffed_book, timeout=10_000)
    settle(qtbot, runner)
    assert not dialog.isVisible()
    assert w.central.currentWidget() is w.workspace
    assert w.user_label.text() == "Pengguna: Bu Awas (pengawas)"
    assert runner.call(lambda book: (book.user, book.role)) == ("Bu Awas", "pengawas")

    # pengawas reads only: every write button and menu entry is off, saying why
    for button in (w.members.add_button, w.deliveries.save_button, w.sales.new_button,
                   w.cash.income_button, w.settings_page.add_commodity_button):  # fmt: skip
        assert not button.isEnabled()
        assert button.toolTip() == (
            "Anda masuk sebagai pengawas: pengawas boleh membaca, tidak menulis."
        )
    assert not w.delivery_action.isEnabled() and not w.member_action.isEnabled()
    # a screen enabling its button on a chosen row cannot undo the role
    w.members.add_button.setEnabled(True)
    assert not w.members.add_button.isEnabled()
    # the reports stay open to every role
    assert w.reports.isEnabled()


def test_a_weighing_clerk_is_offered_deliveries_only(qtbot, app_window, runner, staffed_book):
    w = app_window
    dialog = open_and_wait_for_login(qtbot, w, staffed_book)
    type_login(qtbot, dialog, "Mas Timbang", "petugas-sandi")
    qtbot.waitUntil(lambda: runner.book_path == staffed_book, timeout=10_000)
    settle(qtbot, runner)
    assert w.user_label.text() == "Pengguna: Mas Timbang (petugas timbang)"
    assert w.deliveries.save_button.isEnabled() and w.delivery_action.isEnabled()
    assert not w.members.add_button.isEnabled() and not w.payouts.pay_button.isEnabled()
    assert (
        w.members.add_button.toolTip() == "Peran Anda (petugas timbang) tidak boleh melakukan ini."
    )
    # what the role allows, the book does under the clerk's name
    runner.call(
        lambda book: book.deliveries.record("LJ-0002", "Karet", 50_000, date=TODAY, quality_bp=5500)
    )
    assert runner.call(
        lambda book: book._db.conn.execute(
            "SELECT user, operation FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    ) == ("Mas Timbang", "delivery.record")


def test_batal_leaves_the_book_closed(qtbot, app_window, runner, staffed_book):
    w = app_window
    dialog = open_and_wait_for_login(qtbot, w, staffed_book)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    settle(qtbot, runner)
    assert runner.book_path is None and w.central.currentWidget() is w.welcome
    assert runner._wait(runner.run, lambda ctx: ctx.book is None, 10_000) is True
    assert w.user_label.text() == ""
    # without a book: nothing to back up or audit, but a backup can still be restored
    assert not w.backup_now_action.isEnabled() and not w.audit_action.isEnabled()
    assert w.restore_action.isEnabled()


def test_the_treasurer_may_do_everything_and_a_book_without_users_asks_nothing(
    qtbot, app_window, runner, staffed_book, tmp_path
):
    w = app_window
    dialog = open_and_wait_for_login(qtbot, w, staffed_book)
    type_login(qtbot, dialog, "Bu Sri", "bendahara1")
    qtbot.waitUntil(lambda: runner.book_path == staffed_book, timeout=10_000)
    settle(qtbot, runner)
    assert w.user_label.text() == "Pengguna: Bu Sri (bendahara)"
    assert w.members.add_button.isEnabled() and w.member_action.isEnabled()

    plain = tmp_path / "tanpa-pengguna.koperasi"
    Book.create(plain, name="Koperasi Tanpa Pengguna").close()
    w.open_book(plain)
    qtbot.waitUntil(lambda: runner.book_path == plain, timeout=10_000)
    settle(qtbot, runner)
    assert w.user_label.text() == "" and w.session is None
    assert w.members.add_button.isEnabled()
