"""Receipts and the test page on this PC's thermal printer.

The ESC/POS bytes are made on the book's worker (they need the book); sending them, which
may wait on a network printer or a CUPS queue, happens on a thread of its own, so neither
the window nor the book waits for the printer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.devices import escpos
from koperasi.gui.devices.settings import ThermalPrinter
from koperasi.gui.worker import BookRunner

SEND_TIMEOUT = 10.0


class _Send(QThread):
    failed = Signal(object)
    sent = Signal()

    def __init__(self, data: bytes, target: str) -> None:
        super().__init__()
        self.data, self.target = data, target

    def run(self) -> None:
        try:
            escpos.send(self.data, self.target, timeout=SEND_TIMEOUT)
        except KoperasiError as exc:
            self.failed.emit(exc)
        except OSError as exc:  # anything the printer's path can throw is a sentence, not a crash
            self.failed.emit(
                KoperasiError("printer.write_failed", target=self.target, reason=str(exc))
            )
        else:
            self.sent.emit()


_running: set[_Send] = set()  # kept alive until they finish
_watched: set[QCoreApplication] = set()  # applications told to wait for them at exit


def send_bytes(
    data: bytes,
    printer: ThermalPrinter,
    on_sent: Callable[[], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
) -> _Send:
    """Send ESC/POS bytes to the printer on a thread of their own."""
    job = _Send(data, printer.target)
    app = QCoreApplication.instance()
    if app is not None and app not in _watched:
        _watched.add(app)
        app.aboutToQuit.connect(wait_for_printing)  # a job still sending at exit would abort
    _running.add(job)
    if on_sent is not None:
        job.sent.connect(on_sent)
    if on_failed is not None:
        job.failed.connect(on_failed)
    job.finished.connect(lambda: _running.discard(job))
    job.start()
    return job


def wait_for_printing(timeout_ms: int = 15_000) -> None:
    """Wait for the jobs still sending (at exit, and in tests)."""
    for job in list(_running):
        job.wait(timeout_ms)


def print_receipt_thermal(
    runner: BookRunner,
    receipt: str,
    printer: ThermalPrinter,
    on_sent: Callable[[], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
) -> None:
    """A delivery's receipt as ESC/POS on the thermal printer."""

    def render(book: Book) -> bytes:
        from koperasi.reports.receipt import receipt_data

        return escpos.render_receipt(receipt_data(book, receipt), printer.paper)

    runner.book_op(
        render,
        lambda data: send_bytes(data, printer, on_sent, on_failed),
        on_failed,
    )


def print_check_page(
    runner: BookRunner,
    printer: ThermalPrinter,
    lang: str,
    on_sent: Callable[[], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
) -> None:
    """The test page (Cetak halaman uji) with the cooperative's name and the book's date."""
    from koperasi.core.fmt import date_short
    from koperasi.devices.check_page import render_check_page

    def render(book: Book) -> bytes:
        return render_check_page(
            book.profile.name, printer.target, printer.paper, date_short(book.today()), lang
        )

    runner.book_op(render, lambda data: send_bytes(data, printer, on_sent, on_failed), on_failed)


def print_slips_thermal(
    runner: BookRunner,
    slips_of: Callable[[Book], list],
    printer: ThermalPrinter,
    on_sent: Callable[[list[str]], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Payout slips as ESC/POS on the thermal printer, each cut off; `slips_of(book)` gives
    their SlipData (slips_for_run, slips_for_sale). `on_sent` gets the slip numbers."""

    def render(book: Book) -> tuple[bytes, list[str]]:
        slips = slips_of(book)
        return escpos.render_slips(slips, printer.paper), [s.slip for s in slips]

    def rendered(result: tuple[bytes, list[str]]) -> None:
        data, numbers = result
        send_bytes(data, printer, (lambda: on_sent(numbers)) if on_sent else None, on_failed)

    runner.book_op(render, rendered, on_failed)
