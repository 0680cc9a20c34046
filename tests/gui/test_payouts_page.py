"""Pembayaran: pick a sale, pay the ticked shares once, print the slips of the run."""

from PySide6.QtCore import Qt

from koperasi.book.sales import SaleInput
from koperasi.core.model import SaleCost
from koperasi.gui.models.share_table_model import ShareTableModel
from tests.gui.conftest import TODAY, settle


def sell_rubber(runner) -> str:
    """PJ-2026-0002: LJ-0001's 90 kg at KKK 50 % and LJ-0002's 50 kg at 60 %, 138,5 kg sold
    at Rp 12.450: net Rp 1.597.595, split Rp 958.557 / Rp 639.038 (see test_sales_page)."""

    def sell(book):
        book.deliveries.record("LJ-0002", "Karet", 50_000, date=TODAY, quality_bp=6000)
        return book.sales.settle(
            SaleInput(
                "Karet",
                TODAY,
                "PT Remco Jambi",
                138_500,
                price_cents=1_245_000,
                costs=(SaleCost("Transport", 75_000),),
            )
        ).number

    return runner.call(sell)


def test_share_model_without_window_only_unpaid_shares_are_checkable(qtbot, runner, small_book):
    runner.open_book_sync(small_book)
    number = sell_rubber(runner)
    model = ShareTableModel(checkable=True)
    model.set_rows(runner.call(lambda book: book.payouts.status(number)))
    assert model.rowCount() == 3  # two members and the totals row
    assert [model.index(r, 4).data() for r in range(3)] == [
        "Rp 958.557",
        "Rp 639.038",
        "Rp 1.597.595",
    ]
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    model.set_all_checked(True)
    assert model.checked_members() == ["LJ-0001", "LJ-0002"]
    assert model.checked_total() == 1_597_595

    paid = ShareTableModel(checkable=True)
    paid.set_rows(runner.call(lambda book: book.payouts.status("PJ-2026-0001")))
    assert not paid.index(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert paid.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None
    assert not paid.setData(paid.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    paid.set_all_checked(True)
    assert paid.checked_members() == []
    # PJ-2026-0001: Siti Rp 1.310.954 + Budi Rp 953.421 = net Rp 2.264.375, all paid
    assert (paid.share_total(), paid.paid_total(), paid.unpaid_total()) == (2_264_375, 2_264_375, 0)
    assert paid.index(2, 5).data() == "Lunas"


def open_payouts(qtbot, window, runner, number: str):
    window.go(4)
    page = window.payouts
    page.select_sale(number)
    settle(qtbot, runner)
    qtbot.waitUntil(
        lambda: page.sale_combo.currentData() == number and len(page.model.rows) > 0,
        timeout=5000,
    )
    settle(qtbot, runner)
    return page


def test_pay_selected_then_print_the_runs_slips(qtbot, window, runner, monkeypatch):
    number = sell_rubber(runner)
    runner.call(lambda book: book.cash.transfer("kas", 700_000))  # Budi is paid by transfer
    questions = []
    monkeypatch.setattr(
        "koperasi.gui.pages.payouts.confirm",
        lambda parent, title, text: questions.append(text) or True,
    )
    page = open_payouts(qtbot, window, runner, number)
    assert page.sale_combo.currentText().endswith("— 2 belum dibayar")
    assert not page.pay_button.isEnabled()
    assert page.find_member("budi") == 1
    page.toggle_current()  # Enter in the find box ticks Budi
    assert page.model.checked_members() == ["LJ-0002"]
    assert "1 anggota dipilih: <b>Rp 639.038</b>" in page.selected_label.text()
    page.method_combo.setCurrentIndex(1)  # transfer
    page.pay_button.click()
    qtbot.waitUntil(lambda: page.last_paid != [], timeout=10_000)
    assert questions[0] == (
        "Bayar bagian 1 anggota dari penjualan PJ-2026-0002, seluruhnya Rp 639.038, "
        "secara transfer pada 27/11/2026?"
    )
    # The fixture's payout used slips SP-2026-000001 and 000002.
    payouts = runner.call(lambda book: book.payouts.of_sale(number))
    assert [(p.slip, p.member_id, p.share, p.paid, p.method, p.date) for p in payouts] == [
        ("SP-2026-000003", 2, 639_038, 639_038, "transfer", TODAY)
    ]
    assert questions[1] == (
        "1 anggota sudah dibayar dengan slip SP-2026-000003 sampai SP-2026-000003. "
        "Cetak slipnya sekarang?"
    )
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20_000)
    assert page.last_preview.pdf.startswith(b"%PDF")
    assert page.last_preview.paper == "a5"
    assert page.last_preview.document.pageCount() == 1
    page.last_preview.close()

    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.model.rows[1].payout is not None, timeout=5000)
    assert page.model.index(1, 5).data() == "Sudah dibayar · SP-2026-000003 · 27/11/2026"
    assert page.model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) is None
    assert page.totals.text() == (
        "Bagian anggota <b>Rp 1.597.595</b> · sudah dibayar <b>Rp 639.038</b> · "
        "belum dibayar <b>Rp 958.557</b>"
    )
    assert page.sale_combo.currentText().endswith("— 1 belum dibayar")


