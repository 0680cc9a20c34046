"""Simpanan & Pinjaman: the overview against the book, deposits and withdrawals with their
receipt, a loan with its installment plan previewed live, a repayment, the savings rules,
and refusals that leave the book as it was."""

import datetime

import pytest
from PySide6.QtCore import Qt

from koperasi.gui import preview
from koperasi.gui.models.savings_table_model import (
    COL_LOANS,
    COL_LOANS_DUE,
    COL_SUKARELA,
    COL_WAJIB_DUE,
)
from koperasi.gui.paged_model import RecordRole
from tests.gui.conftest import TODAY, settle
from tests.helpers import fund


@pytest.fixture
def shown(monkeypatch):
    """show_pdf replaced by a recorder, so no preview window opens."""
    calls = []
    monkeypatch.setattr(preview, "show_pdf", lambda *args: calls.append(args))
    return calls


def with_rules(runner):
    """Pokok Rp 100.000 once, wajib Rp 10.000 a month, deducted at payout; and Ahmad, who
    joined on 5 January 2026 (the fixture's members joined today, 27 November)."""

    def setup(book):
        book.savings.configure(100_000, 10_000, None, True)
        book.members.add(
            "Ahmad Fauzi", gender="L", village="Pauh", joined=datetime.date(2026, 1, 5)
        )
        fund(book, 10_000_000, datetime.date(2026, 1, 5))  # the cash loans are paid from

    runner.call(setup)


def open_page(qtbot, window, runner):
    window.go(window.pages.index(window.savings_loans))
    page = window.savings_loans
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    return page


def row_of(page, number):
    for row in range(page.proxy.rowCount()):
        record = page.proxy.data(page.proxy.index(row, 0), RecordRole)
        if record.member.number == number:
            return row
    raise AssertionError(number)


def cell(page, number, column):
    return page.proxy.index(row_of(page, number), column).data()


def test_the_overview_matches_the_book(qtbot, window, runner):
    with_rules(runner)
    runner.call(lambda book: book.savings.deposit("LJ-0004", "pokok"))
    runner.call(lambda book: book.loans.grant("LJ-0002", "kasbon", 300_000))
    page = open_page(qtbot, window, runner)
    assert page.model.rowCount() == 4
    # Ahmad owes wajib from January to November 2026: 11 × Rp 10.000 = Rp 110.000; the
    # others joined this month: Rp 10.000 each.
    assert cell(page, "LJ-0004", COL_WAJIB_DUE) == "Rp 110.000"
    assert cell(page, "LJ-0001", COL_WAJIB_DUE) == "Rp 10.000"
    assert runner.call(lambda book: book.savings.wajib_due("LJ-0004")) == 110_000
    # Budi's kasbon is due whole at the next payout.
    assert cell(page, "LJ-0002", COL_LOANS) == "Rp 300.000"
    assert cell(page, "LJ-0002", COL_LOANS_DUE) == "Rp 300.000"
    assert cell(page, "LJ-0001", COL_LOANS) == "–"
    assert page.cards["pokok"].value.text() == "Rp 100.000"
    assert page.cards["pokok"].note.text() == "1 anggota bersaldo"
    assert page.cards["loans"].value.text() == "Rp 300.000"
    # Arrears: wajib 110.000 + 3 × 10.000 = Rp 140.000, and the kasbon's Rp 300.000.
    assert page.cards["arrears"].value.text() == "Rp 440.000"
    assert page.cards["arrears"].note.text() == "wajib Rp 140.000\nangsuran Rp 300.000"
    assert page.as_of.text() == "Per 27 November 2026"

    page.filter_combo.setCurrentIndex(page.filter_combo.findData("loans"))
    assert page.proxy.rowCount() == 1
    assert page.count_label.text() == "1 dari 4 anggota"
    page.filter_combo.setCurrentIndex(0)
    page.search.setText("ahmad")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 1).data() == "Ahmad Fauzi"


