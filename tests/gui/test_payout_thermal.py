"""Pembayaran prints its slips on the thermal printer when one is set in Pengaturan, as the
weighing form prints its receipts (issue 15, branch i15b); without one, the PDF preview."""

from __future__ import annotations

import re

from koperasi.gui.devices.printing import wait_for_printing
from koperasi.gui.devices.settings import ThermalPrinter, save_thermal_printer
from tests.gui.conftest import settle
from tests.gui.test_payouts_page import open_payouts, sell_rubber

CUT = b"\x1bd\x06\x1dV\x00"


def printed_lines(data: bytes) -> list[bytes]:
    return re.sub(rb"\x1b@|\x1b[E!td].|\x1dV.", b"", data).split(b"\n")


def test_slips_of_a_sale_go_to_the_thermal_printer(qtbot, window, runner, tmp_path):
    printout = tmp_path / "printer.bin"
    save_thermal_printer(ThermalPrinter(str(printout), 80))
    page = open_payouts(qtbot, window, runner, "PJ-2026-0001")
    page.print_sale_button.click()
    qtbot.waitUntil(lambda: len(page.printed) == 2, timeout=10_000)
    wait_for_printing()
    assert page.printed == ["SP-2026-000001", "SP-2026-000002"]
    assert page.last_preview is None  # no PDF on the way
    assert page.print_status.text() == "✓ 2 slip dikirim ke printer thermal"
    data = printout.read_bytes()
    assert data.startswith(b"\x1b@") and data.count(CUT) == 2 and data.endswith(CUT)
    lines = printed_lines(data)
    assert max(len(line) for line in lines) == 48
    # Siti Rp 1.310.954 and Budi Rp 953.421, each flush right on its own slip
    for amount in (b"Rp 1.310.954", b"Rp 953.421"):
        assert any(line.rstrip().endswith(amount) for line in lines), amount
    words = " ".join(b" ".join(lines).decode("ascii").lower().split())
    assert "sembilan ratus lima puluh tiga ribu empat ratus dua puluh satu rupiah" in words


def test_slips_of_a_new_run_go_to_the_thermal_printer(qtbot, window, runner, tmp_path, monkeypatch):
    printout = tmp_path / "printer.bin"
    save_thermal_printer(ThermalPrinter(str(printout), 58))
    number = sell_rubber(runner)
    monkeypatch.setattr("koperasi.gui.pages.payouts.confirm", lambda *a: True)
    page = open_payouts(qtbot, window, runner, number)
    page.find_member("siti")
    page.toggle_current()
    page.pay_button.click()
    qtbot.waitUntil(lambda: page.printed == ["SP-2026-000003"], timeout=10_000)
    wait_for_printing()
    settle(qtbot, runner)
    assert page.last_preview is None
    assert page.print_status.text() == "✓ 1 slip dikirim ke printer thermal"
    data = printout.read_bytes()
    assert data.count(CUT) == 1
    lines = printed_lines(data)
    assert max(len(line) for line in lines) == 32
    assert any(line.rstrip().endswith(b"Rp 958.557") for line in lines)
    assert b"SP-2026-000003" in data


def test_a_printer_that_is_not_there_is_one_sentence(
    qtbot, window, runner, tmp_path, modal_dialogs
):
    save_thermal_printer(ThermalPrinter(str(tmp_path / "no-such-folder" / "lp0"), 58))
    page = open_payouts(qtbot, window, runner, "PJ-2026-0001")
    page.print_sale_button.click()
    qtbot.waitUntil(lambda: modal_dialogs.seen != [], timeout=10_000)
    wait_for_printing()
    seen = modal_dialogs.expect(1)
    assert len(seen) == 1 and "Traceback" not in seen[0]
    assert "no-such-folder" in seen[0]  # the sentence names where it tried to print
    assert page.printed == [] and page.print_status.text() == ""
