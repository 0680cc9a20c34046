"""`koperasi delivery add|list|correct|void`: weighings at the collection point (nota timbang)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    format_table,
    label,
    labels,
    percent_json,
    print_json,
    report_error,
    run_with_book,
)
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.units import parse_date, parse_kg, parse_percent

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_delivery_add(args: argparse.Namespace) -> int:
    from koperasi.book.deliveries import DeductionInput

    deductions = []
    if args.deduction_kg is not None:
        deductions.append(DeductionInput("tare", grams=args.deduction_kg))
    if args.deduction_percent is not None:
        deductions.append(DeductionInput("other", percent_bp=args.deduction_percent))

    def add(book: Book) -> int:
        delivery = book.deliveries.record(
            args.member,
            args.commodity,
            args.gross_kg,
            date=args.date,
            deductions=deductions,
            quality_bp=args.quality_percent,
            plot=args.plot or "",
            plot_id=args.plot_id,
            require_quality=True,
        )
        print(delivery.receipt)
        return 0

    return run_with_book(args.book, add, args.lang)


def cmd_delivery_list(args: argparse.Namespace) -> int:
    def show(book: Book) -> int:
        if args.member:
            deliveries = book.deliveries.of_member(args.member)
        else:
            # With neither filter: today's weighings, as the collection point sees them.
            deliveries = book.deliveries.on_date(args.date or book.today())
        members = book.members.by_ids(sorted({d.member_id for d in deliveries}))
        commodities = {c.id: c.name for c in book.commodities.list()}
        sales: dict[int, str] = {}
        for sale_id in {d.sale_id for d in deliveries if d.sale_id}:
            sales[sale_id] = book.sales.by_id(sale_id).number
        if args.json:
            print_json(
                [
                    {
                        "receipt": d.receipt,
                        "date": d.date.isoformat(),
                        "member": members[d.member_id].number,
                        "name": members[d.member_id].name,
                        "commodity": commodities[d.commodity_id],
                        "gross_grams": d.gross_grams,
                        "deduction_grams": d.gross_grams - d.net_grams,
                        "net_grams": d.net_grams,
                        "quality_percent": percent_json(d.quality_bp),
                        "plot": d.plot,
                        "status": d.status,
                        "sale": sales.get(d.sale_id) if d.sale_id else None,
                        "part": d.part,
                        "void_reason": d.void_reason,
                    }
                    for d in deliveries
                ]
            )
            return 0
        headers = labels(
            (
                "receipt",
                "date",
                "member",
                "name",
                "commodity",
                "gross_kg",
                "deduction_kg",
                "net_kg",
                "quality",
                "status",
                "sale",
            ),
            args.lang,
        )
        rows = [
            [
                d.receipt,
                fmt.date_short(d.date),
                members[d.member_id].number,
                members[d.member_id].name,
                commodities[d.commodity_id],
                fmt.kg(d.gross_grams),
                fmt.kg(d.gross_grams - d.net_grams),
                fmt.kg(d.net_grams),
                fmt.percent(d.quality_bp),
                label(d.status, args.lang),
                sales.get(d.sale_id, "") if d.sale_id else "",
            ]
            for d in deliveries
        ]
        print(format_table(headers, rows, args.lang, right={5, 6, 7, 8}))
        return 0

    return run_with_book(args.book, show, args.lang, readonly=True)


def cmd_delivery_correct(args: argparse.Namespace) -> int:
    from koperasi.book.deliveries import DeductionInput

    changes = (
        args.gross_kg,
        args.deduction_kg,
        args.quality_percent,
        args.date,
        args.member,
        args.plot,
        args.plot_id,
    )
    if all(value is None for value in changes):
        return report_error(KoperasiError("cli.nothing_to_change"), args.lang)

    def correct(book: Book) -> int:
        deductions = None
        if args.deduction_kg is not None:
            # The new weight deduction replaces those entered in kg; percentages stay.
            old = book.deliveries.get(args.receipt)
            deductions = [
                DeductionInput(d.kind, percent_bp=d.percent_bp)
                for d in old.deductions
                if d.percent_bp is not None
            ]
            deductions.insert(0, DeductionInput("tare", grams=args.deduction_kg))
        delivery = book.deliveries.correct(
            args.receipt,
            args.reason,
            member=args.member,
            gross_grams=args.gross_kg,
            date=args.date,
            deductions=deductions,
            quality_bp=args.quality_percent,
            plot=args.plot,
            plot_id=... if args.plot_id is None else args.plot_id,
        )
        print(delivery.receipt)
        return 0

    return run_with_book(args.book, correct, args.lang)


def cmd_delivery_void(args: argparse.Namespace) -> int:
    def void(book: Book) -> int:
        print(book.deliveries.void(args.receipt, args.reason).receipt)
        return 0

    return run_with_book(args.book, void, args.lang)


def add_commands(commands: argparse._SubParsersAction) -> None:
    delivery = commands.add_parser("delivery", help="deliveries (nota timbang)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = delivery.add_parser("add", help="record a weighing; prints the receipt number")
    add_book(p)
    p.add_argument("--member", required=True, metavar="NO")
    p.add_argument("--commodity", required=True)
    p.add_argument("--date", required=True, type=parse_date)
    p.add_argument("--gross-kg", required=True, type=parse_kg)
    p.add_argument("--deduction-kg", type=parse_kg, help="tare or other deduction in kg")
    p.add_argument("--deduction-percent", type=parse_percent, help="deduction as %% of gross")
    p.add_argument("--quality-percent", type=parse_percent, help="quality factor, e.g. KKK")
    p.add_argument("--plot", help="plot of origin")
    p.add_argument("--plot-id", type=int, metavar="ID", help="the member's mapped plot (plot list)")
    p.set_defaults(func=cmd_delivery_add)

    p = delivery.add_parser("list", help="deliveries of a day (default today) or of a member")
    add_book(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--date", type=parse_date)
    which.add_argument("--member", metavar="NO")
    add_json(p)
    p.set_defaults(func=cmd_delivery_list)

    p = delivery.add_parser("correct", help="correct an open delivery (kept in its history)")
    add_book(p)
    p.add_argument("receipt", metavar="RECEIPT")
    p.add_argument("--reason", required=True)
    p.add_argument("--gross-kg", type=parse_kg)
    p.add_argument("--deduction-kg", type=parse_kg, help="replaces the deductions given in kg")
    p.add_argument("--quality-percent", type=parse_percent)
    p.add_argument("--date", type=parse_date)
    p.add_argument("--member", metavar="NO")
    p.add_argument("--plot", help="plot of origin as written")
    p.add_argument("--plot-id", type=int, metavar="ID", help="the member's mapped plot (plot list)")
    p.set_defaults(func=cmd_delivery_correct)

    p = delivery.add_parser("void", help="void an open delivery")
    add_book(p)
    p.add_argument("receipt", metavar="RECEIPT")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_delivery_void)
