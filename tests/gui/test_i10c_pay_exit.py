"""Issue 10 on screen: a member who left with savings kept as 2110 is paid them later from
the member page (Bayar simpanan tertahan…)."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from koperasi.gui.dialogs.member_page import MemberPage
from tests.gui.conftest import TODAY, settle


def _page(qtbot, runner, number):
    member = runner.call(lambda book: book.members.get(number))
    page = MemberPage(runner, member)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, runner)
    settle(qtbot, runner)
    return page


def test_pay_kept_savings_from_the_member_page(qtbot, window, runner, monkeypatch):
    # Rahmat: pokok 100.000 + wajib 240.000 = 340.000 deposited in cash today, kept as a
    # payable (2110) when he leaves today; he is paid 100.000 now, 240.000 stays owed.
    def leaver(book):
        book.savings.deposit("LJ-0003", "pokok", 100_000, date=TODAY)
        book.savings.deposit("LJ-0003", "wajib", 240_000, date=TODAY)
        book.leaving.leave("LJ-0003", TODAY, "Pindah", refund="payable")

    runner.call(leaver)
    active = _page(qtbot, runner, "LJ-0001")
    assert not active.pay_exit_button.isVisibleTo(active)  # a member owed nothing
    page = _page(qtbot, runner, "LJ-0003")
    assert page.pay_exit_button.isVisibleTo(page) and page.pay_exit_button.isEnabled()
    assert page.pay_exit_button.text() == "Bayar &simpanan tertahan…"
    dialog = page.pay_exit()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert "Rp 340.000" in dialog.summary.text()
    assert dialog.amount_edit.text() == "340.000"  # all of it unless changed
    monkeypatch.setattr("koperasi.gui.dialogs.pay_exit.confirm", lambda *args: True)
    dialog.amount_edit.clear()
    QTest.keyClicks(dialog.amount_edit, "400.000")
    QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert "Rp 340.000" in dialog.error.text()  # more than owed: one sentence
    dialog.amount_edit.clear()
    QTest.keyClicks(dialog.amount_edit, "100.000")
    QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    [paid] = runner.call(lambda book: book.exit_payments.of_member("LJ-0003"))
    assert (paid.number, paid.amount, paid.account, paid.date) == (
        "KK-2026-000001",
        100_000,
        "1101",
        datetime.date(2026, 11, 27),
    )
    assert runner.call(lambda book: book.exit_payments.owed("LJ-0003")) == 240_000
    settle(qtbot, runner)
    assert page.exit_owed == 240_000
    assert runner.call(lambda book: book.checks.ok())
