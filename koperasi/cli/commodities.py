"""`koperasi commodity add|list`: commodities and their service fees."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    format_table,
    labels,
    percent_json,
    print_json,
    run_with_book,
    yes_no,
)
from koperasi.core import fmt
from koperasi.core.units import parse_percent, parse_price

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_commodity_add(args: argparse.Namespace) -> int:
    def add(book: Book) -> int:
        commodity = book.commodities.add(
            args.name,
            fee_bp=args.fee_percent,
            fee_cents_per_kg=args.fee_per_kg,
            uses_quality=args.quality,
        )
        print(commodity.name)
        return 0

    return run_with_book(args.book, add, args.lang)


def cmd_commodity_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def show(book: Book) -> int:
        commodities = book.commodities.list()
        if args.json:
            print_json(
                [
                    {
                        "name": c.name,
                        "unit": c.unit,
                        "fee_kind": c.fee_kind,
                        "fee_percent": percent_json(c.fee_bp) if c.fee_kind == "percent" else None,
                        "fee_cents_per_kg": c.fee_cents_per_kg if c.fee_kind == "per_kg" else None,
                        "uses_quality": c.uses_quality,
                        "active": c.active,
                    }
                    for c in commodities
                ]
            )
            return 0
        print(
            format_table(
                labels(("commodity", "fee", "quality", "active"), lang),
                [
                    [
                        c.name,
                        fmt.fee_text(c.fee_kind, c.fee_bp, c.fee_cents_per_kg),
                        yes_no(c.uses_quality, lang),
                        yes_no(c.active, lang),
                    ]
                    for c in commodities
                ],
                lang,
            )
        )
        return 0

    return run_with_book(args.book, show, lang, readonly=True)


def add_commands(commands: argparse._SubParsersAction) -> None:
    commodity = commands.add_parser("commodity", help="commodities and fees").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = commodity.add_parser("add", help="add a commodity")
    add_book(p)
    p.add_argument("--name", required=True)
    fee = p.add_mutually_exclusive_group()
    fee.add_argument("--fee-percent", type=parse_percent, help="fee as %% of the gross")
    fee.add_argument("--fee-per-kg", type=parse_price, help="fee in rupiah per sold kg")
    p.add_argument("--quality", action="store_true", help="deliveries carry a quality factor")
    p.set_defaults(func=cmd_commodity_add)

    p = commodity.add_parser("list", help="list commodities")
    add_book(p)
    add_json(p)
    p.set_defaults(func=cmd_commodity_list)