def test_a_deposit_prints_its_receipt(qtbot, window, runner, shown):
    with_rules(runner)
    page = open_page(qtbot, window, runner)
    page.select_member("LJ-0001")
    dialog = page.deposit()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.member_picker.number() == "LJ-0001"
    # Siti has paid no simpanan pokok yet: the dialog offers it, at the book's amount.
    assert dialog.kind() == "pokok"
    assert dialog.amount_edit.text() == "100.000"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("sukarela"))
    dialog.amount_edit.setText("250.000")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("transfer"))
    dialog.memo_edit.setText("Tabungan panen")
    dialog.save_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert not dialog.isVisible()
    rows = runner.call(lambda book: book.savings.movements("LJ-0001"))
    assert [
        (m.row.number, m.row.kind, m.row.amount, m.row.method, m.row.date, m.row.memo, m.balance)
        for m in rows
    ] == [("KW-2026-000001", "sukarela", 250_000, "transfer", TODAY, "Tabungan panen", 250_000)]
    pdf, title, file_name, paper, parent = shown[0]
    assert pdf.startswith(b"%PDF")
    assert (title, file_name, paper, parent) == (
        "Kwitansi KW-2026-000001",
        "kwitansi-KW-2026-000001.pdf",
        "a6",
        page,
    )
    settle(qtbot, runner)
    assert cell(page, "LJ-0001", COL_SUKARELA) == "Rp 250.000"
    assert page.cards["sukarela"].value.text() == "Rp 250.000"


def test_withdrawing_more_than_the_balance_is_refused(qtbot, window, runner, shown):
    runner.call(lambda book: book.savings.deposit("LJ-0001", "sukarela", 250_000))
    page = open_page(qtbot, window, runner)
    dialog = page.withdraw("LJ-0001")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.kind() == "sukarela" and not dialog.kind_combo.isEnabled()
    assert dialog.info.text() == "Simpanan sukarela yang dapat ditarik: <b>Rp 250.000</b>"
    dialog.amount_edit.setText("300000")
    dialog.save_button.click()
    settle(qtbot, runner)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Saldo simpanan sukarela anggota LJ-0001 (Siti Aminah) yang dapat diambil pada "
        "27/11/2026 hanya Rp 250.000; Rp 300.000 ditolak karena saldo tidak boleh kurang dari nol."
    )
    assert dialog.amount_edit.text() == "300000"  # what was typed is kept
    assert runner.call(lambda book: book.savings.balances("LJ-0001").sukarela) == 250_000
    assert len(runner.call(lambda book: book.savings.movements("LJ-0001"))) == 1
    assert shown == []

    dialog.amount_edit.setText("75.000")
    dialog.save_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    # Rp 250.000 − Rp 75.000 = Rp 175.000 left.
    assert runner.call(lambda book: book.savings.balances("LJ-0001").sukarela) == 175_000
    assert shown[0][1] == "Kwitansi KW-2026-000002"


