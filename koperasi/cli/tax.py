"""`koperasi tax BOOK --year Y [--month M] [--post] [--json]` and `tax-profile`: the
cooperative's income tax per month and year."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import add_book, add_json, count, format_table, print_json, run_with_book
from koperasi.core import fmt
from koperasi.text import text
from koperasi.text.i14tax import CLI as I14TAX
from koperasi.text.yearend import YEAREND

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.honoraria import Pph21Line
    from koperasi.book.ppn import PpnLine
    from koperasi.book.tax import TaxLine

COLUMNS = (
    "period",
    "regime",
    "turnover",
    "tax_base",
    "tax_due",
    "tax_posted",
    "tax_paid",
    "payable",
)


def line_json(t: TaxLine) -> dict:
    return {
        "year": t.year,
        "month": t.month or None,
        "regime": t.regime,
        "turnover": t.turnover,
        "tax_base": t.base,
        "tax_due": t.due,
        "posted": t.posted,
        "paid": t.paid,
        "payable": t.payable,
    }


def pph21_json(p: Pph21Line) -> dict:
    return {
        "count": p.count,
        "gross": p.gross,
        "withheld": p.withheld,
        "paid": p.paid,
        "payable": p.payable,
    }


def ppn_json(p: PpnLine) -> dict:
    return {
        "pkp": p.pkp,
        "taxable": p.taxable,
        "dpp": p.dpp,
        "rate_bp": p.rate_bp,
        "dpp_fraction": f"{p.dpp_numerator}/{p.dpp_denominator}",
        "ppn": p.ppn,
    }


def extra_json(book: Book, year: int, month: int) -> dict:
    """The keys branch i14tax adds to a period: PPh 21 withheld on honoraria, PPN keluaran."""
    return {
        "pph21": pph21_json(book.honoraria.line(year, month)),
        "ppn": ppn_json(book.ppn.line(year, month)),
    }


def print_extra(book: Book, year: int, month: int, lang: str) -> None:
    """PPh 21 withheld on honoraria per month and for the year (branch i14tax)."""
    months = [month] if month else [*range(1, 13), 0]
    p21 = [book.honoraria.line(year, m) for m in months]
    print()
    print(text(I14TAX, "pph21_title", lang))
    keys = ("period", "count", "gross", "withheld", "paid_col", "payable")
    rows = [
        [
            f"{p.month:02d}/{p.year}" if p.month else str(p.year),
            p.count,
            fmt.rupiah(p.gross),
            fmt.rupiah(p.withheld),
            fmt.rupiah(p.paid),
            fmt.rupiah(p.payable),
        ]
        for p in p21
    ]
    headers = [text(I14TAX, k, lang) for k in keys]
    print(format_table(headers, rows, lang, right=set(range(1, 6))))
    ppn = [book.ppn.line(year, m) for m in months]
    if not ppn[0].pkp:
        return
    print()
    print(text(I14TAX, "ppn_title", lang))
    keys = ("period", "taxable", "dpp", "list_rate", "ppn")
    rows = [
        [
            f"{p.month:02d}/{p.year}" if p.month else str(p.year),
            fmt.rupiah(p.taxable),
            fmt.rupiah(p.dpp),
            fmt.percent(p.rate_bp)
            + (f" x {p.dpp_numerator}/{p.dpp_denominator}" if p.dpp_denominator != 1 else ""),
            fmt.rupiah(p.ppn),
        ]
        for p in ppn
    ]
    headers = [text(I14TAX, k, lang) for k in keys]
    print(format_table(headers, rows, lang, right={1, 2, 3, 4}))


def cmd_tax(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        if args.post:
            if args.month:
                book.tax.post_month(args.year, args.month)
            else:
                book.tax.post_year(args.year)
        if args.month:
            lines = [book.tax.month(args.year, args.month)]
        else:
            lines = [book.tax.month(args.year, m) for m in range(1, 13)]
            lines.append(book.tax.year(args.year))
        if args.json:
            # Branch i14tax adds "pph21" (withheld on honoraria) and "ppn" to each period.
            if args.month:
                print_json(line_json(lines[0]) | extra_json(book, args.year, args.month))
            else:
                months = [line_json(t) | extra_json(book, args.year, t.month) for t in lines[:-1]]
                year = line_json(lines[-1]) | extra_json(book, args.year, 0)
                print_json({"months": months, "year": year})
            return 0
        rows = [
            [
                f"{t.month:02d}/{t.year}" if t.month else str(t.year),
                text(YEAREND, f"regime_{t.regime}", lang),
                fmt.rupiah(t.turnover),
                fmt.rupiah(t.base),
                fmt.rupiah(t.due),
                fmt.rupiah(t.posted),
                fmt.rupiah(t.paid),
                fmt.rupiah(t.payable),
            ]
            for t in lines
        ]
        print(
            format_table(
                [text(YEAREND, c, lang) for c in COLUMNS], rows, lang, right=set(range(2, 8))
            )
        )
        print_extra(book, args.year, args.month or 0, lang)
        return 0

    return run_with_book(args.book, run, lang, readonly=not args.post)


def cmd_tax_profile(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        p = book.tax.set_profile(args.regime, args.registered, args.pkp)
        print(text(YEAREND, "tax_profile", args.lang, regime=p.regime, year=p.registered_year))
        return 0

    return run_with_book(args.book, run, args.lang)


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("tax", help="income tax per month and year (PP 55/2022 or normal)")
    add_book(p)
    p.add_argument("--year", required=True, type=count)
    p.add_argument("--month", type=count)
    p.add_argument("--post", action="store_true", help="post the month's (or year's) tax")
    add_json(p)
    p.set_defaults(func=cmd_tax)

    p = commands.add_parser("tax-profile", help="the cooperative's tax profile")
    add_book(p)
    p.add_argument("--regime", required=True, choices=("final", "normal"))
    p.add_argument("--registered", required=True, type=count, help="year registered for tax")
    p.add_argument("--pkp", action="store_true", help="registered for VAT (PKP)")
    p.set_defaults(func=cmd_tax_profile)
