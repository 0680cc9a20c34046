"""`koperasi import|opening|export KIND`: moving a cooperative in from its workbooks, and
every list and report out to Excel."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from koperasi.cli.common import add_book, print_json, report_error, run_with_book
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.units import parse_date
from koperasi.text import text
from koperasi.text.moving_in import LABELS as MOVING_IN_LABELS

if TYPE_CHECKING:
    from koperasi.book import Book

IMPORT_KINDS = ("members", "savings", "loans", "balances", "shares", "shu", "deliveries", "prices")


def _say(key: str, lang: str, **params: object) -> str:
    return text(MOVING_IN_LABELS, key, lang, **params)


def cmd_template(args: argparse.Namespace) -> int:
    from koperasi.xlsx.template import write_template

    try:
        write_template(args.kind, args.output)
    except (KoperasiError, OSError) as exc:
        return report_error(exc, args.lang)
    print(_say("template_written", args.lang, path=args.output))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from koperasi.xlsx.importing import import_file

    lang = args.lang

    def run(book: Book) -> int:
        report = import_file(book, args.kind, args.file, args.preview, args.only_good)
        if args.json:
            print_json(report.as_json(lang))
        else:
            for refusal in report.refused:
                print(
                    f"{_say('row', lang)} {refusal.row}, {refusal.column}: {refusal.reason(lang)}"
                )
            print(
                _say(
                    "summary",
                    lang,
                    new=report.count("new"),
                    updated=report.count("updated"),
                    unchanged=report.count("unchanged"),
                    refused=len(report.refused),
                )
            )
            written = (
                "written" if report.written else ("preview" if args.preview else "not_written")
            )
            print(_say(written, lang))
        return 1 if report.refused and not report.written else 0

    return run_with_book(args.book, run, lang)


def cmd_opening(args: argparse.Namespace) -> int:
    from koperasi.book.moving_in import MovingIn

    lang = args.lang

    def run(book: Book) -> int:
        moving = MovingIn(book)
        posted = moving.posted()
        if posted is not None:
            raise KoperasiError("import.opening_posted", date=fmt.date_short(posted[0]))
        differences = moving.differences(args.date)
        if args.json:
            print_json(
                [
                    {
                        "what": _say(d.what, lang, **d.params),
                        "details": d.details,
                        "account": d.account,
                        "difference": d.difference,
                    }
                    for d in differences
                ]
            )
        for d in differences if not args.json else ():
            print(
                f"{_say(d.what, lang, **d.params)}: {_say('expected', lang)} "
                f"{fmt.rupiah(d.details)}, {_say('actual', lang)} {fmt.rupiah(d.account)}, "
                f"{_say('difference', lang)} {fmt.rupiah(d.difference)}",
                file=sys.stdout,
            )
        if differences:
            raise KoperasiError("opening.not_balanced")
        if args.check:
            print(_say("opening_ok", lang, date=fmt.date_short(args.date)))
            return 0
        number = moving.post_opening(args.date)
        if not args.json:
            print(_say("opening_ok", lang, date=fmt.date_short(args.date)))
            print(_say("opening_posted", lang, number=number))
        return 0

    return run_with_book(args.book, run, lang)


def cmd_export(args: argparse.Namespace) -> int:
    from koperasi.xlsx.export import export

    def run(book: Book) -> int:
        rows = export(book, args.kind, args.output, args.start, args.end, args.year, args.lang)
        print(_say("export_written", args.lang, rows=rows, path=args.output))
        return 0

    return run_with_book(args.book, run, args.lang, readonly=True)


def _export_parsers(commands: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The subcommands of `koperasi export` (made by the ledger topic, which owns hledger)."""
    parser = commands.choices["export"]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(commands: argparse._SubParsersAction) -> None:
    from koperasi.xlsx.export import EXPORT_KINDS

    imports = commands.add_parser("import", help="import members, savings, loans, balances, deliveries from .xlsx/.csv").add_subparsers(
        dest="kind", metavar="KIND", required=True
    )  # fmt: skip
    p = imports.add_parser("template", help="write the template workbook of a kind")
    p.add_argument("kind", metavar="KIND", choices=IMPORT_KINDS)
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_template)
    for kind in IMPORT_KINDS:
        p = imports.add_parser(kind, help=f"import {kind} from FILE (.xlsx or .csv)")
        add_book(p)
        p.add_argument("file", metavar="FILE")
        p.add_argument("--preview", action="store_true", help="write nothing, show every row")
        p.add_argument("--only-good", action="store_true", help="import the good rows only")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_import, kind=kind)

    p = commands.add_parser("opening", help="check and post the opening balances (saldo awal)")
    add_book(p)
    p.add_argument("--date", required=True, type=parse_date, help="the start date")
    p.add_argument("--check", action="store_true", help="only check, post nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_opening)

    if "export" not in commands.choices:
        commands.add_parser("export").add_subparsers(dest="format", metavar="FORMAT", required=True)
    exports = _export_parsers(commands)
    for kind in EXPORT_KINDS:
        p = exports.add_parser(kind, help=f"{kind} as an Excel workbook")
        add_book(p)
        p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
        p.add_argument("--from", dest="start", type=parse_date)
        p.add_argument("--to", dest="end", type=parse_date)
        p.add_argument("--year", type=int)
        p.set_defaults(func=cmd_export, kind=kind)
