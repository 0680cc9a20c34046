"""While the worker adds up a screen's figures the cards say "Memuat…" (never yesterday's
amount, never a frozen window); then they show the totals a treasurer checks by hand.
Screens load when first shown and keep their figures until the book changes."""

import threading

from PySide6.QtCore import Qt

from koperasi.gui.models.savings_table_model import COL_NUMBER, COL_SUKARELA
from koperasi.gui.paged_model import RecordRole
from tests.gui.conftest import settle
from tests.gui.test_savings_page import with_rules

LOADING = "Memuat…"


def hold_worker(runner) -> threading.Event:
    """Keep the worker busy until the returned event is set: what a slow read on a big book
    does. The test must set it before anything waits on the worker."""
    gate = threading.Event()
    runner.run(lambda _ctx: gate.wait(10))
    return gate


def test_home_shows_loading_then_the_cash_and_unpaid_totals(qtbot, window, runner):
    page = window.dashboard
    window.go(0)
    settle(qtbot, runner)
    gate = hold_worker(runner)
    try:
        page.refresh()
        assert page.loading
        figures = page.figures()
        assert (figures["cash"], figures["bank"], figures["unpaid"]) == (LOADING,) * 3
    finally:
        gate.set()
    settle(qtbot, runner)
    assert not page.loading
    figures = page.figures()
    # Kas: the Karet sale's Rp 2.437.500 less Rp 100.000 transport and Rp 2.264.375 paid to
    # the members leaves the fee, Rp 73.125; nothing in the bank; every share paid.
    assert (figures["cash"], figures["bank"], figures["unpaid"]) == ("Rp 73.125", "Rp 0", "Rp 0")


def test_savings_section_shows_loading_then_its_totals(qtbot, window, runner):
    with_rules(runner)
    runner.call(lambda book: book.savings.deposit("LJ-0004", "pokok"))
    runner.call(lambda book: book.savings.deposit("LJ-0001", "pokok"))
    runner.call(lambda book: book.savings.deposit("LJ-0001", "sukarela", 250_000))
    runner.call(lambda book: book.loans.grant("LJ-0002", "kasbon", 300_000))
    settle(qtbot, runner)
    page = window.savings_loans
    assert page.overview is None  # not loaded before it is first shown
    gate = hold_worker(runner)
    try:
        window.go(window.pages.index(page))
        assert page.loading
        assert {key: card.value.text() for key, card in page.cards.items()} == {
            key: LOADING for key in page.cards
        }
    finally:
        gate.set()
    settle(qtbot, runner)
    assert not page.loading
    values = {key: card.value.text() for key, card in page.cards.items()}
    # Pokok: two members × Rp 100.000. Sukarela: Siti's Rp 250.000. Loans: Budi's kasbon.
    # In arrears: wajib of Ahmad since January (11 × Rp 10.000) and of the three members who
    # joined this month (3 × Rp 10.000), plus the kasbon, due whole: 140.000 + 300.000.
    assert values == {
        "pokok": "Rp 200.000",
        "wajib": "Rp 0",
        "sukarela": "Rp 250.000",
        "loans": "Rp 300.000",
        "arrears": "Rp 440.000",
    }


def test_a_screen_shown_again_reads_nothing_until_the_book_changes(qtbot, window, runner):
    page = window.savings_loans
    index = window.pages.index(page)
    window.go(index)
    settle(qtbot, runner)
    window.go(0)
    settle(qtbot, runner)
    window.go(index)
    assert not page.loading and not runner.busy  # shown from what it already had
    window.go(0)
    settle(qtbot, runner)
    runner.call(lambda book: book.savings.deposit("LJ-0003", "sukarela", 75_000))
    assert page in window.stale
    window.go(index)
    assert page.loading
    settle(qtbot, runner)
    assert page.cards["sukarela"].value.text() == "Rp 75.000"


def test_sorting_the_savings_table_keeps_the_chosen_member(qtbot, window, runner):
    runner.call(lambda book: book.savings.deposit("LJ-0002", "sukarela", 50_000))
    runner.call(lambda book: book.savings.deposit("LJ-0003", "sukarela", 90_000))
    window.go(window.pages.index(window.savings_loans))
    settle(qtbot, runner)
    page = window.savings_loans
    assert page.select_member("LJ-0002")

    def numbers():
        return [
            page.proxy.index(row, 0).data(RecordRole).member.number
            for row in range(page.proxy.rowCount())
        ]

    assert numbers() == ["LJ-0001", "LJ-0002", "LJ-0003"]
    page.table.sortByColumn(COL_SUKARELA, Qt.SortOrder.DescendingOrder)
    assert numbers() == ["LJ-0003", "LJ-0002", "LJ-0001"]  # Rp 90.000, 50.000, nothing
    assert page.selected().member.number == "LJ-0002"
    page.table.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    assert numbers() == ["LJ-0001", "LJ-0002", "LJ-0003"]
    # A reload keeps the order chosen.
    page.table.sortByColumn(COL_SUKARELA, Qt.SortOrder.DescendingOrder)
    page.refresh()
    settle(qtbot, runner)
    assert numbers() == ["LJ-0003", "LJ-0002", "LJ-0001"]
