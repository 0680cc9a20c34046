"""Issue 10 on screen: keluar dari koperasi on the member page (reason, date, the amounts
stated before a confirmation, the exit statement printed), and the sale wizard asking to
confirm a sold weight above the pool."""

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from koperasi.gui import preview
from koperasi.gui.dialogs.member_page import MemberPage
from koperasi.gui.kit import messages
from tests.gui.conftest import settle


@pytest.fixture
def shown(monkeypatch):
    calls = []
    monkeypatch.setattr(preview, "show_pdf", lambda *args: calls.append(args))
    return calls


def _page(qtbot, runner, number):
    member = runner.call(lambda book: book.members.get(number))
    page = MemberPage(runner, member)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, runner)
    return page


def test_leave_from_the_member_page(qtbot, window, runner, modal_dialogs, monkeypatch, shown):
    def savings(book):
        day = datetime.date(2026, 11, 27)
        book.savings.deposit("LJ-0003", "pokok", 100_000, date=day)
        book.savings.deposit("LJ-0003", "wajib", 240_000, date=day)
        book.loans.grant("LJ-0003", "kasbon", 40_000, date=day)

    runner.call(savings)
    page = _page(qtbot, runner, "LJ-0003")
    assert page.leave_button.text().replace("&", "") == "Keluar dari koperasi…"
    dialog = page.leave()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.windowTitle() == "Keluar dari koperasi: LJ-0003"
    text = dialog.summary()
    assert "Rp&nbsp;340.000" in dialog.amounts.text()  # never "Rp" / "340.000" on two lines
    assert "pokok Rp 100.000, wajib Rp 240.000, sukarela Rp 0 = Rp 340.000" in text
    assert "Dikurangi KB-2026-0001: pokok Rp 40.000, jasa Rp 0" in text
    assert "Dikembalikan tunai: Rp 300.000" in text

    # No reason: one sentence in the dialog, nothing asked, nothing written.
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Tulis alasan anggota keluar."
    QTest.keyClicks(dialog.reason_edit, "Pindah ke Jambi")

    # The confirmation states the amounts; answered No, nothing changes.
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (question,) = modal_dialogs.expect(1)
    assert "LJ-0003 Rahmat Hidayat keluar dari koperasi pada 27/11/2026" in question
    assert "Dikembalikan tunai: Rp 300.000" in question
    settle(qtbot, runner)
    assert runner.call(lambda book: book.members.get("LJ-0003").active)

    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    monkeypatch.setattr("koperasi.gui.dialogs.leave.confirm", lambda *args: True)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    settle(qtbot, runner)
    member = runner.call(lambda book: book.members.get("LJ-0003"))
    assert (member.active, member.left_on) == (False, datetime.date(2026, 11, 27))
    row = runner.call(lambda book: book.leaving.of_member("LJ-0003"))
    assert (row.number, row.paid, row.reason) == ("KL-2026-0001", 300_000, "Pindah ke Jambi")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert not page.leave_button.isEnabled()


def test_sale_wizard_asks_to_confirm_a_sold_weight_above_the_pool(qtbot, window, runner):
    from PySide6.QtWidgets import QWizard

    from tests.gui.test_sales_page import open_wizard

    wizard = open_wizard(qtbot, window, runner)
    wizard.commodity_page.select("TBS Sawit")
    qtbot.waitUntil(lambda: wizard.commodity_page.isComplete(), timeout=5000)
    wizard.next()
    wizard.next()
    terms = wizard.terms_page
    qtbot.keyClicks(terms.buyer_edit, "PT Pauh Sawit Lestari")
    qtbot.keyClicks(terms.sold_edit, "1.600")  # 100 kg more than the 1.500 kg pooled
    qtbot.keyClicks(terms.price_edit, "3.000")
    qtbot.waitUntil(lambda: terms.oversold_check.isVisible(), timeout=5000)
    assert terms.message.text() == (
        "Pembeli membayar 100 kg lebih banyak dari yang dikumpulkan (susut negatif): periksa "
        "timbangan, atau centang kotak untuk mengonfirmasi."
    )
    assert terms.figures[6].text() == "-100 kg (-6,67 %)"
    assert not terms.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    terms.oversold_check.setFocus()
    QTest.keyClick(terms.oversold_check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: terms.isComplete(), timeout=5000)
    assert wizard.sale_input.oversold_confirmed
    wizard.done(0)
