"""`koperasi receivable list|collect`, `sale reverse`, `payout void`, `report balances`:
buyer receivables, corrections by reversal, and every account's balance (issue 10)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    format_table,
    iso_date,
    label,
    labels,
    print_json,
    run_with_book,
)
from koperasi.core import fmt
from koperasi.core.units import parse_date, parse_rupiah

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_receivable_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def show(book: Book) -> int:
        owed = book.receivables.list(settled=args.all)
        if args.json:
            print_json(
                [
                    {
                        "sale": r.sale,
                        "buyer": r.buyer,
                        "date": r.date.isoformat(),
                        "amount": r.amount,
                        "paid": r.paid,
                        "outstanding": r.outstanding,
                        "age_days": r.age_days,
                    }
                    for r in owed
                ]
            )
            return 0
        rows = [
            [
                r.sale,
                r.buyer,
                fmt.date_short(r.date),
                fmt.rupiah(r.amount),
                fmt.rupiah(r.paid),
                fmt.rupiah(r.outstanding),
                str(r.age_days),
            ]
            for r in owed
        ]
        total = sum(r.outstanding for r in owed)
        rows.append(["", label("total", lang), "", "", "", fmt.rupiah(total), ""])
        headers = labels(
            ("sale", "buyer", "date", "receivable", "paid", "receivable_left", "age_days"), lang
        )
        print(format_table(headers, rows, lang, right={3, 4, 5, 6}))
        return 0

    return run_with_book(args.book, show, lang, readonly=True)


def cmd_receivable_collect(args: argparse.Namespace) -> int:
    lang = args.lang

    def collect(book: Book) -> int:
        row = book.receivables.collect(args.sale, args.amount, into=args.into, date=args.date)
        left = book.receivables.of_sale(args.sale).outstanding
        print(
            label(
                "collected",
                lang,
                number=row.number,
                amount=fmt.rupiah(row.amount),
                sale=args.sale.upper(),
                left=fmt.rupiah(left),
            )
        )
        return 0

    return run_with_book(args.book, collect, lang)


def cmd_sale_reverse(args: argparse.Namespace) -> int:
    lang = args.lang

    def reverse(book: Book) -> int:
        done = book.corrections.reverse_sale(args.number, args.reason, date=args.date)
        s = done.sale
        print(
            label(
                "sale_reversed",
                lang,
                sale=s.number,
                gross=fmt.rupiah(s.gross),
                net=fmt.rupiah(s.net),
                count=done.deliveries,
                entry=done.entry_number,
            )
        )
        return 0

    return run_with_book(args.book, reverse, lang)


def cmd_payout_void(args: argparse.Namespace) -> int:
    lang = args.lang

    def void(book: Book) -> int:
        done = book.corrections.void_payout(args.slip, args.reason or "", date=args.date)
        p = done.payout
        print(
            label(
                "payout_voided",
                lang,
                slip=p.slip,
                share=fmt.rupiah(p.share),
                paid=fmt.rupiah(p.paid),
                restored=fmt.rupiah(sum(amount for _, amount in done.restored)),
                entry=done.entry_number,
            )
        )
        return 0

    return run_with_book(args.book, void, lang)


def cmd_balances(args: argparse.Namespace) -> int:
    from koperasi.reports.balances import account_balances

    lang = args.lang

    def show(book: Book) -> int:
        found = account_balances(book, args.date)
        if args.json:
            print_json(
                {
                    "date": iso_date(args.date),
                    "accounts": [
                        {
                            "code": b.code,
                            "name": b.name(lang),
                            "kind": b.kind,
                            "normal": b.normal,
                            "balance": b.balance,
                            "never_negative": b.never_negative,
                        }
                        for b in found
                    ],
                }
            )
            return 0
        rows = [[b.code, b.name(lang), fmt.rupiah(b.balance)] for b in found]
        print(format_table(labels(("code", "account", "balance"), lang), rows, lang, right={2}))
        return 0

    return run_with_book(args.book, show, lang, readonly=True)


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(commands: argparse._SubParsersAction) -> None:
    receivable = commands.add_parser(
        "receivable", help="buyer receivables (piutang pembeli)"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = receivable.add_parser("list", help="what buyers still owe, by sale, with age in days")
    add_book(p)
    p.add_argument("--all", action="store_true", help="include receivables paid in full")
    add_json(p)
    p.set_defaults(func=cmd_receivable_list)
    p = receivable.add_parser("collect", help="record a buyer's payment of a sale")
    add_book(p)
    p.add_argument("sale", metavar="SALE_NO")
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--into", required=True, choices=("kas", "bank"))
    p.add_argument("--date", type=parse_date, help="payment date (default today)")
    p.set_defaults(func=cmd_receivable_collect)

    # `sale reverse` joins the sale topic (koperasi.cli.sales).
    p = _subcommands(commands.choices["sale"]).add_parser(
        "reverse", help="reverse a sale none of whose shares is paid"
    )
    add_book(p)
    p.add_argument("number", metavar="SALE_NO")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=parse_date, help="reversal date (default today)")
    p.set_defaults(func=cmd_sale_reverse)

    # `payout void BOOK SLIP_NO`: the payout command takes BOOK SALE_NO, so the word void in
    # the place of the book turns it into a void of the slip that follows the book.
    p = commands.choices["payout"]
    p.add_argument("slip", nargs="?", metavar="SLIP_NO", help="after `void BOOK`: the slip")
    p.add_argument("--reason", help="with void: why the slip is voided")
    pay = p.get_default("func")

    def payout_or_void(args: argparse.Namespace) -> int:
        if args.book == "void" and args.slip:
            args.book, args.slip = args.sale, args.slip
            return cmd_payout_void(args)
        if args.slip:
            p.error(f"unrecognized arguments: {args.slip}")
        return pay(args)

    p.set_defaults(func=payout_or_void)

    report = _subcommands(commands.choices["report"])
    p = report.add_parser("balances", help="each account's balance on a date, funds included")
    add_book(p)
    p.add_argument("--date", type=parse_date, help="balances at the end of this day")
    add_json(p)
    p.set_defaults(func=cmd_balances)
