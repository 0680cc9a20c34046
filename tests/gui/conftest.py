"""GUI fixtures: isolated settings, the book worker, a small book and the main window."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QSettings

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from koperasi.core.model import SaleCost

TODAY = datetime.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Never touch the real user's settings; start every test in Indonesian."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    from koperasi.gui import i18n

    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture
def runner(qapp):
    from koperasi.gui.worker import BookRunner

    r = BookRunner()
    yield r
    r.shutdown()


@pytest.fixture
def small_book(tmp_path):
    """A book with three members, rubber and palm, deliveries, one settled and paid sale."""
    path = tmp_path / "lembah-jaya.koperasi"
    with Book.create(
        path, name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ", regency="Sarolangun"
    ) as b:
        b.with_today(TODAY)
        b.commodities.add("Karet", fee_bp=300, uses_quality=True)
        b.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
        b.members.add("Siti Aminah", nik="1503014507800001", gender="P", village="Lembah Jaya")
        b.members.add("Budi Santoso", gender="L", village="Pauh")
        b.members.add("Rahmat Hidayat", gender="L", village="Lembah Jaya")
        day = datetime.date(2026, 11, 20)
        b.deliveries.record("LJ-0001", "Karet", 120_000, date=day, quality_bp=5500)
        b.deliveries.record("LJ-0002", "Karet", 80_000, date=day, quality_bp=6000)
        sale = b.sales.settle(
            SaleInput(
                "Karet",
                datetime.date(2026, 11, 21),
                "PT Remco Jambi",
                195_000,
                price_cents=1_250_000,
                costs=(SaleCost("transport", 100_000),),
            )
        )
        b.payouts.pay(sale.number, date=datetime.date(2026, 11, 22))
        b.deliveries.record("LJ-0001", "Karet", 90_000, date=TODAY, quality_bp=5000)
        b.deliveries.record("LJ-0003", "TBS Sawit", 1_500_000, date=TODAY)
    return path


@pytest.fixture
def window(qtbot, runner, small_book):
    """The main window with the small book open."""
    from koperasi.gui.main_window import MainWindow

    w = MainWindow(runner, QSettings())
    qtbot.addWidget(w)
    w.show()
    runner.open_book_sync(small_book)
    runner.call(lambda book: book.with_today(TODAY))
    return w


def settle(qtbot, runner):
    """Wait until the worker has answered everything submitted so far."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