def test_a_loan_shows_its_installment_plan_before_it_is_saved(qtbot, window, runner, shown):
    runner.call(lambda book: fund(book, 10_000_000, datetime.date(2026, 1, 5)))
    page = open_page(qtbot, window, runner)
    dialog = page.grant_loan("LJ-0003")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.kind() == "pinjaman"
    assert dialog.schedule_summary.text() == "Isi jumlah pinjaman untuk melihat jadwal angsuran."
    dialog.amount_edit.setText("1.000.000")
    dialog.months_spin.setValue(4)
    dialog.rate_edit.setText("1,5")
    table = dialog.schedule_table

    def row(r):
        return [table.item(r, c).text() for c in range(6)]

    # Flat: 1,5 % of Rp 1.000.000 = Rp 15.000 a month; Rp 250.000 principal each month.
    assert table.rowCount() == 5
    assert row(0) == ["1", "27/12/2026", "Rp 250.000", "Rp 15.000", "Rp 265.000", "Rp 750.000"]
    assert row(4) == ["", "Jumlah", "Rp 1.000.000", "Rp 60.000", "Rp 1.060.000", ""]
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("declining"))
    # Declining: 1,5 % of what is still owed: 15.000, 11.250, 7.500, 3.750 = Rp 37.500.
    assert [table.item(r, 3).text() for r in range(4)] == [
        "Rp 15.000",
        "Rp 11.250",
        "Rp 7.500",
        "Rp 3.750",
    ]
    assert row(4)[3:5] == ["Rp 37.500", "Rp 1.037.500"]
    assert dialog.schedule_summary.text() == (
        "4 kali angsuran, yang pertama Rp 265.000 pada 27/12/2026; seluruhnya dibayar kembali "
        "<b>Rp 1.037.500</b> (jasa Rp 37.500). Bunga efektif <b>18 %</b> per tahun."
    )
    # The same on the amount lent (flat) costs more than it says: shown as a yearly rate.
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("flat"))
    assert "Bunga efektif <b>28,47 %</b> per tahun" in dialog.schedule_summary.text()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("declining"))
    dialog.rate_edit.setText("abc")
    assert table.rowCount() == 0
    assert "abc" in dialog.schedule_summary.text()
    dialog.rate_edit.setText("1,5")
    dialog.purpose_edit.setText("Pupuk")
    dialog.save_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    loan = runner.call(lambda book: book.loans.get("PN-2026-0001"))
    assert (loan.kind, loan.principal, loan.months, loan.rate_bp, loan.method, loan.purpose) == (
        "pinjaman",
        1_000_000,
        4,
        150,
        "declining",
        "Pupuk",
    )
    assert shown[0][1:4] == ("Pinjaman PN-2026-0001", "pinjaman-PN-2026-0001.pdf", "a4")
    settle(qtbot, runner)
    assert cell(page, "LJ-0003", COL_LOANS) == "Rp 1.000.000"
    assert cell(page, "LJ-0003", COL_LOANS_DUE) == "–"  # the first installment is next month


def test_a_kasbon_has_no_plan(qtbot, window, runner, shown):
    runner.call(lambda book: fund(book, 10_000_000, datetime.date(2026, 1, 5)))
    page = open_page(qtbot, window, runner)
    dialog = page.grant_loan("LJ-0001")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("kasbon"))
    assert not dialog.terms_box.isEnabled()
    assert dialog.schedule_table.isHidden()
    assert dialog.kasbon_note.isVisibleTo(dialog)
    dialog.amount_edit.setText("500000")
    dialog.save_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    loan = runner.call(lambda book: book.loans.get("KB-2026-0001"))
    assert (loan.kind, loan.principal, loan.months, loan.rate_bp) == ("kasbon", 500_000, 0, 0)


def test_repaying_a_loan_in_cash(qtbot, window, runner, shown):
    with_rules(runner)
    # Ahmad borrowed Rp 1.200.000 on 10 August, 6 months at 2 % flat: Rp 200.000 principal
    # and Rp 24.000 service a month; by 27 November three installments fell due
    # (10 September, October, November): principal 600.000 + service 72.000 = Rp 672.000.
    runner.call(
        lambda book: book.loans.grant(
            "LJ-0004", "pinjaman", 1_200_000, datetime.date(2026, 8, 10), 6, 200, "flat"
        )
    )
    page = open_page(qtbot, window, runner)
    assert cell(page, "LJ-0004", COL_LOANS_DUE) == "Rp 672.000"
    page.select_member("LJ-0004")
    dialog = page.repay()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.loan_combo.currentData() == "PN-2026-0001"
    assert dialog.amount_edit.text() == "672.000"  # what is due, offered
    assert dialog.position.text().startswith(
        "Sisa pokok <b>Rp 1.200.000</b>; jatuh tempo sekarang <b>Rp 672.000</b>"
    )
    dialog.all_button.click()  # pay off: all the principal and the service due
    assert dialog.amount_edit.text() == "1.272.000"
    dialog.amount_edit.setText("1.300.000")
    dialog.save_button.click()
    settle(qtbot, runner)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Pembayaran Rp 1.300.000 melebihi sisa pinjaman PN-2026-0001: pokok Rp 1.200.000 "
        "ditambah jasa yang sudah jatuh tempo Rp 72.000, jumlah Rp 1.272.000."
    )
    assert runner.call(lambda book: book.loans.repayments("PN-2026-0001")) == []
    dialog.due_button.click()
    dialog.save_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    (repayment,) = runner.call(lambda book: book.loans.repayments("PN-2026-0001"))
    # The service charge due first (Rp 72.000), then principal (Rp 600.000).
    assert (repayment.number, repayment.principal, repayment.service, repayment.method) == (
        "KW-2026-000001",
        600_000,
        72_000,
        "cash",
    )
    assert shown[0][1] == "Kwitansi KW-2026-000001"
    settle(qtbot, runner)
    assert cell(page, "LJ-0004", COL_LOANS) == "Rp 600.000"
    assert cell(page, "LJ-0004", COL_LOANS_DUE) == "–"