def test_paying_twice_is_impossible(qtbot, window, runner, monkeypatch):
    number = sell_rubber(runner)
    answers = iter([True, True, False])  # pay: yes (refused); pay: yes; print: not now
    monkeypatch.setattr("koperasi.gui.pages.payouts.confirm", lambda *args: next(answers))
    errors = []
    monkeypatch.setattr(
        "koperasi.gui.pages.payouts.show_error", lambda parent, exc: errors.append(str(exc))
    )
    page = open_payouts(qtbot, window, runner, number)
    page.all_button.click()
    assert page.model.checked_members() == ["LJ-0001", "LJ-0002"]
    # Meanwhile Budi is paid some other way (another screen, the command line):
    runner.call(lambda book: book.payouts.pay(number, TODAY, ["LJ-0002"]))
    page.pay_button.click()
    qtbot.waitUntil(lambda: errors != [], timeout=10_000)
    assert errors == [
        "Bagian anggota LJ-0002 dalam penjualan PJ-2026-0002 sudah dibayar dengan slip "
        "SP-2026-000003."
    ]
    assert len(runner.call(lambda book: book.payouts.of_sale(number))) == 1  # nothing more paid
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.model.rows[1].payout is not None, timeout=5000)
    assert page.model.checked_members() == ["LJ-0001"]  # the paid share lost its tick
    assert not page.model.setData(
        page.model.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    page.pay_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: len(page.last_paid) == 1, timeout=10_000)
    assert page.last_paid[0].slip == "SP-2026-000004"
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.model.unpaid_count() == 0, timeout=5000)
    assert not page.all_button.isEnabled()
    assert not page.pay_button.isEnabled()
    assert page.sale_combo.currentText().endswith("— lunas")


def test_print_slips_of_a_sale_on_the_books_paper(qtbot, window, runner):
    runner.call(lambda book: book.set_document_paper("slip", "a6"))
    page = open_payouts(qtbot, window, runner, "PJ-2026-0001")
    assert page.print_sale_button.isEnabled()
    page.print_sale_button.click()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20_000)
    assert page.last_preview.pdf.startswith(b"%PDF")
    assert page.last_preview.paper == "a6"
    assert page.last_preview.document.pageCount() == 2  # Siti's and Budi's slips
    page.last_preview.close()


def test_ctrl_b_picks_the_newest_sale_with_unpaid_shares(qtbot, window, runner):
    number = sell_rubber(runner)
    window.go(4, "new")
    page = window.payouts
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.sale_combo.currentData() == number, timeout=5000)
    page.unpaid_only.setChecked(True)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.sale_combo.count() == 1, timeout=5000)
    assert page.sale_combo.currentData() == number
