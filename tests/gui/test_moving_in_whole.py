"""Done when (issue 12): a cooperative of 300 members, their savings and 40 open loans, kept in
workbooks the way a treasurer keeps them, moves in through the wizard step by step; its first
trial balance is the old neraca and the book checks clean."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from koperasi.book import Book
from tests.gui.conftest import TODAY
from tests.xlsx.test_moving_in_cli import old_workbooks


def test_a_cooperative_moves_in_through_the_wizard(qtbot, runner, tmp_path):
    from koperasi.gui.main_window import MainWindow

    neraca = old_workbooks(tmp_path)
    path = tmp_path / "lembah.koperasi"
    with Book.create(path, name="Koperasi Lembah Jaya", member_prefix="LJ") as book:
        book.commodities.add("Karet", fee_bp=300, uses_quality=True)
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.show()
    runner.open_book_sync(path)
    runner.call(lambda book: book.with_today(TODAY))
    window.moving_in_action.trigger()
    wizard = window.moving_in
    qtbot.waitUntil(lambda: wizard.progress is not None)

    def import_step(step: str, name: str, rows: int) -> None:
        while wizard.current_step() != step:
            qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(wizard.path, str(tmp_path / name))
        wizard.report = None
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: wizard.report is not None, timeout=30_000)
        assert wizard.report.written and wizard.report.count("new") == rows, wizard.summary.text()

    import_step("members", "anggota.xlsx", 300)
    import_step("savings", "simpanan.xlsx", 300)
    import_step("loans", "pinjaman.xlsx", 40)
    qtbot.waitUntil(lambda: "Sisa pinjaman anggota − akun 1202" in wizard.remaining.text())
    import_step("balances", "neraca.xlsx", len(neraca))
    qtbot.waitUntil(lambda: "seimbang dan cocok" in wizard.remaining.text())
    assert wizard.steps.item(2).text() == "✓ 3. Pinjaman dan kasbon berjalan (40)"

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert (
        wizard.current_step() == "opening"
        and wizard.start.date().toString("dd/MM/yyyy") == "01/11/2026"
    )
    qtbot.mouseClick(wizard.opening_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saldo awal dibukukan" in wizard.summary.text(), timeout=30_000)
    qtbot.waitUntil(lambda: wizard.steps.item(7).text() == "✓ 8. Bukukan saldo awal")

    def first_trial_balance(book):
        tb = book.journal.trial_balance()
        return {r.code: (r.debit, r.credit) for r in tb.rows if r.debit or r.credit}

    assert runner.call(first_trial_balance) == neraca
    assert runner.call(lambda book: [f.detail for f in book.checks.run() if not f.ok]) == []
    assert runner.call(lambda book: len(book.loans.list(open_only=True))) == 40
    wizard.reject()


def test_what_was_owed_in_the_old_books_shows_on_the_usual_screens(qtbot, runner, tmp_path):
    """The SHU brought in shows, ready to pay, on the Tutup buku & SHU screen; the wajib
    arrears brought in on the savings screen."""
    from koperasi.book.moving_in import MovingIn
    from koperasi.gui.main_window import MainWindow
    from tests.xlsx.test_opening_dues import START, stage

    path = tmp_path / "lembah.koperasi"
    with Book.create(path, name="Koperasi Lembah Jaya", member_prefix="LJ") as book:
        book.with_today(TODAY)
        stage(book, tmp_path)
        MovingIn(book).post_opening(START)
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.show()
    runner.open_book_sync(path)
    window.go(8)
    page = window.closing_shu
    qtbot.waitUntil(lambda: page.data is not None and page.data.year == 2025, timeout=10_000)
    assert page.year_combo.findData(2025) >= 0
    assert page.model.rowCount() == 3  # two members and the total line
    assert "Rp 275.000" in page.total_amount.text()
    window.go(5)
    table = window.savings_loans.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3, timeout=10_000)
    dues = [table.model().index(row, 5).data() for row in range(3)]
    assert dues == ["Rp 80.000", "Rp 20.000", "Rp 1.160.000"]
