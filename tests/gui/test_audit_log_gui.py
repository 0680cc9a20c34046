"""Catatan audit in the app (issue 9): the log with filters by operation and user, the chain
head's code, and Periksa finding an edit made behind the program's back."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from koperasi.book import Book
from tests.gui.conftest import TODAY, settle
from tests.gui.test_login import FAST, app_window, open_and_wait_for_login, type_login  # noqa: F401


def audit_rows(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT seq, user, operation FROM audit_log ORDER BY seq DESC"
        ).fetchall()
    finally:
        conn.close()


def table_column(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_log_filters_and_periksa_sees_a_tampered_row(qtbot, window, runner, small_book):
    window.audit_action.trigger()
    dialog = window.audit_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    settle(qtbot, runner)
    sealed = audit_rows(small_book)
    assert table_column(dialog.table, 0) == [str(seq) for seq, _, _ in sealed]
    assert table_column(dialog.table, 3)[0] == "Setoran dicatat"  # the newest first
    assert dialog.table.item(0, 3).toolTip() == "delivery.record"
    assert dialog.table.item(0, 5).text() == "penomoran 1, setoran 1"  # its receipt number
    assert dialog.count_label.text().startswith(f"{len(sealed)} catatan ditampilkan")
    head_code = dialog.table.item(0, 4).text()
    assert dialog.head_label.text() == (
        f"Ujung rantai audit: kode {head_code} (catatan ke-{sealed[0][0]}). "
        "Laporan mencetak kode ini."
    )

    dialog.operation_combo.setFocus()
    QTest.keyClicks(dialog.operation_combo, "Penj")  # Penjualan
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.operation_combo.currentText() == "Penjualan"
    assert table_column(dialog.table, 3) == ["Penjualan diselesaikan"]
    assert "penjualan 1" in dialog.table.item(0, 5).text()

    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.findings), timeout=30_000)
    count = len(dialog.findings)
    assert dialog.check_summary.text() == (f"Semua {count} pemeriksaan lolos; rantai audit utuh.")

    # an edit behind the program's back (a member's name, with sqlite3) is found
    conn = sqlite3.connect(small_book)
    conn.execute("UPDATE members SET name = 'Budi Palsu' WHERE number = 'LJ-0002'")
    conn.commit()
    conn.close()
    dialog.findings = []
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.findings), timeout=30_000)
    problems = [f for f in dialog.findings if not f.ok]
    assert problems and dialog.check_summary.text() == f"{len(problems)} masalah ditemukan."
    assert "MASALAH" in dialog.check_output.toPlainText()
    assert "members" in dialog.check_output.toPlainText()


def test_a_supervisor_reads_the_log_filtered_by_user(qtbot, app_window, runner, small_book):  # noqa: F811
    with Book.open(small_book) as book:
        book.with_today(TODAY)
        book.users.add("Bu Sri", "bendahara", "bendahara1", n=FAST)
        book.users.log_in("Bu Sri", "bendahara1")
        book.users.add("Bu Awas", "pengawas", "pengawas-sandi", n=FAST)
        book.members.add("Dewi Lestari")
    w = app_window
    dialog = open_and_wait_for_login(qtbot, w, small_book)
    type_login(qtbot, dialog, "Bu Awas", "pengawas-sandi")
    qtbot.waitUntil(lambda: runner.book_path == small_book, timeout=10_000)
    settle(qtbot, runner)
    assert w.audit_action.isEnabled()
    w.open_audit_log()
    log = w.audit_dialog
    qtbot.waitUntil(lambda: log.user_combo.count() == 4, timeout=10_000)
    # "koperasi" sealed the book's creation, "bendahara" the writes before users existed
    assert [log.user_combo.itemText(i) for i in range(4)] == [
        "Semua",
        "Bu Sri",
        "bendahara",
        "koperasi",
    ]
    log.user_combo.setFocus()
    QTest.keyClick(log.user_combo, Qt.Key.Key_Down)  # Bu Sri
    qtbot.waitUntil(lambda: log.table.rowCount() == 2, timeout=10_000)
    assert table_column(log.table, 2) == ["Bu Sri", "Bu Sri"]
    assert table_column(log.table, 3) == ["Anggota ditambah", "Pengguna ditambah"]


def test_the_safety_dialogs_speak_indonesian(qtbot, window, runner, modal_dialogs):
    from tests.gui.test_no_english import english_in

    window.open_audit_log()
    qtbot.waitUntil(lambda: window.audit_dialog.table.rowCount() > 0, timeout=10_000)
    window.audit_dialog.run_check()
    qtbot.waitUntil(lambda: bool(window.audit_dialog.findings), timeout=30_000)
    window.open_restore()
    qtbot.waitUntil(lambda: window.restore_dialog is not None, timeout=10_000)
    settle(qtbot, runner)
    window.open_backup_settings()
    for dialog in (window.audit_dialog, window.restore_dialog, window.backup_settings_dialog):
        assert english_in(dialog) == [], dialog.objectName()
    assert english_in(window) == []
