"""The weighing form against a simulated scale on a pseudo-terminal (issue 15): the live
weight beside the field, F2 takes only a stable weight, a typed weight is saved as typed and
its receipt says so on the thermal printer; the form's plot picker (issue 13)."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from koperasi.devices.scale import ScaleSettings
from koperasi.gui.devices import scale_watch
from koperasi.gui.devices.settings import (
    ThermalPrinter,
    save_scale_settings,
    save_thermal_printer,
)
from tests.gui.conftest import settle
from tests.gui.test_deliveries_page import focused, press

pty_only = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals")


class SimulatedScale:
    """The far end of a pseudo-terminal: what an A&D indicator sends down the cable."""

    def __init__(self) -> None:
        import pty
        import tty

        self.master, self.slave = pty.openpty()
        tty.setraw(self.slave)
        self.port = os.ttyname(self.slave)

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        os.close(self.master)
        os.close(self.slave)


@pytest.fixture
def scale(monkeypatch):
    monkeypatch.setattr(scale_watch, "SILENCE", 0.6)
    simulated = SimulatedScale()
    # 8N1: a pseudo-terminal set to 7E1 once refuses to be set up again (EINVAL), which a
    # serial port does not; the screen change below opens the port a second time.
    save_scale_settings(ScaleSettings(simulated.port, format="and", baud=9600))
    yield simulated
    simulated.close()


def live_text(form) -> str:
    return form.live_label.text()


@pty_only
def test_the_form_takes_only_a_stable_weight_and_marks_a_typed_one(
    qtbot, window, runner, scale, tmp_path
):
    printout = tmp_path / "printer.bin"
    save_thermal_printer(ThermalPrinter(str(printout), 58))
    window.go(2, "new")
    settle(qtbot, runner)
    page = window.deliveries
    form = page.form
    qtbot.waitUntil(lambda: form.member_model.rowCount() == 3, timeout=3000)
    assert page.scale_watcher is not None and page.scale_watcher.isRunning()
    assert form.live_label.isVisible() and form.take_button.isVisible()
    qtbot.waitUntil(lambda: page.scale_watcher.port_open, timeout=3000)

    # The indicator is still moving: the weight shows but cannot be taken.
    scale.send(b"\r\nUS,GS,+0045.10kg\r\nUS,GS,+0045.20kg\r\n")
    qtbot.waitUntil(lambda: live_text(form) == "Belum stabil: 45,2 kg", timeout=3000)
    qtbot.keyClicks(form.member_edit, "siti")
    press(qtbot, form.member_edit)
    assert focused(form.gross_edit)
    qtbot.keyClick(form.gross_edit, Qt.Key.Key_F2)
    assert form.gross_edit.text() == ""
    assert form.errors["gross"].text() == "Berat belum stabil; tunggu sampai angka timbangan diam."

    # Stable: F2 puts it in the field and moves on.
    scale.send(b"ST,GS,+0045.20kg\r\n")
    qtbot.waitUntil(lambda: live_text(form) == "Stabil: 45,2 kg", timeout=3000)
    assert form.take_button.isEnabled()
    qtbot.keyClick(form.gross_edit, Qt.Key.Key_F2)
    assert form.gross_edit.text() == "45,2"
    assert focused(form.deduction_kg_edit)

    # A broken frame: a clear status, never a weight; what was taken stays.
    scale.send(b"ST,GS,+00X5.20kg\r\n")
    qtbot.waitUntil(lambda: "rusak" in live_text(form), timeout=3000)
    assert live_text(form) == "Data timbangan rusak; periksa kabel dan pengaturan format/baud."
    assert not form.take_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_F2)
    assert form.gross_edit.text() == "45,2"
    assert form.errors["gross"].text().startswith("Tidak ada berat dari timbangan: Data")

    qtbot.keyClicks(form.quality_edit, "55")
    page.print_check.setChecked(True)
    qtbot.keyClick(form.quality_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.printed == ["NT-2026-000005"], timeout=5000)
    taken = runner.call(lambda book: book.deliveries.get("NT-2026-000005"))
    assert (taken.gross_grams, taken.net_grams, taken.weight_manual) == (45_200, 45_200, False)
    data = printout.read_bytes()
    assert data.startswith(b"\x1b@") and b"NT-2026-000005" in data and b"45,2 kg" in data
    assert b"manual" not in data
    assert page.status_label.text() == "✓ Nota NT-2026-000005 dikirim ke printer thermal"

    # The scale falls silent (cable, power): the form says so.
    qtbot.waitUntil(lambda: "tidak mengirim data" in live_text(form), timeout=3000)

    # A weight typed by hand is allowed, and the delivery and its receipt say it was typed.
    qtbot.keyClicks(form.member_edit, "budi")
    press(qtbot, form.member_edit)
    qtbot.keyClicks(form.gross_edit, "30")
    qtbot.keyClicks(form.quality_edit, "60")
    qtbot.keyClick(form.quality_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.printed[-1:] == ["NT-2026-000006"], timeout=5000)
    typed = runner.call(lambda book: book.deliveries.get("NT-2026-000006"))
    assert (typed.gross_grams, typed.weight_manual) == (30_000, True)
    qtbot.waitUntil(lambda: page.model.row_of("NT-2026-000006") >= 0, timeout=3000)
    from koperasi.gui.models.delivery_table_model import COL_GROSS

    typed_row = page.model.row_of("NT-2026-000006")
    taken_row = page.model.row_of("NT-2026-000005")
    tip = Qt.ItemDataRole.ToolTipRole
    assert page.model.index(typed_row, COL_GROSS).data(tip) == (
        "Berat diketik manual, bukan diambil dari timbangan"
    )
    assert page.model.index(taken_row, COL_GROSS).data(tip) is None
    assert b"(berat diketik manual)" in printout.read_bytes()

    # A weight taken and then changed by hand is typed too.
    scale.send(b"\r\nST,GS,+0012.50kg\r\n")
    qtbot.waitUntil(lambda: live_text(form) == "Stabil: 12,5 kg", timeout=3000)
    qtbot.keyClicks(form.member_edit, "rahmat")
    press(qtbot, form.member_edit)
    qtbot.keyClick(form.gross_edit, Qt.Key.Key_F2)
    assert form.gross_edit.text() == "12,5"
    form.gross_edit.setFocus()
    qtbot.keyClick(form.gross_edit, Qt.Key.Key_End)
    qtbot.keyClicks(form.gross_edit, "5")
    qtbot.keyClicks(form.quality_edit, "50")
    qtbot.keyClick(form.quality_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.printed[-1:] == ["NT-2026-000007"], timeout=5000)
    changed = runner.call(lambda book: book.deliveries.get("NT-2026-000007"))
    assert (changed.gross_grams, changed.weight_manual) == (12_550, True)  # 12,55 kg

    # Another screen frees the port; back on Setoran the scale is read again.
    watcher = page.scale_watcher
    window.go(0)
    assert page.scale_watcher is None and not watcher.isRunning()
    window.go(2)
    assert page.scale_watcher is not None and page.scale_watcher.isRunning()
    qtbot.waitUntil(lambda: live_text(form) == "Menunggu timbangan…" or "data" in live_text(form))
    for _ in range(20):
        scale.send(b"\r\nST,GS,+0007.00kg\r\n")
        qtbot.wait(100)
        if live_text(form) == "Stabil: 7 kg":
            break
    assert live_text(form) == "Stabil: 7 kg"


def test_without_a_scale_the_weight_is_typed_and_not_marked(qtbot, window, runner):
    window.go(2, "new")
    settle(qtbot, runner)
    page = window.deliveries
    form = page.form
    qtbot.waitUntil(lambda: form.member_model.rowCount() == 3, timeout=3000)
    assert page.scale_watcher is None
    assert not form.live_label.isVisible() and not form.take_button.isVisible()
    qtbot.keyClicks(form.member_edit, "siti")
    press(qtbot, form.member_edit)
    qtbot.keyClick(form.gross_edit, Qt.Key.Key_F2)  # no scale: F2 does nothing
    assert form.gross_edit.text() == ""
    qtbot.keyClicks(form.gross_edit, "20")
    qtbot.keyClicks(form.quality_edit, "50")
    qtbot.keyClick(form.quality_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=5000)
    assert page.last_saved.weight_manual is False


def test_a_scale_port_that_cannot_be_opened_is_one_sentence(qtbot, window, runner, tmp_path):
    missing = str(tmp_path / "ttyUSB9")
    save_scale_settings(ScaleSettings(missing, format="plain"))
    window.go(2, "new")
    settle(qtbot, runner)
    form = window.deliveries.form
    qtbot.waitUntil(lambda: "tidak dapat dibuka" in form.live_label.text(), timeout=3000)
    assert form.live_label.text().startswith(f"Port timbangan {missing} tidak dapat dibuka (")
    assert "Traceback" not in form.live_label.text()
    assert QSettings().value("scale/port") == missing


def test_the_plot_is_chosen_from_the_members_mapped_plots(qtbot, window, runner, tmp_path):
    from tests.geo.samples import BIG_GEOMETRY, POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature

    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai", tahun_tanam=2012),
            feature(POINT_GEOMETRY, anggota="LJ-0001", nama="Pondok", luas="1,5"),
            feature(BIG_GEOMETRY, anggota="LJ-0003", nama="Kapling H-070", tahun_tanam=2010),
        ),
        encoding="utf-8",
    )
    window.go(2, "new")
    settle(qtbot, runner)
    page = window.deliveries
    form = page.form
    qtbot.waitUntil(lambda: form.member_model.rowCount() == 3, timeout=3000)
    # Plots imported while Setoran is open reach its picker.
    runner.call(lambda book: book.plots.import_file(path))
    qtbot.waitUntil(lambda: len(form._plots) == 2, timeout=3000)
    form.member_edit.setFocus()

    def items():
        return [form.plot_combo.itemText(i) for i in range(form.plot_combo.count())]

    # Siti has two plots: none is chosen for her, she says which.
    qtbot.keyClicks(form.member_edit, "siti")
    press(qtbot, form.member_edit)
    assert items()[1:] == ["Pondok · 1,5 ha", "Tanpa kebun terpetakan (tidak tertelusur)"]
    assert items()[0].startswith("Kebun Sungai · ") and items()[0].endswith(" ha · 2012")
    assert form.plot_combo.currentText() == "Tanpa kebun terpetakan (tidak tertelusur)"
    qtbot.keyClicks(form.gross_edit, "40")
    qtbot.keyClicks(form.quality_edit, "50")
    form.plot_combo.setFocus()
    qtbot.keyClicks(form.plot_combo, "Pon")
    assert form.plot_combo.currentText() == "Pondok · 1,5 ha"
    press(qtbot, form.plot_combo)  # Enter in the last field saves
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=5000)
    pondok = runner.call(lambda book: book.plots.list("LJ-0001"))[1]
    assert pondok.name == "Pondok"
    traced = runner.call(
        lambda book: book._db.conn.execute(
            "SELECT plot, plot_id FROM deliveries WHERE receipt = ?", [page.last_saved.receipt]
        ).fetchone()
    )
    assert tuple(traced) == ("Pondok", pondok.id)

    # Rahmat has one plot: it is chosen, and Budi has none, so his delivery is untraceable.
    qtbot.keyClicks(form.member_edit, "rahmat")
    press(qtbot, form.member_edit)
    assert form.plot_combo.currentText().startswith("Kapling H-070 · ")
    qtbot.keyClicks(form.member_edit, "x")  # typed on: no member, no plots
    assert items() == ["Tanpa kebun terpetakan (tidak tertelusur)"]
    form.member_edit.clear()
    qtbot.keyClicks(form.member_edit, "budi")
    press(qtbot, form.member_edit)
    assert items() == ["Tanpa kebun terpetakan (tidak tertelusur)"]


def test_a_correction_can_give_the_delivery_its_plot(qtbot, window, runner, tmp_path):
    from tests.geo.samples import POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature
    from tests.gui.test_deliveries_page import select

    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai", tahun_tanam=2012),
            feature(POINT_GEOMETRY, anggota="LJ-0001", nama="Pondok", luas="1,5"),
        ),
        encoding="utf-8",
    )
    runner.call(lambda book: book.plots.import_file(path))
    sungai = runner.call(lambda book: book.plots.list("LJ-0001"))[0]
    assert sungai.name == "Kebun Sungai"
    window.go(2)
    settle(qtbot, runner)
    page = window.deliveries
    qtbot.waitUntil(lambda: len(page.plots) == 2, timeout=3000)
    select(qtbot, page, "NT-2026-000003")  # Siti's 90 kg of today, recorded without a plot
    page.correct_button.click()
    qtbot.waitUntil(lambda: page.correction_dialog is not None, timeout=3000)
    dialog = page.correction_dialog
    form = dialog.form
    assert form.plot_combo.isEnabled()
    assert form.plot_combo.currentText() == "Tanpa kebun terpetakan (tidak tertelusur)"
    form.plot_combo.setFocus()
    qtbot.keyClicks(form.plot_combo, "Keb")
    assert form.plot_combo.currentText().startswith("Kebun Sungai · ")
    qtbot.keyClicks(dialog.reason_edit, "kebun lupa dipilih")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert dialog.saved.plot == "Kebun Sungai"
    assert runner.call(lambda book: book.plots.of_delivery("NT-2026-000003")) == sungai.id


def a9(sign: bytes, digits: bytes, point: bytes, check: bytes | None = None) -> bytes:
    """A Yaohua XK3190-A9 frame; `check` given to send a wrong one."""
    from koperasi.devices.scale import xor_check

    body = sign + digits + point
    return b"\x02" + body + (check or xor_check(body)) + b"\x03"


@pty_only
def test_an_indicator_without_a_stable_flag_counts_repeats_and_refuses_a_bad_check(
    qtbot, window, runner, monkeypatch
):
    monkeypatch.setattr(scale_watch, "SILENCE", 5.0)
    simulated = SimulatedScale()
    try:
        save_scale_settings(ScaleSettings(simulated.port, format="yaohua-a9", repeats=3))
        window.go(2, "new")
        settle(qtbot, runner)
        form = window.deliveries.form
        qtbot.waitUntil(lambda: form.member_model.rowCount() == 3, timeout=3000)
        qtbot.waitUntil(lambda: window.deliveries.scale_watcher.port_open, timeout=3000)
        qtbot.keyClicks(form.member_edit, "budi")
        press(qtbot, form.member_edit)
        frame = a9(b"+", b"001234", b"2")  # 12,34 kg
        assert frame == b"\x02+0012342" + b"1D" + b"\x03"  # the manual's XOR, worked by hand
        simulated.send(frame[5:] + frame * 2)  # opened mid-frame, then twice the same
        qtbot.waitUntil(lambda: live_text(form) == "Belum stabil: 12,34 kg", timeout=3000)
        qtbot.keyClick(form.gross_edit, Qt.Key.Key_F2)
        assert form.gross_edit.text() == ""
        # 12,35 kg with the check of 12,34: refused as a checksum error, never shown as weight.
        simulated.send(a9(b"+", b"001235", b"2", check=b"1D"))
        qtbot.waitUntil(lambda: "checksum" in live_text(form), timeout=3000)
        assert live_text(form) == "Data timbangan gagal diperiksa (checksum); gangguan pada kabel."
        qtbot.keyClick(form.gross_edit, Qt.Key.Key_F2)
        assert form.gross_edit.text() == ""
        # The count starts again after the bad frame: three more identical readings.
        simulated.send(frame * 2)
        qtbot.waitUntil(lambda: live_text(form) == "Belum stabil: 12,34 kg", timeout=3000)
        simulated.send(frame)
        qtbot.waitUntil(lambda: live_text(form) == "Stabil: 12,34 kg", timeout=3000)
        qtbot.keyClick(form.gross_edit, Qt.Key.Key_F2)
        assert form.gross_edit.text() == "12,34"
        assert not form.weight_is_manual()
        window.go(0)  # lets the port go before it is closed
    finally:
        simulated.close()


def test_the_live_weight_speaks_the_windows_language(qtbot, window, runner):
    from koperasi.gui.devices.scale_watch import LiveWeight

    window.go(2, "new")
    settle(qtbot, runner)
    form = window.deliveries.form
    form.set_scale(True)
    form.set_live_weight(LiveWeight("unstable", 45_200, "Belum stabil: 45,2 kg"))
    assert form.live_label.text() == "Belum stabil: 45,2 kg"
    window.language_actions["en"].trigger()
    assert form.live_label.text() == "Not yet stable: 45,2 kg"
    assert form.take_button.text() == "Take (F2)"
    window.language_actions["id"].trigger()
    assert form.live_label.text() == "Belum stabil: 45,2 kg"
    form.set_scale(False)
