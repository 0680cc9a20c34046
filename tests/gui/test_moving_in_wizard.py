"""Pindah dari pembukuan lama: the wizard previews a workbook, imports it, refuses an opening
that does not add up with its difference, and Ekspor ke Excel writes the list."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_moving_in_wizard_previews_imports_and_exports(qtbot, window, runner, tmp_path):
    wb = openpyxl.Workbook()
    for row in (["No. Anggota", "Nama Lengkap", "NIK/KTP"], ["LJ-0101", "Siti Baru", None],
                ["LJ-0102", "Budi Baru", "123"]):  # fmt: skip
        wb.active.append(row)
    path = tmp_path / "anggota.xlsx"
    wb.save(path)
    window.moving_in_action.trigger()
    wizard = window.moving_in
    assert wizard.windowTitle() == "Pindah dari pembukuan lama"
    QTest.keyClicks(wizard.path, str(path))
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        qtbot.mouseClick(wizard.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None)
    assert [wizard.table.item(1, c).text() for c in range(3)] == ["3", "ditolak", "NIK"]
    assert "1 baru" in wizard.summary.text() and "Tidak ada yang disimpan" in wizard.summary.text()
    wizard.only_good.setChecked(True)
    wizard.report = None
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.written)
    assert runner.call(lambda book: book.members.get("LJ-0101").name) == "Siti Baru"

    window.export_action.trigger()
    dialog = window.export_dialog
    out = tmp_path / "anggota-ekspor.xlsx"
    QTest.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "baris ditulis" in dialog.message.text(), timeout=10_000)
    names = [
        r[1] for r in openpyxl.load_workbook(out).active.iter_rows(min_row=4, values_only=True)
    ]
    assert "Siti Baru" in names


def test_opening_shows_the_difference_and_posts_nothing(qtbot, window, runner, tmp_path):
    wb = openpyxl.Workbook()
    for row in (
        ["Akun", "Debit", "Kredit"],
        ["Kas", "Rp 1.000.000", None],
        ["Cadangan", None, 900_000],
    ):
        wb.active.append(row)
    wb.save(tmp_path / "neraca.xlsx")
    window.moving_in_action.trigger()
    wizard = window.moving_in
    wizard.kind.setCurrentIndex(wizard.kind.findData("balances"))
    QTest.keyClicks(wizard.path, str(tmp_path / "neraca.xlsx"))
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.written)
    entries = runner.call(lambda book: book.journal.trial_balance().total_debit)
    qtbot.mouseClick(wizard.opening_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tidak seimbang" in wizard.summary.text())
    assert "Rp 1.000.000 − Rp 900.000 = Rp 100.000" in wizard.summary.text()
    assert runner.call(lambda book: book.journal.trial_balance().total_debit) == entries
