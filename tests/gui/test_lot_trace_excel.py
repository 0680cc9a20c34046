"""The lot trace dialog's Excel button (issue 13, branch i13b): the trace sheet saved as a
workbook that holds the lot's plots, shares and deliveries."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import settle
from tests.gui.test_plots_gui import map_plots


def test_the_lot_trace_dialog_saves_the_sheet_as_excel(
    qtbot, window, runner, tmp_path, monkeypatch, modal_dialogs
):
    number, _skipped = map_plots(runner, tmp_path)
    window.go(3)
    settle(qtbot, runner)
    page = window.sales
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.select_sale(number)
    settle(qtbot, runner)
    dialog = page.open_trace()
    settle(qtbot, runner)
    assert dialog.excel_button.text() == "&Excel…"
    target = tmp_path / "lot.xlsx"
    asked = []

    def save_name(parent, title, name, kind):
        asked.append((title, name, kind))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    QTest.keyClick(dialog.excel_button, Qt.Key.Key_Space)
    settle(qtbot, runner)
    assert asked == [
        ("Simpan lembar ketertelusuran (Excel)", f"{number}-jejak.xlsx", "Excel (*.xlsx)")
    ]
    assert dialog.last_saved == target
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Ringkasan", "Kebun", "Setoran"]  # fully traceable
    fields = {
        row[0]: row[1] for row in workbook["Ringkasan"].iter_rows(min_row=4, values_only=True)
    }
    assert fields["Pembeli"] == "PKS Sarolangun"
    assert fields["Berat bersih lot (kg)"] == 1480
    assert fields["Status"].startswith("Tertelusur penuh")
    plots = {
        row[3]: row for row in workbook["Kebun"].iter_rows(min_row=4, values_only=True) if row[3]
    }
    # 800 kg of Siti's Kebun Sungai and 700 kg of Rahmat's kapling: 53,33 % and 46,67 %.
    assert plots["Kebun Sungai"][8:] == (800, 53.33)
    assert plots["Kapling H-070"][8:] == (700, 46.67)
    assert plots["Kebun Sungai"][6] == 0.9963
    receipts = [r[0] for r in workbook["Setoran"].iter_rows(min_row=4, values_only=True)]
    assert len(receipts) == 2
    dialog.accept()