def test_the_savings_rules(qtbot, window, runner):
    page = open_page(qtbot, window, runner)
    dialog = page.edit_settings()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.pokok_edit.text() == "" and not dialog.deduct_check.isChecked()
    dialog.pokok_edit.setText("150.000")
    dialog.wajib_edit.setText("15000")
    dialog.start_check.setChecked(True)
    dialog.start_edit.setDate(dialog.start_edit.date().addMonths(-2))  # September 2026
    dialog.deduct_check.setChecked(True)
    dialog.save_button.click()
    settle(qtbot, runner)
    assert not dialog.isVisible()
    rules = runner.call(lambda book: book.savings.settings())
    assert (rules.pokok_amount, rules.wajib_amount, rules.wajib_start, rules.deduct_wajib) == (
        150_000,
        15_000,
        datetime.date(2026, 9, 1),
        True,
    )
    # The members joined on 27 November, after the start: they owe November only.
    qtbot.waitUntil(lambda: cell(page, "LJ-0001", COL_WAJIB_DUE) == "Rp 15.000", timeout=5000)


def test_a_deposit_before_the_closing_is_refused(qtbot, window, runner, shown):
    with_rules(runner)
    runner.call(lambda book: book.closing.close(datetime.date(2026, 10, 31)))
    page = open_page(qtbot, window, runner)
    dialog = page.deposit("LJ-0004")
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("wajib"))
    dialog.date_edit.setDate(dialog.date_edit.date().addMonths(-1).addDays(-12))  # 15/10/2026
    dialog.save_button.click()
    settle(qtbot, runner)
    assert dialog.error.text() == (
        "Periode sampai 31/10/2026 sudah ditutup; tidak ada yang dapat dicatat, diubah, atau "
        "dibatalkan pada tanggal 15/10/2026. Catat koreksinya pada periode yang masih terbuka."
    )
    assert runner.call(lambda book: book.savings.movements("LJ-0004")) == []
    assert shown == []


def test_english_headers(qtbot, window, runner):
    page = open_page(qtbot, window, runner)
    window.language_actions["en"].trigger()
    assert page.heading.text() == "<h2>Savings & loans</h2>"
    assert page.model.headerData(COL_WAJIB_DUE, Qt.Orientation.Horizontal) == "Wajib in arrears"
    assert window.sidebar.item(window.pages.index(page)).text() == "Savings & loans"
    window.language_actions["id"].trigger()
    assert page.deposit_button.text() == "&Setor simpanan…"


def test_the_transactions_menu_and_the_screen_shortcuts(qtbot, window, runner):
    window.deposit_action.trigger()
    page = window.savings_loans
    assert window.stack.currentWidget() is page
    dialog = page.last_dialog
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Setoran simpanan"
    dialog.reject()
    window.expense_action.trigger()
    assert window.stack.currentWidget() is window.cash
    assert window.cash.last_dialog.windowTitle() == "Pengeluaran"
    window.cash.last_dialog.reject()
    settle(qtbot, runner)
    # Ctrl+1 … Ctrl+9 and Ctrl+0 for the tenth screen, Pengaturan.
    assert [a.shortcut().toString() for a in window.page_actions] == [
        *(f"Ctrl+{n}" for n in range(1, 10)),
        "Ctrl+0",
        "",  # i14gui: the eleventh screen, Aset & penyesuaian, is reached from the menu
    ]
    assert window.page_actions[5].text() == "Simpanan && Pinjaman"
