"""A member's page: the figures against the book, the tabs, the statement and editing."""

import datetime

import pytest
from PySide6.QtCore import QDate, Qt

from koperasi.core.fmt import kg, rupiah
from koperasi.gui import preview
from koperasi.gui.dialogs.member_page import MemberPage
from koperasi.reports.screens.member_overview import member_overview
from tests.gui.conftest import settle


@pytest.fixture
def shown(monkeypatch):
    """show_pdf replaced by a recorder, so no preview window opens."""
    calls = []
    monkeypatch.setattr(preview, "show_pdf", lambda *args: calls.append(args))
    return calls


def member_page(qtbot, runner, number):
    member = runner.call(lambda book: book.members.get(number))
    page = MemberPage(runner, member)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, runner)
    assert page.overview is not None
    return page


def test_figures_match_the_book(qtbot, window, runner):
    page = member_page(qtbot, runner, "LJ-0001")

    def expected(book):
        deliveries = book.deliveries.of_member("LJ-0001")
        payouts = book.payouts.of_member("LJ-0001")
        settled = sum(d.part for d in deliveries if d.status == "settled")
        paid = sum(p.share for p in payouts)
        open_grams = sum(d.net_grams for d in deliveries if d.status == "open")
        return deliveries, payouts, settled, paid, open_grams

    deliveries, payouts, settled, paid, open_grams = runner.call(expected)
    o = page.overview
    assert (o.settled, o.paid, o.unpaid, o.open_grams) == (settled, paid, 0, open_grams)
    assert open_grams == 90_000
    assert settled > 0 and len(payouts) == 1
    assert page.settled_card.value.text() == rupiah(settled)
    assert page.paid_card.value.text() == rupiah(paid)
    assert page.unpaid_card.value.text() == "Rp 0"
    assert page.unpaid_card.note.text() == "tidak ada tunggakan"
    assert page.open_card.value.text() == "90 kg"
    assert page.open_card.note.text() == "1 setoran belum terjual"
    assert page.name_label.text() == "Siti Aminah"
    assert page.number_label.text() == "LJ-0001"
    assert page.detail_values[0].text() == "1503014507800001"
    assert page.detail_values[1].text() == "Perempuan (P)"
    assert page.windowTitle() == "Anggota LJ-0001"

    # Deliveries, newest first: the open one of today, then the settled one.
    table = page.deliveries_table
    assert table.rowCount() == 2
    newest, settled_row = (
        [table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)
    )
    assert newest[0] == deliveries[1].receipt
    assert newest[1:6] == ["27/11/2026", "Karet", "90 kg", "50 %", "Belum terjual"]
    assert newest[6] == ""
    sale = runner.call(lambda book: book.sales.by_id(deliveries[0].sale_id))
    assert settled_row[0] == deliveries[0].receipt
    assert settled_row[3:6] == ["120 kg", "55 %", f"Terjual ({sale.number})"]
    assert settled_row[6] == rupiah(deliveries[0].part)

    parts = page.parts_table
    assert parts.rowCount() == 1
    assert [parts.item(0, c).text() for c in range(7)] == [
        sale.number,
        "21/11/2026",
        "Karet",
        "1",
        "120 kg",
        rupiah(settled),
        payouts[0].slip,
    ]
    slips = page.payouts_table
    assert [slips.item(0, c).text() for c in range(7)] == [
        payouts[0].slip,
        "22/11/2026",
        sale.number,
        rupiah(payouts[0].share),
        "Rp 0",
        rupiah(payouts[0].paid),
        "Tunai",
    ]


def test_a_member_with_an_unpaid_share(qtbot, window, runner):
    def sell_and_leave_unpaid(book):
        from koperasi.book.sales import SaleInput

        book.sales.settle(
            SaleInput(
                "TBS Sawit",
                datetime.date(2026, 11, 27),
                "PT Pauh Sawit",
                1_480_000,
                price_cents=315_262,
            )
        )
        return member_overview(book, "LJ-0003")

    overview = runner.call(sell_and_leave_unpaid)
    # 1.480 kg × Rp 3.152,62 = Rp 4.665.878 gross; fee Rp 25/kg × 1.480 = Rp 37.000.
    assert overview.settled == 4_665_878 - 37_000
    assert (overview.paid, overview.unpaid) == (0, 4_628_878)
    page = member_page(qtbot, runner, "LJ-0003")
    assert page.unpaid_card.value.text() == "Rp 4.628.878"
    assert page.unpaid_card.note.text() == "masih menjadi hak anggota"
    assert page.parts_table.item(0, 6).text() == "belum dibayar"
    assert page.open_card.value.text() == kg(0)


def test_statement_opens_in_the_preview(qtbot, window, runner, shown):
    page = member_page(qtbot, runner, "LJ-0001")
    assert page.start_edit.date() == QDate(2026, 1, 1)
    assert page.end_edit.date() == QDate(2026, 11, 27)
    assert page.statement_button.text() == "&Cetak rekening anggota…"
    qtbot.mouseClick(page.statement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    pdf, title, file_name, paper, parent = shown[0]
    assert pdf.startswith(b"%PDF")
    assert title == "Rekening anggota LJ-0001, 1 Januari 2026 s.d. 27 November 2026"
    assert file_name == "rekening-LJ-0001-20260101-20261127.pdf"
    assert (paper, parent) == ("a4", page)

    page.start_edit.setDate(QDate(2026, 12, 1))
    assert not page.statement_button.isEnabled()
    assert page.period_error.isVisible()


def test_edit_details_from_the_page(qtbot, window, runner):
    page = member_page(qtbot, runner, "LJ-0002")
    dialog = page.edit_member()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Budi Santosa")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=3000)
    settle(qtbot, runner)
    assert page.name_label.text() == "Budi Santosa"
    assert runner.call(lambda book: book.members.get("LJ-0002").name) == "Budi Santosa"


def test_members_screen_opens_the_page(qtbot, window, runner):
    window.go(1)
    settle(qtbot, runner)
    members = window.members
    members.table.selectRow(2)
    members.open_member()
    settle(qtbot, runner)
    pages = members.findChildren(MemberPage)
    assert len(pages) == 1
    assert pages[0].isVisible()
    assert pages[0].name_label.text() == "Rahmat Hidayat"
    assert pages[0].open_card.value.text() == "1.500 kg"
