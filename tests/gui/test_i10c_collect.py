"""Issue 10 on screen: the buyer pays a sale received into Piutang Pembeli (Terima
pelunasan) from the sales page; a refusal is one sentence in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import TODAY, settle


def test_collect_a_receivable_from_the_sales_page(qtbot, window, runner, monkeypatch):
    from koperasi.book.sales import SaleInput

    # PJ-2026-0002: 1.480 kg TBS at Rp 3.152,62 = Rp 4.665.878 received into Piutang
    # Pembeli; the buyer then pays Rp 1.500.000 into the bank: Rp 3.165.878 still owed.
    runner.call(
        lambda book: book.sales.settle(
            SaleInput(
                "TBS Sawit",
                TODAY,
                "PKS Sarolangun",
                1_480_000,
                price_cents=315_262,
                received_into="1201",
            )
        )
    )
    window.go(3)
    settle(qtbot, runner)
    page = window.sales
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.select_sale("PJ-2026-0001")
    settle(qtbot, runner)
    assert not page.collect_button.isEnabled()  # paid in cash by the buyer: nothing owed
    page.select_sale("PJ-2026-0002")
    settle(qtbot, runner)
    assert page.collect_button.isEnabled()
    assert page.collect_button.text() == "Te&rima pelunasan…"
    page.collect_button.click()
    dialog = page.collect_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    settle(qtbot, runner)
    text = dialog.summary.text().replace("&nbsp;", " ")
    for part in (
        "PKS Sarolangun",
        "PJ-2026-0002",
        "Piutang: Rp 4.665.878",
        "Dibayar: Rp 0",
        "Sisa: Rp 4.665.878",
        "Umur: 0 hari",
    ):
        assert part in text, part
    monkeypatch.setattr("koperasi.gui.dialogs.collect.confirm", lambda *args: True)
    # More than owed: refused in one sentence, nothing written.
    dialog.amount_edit.clear()
    QTest.keyClicks(dialog.amount_edit, "5.000.000")
    dialog.save_button.click()
    settle(qtbot, runner)
    assert "Rp 4.665.878" in dialog.error.text() and "\n" not in dialog.error.text()
    assert runner.call(lambda book: book.receivables.collections("PJ-2026-0002")) == []
    dialog.amount_edit.clear()
    QTest.keyClicks(dialog.amount_edit, "1.500.000")
    dialog.into_combo.setCurrentIndex(dialog.into_combo.findData("bank"))
    QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    [paid] = runner.call(lambda book: book.receivables.collections("PJ-2026-0002"))
    assert (paid.amount, paid.account, paid.date) == (1_500_000, "1102", TODAY)
    owed = runner.call(lambda book: book.receivables.of_sale("PJ-2026-0002"))
    assert (owed.paid, owed.outstanding) == (1_500_000, 3_165_878)
    settle(qtbot, runner)
    assert page.collect_button.isEnabled()  # still Rp 3.165.878 to collect
    assert runner.call(lambda book: book.checks.ok())
