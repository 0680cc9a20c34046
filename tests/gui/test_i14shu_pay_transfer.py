"""Tutup buku & SHU (issue 14, branch i14shu): a RAT decision shows the bases it was
computed on, and a member's SHU is paid by bank transfer with a reference typed on the
page. Figures as in tests/gui/test_year_end_box.py: SHU 73.125 by the statutes, Siti's
jasa usaha 10.584 + jasa modal 3.657 = 14.241."""

import datetime

from PySide6.QtCore import Qt

from koperasi.core import accounts as acc
from tests.gui.conftest import settle
from tests.gui.test_closing_shu_page import NEW_YEAR, into_the_new_year, open_page
from tests.gui.test_year_end_box import answers, balance, type_into  # noqa: F401
from tests.helpers import fund


def test_decision_shows_its_bases_and_pays_by_transfer(qtbot, window, runner, answers):  # noqa: F811
    asked, errors = answers
    into_the_new_year(runner)

    def decide(book):
        book.yearend.close_year(2026)
        book.yearend.decide(2026, datetime.date(2027, 1, 15))
        fund(book, 20_000, datetime.date(2027, 1, 16), acc.BANK)

    runner.call(decide)
    page = open_page(qtbot, window, runner)
    box = page.year_end_box
    qtbot.waitUntil(lambda: box.decision_label.isVisible(), timeout=5000)
    text = box.decision_label.text()
    assert "Dasar jasa modal: saldo 31 Desember" in text
    assert "Dasar jasa anggota: hasil penjualan 100 % (jumlah Rp 2.264.375)" in text

    assert page.find_member("siti") == 0
    page.toggle_current()
    assert page.pay_transfer_button.isVisible() and page.pay_transfer_button.isEnabled()
    assert page.pay_transfer_button.text() == "Bayar lewat &bank…"
    type_into(qtbot, page.reference_edit, "BRI 0123-01-456")
    page.pay_transfer_button.click()
    settle(qtbot, runner)
    assert errors == []
    assert asked[-1] == (
        "Bayar SHU 2026 kepada 1 anggota dengan transfer bank, seluruhnya Rp 14.241, pada "
        "20/01/2027?\nReferensi: BRI 0123-01-456"
    )
    (payment,) = runner.call(lambda book: book.shu.payments(2026))
    assert (payment.method, payment.amount, payment.reference, payment.date) == (
        "transfer",
        14_241,
        "BRI 0123-01-456",
        NEW_YEAR,
    )
    assert -balance(runner, acc.BANK) == 20_000 - 14_241
    qtbot.waitUntil(lambda: page.model.rows[0].payment is not None, timeout=5000)
    assert page.model.rows[0].payment.method == "transfer"
    assert page.reference_edit.text() == ""

    # Budi's 11.354 is more than the 5.759 left in the bank: one sentence, nothing paid.
    assert page.find_member("budi") == 1
    page.toggle_current()
    page.pay_transfer_button.click()
    settle(qtbot, runner)
    assert len(errors) == 1 and ("1102" in errors[0] or "Bank" in errors[0])
    assert len(runner.call(lambda book: book.shu.payments(2026))) == 1


def test_an_income_names_the_member_who_bought(qtbot, window, runner):

    window.go(window.pages.index(window.cash))
    page = window.cash
    settle(qtbot, runner)
    dialog = page.record("income")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.member_label.text() == "Dibeli oleh &anggota"
    assert dialog.member_combo.currentData() is None
    assert dialog.member_combo.itemText(1) == "LJ-0001 · Siti Aminah"
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("Pendapatan lain-lain"))
    qtbot.keyClicks(dialog.amount_edit, "250.000")
    qtbot.keyClicks(dialog.description_edit, "Pupuk 5 sak")
    dialog.member_combo.setFocus()
    qtbot.keyClick(dialog.member_combo, Qt.Key.Key_Down)
    assert dialog.member_combo.currentData() == "LJ-0001"
    dialog.save_button.click()
    settle(qtbot, runner)
    assert not dialog.isVisible()
    buyer = runner.call(lambda book: book.cash.buyer("KS-2026-000001"))
    assert buyer.number == "LJ-0001"
    totals = runner.call(lambda book: book.yearend.transactions(2026, {"purchases": 10_000}).totals)
    assert totals == {"purchases": 250_000}
    # An expense has no buyer to name.
    expense = page.record("expense")
    qtbot.addWidget(expense)
    settle(qtbot, runner)
    assert not expense.member_combo.isVisible()
    expense.close()


def test_the_rat_form_records_the_bases_chosen(qtbot, window, runner, answers):  # noqa: F811
    asked, errors = answers
    into_the_new_year(runner)

    def close(book):
        book.yearend.set_transaction_basis({"sales": 7_000, "loan_service": 3_000})
        book.yearend.close_year(2026)

    runner.call(close)
    page = open_page(qtbot, window, runner)
    box = page.year_end_box
    qtbot.waitUntil(lambda: box.form.isVisible(), timeout=5000)
    combo = box.usaha_basis_combo
    # The three single bases and the mix in the settings, which is chosen.
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "hasil penjualan",
        "jasa pinjaman dibayar",
        "pembelian dari koperasi",
        "campuran: hasil penjualan 70 %, jasa pinjaman dibayar 30 %",
    ]
    assert combo.currentIndex() == 3
    assert box.modal_basis_combo.currentText() == "saldo 31 Desember"
    # The meeting decides on sale proceeds alone, capital averaged over the month ends.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    box.modal_basis_combo.setFocus()
    qtbot.keyClick(box.modal_basis_combo, Qt.Key.Key_End)
    box.decide_button.click()
    settle(qtbot, runner)
    assert errors == []
    assert asked[-1].endswith(
        "Dasar jasa anggota: hasil penjualan; jasa modal: rata-rata akhir bulan?"
    )
    decision = runner.call(lambda book: book.yearend.decision(2026))
    assert decision.basis.transactions == {"sales": 10_000}
    assert decision.basis.capital == "average"
    # Jasa usaha 18.282 by sale shares as on the statutes' page: 10.584 / 7.698.
    assert [(m.number, r.jasa_usaha) for m, r in decision.members if r.jasa_usaha] == [
        ("LJ-0001", 10_584),
        ("LJ-0002", 7_698),
    ]
    qtbot.waitUntil(lambda: box.decision_label.isVisible(), timeout=5000)
    assert box.usaha_basis_combo.currentText() == "hasil penjualan"
    assert box.modal_basis_combo.currentText() == "rata-rata akhir bulan"
