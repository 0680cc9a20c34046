"""Screens reload after an operation writes to what they show: the runner says which areas
changed, the shown screen reloads at once, the others when they are next shown."""

from __future__ import annotations

from tests.gui.conftest import TODAY, settle


def record_delivery(book):
    delivery = book.deliveries.record("LJ-0002", "Karet", 70_000, date=TODAY, quality_bp=5800)
    # Until every writing Book service notes its areas itself, the operation says so.
    book.note_changes("deliveries")
    return delivery


def test_a_delivery_recorded_elsewhere_shows_on_the_open_page(qtbot, window, runner):
    window.show_page(2)
    settle(qtbot, runner)
    page = window.deliveries
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    changes = []
    runner.changed.connect(changes.append)

    delivery = runner.call(record_delivery)

    assert changes == [frozenset({"deliveries"})]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)  # no refresh() by hand
    qtbot.waitUntil(lambda: page.model.row_of(delivery.receipt) >= 0, timeout=5000)
    qtbot.waitUntil(lambda: "Karet</b>&nbsp; 2 setoran · <b>160 kg" in page.totals_label.text())
    # Screens not shown that show deliveries wait until they are shown; others are untouched.
    assert window.dashboard in window.stale and window.reports in window.stale
    assert window.members not in window.stale and window.settings_page not in window.stale
    window.show_page(0)
    assert window.dashboard not in window.stale


def test_reads_and_refusals_change_nothing(qtbot, window, runner):
    changes = []
    runner.changed.connect(changes.append)
    runner.call(lambda book: book.members.list(None))
    settle(qtbot, runner)
    assert changes == []
    assert window.stale == set()
