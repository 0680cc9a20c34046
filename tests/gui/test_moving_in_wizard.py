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


def test_the_wizard_walks_the_steps_and_keeps_the_differences_in_view(
    qtbot, window, runner, tmp_path
):
    wb = openpyxl.Workbook()
    for row in (["No. Anggota", "Nama"], ["LJ-0201", "Siti"], ["LJ-0202", "Budi"]):
        wb.active.append(row)
    wb.save(tmp_path / "anggota.xlsx")
    wb = openpyxl.Workbook()
    for row in (["No. Anggota", "Simpanan Pokok", "Tunggakan Wajib"], ["LJ-0201", 100_000, 20_000]):
        wb.active.append(row)
    wb.save(tmp_path / "simpanan.xlsx")
    window.moving_in_action.trigger()
    wizard = window.moving_in
    qtbot.waitUntil(lambda: wizard.progress is not None)
    assert wizard.current_step() == "members" and not wizard.back_button.isEnabled()
    QTest.keyClicks(wizard.path, str(tmp_path / "anggota.xlsx"))
    wizard.report = None
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.written)
    members_before = wizard.progress.counts["members"]
    qtbot.waitUntil(lambda: wizard.steps.item(0).text().startswith("✓ 1. Anggota"))

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == "savings" and wizard.kind.currentData() == "savings"
    assert wizard.path.text() == "" and "tunggakan wajib" in wizard.step_help.text()
    QTest.keyClicks(wizard.path, str(tmp_path / "simpanan.xlsx"))
    wizard.report = None
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.report.written)
    qtbot.waitUntil(lambda: wizard.steps.item(1).text() == "✓ 2. Simpanan awal (1)")
    # The pokok brought in has no balance sheet yet: the difference is in view.
    qtbot.waitUntil(lambda: "Simpanan pokok anggota − akun 3101" in wizard.remaining.text())
    assert "Rp 100.000 − Rp 0 = Rp 100.000" in wizard.remaining.text()
    assert members_before >= 2

    for _ in range(6):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_step() == "opening"
    assert not wizard.import_button.isEnabled() and not wizard.next_button.isEnabled()
    assert wizard.steps.item(7).text() == "· 8. Bukukan saldo awal"


def test_every_list_screen_has_its_export_button(qtbot, window, runner, tmp_path):
    expected = {
        window.members: "members",
        window.deliveries: "deliveries",
        window.sales: "sales",
        window.payouts: "payouts",
        window.savings_loans: "savings",
        window.cash: "cashbook",
        window.reports: "rat",
        window.closing_shu: "shu",
    }
    for page, kind in expected.items():
        assert page.export_button.text() == "Ekspor ke E&xcel…" and page.export_button.kind == kind
    window.go(7)  # Laporan: the RAT statements
    qtbot.mouseClick(window.reports.export_button, Qt.MouseButton.LeftButton)
    dialog = window.export_dialog
    assert dialog.kind.currentData() == "rat"
    out = tmp_path / "rat.xlsx"
    QTest.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "baris ditulis" in dialog.message.text(), timeout=10_000)
    assert openpyxl.load_workbook(out).sheetnames[:2] == ["Neraca", "Perhitungan hasil usaha"]
    dialog.reject()
    window.go(1)
    qtbot.keyClick(window.members.export_button, Qt.Key.Key_Space)
    assert window.export_dialog.kind.currentData() == "members"
    window.export_dialog.reject()
