"""Penjualan: the sales register, the sale wizard with its live preview, and refusals."""

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from koperasi.core.errors import KoperasiError
from koperasi.core.numbers import parse_kg, parse_price, parse_rupiah
from koperasi.core.settlement import shrinkage_bp
from koperasi.gui.models.pool_table_model import PoolTableModel
from koperasi.gui.models.sale_table_model import SaleTableModel
from koperasi.gui.paged_model import Query, RecordRole
from koperasi.gui.wizards.sale.wizard import SaleWizard
from tests.gui.conftest import TODAY, settle


def add_rubber(runner):
    """Two more open Karet deliveries of 27/11/2026 next to LJ-0001's 90 kg at KKK 50 %."""

    def record(book):
        budi = book.deliveries.record("LJ-0002", "Karet", 50_000, date=TODAY, quality_bp=6000)
        rahmat = book.deliveries.record("LJ-0003", "Karet", 40_000, date=TODAY, quality_bp=5500)
        return budi.receipt, rahmat.receipt

    return runner.call(record)


def test_sale_model_without_window_lists_formats_and_filters(qtbot, runner, small_book):
    runner.open_book_sync(small_book)
    model = SaleTableModel(runner)
    model.reload()
    settle(qtbot, runner)
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    # PJ-2026-0001: 195 kg × Rp 12.500 = Rp 2.437.500; fee 3 % = Rp 73.125; transport
    # Rp 100.000; net 2.437.500 − 73.125 − 100.000 = Rp 2.264.375; both members paid.
    assert row == [
        "PJ-2026-0001",
        "21/11/2026",
        "Karet",
        "PT Remco Jambi",
        "195",
        "2.437.500",
        "73.125",
        "100.000",
        "2.264.375",
        "2",
        "2 / 2",
        "Tidak",  # its deliveries have no mapped plot: the lot is not fully traceable
    ]
    assert model.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 0).data(RecordRole).members == 2
    assert model.headerData(8, Qt.Orientation.Horizontal) == "Bersih (Rp)"
    model.set_filter("unpaid_only", True)
    settle(qtbot, runner)
    assert model.rowCount() == 0
    model.set_query(Query("remco"))
    settle(qtbot, runner)
    assert model.rowCount() == 1
    model.set_query(Query("tidak ada"))
    settle(qtbot, runner)
    assert model.rowCount() == 0


