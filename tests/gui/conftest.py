"""GUI fixtures: isolated settings, the book worker, a small book and the main window."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from koperasi.core.model import SaleCost

TODAY = datetime.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def book_clock(monkeypatch):
    """Every book a GUI test opens lives on TODAY, whatever the calendar says."""
    monkeypatch.setattr(Book, "clock", staticmethod(lambda: TODAY))


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


class ModalDialogs:
    """Every modal dialog a test opened: recorded and answered "no" at once, never waited on.

    A test that expects one reads `seen` and calls `expect()`; any other fails the test at
    teardown, with the dialog's text, instead of blocking the suite forever.
    """

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._expected = 0

    def record(self, kind: str, *args: object) -> None:
        texts = [str(a) for a in args if isinstance(a, str)]
        self.seen.append(f"{kind}: {' | '.join(texts)}")

    def expect(self, count: int = 1) -> list[str]:
        """Accept the next `count` recorded dialogs as intended; returns all seen so far."""
        self._expected += count
        return list(self.seen)

    def unexpected(self) -> list[str]:
        return self.seen[self._expected :]


@pytest.fixture(autouse=True)
def modal_dialogs(monkeypatch):
    """No GUI test may block on a modal dialog (message box, input, file or custom dialog)."""
    dialogs = ModalDialogs()
    no = QMessageBox.StandardButton.No

    def box(kind, answer):
        def show(parent, title, text="", *args, **kwargs):
            dialogs.record(kind, title, text)
            return answer

        return staticmethod(show)

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, box(name, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", box("question", no))
    monkeypatch.setattr(QMessageBox, "about", box("about", None))
    monkeypatch.setattr(QInputDialog, "getText", box("input", ("", False)), raising=True)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, box(name, ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", box("directory", ""))

    def exec_(self, *args):
        dialogs.record(f"exec {type(self).__name__}", self.windowTitle())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield dialogs
    assert dialogs.unexpected() == [], "a modal dialog opened that the test did not expect"


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
