"""Kas: the cash book of a period against the book, expenses, transfers, voiding a voucher,
printing, and refusals that change nothing."""

import datetime

import pytest

from koperasi.gui import preview
from tests.gui.conftest import settle

# The fixture's November: sale PJ-2026-0001 brought Rp 2.437.500 into Kas less the Rp 100.000
# transport paid from it (Rp 2.337.500 in), and the payout took Rp 2.264.375 out: Kas holds
# 2.337.500 − 2.264.375 = Rp 73.125, the cooperative's 3 % fee.


@pytest.fixture
def shown(monkeypatch):
    calls = []
    monkeypatch.setattr(preview, "show_pdf", lambda *args: calls.append(args))
    return calls


def open_page(qtbot, window, runner):
    window.go(window.pages.index(window.cash))
    page = window.cash
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    settle(qtbot, runner)
    return page


def table_rows(table):
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_cash_book_of_the_month(qtbot, window, runner):
    page = open_page(qtbot, window, runner)
    assert page.period() == (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    assert page.cards["1101"].value.text() == "Rp 73.125"
    assert page.cards["1102"].value.text() == "Rp 0"
    assert page.cards["in"].value.text() == "Rp 2.337.500"
    assert page.cards["out"].value.text() == "Rp 2.264.375"
    assert table_rows(page.book_table) == [
        ["01/11/2026", "", "Saldo awal", "", "", "Rp 0"],
        [
            "21/11/2026",
            "JU-2026-000001",
            "Penjualan PJ-2026-0001 Karet ke PT Remco Jambi",
            "Rp 2.337.500",
            "",
            "Rp 2.337.500",
        ],
        [
            "22/11/2026",
            "JU-2026-000002",
            "Pembayaran hasil penjualan PJ-2026-0001",
            "",
            "Rp 2.264.375",
            "Rp 73.125",
        ],
        [
            "30/11/2026",
            "",
            "Saldo akhir (jumlah dalam periode)",
            "Rp 2.337.500",
            "Rp 2.264.375",
            "Rp 73.125",
        ],
    ]
    page.set_month(-1)  # October: nothing moved
    settle(qtbot, runner)
    assert len(table_rows(page.book_table)) == 2
    assert page.cards["in"].value.text() == "Rp 0"


def test_expense_transfer_and_void(qtbot, window, runner, monkeypatch):
    page = open_page(qtbot, window, runner)
    dialog = page.record("expense")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.info.text() == "Saldo sekarang: Rp 73.125"
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("Transport"))
    dialog.amount_edit.setText("25.000")
    dialog.description_edit.setText("Ongkos ke bank")
    dialog.save_button.click()
    settle(qtbot, runner)
    assert not dialog.isVisible()
    voucher = runner.call(lambda book: book.cash.get("KS-2026-000001"))
    assert (voucher.kind, voucher.amount, voucher.money_account, voucher.description) == (
        "expense",
        25_000,
        "1101",
        "Ongkos ke bank",
    )
    settle(qtbot, runner)
    # Rp 73.125 − Rp 25.000 = Rp 48.125.
    assert page.cards["1101"].value.text() == "Rp 48.125"
    assert table_rows(page.book_table)[3][3:] == ["", "Rp 25.000", "Rp 48.125"]

    dialog = page.transfer()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.info.text() == "Saldo sekarang: Kas Rp 48.125 · Bank Rp 0"
    dialog.amount_edit.setText("40000")
    dialog.save_button.click()
    settle(qtbot, runner)
    assert runner.call(lambda book: book.cash.balances()) == {"1101": 8_125, "1102": 40_000}
    assert page.cards["1102"].value.text() == "Rp 40.000"

    page.tabs.setCurrentIndex(1)
    vouchers = table_rows(page.vouchers_table)
    assert [v[0] for v in vouchers] == ["KS-2026-000002", "KS-2026-000001"]  # newest first
    assert vouchers[0][2:] == [
        "Pindah buku",
        "",
        "Setor kas ke bank",
        "Kas → Bank",
        "Rp 40.000",
        "Tercatat",
    ]
    asked = []
    monkeypatch.setattr(
        "koperasi.gui.pages.cash.ask_reason", lambda *args: asked.append(args) or "Salah catat"
    )
    monkeypatch.setattr("koperasi.gui.pages.cash.confirm", lambda *args: True)
    page.vouchers_table.selectRow(1)
    assert page.void_button.isEnabled()
    page.void_button.click()
    settle(qtbot, runner)
    void = runner.call(lambda book: book.cash.get("KS-2026-000003"))
    assert (void.kind, void.amount, void.description) == (
        "expense",
        25_000,
        "Pembatalan KS-2026-000001: Salah catat",
    )
    # The Rp 25.000 come back: Rp 8.125 + Rp 25.000 = Rp 33.125.
    assert runner.call(lambda book: book.cash.balances()["1101"]) == 33_125
    settle(qtbot, runner)
    vouchers = table_rows(page.vouchers_table)
    assert vouchers[0][0] == "KS-2026-000003" and vouchers[0][-1] == "Pembatalan"
    assert vouchers[2][0] == "KS-2026-000001"
    assert vouchers[2][-1] == "Dibatalkan dengan KS-2026-000003"
    page.vouchers_table.selectRow(2)
    assert not page.void_button.isEnabled()  # a voucher is voided once


def test_an_expense_in_the_closed_period_is_refused(qtbot, window, runner):
    runner.call(lambda book: book.closing.close(datetime.date(2026, 10, 31)))
    page = open_page(qtbot, window, runner)
    assert page.closed_label.text() == "Buku ditutup s.d. 31/10/2026"
    dialog = page.record("expense")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    dialog.amount_edit.setText("10.000")
    dialog.save_button.click()
    settle(qtbot, runner)
    assert dialog.error.text() == "Keterangan catatan kas wajib diisi."
    dialog.description_edit.setText("Kertas")
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-43))  # 15/10/2026
    dialog.save_button.click()
    settle(qtbot, runner)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Periode sampai 31/10/2026 sudah ditutup; tidak ada yang dapat dicatat, diubah, atau "
        "dibatalkan pada tanggal 15/10/2026. Catat koreksinya pada periode yang masih terbuka."
    )
    assert (
        runner.call(
            lambda book: book.cash.entries(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
        )
        == []
    )
    assert runner.call(lambda book: book.cash.balances()["1101"]) == 73_125


def test_print_the_cash_book(qtbot, window, runner, shown):
    page = open_page(qtbot, window, runner)
    page.print_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    pdf, title, file_name, paper, parent = shown[0]
    assert pdf.startswith(b"%PDF")
    assert (title, file_name, paper, parent) == (
        "Buku kas 01/11/2026 s.d. 30/11/2026",
        "buku-kas-20261101-20261130.pdf",
        "a4",
        page,
    )
    page.account_combo.setCurrentIndex(page.account_combo.findData("bank"))
    settle(qtbot, runner)
    assert table_rows(page.book_table)[-1][-1] == "Rp 0"
    page.print_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert shown[1][1] == "Buku bank 01/11/2026 s.d. 30/11/2026"
