"""The member page's savings and loans tabs: the passbook, voiding a receipt, and a loan's
installments with what is paid and what is due."""

import datetime

import pytest

from koperasi.gui import preview
from koperasi.gui.dialogs.member_page import MemberPage
from tests.gui.conftest import settle
from tests.helpers import fund


@pytest.fixture
def shown(monkeypatch):
    calls = []
    monkeypatch.setattr(preview, "show_pdf", lambda *args: calls.append(args))
    return calls


def member_page(qtbot, runner, number):
    member = runner.call(lambda book: book.members.get(number))
    page = MemberPage(runner, member)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, runner)
    assert page.money_tab.data is not None
    return page


def rows(table):
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_passbook_and_a_void(qtbot, window, runner, shown, monkeypatch):
    def setup(book):
        book.savings.deposit("LJ-0001", "sukarela", 250_000)
        book.savings.withdraw("LJ-0001", 50_000)

    runner.call(setup)
    page = member_page(qtbot, runner, "LJ-0001")
    tab = page.money_tab
    assert page.tabs.tabText(3) == "Si&mpanan"
    assert page.tabs.tabText(4) == "&Kasbon && pinjaman"
    assert tab.balances.text() == (
        "Simpanan pokok <b>Rp 0</b> · wajib <b>Rp 0</b> · sukarela <b>Rp 200.000</b> · "
        "sisa pinjaman <b>Rp 0</b>"
    )
    assert rows(tab.movements_table) == [
        ["KW-2026-000002", "27/11/2026", "Sukarela", "Tunai", "", "Rp 50.000", "Rp 200.000"],
        ["KW-2026-000001", "27/11/2026", "Sukarela", "Tunai", "Rp 250.000", "", "Rp 250.000"],
    ]
    tab.movements_table.selectRow(0)
    tab.receipt_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert shown[0][1] == "Kwitansi KW-2026-000002"

    monkeypatch.setattr(
        "koperasi.gui.dialogs.member_money_tab.ask_reason", lambda *a: "Salah catat"
    )
    monkeypatch.setattr("koperasi.gui.dialogs.member_money_tab.confirm", lambda *a: True)
    assert tab.void_button.isEnabled()
    tab.void_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    # The withdrawal is voided with a new receipt that puts the Rp 50.000 back.
    assert runner.call(lambda book: book.savings.balances("LJ-0001").sukarela) == 250_000
    assert shown[1][1] == "Kwitansi KW-2026-000003"
    qtbot.waitUntil(lambda: tab.movements_table.rowCount() == 3, timeout=5000)
    movements = rows(tab.movements_table)
    assert movements[0][0] == "KW-2026-000003"
    assert movements[0][3] == "Pembatalan KW-2026-000002"
    assert movements[1][3] == "Tunai · dibatalkan dengan KW-2026-000003"
    tab.movements_table.selectRow(1)
    assert not tab.void_button.isEnabled()


def test_a_loans_installments(qtbot, window, runner, shown):
    def setup(book):
        book.members.add("Ahmad Fauzi", gender="L", joined=datetime.date(2026, 1, 5))
        fund(book, 2_000_000, datetime.date(2026, 1, 5))  # Kas never goes below zero
        # Rp 1.200.000 on 10 August, 6 months at 2 % flat: Rp 224.000 a month; the first
        # installment repaid on 10 September.
        loan = book.loans.grant(
            "LJ-0004", "pinjaman", 1_200_000, datetime.date(2026, 8, 10), 6, 200, "flat"
        )
        book.loans.repay(loan.number, 224_000, datetime.date(2026, 9, 10))

    runner.call(setup)
    page = member_page(qtbot, runner, "LJ-0004")
    tab = page.money_tab
    # October and November fell due and are unpaid: 2 × Rp 224.000 = Rp 448.000.
    assert tab.loans_summary.text() == (
        "Sisa kasbon dan pinjaman <b>Rp 1.000.000</b> · jatuh tempo sekarang <b>Rp 448.000</b>"
    )
    assert rows(tab.loans_table) == [
        [
            "PN-2026-0001",
            "10/08/2026",
            "Rp 1.200.000",
            "6 bulan, jasa 2 % per bulan, flat",
            "Rp 1.000.000",
            "Rp 448.000",
            "Rp 224.000 · 10/12/2026",
        ]
    ]
    assert tab.plan_title.text() == "Angsuran PN-2026-0001"
    assert [r[5] for r in rows(tab.plan_table)] == [
        "Lunas",
        "Jatuh tempo",
        "Jatuh tempo",
        "Belum jatuh tempo",
        "Belum jatuh tempo",
        "Belum jatuh tempo",
    ]
    tab.schedule_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert shown[0][1:4] == ("Pinjaman PN-2026-0001", "pinjaman-PN-2026-0001.pdf", "a4")
