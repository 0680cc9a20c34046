"""`koperasi print ...`: delivery receipts, payout slips, settlement sheets, member
statements and the member register, as PDF files.

Books are opened read-only, so printing works while the desktop app holds the book.
The documents speak the book's language (its profile); messages follow --lang.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from koperasi import pdf, reports
from koperasi.cli import language, run_with_book
from koperasi.core.fmt import date_short
from koperasi.core.units import parse_date

if TYPE_CHECKING:
    from koperasi.book import Book

# What the print commands say themselves: (Bahasa Indonesia, English).
_TEXTS = {
    "written": ("{path} ditulis ({what}).", "Wrote {path} ({what})."),
    "slips": ("{n} slip pembayaran", "{n} payout slips"),
    "slip": ("1 slip pembayaran", "1 payout slip"),
    "one": ("1 dokumen", "1 document"),
    "no_slips": (
        "Belum ada slip pembayaran untuk penjualan {sale}; bayar dulu dengan `koperasi payout`.",
        "Sale {sale} has no payout slips yet; pay it first with `koperasi payout`.",
    ),
    "bad_period": (
        "Periode tidak valid: tanggal awal {start} sesudah tanggal akhir {end}.",
        "The period is not valid: the start {start} is after the end {end}.",
    ),
}


def _text(key: str, **params: object) -> str:
    return _TEXTS[key][1 if language() == "en" else 0].format(**params)


def write_pdf(path: str | Path, data: bytes) -> None:
    """Write the file whole or not at all: a half-written PDF must never replace a good one."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(target)) from exc


def _printing(args: argparse.Namespace, make: Callable[[Book], tuple[bytes, str]]) -> int:
    def run(book: Book) -> int:
        data, what = make(book)
        write_pdf(args.output, data)
        print(_text("written", path=args.output, what=what))
        return 0

    return run_with_book(args.book, run, readonly=True)


def cmd_receipt(args: argparse.Namespace) -> int:
    return _printing(
        args,
        lambda book: (
            pdf.render_receipt(
                reports.receipt_data(book, args.receipt),
                args.paper or book.document_paper("receipt"),
            ),
            _text("one"),
        ),
    )


def cmd_slips(args: argparse.Namespace) -> int:
    def make(book: Book) -> tuple[bytes, str]:
        if args.sale:
            slips = reports.slips_for_sale(book, args.sale)
            if not slips:
                raise _Refused(_text("no_slips", sale=book.sales.get(args.sale).number))
        elif args.run:
            slips = reports.slips_for_run(book, args.run)
        else:
            slips = reports.slips_data(book, args.payout)
        paper = args.paper or book.document_paper("slip")
        what = _text("slip") if len(slips) == 1 else _text("slips", n=len(slips))
        return pdf.render_slips(slips, paper), what

    try:
        return _printing(args, make)
    except _Refused as refused:
        print(refused, file=sys.stderr)
        return 1


def cmd_settlement(args: argparse.Namespace) -> int:
    return _printing(
        args,
        lambda book: (
            pdf.render_settlement(reports.settlement_data(book, args.sale)),
            _text("one"),
        ),
    )


def cmd_statement(args: argparse.Namespace) -> int:
    def make(book: Book) -> tuple[bytes, str]:
        end = args.end or book.today()
        start = args.start or datetime.date(end.year, 1, 1)
        if start > end:
            raise _Refused(_text("bad_period", start=date_short(start), end=date_short(end)))
        data = reports.statement_data(book, args.member, start, end)
        return pdf.render_statement(data), _text("one")

    try:
        return _printing(args, make)
    except _Refused as refused:
        print(refused, file=sys.stderr)
        return 1


def cmd_members(args: argparse.Namespace) -> int:
    active = True if args.active else None
    return _printing(
        args,
        lambda book: (pdf.render_register(reports.register_data(book, active)), _text("one")),
    )


def cmd_rat(args: argparse.Namespace) -> int:
    from koperasi.pdf.rat import render_rat
    from koperasi.reports.rat import rat_report

    def make(book: Book) -> tuple[bytes, str]:
        year = args.year or book.today().year - 1
        report = rat_report(book, year, parts=args.part, date=args.date)
        return render_rat(report), _text("one")

    return _printing(args, make)


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 1900 <= int(text) <= 9998:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return int(text)


class _Refused(Exception):
    """A refusal the print commands word themselves (the book is only read)."""


def add_print_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add `print receipt|slips|settlement|statement|members` to the command line."""
    printing = subparsers.add_parser("print", help="print documents as PDF (cetak dokumen)")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("book", metavar="BOOK", help="the book file (.koperasi)")

    def output(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write"
        )

    p = documents.add_parser("receipt", help="a delivery receipt (nota timbang)")
    common(p)
    p.add_argument("receipt", metavar="RECEIPT", help="receipt number, e.g. NT-2026-000012")
    p.add_argument(
        "--paper", choices=pdf.RECEIPT_PAPERS, help="default: the book's receipt paper, else a6"
    )
    output(p)
    p.set_defaults(func=cmd_receipt)

    p = documents.add_parser("slips", help="payout slips, one per page (slip pembayaran)")
    common(p)
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

    p = documents.add_parser("settlement", help="a sale's settlement sheet (A4)")
    common(p)
    p.add_argument("sale", metavar="SALE_NO", help="sale number, e.g. PJ-2026-0003")
    output(p)
    p.set_defaults(func=cmd_settlement)

    p = documents.add_parser("statement", help="a member's statement for a period (A4)")
    common(p)
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
    common(p)
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
    common(p)
    p.add_argument("--active", action="store_true", help="only active members")
    output(p)
    p.set_defaults(func=cmd_members)


__all__ = ["add_print_commands", "write_pdf"]
