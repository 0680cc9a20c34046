"""`koperasi cash add|transfer|void|list|categories|add-category`: the cash book (buku kas)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    format_table,
    label,
    labels,
    print_json,
    run_with_book,
    yes_no,
)
from koperasi.core import fmt
from koperasi.core.units import parse_date, parse_rupiah

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_cash_add(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.cash.record(
            args.kind,
            args.category,
            args.amount,
            args.description,
            date=args.date,
            money="bank" if args.bank else "kas",
            member=args.member,
        )
        print(row.number)
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_cash_transfer(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.cash.transfer(
            args.source, args.amount, date=args.date, description=args.description or ""
        )
        print(row.number)
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_cash_void(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        print(book.cash.void(args.number, args.reason, date=args.date).number)
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_cash_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        end = args.end or book.today()
        start = args.start or end.replace(day=1)
        cash_book = book.cash.cash_book(start, end, "bank" if args.bank else "kas", lang=lang)
        if args.json:
            print_json(
                {
                    "account": cash_book.account,
                    "name": cash_book.account_name,
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "opening": cash_book.opening,
                    "lines": [
                        {
                            "date": line.date.isoformat(),
                            "entry": line.entry_number,
                            "description": line.description,
                            "source": line.source,
                            "received": line.received,
                            "paid": line.paid,
                            "balance": line.balance,
                        }
                        for line in cash_book.lines
                    ],
                    "total_received": cash_book.total_received,
                    "total_paid": cash_book.total_paid,
                    "closing": cash_book.closing,
                }
            )
            return 0
        print(
            f"{cash_book.account} {cash_book.account_name}: "
            f"{fmt.date_short(start)} - {fmt.date_short(end)}"
        )
        rows = [["", "", label("opening", lang), "", "", fmt.rupiah(cash_book.opening)]]
        rows += [
            [
                fmt.date_short(line.date),
                line.entry_number,
                line.description,
                fmt.rupiah(line.received) if line.received else "",
                fmt.rupiah(line.paid) if line.paid else "",
                fmt.rupiah(line.balance),
            ]
            for line in cash_book.lines
        ]
        rows.append(
            [
                "",
                "",
                label("closing_balance", lang),
                fmt.rupiah(cash_book.total_received),
                fmt.rupiah(cash_book.total_paid),
                fmt.rupiah(cash_book.closing),
            ]
        )
        headers = labels(("date", "entry", "description", "received", "paid_out", "balance"), lang)
        print(format_table(headers, rows, lang, right={3, 4, 5}))
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def cmd_cash_categories(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        categories = book.cash.categories(active=None if args.all else True)
        if args.json:
            print_json(
                [
                    {
                        "name": c.name_id,
                        "name_en": c.name_en,
                        "kind": c.kind,
                        "account": c.account,
                        "active": c.active,
                    }
                    for c in categories
                ]
            )
            return 0
        accounts = {a.code: a.name(lang) for a in book.journal.accounts()}
        print(
            format_table(
                labels(("category", "kind", "account_code", "active"), lang),
                [
                    [
                        c.name(lang),
                        label(c.kind, lang),
                        f"{c.account} {accounts.get(c.account, '')}",
                        yes_no(c.active, lang),
                    ]
                    for c in categories
                ],
                lang,
            )
        )
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def cmd_cash_add_category(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        category = book.cash.add_category(
            args.name, args.kind, args.account, name_en=args.name_en or ""
        )
        print(category.name_id)
        return 0

    return run_with_book(args.book, run, args.lang)


def add_commands(commands: argparse._SubParsersAction) -> None:
    cash = commands.add_parser("cash", help="the cash book (buku kas)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = cash.add_parser("add", help="other income or an expense; prints the voucher number")
    add_book(p)
    p.add_argument("--kind", required=True, choices=("income", "expense"))
    p.add_argument("--category", required=True)
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--description", required=True)
    p.add_argument("--date", type=parse_date)
    p.add_argument("--bank", action="store_true", help="through the bank, not Kas")
    p.add_argument(
        "--member", metavar="NO", help="income: the member who bought (purchases, for SHU)"
    )
    p.set_defaults(func=cmd_cash_add)
    p = cash.add_parser("transfer", help="move money between Kas and Bank")
    add_book(p)
    p.add_argument("--from", dest="source", required=True, choices=("kas", "bank"))
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--description")
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=cmd_cash_transfer)
    p = cash.add_parser("void", help="void a voucher entered by mistake")
    add_book(p)
    p.add_argument("number", metavar="VOUCHER")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=cmd_cash_void)
    p = cash.add_parser("list", help="the cash book of a period (default this month)")
    add_book(p)
    p.add_argument("--from", dest="start", type=parse_date)
    p.add_argument("--to", dest="end", type=parse_date)
    p.add_argument("--bank", action="store_true", help="the bank book instead of Kas")
    add_json(p)
    p.set_defaults(func=cmd_cash_list)
    p = cash.add_parser("categories", help="the income and expense categories")
    add_book(p)
    p.add_argument("--all", action="store_true", help="retired categories too")
    add_json(p)
    p.set_defaults(func=cmd_cash_categories)
    p = cash.add_parser("add-category", help="a new income or expense category")
    add_book(p)
    p.add_argument("--name", required=True)
    p.add_argument("--name-en")
    p.add_argument("--kind", required=True, choices=("income", "expense"))
    p.add_argument("--account", required=True, help="account code, e.g. 5101")
    p.set_defaults(func=cmd_cash_add_category)
