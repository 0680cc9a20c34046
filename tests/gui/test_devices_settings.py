"""Pengaturan → Timbangan dan printer thermal: typed settings kept for this PC, refusals in
one sentence with nothing saved, and the printer's test page written as ESC/POS."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings, Qt

from koperasi.gui.devices.printing import wait_for_printing
from koperasi.gui.devices.settings import scale_settings, thermal_printer
from tests.gui.conftest import settle


def open_box(qtbot, window, runner):
    window.go(window.pages.index(window.settings_page))
    settle(qtbot, runner)
    return window.settings_page.devices_box


def test_scale_and_printer_are_saved_and_the_test_page_prints(qtbot, window, runner, tmp_path):
    box = open_box(qtbot, window, runner)
    assert scale_settings() is None and thermal_printer() is None
    assert not box.test_button.isEnabled()  # nothing to test without a printer

    box.port_combo.setFocus()
    qtbot.keyClicks(box.port_combo, "/dev/ttyUSB0")
    box.format_combo.setFocus()
    qtbot.keyClick(box.format_combo, Qt.Key.Key_Down)
    qtbot.keyClick(box.format_combo, Qt.Key.Key_Down)  # A&D
    box.baud_combo.setFocus()
    qtbot.keyClicks(box.baud_combo, "24")
    box.parity_combo.setFocus()
    qtbot.keyClick(box.parity_combo, Qt.Key.Key_Down)  # even
    box.bits_combo.setFocus()
    qtbot.keyClick(box.bits_combo, Qt.Key.Key_Down)  # 7
    printout = tmp_path / "lp0.bin"
    qtbot.keyClicks(box.target_edit, str(printout))
    box.paper_combo.setFocus()
    qtbot.keyClick(box.paper_combo, Qt.Key.Key_Down)  # 80 mm
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.status.text() == "Tersimpan"

    scale = scale_settings()
    assert (scale.port, scale.format, scale.baud, scale.parity, scale.data_bits) == (
        "/dev/ttyUSB0",
        "and",
        2400,
        "E",
        7,
    )
    assert thermal_printer().target == str(printout) and thermal_printer().paper == 80

    assert box.test_button.isEnabled()
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text() == "Halaman uji terkirim", timeout=5000)
    wait_for_printing()
    data = printout.read_bytes()
    assert data.startswith(b"\x1b@") and data.endswith(b"\x1dV\x00")  # init ... cut
    assert b"HALAMAN UJI PRINTER" in data
    assert b"Koperasi Produsen Tani Lembah Jaya" in data
    assert b"Kertas 80 mm, 48 kolom" in data
    assert b"1234567890" * 4 + b"12345678\n" in data  # the ruler: exactly 48 columns
    assert b"Jumlah dibayar" + b" " * 22 + b"Rp 1.234.567" in data

    # A fresh page shows what this PC keeps.
    box.load()
    assert box.port_combo.currentText() == "/dev/ttyUSB0"
    assert box.format_combo.currentData() == "and" and box.paper_combo.currentData() == 80


def test_a_bad_printer_target_is_one_sentence_and_nothing_is_saved(qtbot, window, runner):
    box = open_box(qtbot, window, runner)
    qtbot.keyClicks(box.target_edit, "tcp:printer")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.error.isVisible()
    assert box.error.text().startswith('Tujuan printer "tcp:printer" tidak dikenal')
    assert thermal_printer() is None and QSettings().value("printer/thermal_target") is None
    # Emptying the port and the target: receipts as PDF, weights typed.
    box.target_edit.clear()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert not box.error.isVisible()
    assert thermal_printer() is None and scale_settings() is None


def test_a_printer_that_is_not_there_is_said_in_one_sentence(qtbot, window, runner, tmp_path):
    box = open_box(qtbot, window, runner)
    qtbot.keyClicks(box.target_edit, str(tmp_path / "no-folder" / "lp0"))
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(box.error.isVisible, timeout=5000)
    wait_for_printing()
    assert "Traceback" not in box.error.text()
    assert str(tmp_path / "no-folder" / "lp0") in box.error.text()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals")
def test_try_the_scale_reads_it_with_the_typed_settings_saving_nothing(qtbot, window, runner):
    from tests.gui.test_weighing_scale import SimulatedScale

    simulated = SimulatedScale()
    try:
        box = open_box(qtbot, window, runner)
        qtbot.mouseClick(box.try_button, Qt.MouseButton.LeftButton)
        assert box.try_label.text() == "Isi port timbangan dulu."
        box.port_combo.setFocus()
        qtbot.keyClicks(box.port_combo, simulated.port)
        box.format_combo.setFocus()
        qtbot.keyClick(box.format_combo, Qt.Key.Key_Down)
        qtbot.keyClick(box.format_combo, Qt.Key.Key_Down)  # A&D
        qtbot.mouseClick(box.try_button, Qt.MouseButton.LeftButton)
        assert box.watcher is not None and box.watcher.isRunning()
        # The port may open a moment after the click (opening it drops what came before).
        for _ in range(30):
            simulated.send(b"\r\nST,GS,+0012.50kg\r\n")
            qtbot.wait(100)
            if box.try_label.text() == "Stabil: 12,5 kg":
                break
        assert box.try_label.text() == "Stabil: 12,5 kg"
        assert scale_settings() is None  # tried, not saved
        watcher = box.watcher
        window.go(0)  # another screen lets the port go
        assert box.watcher is None and not watcher.isRunning()
    finally:
        simulated.close()
