"""`koperasi tax-honorarium BOOK --name N --category bukan-pegawai|pengawas --gross X ...`:
a honorarium paid net of the PPh 21 withheld, with its bukti potong; `koperasi
tax-honoraria BOOK --year Y [--month M]` lists them; `koperasi tax-honorarium-void BOOK
NUMBER --reason R` voids one paid by mistake (branch i14tax)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    count,
    format_table,
    iso_date,
    label,
    print_json,
    run_with_book,
    short_date,
    write_whole,
)
from koperasi.core import fmt
from koperasi.core.units import parse_date, parse_rupiah
from koperasi.text import text
from koperasi.text.i14tax import CLI

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.honoraria import HonorariumRow


def row_json(row: HonorariumRow) -> dict:
    return {
        "number": row.number,
        "date": iso_date(row.date),
        "name": row.name,
        "tax_id": row.tax_id or None,
        "has_tax_id": bool(row.tax_id),
        "category": row.category,
        "gross": row.gross,
        "tax_base": row.base,
        "rate_bp": row.rate_bp,
        "surcharge_bp": row.surcharge_bp,
        "withheld": row.tax,
        "net": row.net,
        "account": row.account,
        "description": row.description,
        "void_date": iso_date(row.void_date),
    }


def rate_words(row: HonorariumRow, lang: str) -> str:
    surcharge = text(CLI, "surcharge", lang) if row.surcharge_bp != 10000 else ""
    return fmt.percent(row.rate_bp) + surcharge


def cmd_pay(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        row = book.honoraria.pay(
            args.name,
            args.category,
            args.gross,
            date=args.date,
            source=args.source,
            tax_id=args.npwp or "",
            description=args.description or "",
        )
        if args.json:
            print_json(row_json(row))
            return 0
        print(
            text(
                CLI,
                "paid",
                lang,
                number=row.number,
                name=row.name,
                category=row.category,
                gross=fmt.rupiah(row.gross),
                base=fmt.rupiah(row.base),
                rate=fmt.percent(row.rate_bp),
                surcharge=text(CLI, "surcharge", lang) if row.surcharge_bp != 10000 else "",
                tax=fmt.rupiah(row.tax),
                net=fmt.rupiah(row.net),
                source=text(CLI, f"source.{row.account}", lang),
                date=short_date(row.date),
            )
        )
        return 0

    return run_with_book(args.book, run, lang)


def cmd_list(args: argparse.Namespace) -> int:
    import datetime

    lang = args.lang

    def run(book: Book) -> int:
        month = args.month or 0
        line = book.honoraria.line(args.year, month)  # refuses a month past 12
        if month:
            start = datetime.date(args.year, month, 1)
            end = datetime.date(args.year + (month == 12), month % 12 + 1, 1)
            end -= datetime.timedelta(days=1)
        else:
            start, end = datetime.date(args.year, 1, 1), datetime.date(args.year, 12, 31)
        rows = book.honoraria.between(start, end)
        if args.json:
            print_json({"honoraria": [row_json(r) for r in rows], "withheld": line.withheld})
            return 0
        keys = ("list_number", "list_date", "list_name", "list_category", "gross", "base")
        keys += ("list_rate", "withheld", "list_net")
        table = [
            [
                r.number + (text(CLI, "void_mark", lang) if r.void_date else ""),
                short_date(r.date),
                r.name,
                r.category,
                fmt.rupiah(r.gross),
                fmt.rupiah(r.base),
                rate_words(r, lang),
                fmt.rupiah(r.tax),
                fmt.rupiah(r.net),
            ]
            for r in rows
        ]
        headers = [text(CLI, k, lang) for k in keys]
        print(format_table(headers, table, lang, right={4, 5, 7, 8}))
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def cmd_void(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.honoraria.void(args.number, args.reason, args.date)
        print(text(CLI, "voided", args.lang, number=row.number, date=short_date(row.void_date)))
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_print(args: argparse.Namespace) -> int:
    from koperasi.pdf.bukti_potong import render_bukti_potong
    from koperasi.reports.bukti_potong import bukti_potong_data

    def run(book: Book) -> int:
        data = render_bukti_potong(bukti_potong_data(book, args.number), args.paper)
        write_whole(args.output, data)
        print(
            label("pdf_written", args.lang, path=args.output, what=label("one_document", args.lang))
        )
        return 0

    return run_with_book(args.book, run, args.lang, readonly=True)


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "tax-honorarium", help="pay a honorarium net of PPh 21 withheld (bukti potong)"
    )
    add_book(p)
    p.add_argument("--name", required=True, help="the recipient")
    p.add_argument("--category", required=True, choices=("bukan-pegawai", "pengawas"))
    p.add_argument("--gross", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--from", dest="source", default="kas", choices=("kas", "bank"))
    p.add_argument("--npwp", metavar="NIK_OR_NPWP", help="without it the tax is 120 %%")
    p.add_argument("--description", metavar="TEXT")
    add_json(p)
    p.set_defaults(func=cmd_pay)

    p = commands.add_parser("tax-honoraria", help="honoraria paid and PPh 21 withheld")
    add_book(p)
    p.add_argument("--year", required=True, type=count)
    p.add_argument("--month", type=count)
    add_json(p)
    p.set_defaults(func=cmd_list)

    p = commands.add_parser(
        "tax-honorarium-void", help="void a honorarium paid by mistake (a reversing entry)"
    )
    add_book(p)
    p.add_argument("number", metavar="BP_NUMBER")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_void)

    p = commands.add_parser("tax-bukti-potong", help="print a honorarium's bukti potong (PDF)")
    add_book(p)
    p.add_argument("number", metavar="BP_NUMBER")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--paper", default="a6", choices=("a6", "a5"))
    p.set_defaults(func=cmd_print)
