"""Issue 10 on screen: reverse a sale (Penjualan) and void a payout slip (Pembayaran), each
with a dialog that states the amounts and a reason typed with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from koperasi.gui.models.sale_table_model import COL_PAID
from tests.gui.conftest import TODAY, settle
from tests.gui.test_payouts_page import open_payouts, sell_rubber


def test_reverse_a_sale_with_a_reason(qtbot, window, runner):
    from koperasi.book.sales import SaleInput

    # PJ-2026-0002: 1.480 kg TBS at Rp 3.152,62 = Rp 4.665.878; fee Rp 25/kg = Rp 37.000;
    # net Rp 4.628.878; nothing paid yet.
    runner.call(
        lambda book: book.sales.settle(
            SaleInput("TBS Sawit", TODAY, "PT Pauh Sawit Lestari", 1_480_000, price_cents=315_262)
        )
    )
    window.go(3)
    settle(qtbot, runner)
    page = window.sales
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.select_sale("PJ-2026-0001")
    settle(qtbot, runner)
    assert not page.reverse_button.isEnabled()  # its shares are paid: void the slips first
    page.select_sale("PJ-2026-0002")
    settle(qtbot, runner)
    assert page.reverse_button.isEnabled()
    page.reverse_button.click()
    dialog = page.cancel_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    text = dialog.summary.text()
    for amount in ("Rp 4.665.878", "Rp 37.000", "Rp 0", "Rp 4.628.878"):
        assert amount in text, amount
    assert not dialog.save_button.isEnabled()  # no reason, no reversal
    QTest.keyClicks(dialog.reason_edit, "harga salah ketik")
    assert dialog.save_button.isEnabled()
    QTest.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    reversal = runner.call(
        lambda book: book.corrections.sale_reversal(book.sales.get("PJ-2026-0002").id)
    )
    assert (reversal.date, reversal.reason) == (TODAY, "harga salah ketik")
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: "BATAL" in page.figures.text(), timeout=5000)
    assert "harga salah ketik" in page.figures.text()
    row = page.model.row_of("PJ-2026-0002")
    assert page.model.index(row, COL_PAID).data() == "BATAL"
    assert not page.reverse_button.isEnabled()
    assert runner.call(lambda book: book.checks.ok())


def test_void_a_slip_with_a_reason(qtbot, window, runner):
    number = sell_rubber(runner)
    # Budi's share Rp 639.038 paid in cash (see test_payouts_page).
    [slip] = runner.call(lambda book: book.payouts.pay(number, members=["LJ-0002"]))
    page = open_payouts(qtbot, window, runner, number)
    row = page.find_member("budi")
    page.table.selectRow(row)
    assert page.void_button.isEnabled()
    page.find_member("siti")
    page.table.selectRow(page.find_member("siti"))
    assert not page.void_button.isEnabled()  # Siti is not paid: nothing to void
    page.table.selectRow(row)
    page.void_button.click()
    dialog = page.cancel_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert slip.slip in dialog.summary.text()
    assert "Rp 639.038" in dialog.summary.text() and "LJ-0002" in dialog.summary.text()
    QTest.keyClicks(dialog.reason_edit, "dibayar ke orang lain")
    QTest.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    status = runner.call(
        lambda book: {s.member.number: s.payout for s in book.payouts.status(number)}
    )
    assert status == {"LJ-0001": None, "LJ-0002": None}
    void = runner.call(lambda book: book.corrections.payout_void(slip.id))
    assert void.reason == "dibayar ke orang lain"
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.model.unpaid_count() == 2, timeout=5000)
    assert runner.call(lambda book: book.checks.ok())
