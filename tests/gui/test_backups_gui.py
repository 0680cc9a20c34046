"""Backups in the app (issue 9): Cadangkan sekarang into the folder and the USB folder, the
automatic backup (once a day and on closing), the dashboard's warning, and Pulihkan dari
cadangan into a new file after showing the backup's date, members and trial balance."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from koperasi.book import Book
from koperasi.book.backups import backup_book, list_backups
from tests.gui.conftest import settle


@pytest.fixture
def folders(tmp_path):
    folder, usb = tmp_path / "Cadangan", tmp_path / "usb"
    folder.mkdir()
    usb.mkdir()
    settings = QSettings()
    settings.setValue("backup/folder", str(folder))
    settings.setValue("backup/second_folder", str(usb))
    settings.sync()
    return folder, usb


def trial_balance(path):
    with Book.open(path, readonly=True) as book:
        return book._db.conn.execute("SELECT sum(debit), sum(credit) FROM journal_lines").fetchone()


def test_back_up_now_into_the_folder_and_the_usb_drive(qtbot, folders, window, runner, small_book):
    folder, usb = folders
    window.settings = QSettings()
    window.backup_now_action.trigger()
    qtbot.waitUntil(lambda: window.last_backup is not None, timeout=20_000)
    settle(qtbot, runner)
    made = list_backups(folder)
    assert [b.path.name[:3] for b in made] == ["LJ-"] and made[0].verified
    assert made[0].members == 3
    debit, credit = trial_balance(small_book)
    assert made[0].total_debit == debit == made[0].total_credit == credit
    assert len(list_backups(usb)) == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("Cadangan tersimpan dan terverifikasi: " + str(made[0].path))
    assert "3 anggota" in message and f"Salinan juga di {usb}." in message
    assert not window.backup_warning.isVisible()


def test_a_missing_usb_folder_is_said_and_the_backup_still_made(
    qtbot, folders, window, runner, tmp_path
):
    folder, usb = folders
    usb.rmdir()
    window.settings = QSettings()
    window.backup_now()
    qtbot.waitUntil(lambda: window.last_backup is not None, timeout=20_000)
    assert len(list_backups(folder)) == 1
    assert (
        f"Folder kedua {usb} tidak ada (flashdisk belum dipasang?)."
        in window.statusBar().currentMessage()
    )


def test_the_dashboard_warns_after_seven_days_without_a_verified_backup(
    qtbot, folders, runner, small_book
):
    from koperasi.gui.main_window import MainWindow

    folder, _ = folders
    with Book.open(small_book) as book:  # seventeen days before the book's today
        backup_book(book, folder, now=datetime.datetime(2026, 11, 10, 17, 30))
    w = MainWindow(runner, QSettings())
    qtbot.addWidget(w)
    w.show()
    runner.open_book_sync(small_book)
    settle(qtbot, runner)
    qtbot.waitUntil(w.backup_warning.isVisible, timeout=10_000)
    assert w.backup_warning.text() == (
        "Cadangan terverifikasi terakhir dari 10/11/2026, 17 hari lalu. "
        "Buat sekarang: Berkas → Cadangkan sekarang."
    )
    with Book.open(small_book, readonly=True) as book:  # six days: no warning
        backup_book(book, folder, now=datetime.datetime(2026, 11, 21, 17, 30))
    w.check_backup_age()
    settle(qtbot, runner)
    assert not w.backup_warning.isVisible()
    for info in list_backups(folder):
        info.path.unlink()
    w.check_backup_age()
    settle(qtbot, runner)
    assert w.backup_warning.isVisible()
    assert w.backup_warning.text().startswith("Buku ini belum punya cadangan terverifikasi di")


def test_automatic_backup_once_a_day_and_on_closing(qtbot, folders, window, runner):
    folder, _ = folders
    window.settings = QSettings()
    window.auto_backup = True
    window._auto_backup_if_due()
    qtbot.waitUntil(lambda: window.last_backup is not None, timeout=20_000)
    settle(qtbot, runner)
    assert len(list_backups(folder)) == 1
    window._auto_backup_if_due()  # the same day: nothing more
    settle(qtbot, runner)
    assert len(list_backups(folder)) == 1
    first = list_backups(folder)[0].path
    window.close()  # closing the app backs up: the day's last, which the rotation keeps
    settle(qtbot, runner)
    made_on_close = [b for b in list_backups(folder) if b.path != first]
    assert len(made_on_close) == 1
    assert made_on_close[0].verified and made_on_close[0].members == 3


def test_restore_shows_the_backup_then_makes_a_new_book(
    qtbot, folders, window, runner, small_book, tmp_path, monkeypatch
):
    folder, _ = folders
    with Book.open(small_book, readonly=True) as book:
        backup_book(book, folder, now=datetime.datetime(2026, 11, 26, 16, 45))
    window.settings = QSettings()
    window.open_restore()
    qtbot.waitUntil(lambda: window.restore_dialog is not None, timeout=10_000)
    dialog = window.restore_dialog
    qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=10_000)
    debit, credit = trial_balance(small_book)
    text = dialog.details.text()
    assert "Dibuat: 26/11/2026 16:45" in text
    assert "Anggota: 3" in text
    assert (debit, credit) == (4_701_875, 4_701_875)
    assert "Neraca saldo: debit Rp 4.701.875, kredit Rp 4.701.875" in text
    assert "Jurnal terakhir: 22/11/2026" in text and "Pemeriksaan: lolos" in text
    assert dialog.restore_button.isEnabled()

    # never over the open book
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(small_book), ""))
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == (
        "Itu buku yang sedang terbuka; cadangan hanya dipulihkan ke berkas baru."
    )
    new = tmp_path / "pulih.koperasi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20_000)
    assert trial_balance(new) == (debit, credit)
    assert dialog.result_label.text().startswith(f"Dipulihkan ke {new}: 3 anggota")
    # a second restore into the same name is refused with one sentence
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "sudah ada" in dialog.error.text()
    # Buka opens the restored book in the window
    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.book_path == new, timeout=10_000)
    settle(qtbot, runner)
    assert runner.call(lambda book: len(book.members.list())) == 3


def test_backup_settings_typed_and_saved(qtbot, window, runner, tmp_path):
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    main = tmp_path / "Cadangan-kantor"
    main.mkdir()
    window.open_backup_settings()
    dialog = window.backup_settings_dialog
    assert dialog.folder_edit.text().endswith("Koperasi/Cadangan")  # Documents/Koperasi/...
    dialog.folder_edit.selectAll()
    QTest.keyClicks(dialog.folder_edit, str(main))
    QTest.keyClicks(dialog.second_edit, str(usb))
    QTest.mouseClick(dialog.auto_check, Qt.MouseButton.LeftButton)  # off
    QTest.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    settle(qtbot, runner)
    settings = QSettings()
    assert settings.value("backup/folder") == str(main)
    assert settings.value("backup/second_folder") == str(usb)
    assert settings.value("backup/auto") == "false"
    window.auto_backup = True
    window._auto_backup_if_due()  # switched off: nothing
    settle(qtbot, runner)
    assert list(main.iterdir()) == []
    window.backup_now()  # by hand it still backs up, into both folders
    qtbot.waitUntil(lambda: window.last_backup is not None, timeout=20_000)
    assert len(list_backups(main)) == 1 and len(list_backups(usb)) == 1


def test_restore_a_backup_chosen_from_a_usb_drive(
    qtbot, folders, window, runner, small_book, tmp_path, monkeypatch
):
    _, usb = folders
    with Book.open(small_book, readonly=True) as book:
        made = backup_book(book, usb, now=datetime.datetime(2026, 11, 20, 9, 0))
    window.settings = QSettings()
    window.open_restore()
    qtbot.waitUntil(lambda: window.restore_dialog is not None, timeout=10_000)
    dialog = window.restore_dialog
    settle(qtbot, runner)
    assert dialog.table.rowCount() == 0 and dialog.details.text() == "Tidak ada cadangan di sini."
    assert not dialog.restore_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made.path), ""))
    QTest.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=10_000)
    assert "Dibuat: 20/11/2026 09:00" in dialog.details.text()
    assert dialog.restore_button.isEnabled()
