"""`koperasi print ...`: delivery receipts, payout slips, settlement sheets, member
statements and the member register, as PDF files.

Books are opened read-only, so printing works while the desktop app holds the book.
The documents speak the book's language (its profile); messages follow --lang.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from koperasi import pdf, reports
from koperasi.cli.common import add_book, label, run_with_book, write_whole
from koperasi.core.fmt import date_short
from koperasi.core.units import parse_date

if TYPE_CHECKING:
    from koperasi.book import Book


def _printing(args: argparse.Namespace, make: Callable[[Book], tuple[bytes, str]]) -> int:
    def run(book: Book) -> int:
        data, what = make(book)
        if not what:  # written already (ESC/POS)
            return 0
        write_whole(args.output, data)
        print(label("pdf_written", args.lang, path=args.output, what=what))
        return 0

    return run_with_book(args.book, run, args.lang, readonly=True)


def cmd_receipt(args: argparse.Namespace) -> int:
    if args.escpos:
        return _escpos_receipt(args)
    return _printing(
        args,
        lambda book: (
            pdf.render_receipt(
                reports.receipt_data(book, args.receipt),
                args.paper or book.document_paper("receipt"),
            ),
            label("one_document", args.lang),
        ),
    )


def _escpos_receipt(args: argparse.Namespace) -> int:
    """The receipt as ESC/POS bytes for a 58 or 80 mm thermal printer (FILE may be a device)."""
    from koperasi.devices.escpos import render_receipt, write_escpos
    from koperasi.text import text
    from koperasi.text.posts import POST_LABELS

    def run(book: Book) -> int:
        data = reports.receipt_data(book, args.receipt)
        write_escpos(args.output, render_receipt(data, int(args.escpos)))
        print(
            text(
                POST_LABELS,
                "escpos_written",
                args.lang,
                receipt=data.receipt,
                paper=args.escpos,
                path=args.output,
            )
        )
        return 0

    return run_with_book(args.book, run, args.lang, readonly=True)


def cmd_slips(args: argparse.Namespace) -> int:
    def make(book: Book) -> tuple[bytes, str]:
        if args.sale:
            slips = reports.slips_for_sale(book, args.sale)
            if not slips:
                raise _Refused(label("no_slips", args.lang, sale=book.sales.get(args.sale).number))
        elif args.run:
            slips = reports.slips_for_run(book, args.run)
        else:
            slips = reports.slips_data(book, args.payout)
        if getattr(args, "escpos", None):
            _write_escpos_slips(args, slips)
            return b"", ""
        paper = args.paper or book.document_paper("slip")
        what = (
            label("one_slip", args.lang)
            if len(slips) == 1
            else label("slip_count", args.lang, n=len(slips))
        )
        return pdf.render_slips(slips, paper), what

    try:
        return _printing(args, make)
    except _Refused as refused:
        print(refused, file=sys.stderr)
        return 1


def _write_escpos_slips(args: argparse.Namespace, slips: list) -> None:
    """Payout slips as ESC/POS bytes for a 58 or 80 mm thermal printer, each cut off."""
    from koperasi.devices.escpos import render_slips, write_escpos
    from koperasi.text import text
    from koperasi.text.i15b import ESCPOS_LABELS

    write_escpos(args.output, render_slips(slips, int(args.escpos)))
    where = {"paper": args.escpos, "path": args.output}
    if len(slips) == 1:
        print(text(ESCPOS_LABELS, "slip_written", args.lang, slip=slips[0].slip, **where))
    else:
        print(text(ESCPOS_LABELS, "slips_written", args.lang, n=len(slips), **where))


def cmd_slip(args: argparse.Namespace) -> int:
    """One payout slip: `print slip BOOK SLIP_NO` (as `print slips --payout SLIP_NO`)."""
    args.sale, args.run, args.payout = None, None, [args.slip]
    return cmd_slips(args)


def cmd_settlement(args: argparse.Namespace) -> int:
    return _printing(
        args,
        lambda book: (
            pdf.render_settlement(reports.settlement_data(book, args.sale)),
            label("one_document", args.lang),
        ),
    )


def cmd_statement(args: argparse.Namespace) -> int:
    def make(book: Book) -> tuple[bytes, str]:
        end = args.end or book.today()
        start = args.start or datetime.date(end.year, 1, 1)
        if start > end:
            raise _Refused(
                label("bad_period", args.lang, start=date_short(start), end=date_short(end))
            )
        data = reports.statement_data(book, args.member, start, end)
        return pdf.render_statement(data), label("one_document", args.lang)

    try:
        return _printing(args, make)
    except _Refused as refused:
        print(refused, file=sys.stderr)
        return 1


def cmd_members(args: argparse.Namespace) -> int:
    active = True if args.active else None
    return _printing(
        args,
        lambda book: (
            pdf.render_register(reports.register_data(book, active)),
            label("one_document", args.lang),
        ),
    )


def cmd_rat(args: argparse.Namespace) -> int:
    from koperasi.pdf.rat import render_rat
    from koperasi.reports.rat import rat_report

    def make(book: Book) -> tuple[bytes, str]:
        year = args.year or book.today().year - 1
        report = rat_report(book, year, parts=args.part, date=args.date)
        return render_rat(report), label("one_document", args.lang)

    return _printing(args, make)


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 1900 <= int(text) <= 9998:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return int(text)


class _Refused(Exception):
    """A refusal the print commands word themselves (the book is only read)."""


def cmd_guide(args: argparse.Namespace) -> int:
    """The guide needs no book: it speaks the language of --lang."""
    from koperasi.core.guide import load_guide
    from koperasi.pdf.guide import render_guide
    from koperasi.text import text
    from koperasi.text.guide import GUIDE

    write_whole(args.output, render_guide(args.lang))
    print(text(GUIDE, "written", args.lang, path=args.output, pages=len(load_guide(args.lang))))
    return 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add `print receipt|slips|settlement|statement|rat|members` to the command line."""
    printing = subparsers.add_parser("print", help="print documents as PDF (cetak dokumen)")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    def output(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write"
        )

    def escpos(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--escpos",
            choices=("58", "80"),
            help="ESC/POS bytes for a 58 or 80 mm thermal printer instead of a PDF",
        )

    p = documents.add_parser("receipt", help="a delivery receipt (nota timbang)")
    add_book(p)
    p.add_argument("receipt", metavar="RECEIPT", help="receipt number, e.g. NT-2026-000012")
    p.add_argument(
        "--paper", choices=pdf.RECEIPT_PAPERS, help="default: the book's receipt paper, else a6"
    )
    p.add_argument(
        "--escpos",
        choices=("58", "80"),
        help="ESC/POS bytes for a 58 or 80 mm thermal printer instead of a PDF",
    )
    output(p)
    p.set_defaults(func=cmd_receipt)

    p = documents.add_parser("slips", help="payout slips, one per page (slip pembayaran)")
    add_book(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--sale", metavar="SALE_NO", help="every slip paid out of this sale")
    which.add_argument(
        "--payout", nargs="+", action="extend", metavar="SLIP_NO", help="these slips"
    )
    which.add_argument("--run", metavar="SLIP_NO", help="every slip of this slip's payout run")
    p.add_argument(
        "--paper", choices=pdf.SLIP_PAPERS, help="default: the book's slip paper, else a5"
    )
    output(p)
    p.set_defaults(func=cmd_slips)
    escpos(p)

    p = documents.add_parser("slip", help="one payout slip (slip pembayaran)")
    add_book(p)
    p.add_argument("slip", metavar="SLIP_NO", help="slip number, e.g. SB-2026-0001")
    p.add_argument(
        "--paper", choices=pdf.SLIP_PAPERS, help="default: the book's slip paper, else a5"
    )
    escpos(p)
    output(p)
    p.set_defaults(func=cmd_slip)

    p = documents.add_parser("settlement", help="a sale's settlement sheet (A4)")
    add_book(p)
    p.add_argument("sale", metavar="SALE_NO", help="sale number, e.g. PJ-2026-0003")
    output(p)
    p.set_defaults(func=cmd_settlement)

    p = documents.add_parser("statement", help="a member's statement for a period (A4)")
    add_book(p)
    p.add_argument("--member", required=True, metavar="NO", help="member number")
    p.add_argument(
        "--from", dest="start", type=parse_date, metavar="D", help="first day (default 1 January)"
    )
    p.add_argument(
        "--to", dest="end", type=parse_date, metavar="D", help="last day (default today)"
    )
    output(p)
    p.set_defaults(func=cmd_statement)

    from koperasi.reports.rat import PARTS as RAT_PARTS

    p = documents.add_parser(
        "rat", help="the board's annual report for the members' meeting (laporan RAT)"
    )
    add_book(p)
    p.add_argument(
        "--year", type=_year, metavar="Y", help="the financial year (default: last year)"
    )
    p.add_argument(
        "--part",
        nargs="+",
        action="extend",
        choices=RAT_PARTS,
        metavar="PART",
        help=f"only these parts, each on its own ({', '.join(RAT_PARTS)}); default: the whole report",
    )
    p.add_argument(
        "--date", type=parse_date, metavar="D", help="the meeting's date (default: today)"
    )
    output(p)
    p.set_defaults(func=cmd_rat)

    p = documents.add_parser("members", help="the member register (A4 landscape)")
    add_book(p)
    p.add_argument("--active", action="store_true", help="only active members")
    output(p)
    p.set_defaults(func=cmd_members)

    p = documents.add_parser(
        "guide", help="the treasurer's guide (Panduan Bendahara), A4 with contents; --lang en"
    )
    output(p)
    p.set_defaults(func=cmd_guide)

    # Receipts of the kwitansi series and of SHU paid in cash (issue 10, branch i10b).
    p = documents.add_parser(
        "kwitansi", help="a receipt: KW-... (savings, repayments) or SHU-YEAR-MEMBER (cash SHU)"
    )
    add_book(p)
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--paper", choices=("a6", "a5", "roll80"), default="a6")
    escpos(p)
    output(p)
    p.set_defaults(func=cmd_kwitansi)

    p = documents.add_parser(
        "loan", help="a loan or kasbon agreement with its installment plan (A4, meterai box)"
    )
    add_book(p)
    p.add_argument("number", metavar="LOAN_NO", help="e.g. PN-2026-0001 or KB-2026-0001")
    output(p)
    p.set_defaults(func=cmd_loan)


def cmd_kwitansi(args: argparse.Namespace) -> int:
    from koperasi.pdf.kwitansi import render_kwitansi
    from koperasi.reports.kwitansi import kwitansi_data

    if args.escpos:
        return _escpos_kwitansi(args)
    return _printing(
        args,
        lambda book: (
            render_kwitansi(kwitansi_data(book, args.number), args.paper),
            label("one_document", args.lang),
        ),
    )


def cmd_loan(args: argparse.Namespace) -> int:
    from koperasi.pdf.loan_schedule import render_loan_schedule
    from koperasi.reports.loan_schedule import loan_schedule_data

    return _printing(
        args,
        lambda book: (
            render_loan_schedule(loan_schedule_data(book, args.number)),
            label("one_document", args.lang),
        ),
    )


def _escpos_kwitansi(args: argparse.Namespace) -> int:
    """A kwitansi as ESC/POS bytes for a 58 or 80 mm thermal printer (FILE may be a device)."""
    from koperasi.devices.escpos import render_kwitansi, write_escpos
    from koperasi.reports.kwitansi import kwitansi_data
    from koperasi.text import text
    from koperasi.text.i15b import ESCPOS_LABELS

    def run(book: Book) -> int:
        data = kwitansi_data(book, args.number)
        write_escpos(args.output, render_kwitansi(data, int(args.escpos)))
        print(
            text(
                ESCPOS_LABELS,
                "kwitansi_written",
                args.lang,
                number=data.number,
                paper=args.escpos,
                path=args.output,
            )
        )
        return 0

    return run_with_book(args.book, run, args.lang, readonly=True)
