"""`koperasi plot import|list`, `koperasi trace geojson|sheet` and `koperasi price reference`:
members' plots, a sold lot's EUDR evidence, and the plantation office's reference prices."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    count,
    format_table,
    print_json,
    run_with_book,
    write_whole,
)
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.units import parse_price
from koperasi.text import text
from koperasi.text.trace import CLI

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.plots import ImportResult


def _say(key: str, lang: str, **params: object) -> str:
    return text(CLI, key, lang, **params)


def _hectares(area_m2: int) -> Decimal:
    return Decimal(area_m2).scaleb(-4)


def _import_json(result: ImportResult, lang: str) -> dict:
    return {
        "file": str(result.path),
        "preview": result.preview,
        "new": result.new,
        "unchanged": result.unchanged,
        "refused": result.refused,
        "rows": [
            {
                "where": row.where.text(lang),
                "member": row.member_number,
                "name": row.name,
                "outcome": row.outcome,
                "reason": row.reason.message(lang) if row.reason else None,
                "warnings": [w.message(lang) for w in row.warnings],
                "plot_id": row.plot_id,
                "area_ha": float(_hectares(row.area_m2)) if row.area_m2 is not None else None,
            }
            for row in result.rows
        ],
    }


def cmd_plot_import(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        result = book.plots.import_file(args.file, member=args.member, preview=args.preview)
        if args.json:
            print_json(_import_json(result, lang))
        else:
            for row in result.rows:
                who = " ".join(part for part in (row.member_number, row.name) if part)
                line = f"{row.where.text(lang)}: {who} – {_say(row.outcome, lang)}"
                if row.reason is not None:
                    print(f"{line}: {row.reason.message(lang)}", file=sys.stderr)
                else:
                    print(line)
                for warning in row.warnings:
                    print(f"  {_say('warning', lang)}: {warning.message(lang)}", file=sys.stderr)
            key = "import_preview" if result.preview else "import_done"
            print(
                _say(
                    key,
                    lang,
                    path=result.path,
                    new=result.new,
                    unchanged=result.unchanged,
                    refused=result.refused,
                )
            )
        # A file with refused plots is not a clean import: say so to scripts too.
        return 1 if result.refused else 0

    return run_with_book(args.book, run, lang, readonly=args.preview)


def cmd_plot_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def show(book: Book) -> int:
        plots = book.plots.list(args.member)
        members = book.members.by_ids(sorted({p.member_id for p in plots}))
        if args.json:
            print_json(
                [
                    {
                        "id": p.id,
                        "member": members[p.member_id].number,
                        "name": p.name,
                        "area_ha": float(_hectares(p.area_m2)),
                        "planting_year": p.planting_year,
                        "geometry_type": p.geometry_type,
                    }
                    for p in plots
                ]
            )
            return 0
        keys = ("id", "member", "name", "area_ha", "planting_year", "geometry_type")
        print(
            format_table(
                [_say(k, lang) for k in keys],
                [
                    [
                        p.id,
                        members[p.member_id].number,
                        p.name,
                        f"{_hectares(p.area_m2):.4f}".replace(".", ","),
                        p.planting_year or "",
                        p.geometry_type,
                    ]
                    for p in plots
                ],
                lang,
                right=(0, 3, 4),
            )
        )
        return 0

    return run_with_book(args.book, show, lang, readonly=True)


def cmd_trace_geojson(args: argparse.Namespace) -> int:
    lang = args.lang

    def export(book: Book) -> int:
        from koperasi.reports.trace import lot_geojson, lot_trace

        geojson = lot_geojson(book, args.sale)
        write_whole(args.output, geojson)
        count = len(lot_trace(book, args.sale).plots)
        print(_say("geojson_done", lang, path=args.output, count=count, number=args.sale))
        return 0

    return run_with_book(args.book, export, lang, readonly=True)


def cmd_trace_sheet(args: argparse.Namespace) -> int:
    lang = args.lang

    def export(book: Book) -> int:
        from koperasi.reports.trace import lot_trace

        suffix = Path(args.output).suffix.lower()
        if suffix == ".xlsx":
            from koperasi.xlsx.trace import render_trace_workbook

            write_whole(args.output, render_trace_workbook(lot_trace(book, args.sale), lang))
        elif suffix == ".pdf":
            from koperasi.pdf.trace_sheet import render_trace_sheet

            write_whole(args.output, render_trace_sheet(lot_trace(book, args.sale)))
        else:
            raise KoperasiError("trace.sheet_kind", name=Path(args.output).name)
        print(_say("sheet_done", lang, path=args.output, number=args.sale))
        return 0

    return run_with_book(args.book, export, lang, readonly=True)


def cmd_price_reference(args: argparse.Namespace) -> int:
    lang = args.lang

    def record(book: Book) -> int:
        row = book.reference_prices.set(
            args.commodity, args.week, args.age_from, args.age_to, args.price
        )
        print(
            _say(
                "price_done",
                lang,
                commodity=book.commodities.by_id(row.commodity_id).name,
                week=row.week,
                age_from=row.age_from,
                age_to=row.age_to,
                price=fmt.price(row.price_cents),
            )
        )
        return 0

    return run_with_book(args.book, record, lang)


def add_commands(commands: argparse._SubParsersAction) -> None:
    plot = commands.add_parser("plot", help="members' plots (kebun) and their locations")
    actions = plot.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("import", help="import plots from GeoJSON, KML, GPX or CSV")
    add_book(p)
    p.add_argument("file", metavar="FILE", help="a .geojson, .kml, .gpx or .csv file")
    p.add_argument("--member", metavar="NO", help="the member owning every plot of the file")
    p.add_argument("--preview", action="store_true", help="check and report, write nothing")
    add_json(p)
    p.set_defaults(func=cmd_plot_import)

    p = actions.add_parser("list", help="list plots")
    add_book(p)
    p.add_argument("--member", metavar="NO", help="only this member's plots")
    add_json(p)
    p.set_defaults(func=cmd_plot_list)

    trace = commands.add_parser("trace", help="a sold lot's traceability (EUDR)")
    actions = trace.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("geojson", help="the lot's EUDR GeoJSON (fully traceable lots only)")
    add_book(p)
    p.add_argument("sale", metavar="SALE_NO", help="sale number, e.g. PJ-2026-0003")
    p.add_argument("-o", "--output", required=True, metavar="FILE.geojson")
    p.set_defaults(func=cmd_trace_geojson)

    p = actions.add_parser("sheet", help="the lot trace sheet (PDF or Excel, by suffix)")
    add_book(p)
    p.add_argument("sale", metavar="SALE_NO", help="sale number, e.g. PJ-2026-0003")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx")
    p.set_defaults(func=cmd_trace_sheet)

    price = commands.add_parser("price", help="reference prices (Disbun)")
    actions = price.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("reference", help="record a weekly reference price per tree age")
    add_book(p)
    p.add_argument("--commodity", required=True, metavar="NAME")
    p.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W48")
    p.add_argument("--age-from", required=True, type=count, metavar="A", help="years")
    p.add_argument("--age-to", required=True, type=count, metavar="B", help="years")
    p.add_argument("--price", required=True, type=parse_price, metavar="RP", help="Rp per kg")
    p.set_defaults(func=cmd_price_reference)
