"""Branch i14tax on screen: a honorarium paid net of PPh 21 from the cash page, the tax and
the net shown live as the gross is typed."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from koperasi.gui import preview
from tests.gui.conftest import TODAY, settle
from tests.gui.test_no_english import english_in
from tests.pdf.pdf_helpers import pages


def test_pay_a_honorarium_from_the_cash_page(qtbot, window, runner, monkeypatch):
    shown = []
    monkeypatch.setattr(preview, "show_pdf", lambda *args: shown.append(args))
    # Kas: the fixture's 73.125 + 5.000.000 rent today = 5.073.125.
    runner.call(lambda book: book.cash.income("Pendapatan lain-lain", 5_000_000, "Sewa", TODAY))
    window.go(window.pages.index(window.cash))
    page = window.cash
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    assert page.honorarium_button.text() == "&Honorarium (PPh 21)…"
    QTest.mouseClick(page.honorarium_button, Qt.MouseButton.LeftButton)
    dialog = page.last_dialog
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.windowTitle() == "Bayar honorarium (PPh 21 dipotong)"
    assert english_in(dialog) == []
    if shots := __import__("os").environ.get("I14TAX_SHOTS"):
        dialog.grab().save(f"{shots}/honorarium_dialog.png")
    monkeypatch.setattr("koperasi.gui.dialogs.honorarium.confirm", lambda *args: True)
    # No name yet: one sentence, nothing paid.
    QTest.keyClicks(dialog.gross_edit, "2.000.000")
    QTest.keyClick(dialog.gross_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert dialog.error.text() == "Nama penerima honorarium harus diisi."
    # Bukan pegawai with a NIK: base 1.000.000 × 5 % = 50.000 withheld, net 1.950.000.
    QTest.keyClicks(dialog.name_edit, "Sri Wahyuni")
    QTest.keyClicks(dialog.tax_id_edit, "1503010101800001")
    assert dialog.figures() == ("Rp 1.000.000", "5 %", "Rp 50.000", "Rp 1.950.000")
    # Without the NIK the tax is 120 %: 60.000, net 1.940.000.
    dialog.tax_id_edit.clear()
    assert dialog.figures() == (
        "Rp 1.000.000", "5 % × 120 % (tanpa NIK/NPWP)", "Rp 60.000", "Rp 1.940.000",
    )  # fmt: skip
    if shots := __import__("os").environ.get("I14TAX_SHOTS"):
        dialog.grab().save(f"{shots}/honorarium_dialog_typed.png")
        window.resize(1024, 768)
        window.grab().save(f"{shots}/cash_page.png")
    # A pengawas: 5 % of the whole gross = 100.000 (× 120 % = 120.000 without NIK).
    dialog.category_combo.setFocus()
    QTest.keyClick(dialog.category_combo, Qt.Key.Key_Down)
    assert dialog.category_combo.currentData() == "pengawas"
    assert dialog.figures()[2:] == ("Rp 120.000", "Rp 1.880.000")
    QTest.keyClick(dialog.category_combo, Qt.Key.Key_Up)
    QTest.keyClicks(dialog.tax_id_edit, "1503010101800001")
    QTest.keyClick(dialog.gross_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    [row] = runner.call(lambda book: book.honoraria.between(TODAY, TODAY))
    assert (row.number, row.name, row.category, row.gross, row.tax, row.net, row.account) == (
        "BP-2026-000001", "Sri Wahyuni", "bukan-pegawai", 2_000_000, 50_000, 1_950_000, "1101",
    )  # fmt: skip
    assert row.date == datetime.date(2026, 11, 27)
    settle(qtbot, runner)
    # Kas 5.073.125 − 1.950.000 = 3.123.125; 2111 holds the 50.000 withheld.
    qtbot.waitUntil(lambda: page.cards["1101"].value.text() == "Rp 3.123.125", timeout=5000)
    assert runner.call(lambda book: book.honoraria.line(2026, 11).payable) == 50_000
    assert runner.call(lambda book: book.checks.ok())
    # Its bukti potong opened in the preview, on A6.
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    pdf, title, file_name, paper = shown[0][:4]
    assert (title, file_name, paper) == (
        "Bukti potong BP-2026-000001", "bukti-potong-BP-2026-000001.pdf", "a6",
    )  # fmt: skip
    assert "PPh 21 dipotong Rp 50.000" in pages(pdf)[0]


def test_a_honorarium_paid_by_mistake_is_voided_from_the_vouchers_list(
    qtbot, window, runner, monkeypatch
):
    """The honorarium is a voucher of the cash page under its bukti potong number; voiding
    it gives Kas the net back and 2111 the PPh 21, and the row says when."""
    from tests.gui.test_cash_page import open_page, table_rows

    def pay(book):
        book.cash.income("Pendapatan lain-lain", 5_000_000, "Sewa", TODAY)
        return book.honoraria.pay(
            "Sri Wahyuni", "bukan-pegawai", 2_000_000, TODAY, tax_id="1503010101800001"
        )

    paid = runner.call(pay)
    # Kas: 73.125 + 5.000.000 − 1.950.000 = 3.123.125.
    assert runner.call(lambda book: book.cash.balances()["1101"]) == 3_123_125
    page = open_page(qtbot, window, runner)
    page.tabs.setCurrentIndex(1)
    rows = table_rows(page.vouchers_table)
    row = next(i for i, r in enumerate(rows) if r[0] == paid.number)
    assert rows[row][2:] == [
        "Honorarium",
        "",
        "Sri Wahyuni: Rp 2.000.000 − PPh 21 Rp 50.000",
        "Kas",
        "Rp 1.950.000",
        "Tercatat",
    ]
    monkeypatch.setattr("koperasi.gui.pages.cash.ask_reason", lambda *args: "Salah orang")
    monkeypatch.setattr("koperasi.gui.pages.cash.confirm", lambda *args: True)
    page.vouchers_table.selectRow(row)
    assert page.void_button.isEnabled()
    page.void_button.click()
    settle(qtbot, runner)
    assert runner.call(lambda book: book.cash.balances()["1101"]) == 5_073_125
    assert runner.call(lambda book: book.honoraria.get(paid.number).void_date) == TODAY
    assert runner.call(lambda book: book.honoraria.line(TODAY.year).withheld) == 0
    rows = table_rows(page.vouchers_table)
    row = next(i for i, r in enumerate(rows) if r[0] == paid.number)
    assert rows[row][-1] == f"Dibatalkan {TODAY:%d/%m/%Y}"
    page.vouchers_table.selectRow(row)
    assert not page.void_button.isEnabled()  # voided once
