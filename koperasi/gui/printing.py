"""Opening the money documents in the print preview: a receipt (kwitansi), a loan's
installment plan, the cash book of a period. Rendering runs on the worker."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from koperasi.book import Book
from koperasi.core.fmt import date_short
from koperasi.gui import preview
from koperasi.gui.kit.messages import show_error
from koperasi.gui.worker import BookRunner
from koperasi.pdf.cash_book import render_cash_book
from koperasi.pdf.kwitansi import render_kwitansi
from koperasi.pdf.loan_schedule import render_loan_schedule
from koperasi.reports.cash_book import cash_book_data
from koperasi.reports.kwitansi import kwitansi_data
from koperasi.reports.loan_schedule import loan_schedule_data


def kwitansi_paper(book: Book) -> str:
    """Receipts print on the paper set for delivery receipts (A6 or the 80 mm roll)."""
    return book.document_paper("receipt")


def _show(
    runner: BookRunner,
    render: Callable[[Book], tuple[bytes, str]],
    title: str,
    file_name: str,
    parent: QWidget | None,
    shown: Callable[[object], None] | None = None,
) -> None:
    def done(result) -> None:
        pdf, paper = result
        window = preview.show_pdf(pdf, title, file_name, paper, parent)
        if shown is not None:
            shown(window)

    runner.book_op(
        render,
        done,
        lambda exc: show_error(parent, exc),
        busy=QCoreApplication.translate("MoneyPrinting", "Preparing the document…"),
        parent=parent,
    )


def print_kwitansi(runner: BookRunner, number: str, parent=None, shown=None) -> None:
    """A savings or repayment receipt (kwitansi) in the preview."""
    _show(
        runner,
        lambda book: (
            render_kwitansi(kwitansi_data(book, number), kwitansi_paper(book)),
            kwitansi_paper(book),
        ),
        QCoreApplication.translate("MoneyPrinting", "Receipt %1").replace("%1", number),
        f"kwitansi-{number}.pdf",
        parent,
        shown,
    )


def print_loan(runner: BookRunner, number: str, parent=None, shown=None) -> None:
    """A loan's agreement and installment plan in the preview."""
    _show(
        runner,
        lambda book: (render_loan_schedule(loan_schedule_data(book, number)), "a4"),
        QCoreApplication.translate("MoneyPrinting", "Loan %1").replace("%1", number),
        f"pinjaman-{number}.pdf",
        parent,
        shown,
    )


def print_cash_book(
    runner: BookRunner,
    start: datetime.date,
    end: datetime.date,
    account: str,
    parent=None,
    shown=None,
) -> None:
    """The cash or bank book of a period in the preview."""
    bank = account in ("bank", "1102")
    title = (
        QCoreApplication.translate("MoneyPrinting", "Bank book %1 to %2")
        if bank
        else QCoreApplication.translate("MoneyPrinting", "Cash book %1 to %2")
    )
    _show(
        runner,
        lambda book: (render_cash_book(cash_book_data(book, start, end, account)), "a4"),
        title.replace("%1", date_short(start)).replace("%2", date_short(end)),
        f"{'buku-bank' if bank else 'buku-kas'}-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
        parent,
        shown,
    )