def test_pool_model_leaves_deliveries_out_and_totals_the_rest(qtbot, runner, small_book):
    runner.open_book_sync(small_book)
    add_rubber(runner)

    def load(book):
        deliveries = book.sales.open_deliveries("Karet", TODAY)
        members = book.members.by_ids([d.member_id for d in deliveries])
        return [(d, members[d.member_id]) for d in deliveries]

    model = PoolTableModel()
    model.set_rows(runner.call(load))
    assert [model.index(r, 2).data() for r in range(3)] == ["LJ-0001", "LJ-0002", "LJ-0003"]
    # 90 + 50 + 40 = 180 kg; dry equivalent 90×50 % + 50×60 % + 40×55 % = 45 + 30 + 22 = 97 kg
    assert model.totals() == (3, 3, 180_000, 97_000)
    assert model.index(2, 6).data() == "22"
    model.setData(model.index(2, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.totals() == (2, 2, 140_000, 75_000)
    model.set_all_checked(False)
    assert model.chosen() == []
    model.set_all_checked(True)
    assert len(model.chosen_receipts()) == 3


def test_numbers_are_read_as_they_are_shown():
    assert parse_kg("1.250,5") == 1_250_500  # Indonesian grouping: 1.250,5 kg
    assert parse_kg("1.250") == 1_250_000
    assert parse_rupiah("12.500.000") == 12_500_000
    assert parse_price("3.152,62") == 315_262  # Rp 3.152,62 per kg of palm fruit
    with pytest.raises(KoperasiError):
        parse_kg("120.5")  # an English decimal point is refused, never guessed
    assert shrinkage_bp(140_000, 1_500) == 107  # 1,5 / 140 = 1,0714 %
    assert shrinkage_bp(140_000, -1_500) == -107


def open_wizard(qtbot, window, runner) -> SaleWizard:
    window.go(3, "new")  # Ctrl+J
    wizard = window.sales.findChild(SaleWizard)
    assert wizard is not None and wizard.isVisible()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: wizard.commodity_page.isComplete(), timeout=5000)
    return wizard


def test_wizard_preview_equals_what_the_book_stores(qtbot, window, runner):
    budi, rahmat = add_rubber(runner)
    wizard = open_wizard(qtbot, window, runner)
    wizard.commodity_page.select("Karet")
    assert "3 setoran belum terjual dari 3 anggota" in wizard.commodity_page.summary.text()
    wizard.next()
    pool = wizard.pool_page
    assert pool.model.rowCount() == 3
    pool.model.set_checked(rahmat, False)  # Rahmat's 40 kg waits for a later sale
    assert "<b>2</b> dari 3 setoran" in pool.totals.text()
    wizard.next()
    terms = wizard.terms_page
    assert wizard.preview is None
    qtbot.keyClicks(terms.buyer_edit, "PT Remco Jambi")
    qtbot.keyClicks(terms.sold_edit, "138,5")
    qtbot.keyClicks(terms.price_edit, "12.450")
    assert terms.price_hint.text() == "= Rp 12.450 / kg"
    terms.costs.item(0, 0).setText("Transport")
    terms.costs.item(0, 1).setText("75.000")
    qtbot.waitUntil(lambda: terms.isComplete(), timeout=5000)
    preview = wizard.preview.settlement
    # G = 138,5 kg × Rp 12.450 = Rp 1.724.325; F = 3 % × G = 51.729,75 → Rp 51.730;
    # K = Rp 75.000; N = 1.724.325 − 51.730 − 75.000 = Rp 1.597.595.
    # Split by dry equivalent: Siti 90 × 50 % = 45 kg, Budi 50 × 60 % = 30 kg (of 75):
    # Siti 1.597.595 × 45/75 = Rp 958.557, Budi × 30/75 = Rp 639.038.
    assert (preview.gross, preview.fee, preview.costs, preview.net) == (
        1_724_325,
        51_730,
        75_000,
        1_597_595,
    )
    assert [f.text() for f in terms.figures] == [
        "Rp 1.724.325",
        "Rp 51.730",
        "Rp 75.000",
        "Rp 1.597.595",
        "140 kg",
        "138,5 kg",
        "1,5 kg (1,07 %)",  # susut: 140 − 138,5 kg
    ]
    shares = terms.shares_model
    assert [(shares.index(r, 0).data(), shares.index(r, 4).data()) for r in range(3)] == [
        ("LJ-0001", "Rp 958.557"),
        ("LJ-0002", "Rp 639.038"),
        (None, "Rp 1.597.595"),  # the total row equals the net
    ]
    assert runner.call(lambda book: len(book.sales.list())) == 1  # nothing saved yet

    wizard.next()
    assert wizard.currentId() == SaleWizard.PAGE_CONFIRM
    assert "Rp 1.597.595" in wizard.confirm_page.recap.text()
    wizard.next()  # Simpan penjualan
    qtbot.waitUntil(lambda: wizard.currentId() == SaleWizard.PAGE_DONE, timeout=10_000)
    assert wizard.saved_number == "PJ-2026-0002"
    assert "PJ-2026-0002" in wizard.done_page.result.text()

    detail = runner.call(lambda book: book.sales.detail("PJ-2026-0002"))
    sale = detail.sale
    assert (sale.gross, sale.fee, sale.costs, sale.net) == (
        preview.gross,
        preview.fee,
        preview.costs,
        preview.net,
    )
    assert (sale.buyer, sale.sold_grams, sale.price_cents, sale.pooled_grams) == (
        "PT Remco Jambi",
        138_500,
        1_245_000,
        140_000,
    )
    assert [(c.label, c.amount) for c in detail.costs] == [("Transport", 75_000)]
    assert [(member_id, share) for member_id, _, _, share in detail.shares] == [
        (1, 958_557),
        (2, 639_038),
    ]
    assert runner.call(lambda book: book.deliveries.get(rahmat).status) == "open"
    assert runner.call(lambda book: book.deliveries.get(budi).status) == "settled"

    settle(qtbot, runner)
    qtbot.waitUntil(
        lambda: (
            window.sales.selected_sale() is not None
            and window.sales.selected_sale().number == "PJ-2026-0002"
        ),
        timeout=5000,
    )
    wizard.done_page.print_sheet()
    qtbot.waitUntil(lambda: wizard.last_preview is not None, timeout=20_000)
    assert wizard.last_preview.pdf.startswith(b"%PDF")
    assert wizard.last_preview.paper == "a4"
    wizard.last_preview.close()
    wizard.accept()


def test_refused_sale_shows_the_books_sentence_and_saves_nothing(qtbot, window, runner):
    wizard = open_wizard(qtbot, window, runner)
    wizard.next()
    wizard.next()
    terms = wizard.terms_page
    qtbot.keyClicks(terms.buyer_edit, "Toke Ujang")
    qtbot.keyClicks(terms.sold_edit, "10")
    qtbot.keyClicks(terms.price_edit, "1000")
    terms.costs.item(0, 0).setText("Transport")
    terms.costs.item(0, 1).setText("50000")
    # G = 10 kg × Rp 1.000 = Rp 10.000; F = 3 % = Rp 300; N = 10.000 − 300 − 50.000 < 0
    qtbot.waitUntil(lambda: "ditolak" in terms.message.text(), timeout=5000)
    assert terms.message.text() == (
        "Hasil bersih untuk anggota -Rp 40.300 tidak lebih dari nol (bruto Rp 10.000, "
        "fee Rp 300, biaya Rp 50.000); penjualan ditolak."
    )
    assert not terms.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert terms.figures[3].text() == "—"
    terms.sold_edit.clear()
    qtbot.waitUntil(lambda: terms.message.text() == "Berat terjual wajib diisi.", timeout=5000)
    assert runner.call(lambda book: [s.number for s in book.sales.list()]) == ["PJ-2026-0001"]
    assert runner.call(lambda book: book.deliveries.get("NT-2026-000003").status) == "open"
    wizard.done(0)


def test_fee_override_and_agreed_total(qtbot, window, runner):
    wizard = open_wizard(qtbot, window, runner)
    wizard.commodity_page.select("TBS Sawit")
    qtbot.waitUntil(lambda: wizard.commodity_page.isComplete(), timeout=5000)
    wizard.next()
    wizard.next()
    terms = wizard.terms_page
    qtbot.keyClicks(terms.buyer_edit, "PT Pauh Sawit Lestari")
    qtbot.keyClicks(terms.sold_edit, "1.480")
    assert terms.sold_hint.text() == "= 1.480 kg"
    terms.price_mode.setCurrentIndex(1)  # agreed total
    qtbot.keyClicks(terms.price_edit, "4.500.000")
    terms.fee_mode.setCurrentIndex(1)  # percent instead of Rp 25/kg
    qtbot.keyClicks(terms.fee_edit, "2,5")
    terms.account_combo.setCurrentIndex(1)  # Bank
    qtbot.waitUntil(lambda: terms.isComplete(), timeout=5000)
    # G = Rp 4.500.000 agreed; F = 2,5 % = Rp 112.500; N = Rp 4.387.500, all to LJ-0003
    settlement = wizard.preview.settlement
    assert (settlement.gross, settlement.fee, settlement.net) == (4_500_000, 112_500, 4_387_500)
    assert terms.figure_labels[1].text() == "Jasa koperasi (2,5 %)"
    assert wizard.sale_input.received_into == "1102"
    assert wizard.sale_input.fee_bp == 250
    wizard.done(0)


def test_pay_button_opens_payouts_on_the_sale(qtbot, window, runner):
    from koperasi.book.sales import SaleInput

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
    assert not page.pay_button.isEnabled()  # both shares of PJ-2026-0001 are paid
    assert "Rp 2.264.375" in page.figures.text()
    assert page.shares_model.index(0, 5).data() == "Sudah dibayar · SP-2026-000001 · 22/11/2026"
    page.select_sale("PJ-2026-0002")
    settle(qtbot, runner)
    assert page.pay_button.isEnabled()
    page.pay_button.click()
    settle(qtbot, runner)
    assert window.stack.currentWidget() is window.payouts
    qtbot.waitUntil(lambda: window.payouts.sale_combo.currentData() == "PJ-2026-0002", timeout=5000)


def test_sales_register_sorts_in_the_book(qtbot, runner, small_book):
    from koperasi.book.sales import SaleInput
    from koperasi.gui.models.sale_table_model import COL_NET, COL_PAID

    runner.open_book_sync(small_book)
    # PJ-2026-0002: 1.480 kg TBS at Rp 3.152,62 = Rp 4.665.878 (4.665.877,6 rounded up);
    # fee Rp 25/kg × 1.480 = Rp 37.000; net Rp 4.628.878, LJ-0003's share still unpaid.
    runner.call(
        lambda book: book.sales.settle(
            SaleInput("TBS Sawit", TODAY, "PT Pauh Sawit Lestari", 1_480_000, price_cents=315_262)
        )
    )
    model = SaleTableModel(runner)
    model.sort(COL_NET, Qt.SortOrder.AscendingOrder)
    settle(qtbot, runner)
    assert [model.index(r, COL_NET).data() for r in range(2)] == ["2.264.375", "4.628.878"]
    model.sort(COL_PAID, Qt.SortOrder.DescendingOrder)  # most unpaid members first
    settle(qtbot, runner)
    assert [model.index(r, COL_PAID).data() for r in range(2)] == ["0 / 1", "2 / 2"]
    model.set_filter("unpaid_only", True)
    settle(qtbot, runner)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["PJ-2026-0002"]


def test_language_switch_keeps_the_sales_screen(qtbot, window, runner):
    window.go(3)
    settle(qtbot, runner)
    page = window.sales
    assert page.new_button.text() == "&Penjualan baru…"
    window.set_language("en")
    assert page.new_button.text() == "&New sale…"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Date"
    assert page.detail_box.title() == "Sale PJ-2026-0001 · Karet · PT Remco Jambi"
    window.set_language("id")
    assert page.detail_box.title() == "Penjualan PJ-2026-0001 · Karet · PT Remco Jambi"


def test_sale_dates_stop_at_today(qtbot, window, runner):
    wizard = open_wizard(qtbot, window, runner)
    edit = wizard.commodity_page.date_edit
    assert edit.date().toPython() == TODAY  # no maximum: a future date is refused, not clamped
    edit.setDate(edit.date().addDays(-10))  # 17/11/2026: before any open Karet delivery
    qtbot.waitUntil(lambda: not wizard.commodity_page.isComplete(), timeout=5000)
    settle(qtbot, runner)
    assert wizard.commodity_page.summary.text() == (
        "Tidak ada setoran Karet yang belum terjual sampai tanggal 17/11/2026."
    )
    assert wizard.sale_date() == datetime.date(2026, 11, 17)
    wizard.done(0)
