"""Printing: render a document on the worker, then open it in the print preview. Every
screen that prints goes through print_document; the money documents (kwitansi, loan plan,
cash book) have their own small wrappers here."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from koperasi.book import Book
from koperasi.core.fmt import date_short
from koperasi.gui import preview
from koperasi.gui.kit.messages import show_error
from koperasi.gui.preview import PdfPreview
from koperasi.gui.worker import BookRunner

# What a render function hands back: PDF bytes (on A4), PDF bytes and the paper they print
# on, or None when there is nothing to print.
Rendered = bytes | tuple[bytes, str] | None


def print_document(
    runner: BookRunner,
    render: Callable[[Book], Rendered],
    title: str,
    file_name: str,
    parent: QWidget | None,
    *,
    busy: str | None = None,
    shown: Callable[[PdfPreview], None] | None = None,
    empty: Callable[[], None] | None = None,
) -> None:
    """Run `render` on the worker (a book belongs to its thread) and show the PDF it returns
    in the preview; `shown` gets the preview window, `empty` is called when render returned
    None. A refusal is shown as an error over `parent`."""

    def done(result: Rendered) -> None:
        if result is None:
            if empty is not None:
                empty()
            return
        pdf, paper = (result, "a4") if isinstance(result, bytes) else result
        # The dialog that asked may have closed while the worker rendered.
        owner = parent if parent is not None and shiboken6.isValid(parent) else None
        window = preview.show_pdf(pdf, title, file_name, paper, owner)
        if shown is not None:
            shown(window)

    runner.book_op(
        render,
        done,
        lambda exc: show_error(parent, exc),
        busy=busy or QCoreApplication.translate("MoneyPrinting", "Preparing the document…"),
        parent=parent,
    )


def kwitansi_paper(book: Book) -> str:
    """Receipts print on the paper set for delivery receipts (A6 or the 80 mm roll)."""
    return book.document_paper("receipt")


def print_kwitansi(runner: BookRunner, number: str, parent=None, shown=None) -> None:
    """A savings or repayment receipt (kwitansi) in the preview."""
    from koperasi.pdf.kwitansi import render_kwitansi
    from koperasi.reports.kwitansi import kwitansi_data

    def render(book: Book) -> tuple[bytes, str]:
        paper = kwitansi_paper(book)
        return render_kwitansi(kwitansi_data(book, number), paper), paper

    print_document(
        runner,
        render,
        QCoreApplication.translate("MoneyPrinting", "Receipt %1").replace("%1", number),
        f"kwitansi-{number}.pdf",
        parent,
        shown=shown,
    )


def print_loan(runner: BookRunner, number: str, parent=None, shown=None) -> None:
    """A loan's agreement and installment plan in the preview."""
    from koperasi.pdf.loan_schedule import render_loan_schedule
    from koperasi.reports.loan_schedule import loan_schedule_data

    print_document(
        runner,
        lambda book: render_loan_schedule(loan_schedule_data(book, number)),
        QCoreApplication.translate("MoneyPrinting", "Loan %1").replace("%1", number),
        f"pinjaman-{number}.pdf",
        parent,
        shown=shown,
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
    from koperasi.pdf.cash_book import render_cash_book
    from koperasi.reports.cash_book import cash_book_data

    bank = account in ("bank", "1102")
    title = (
        QCoreApplication.translate("MoneyPrinting", "Bank book %1 to %2")
        if bank
        else QCoreApplication.translate("MoneyPrinting", "Cash book %1 to %2")
    )
    print_document(
        runner,
        lambda book: render_cash_book(cash_book_data(book, start, end, account)),
        title.replace("%1", date_short(start)).replace("%2", date_short(end)),
        f"{'buku-bank' if bank else 'buku-kas'}-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
        parent,
        shown=shown,
    )
