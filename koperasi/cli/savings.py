"""`koperasi savings deposit|withdraw|void|list`: members' savings (simpanan) and passbooks."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    format_table,
    label,
    labels,
    method_word,
    print_json,
    run_with_book,
)
from koperasi.core import fmt
from koperasi.core.units import parse_date, parse_rupiah

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_savings_deposit(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.savings.deposit(
            args.member, args.kind, args.amount, date=args.date, method=args.method
        )
        print(row.number)
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_savings_withdraw(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.savings.withdraw(
            args.member, args.amount, date=args.date, method=args.method, kind=args.kind
        )
        print(row.number)
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_savings_void(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        print(book.savings.void(args.number, args.reason, date=args.date).number)
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_savings_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        on = args.on or book.today()
        if args.member:
            member = book.members.get(args.member)
            balance = book.savings.balances(member.number, on)
            due = book.savings.wajib_due(member.number, on)
            movements = [m for m in book.savings.movements(member.number) if m.row.date <= on]
            if args.json:
                print_json(
                    {
                        "member": member.number,
                        "name": member.name,
                        "on": on.isoformat(),
                        "pokok": balance.pokok,
                        "wajib": balance.wajib,
                        "sukarela": balance.sukarela,
                        "wajib_due": due,
                        "movements": [
                            {
                                "number": m.row.number,
                                "date": m.row.date.isoformat(),
                                "kind": m.row.kind,
                                "amount": m.row.amount,
                                "method": m.row.method,
                                "balance": m.balance,
                                "memo": m.row.memo,
                            }
                            for m in movements
                        ],
                    }
                )
                return 0
            print(f"{member.number} {member.name}")
            print(
                format_table(
                    labels(("receipt", "date", "kind", "method", "amount", "balance"), lang),
                    [
                        [
                            m.row.number,
                            fmt.date_short(m.row.date),
                            label(m.row.kind, lang),
                            method_word(m.row.method, lang),
                            fmt.rupiah(m.row.amount),
                            fmt.rupiah(m.balance),
                        ]
                        for m in movements
                    ],
                    lang,
                    right={4, 5},
                )
            )
            print()
            for name, value in (
                (label("pokok", lang), balance.pokok),
                (label("wajib", lang), balance.wajib),
                (label("sukarela", lang), balance.sukarela),
                (label("wajib_due", lang), due),
            ):
                print(f"{name:<16} {fmt.rupiah(value)}")
            return 0
        overview = book.savings.overview(on)
        if args.json:
            print_json(
                [
                    {
                        "member": m.member.number,
                        "name": m.member.name,
                        "active": m.member.active,
                        "pokok": m.balance.pokok,
                        "wajib": m.balance.wajib,
                        "sukarela": m.balance.sukarela,
                        "total": m.balance.total,
                        "wajib_due": m.wajib_due,
                    }
                    for m in overview
                ]
            )
            return 0
        rows = [
            [
                m.member.number,
                m.member.name,
                fmt.rupiah(m.balance.pokok),
                fmt.rupiah(m.balance.wajib),
                fmt.rupiah(m.balance.sukarela),
                fmt.rupiah(m.wajib_due),
            ]
            for m in overview
        ]
        rows.append(
            [
                "",
                label("total", lang),
                *(
                    fmt.rupiah(sum(getattr(m.balance, k) for m in overview))
                    for k in ("pokok", "wajib", "sukarela")
                ),
                fmt.rupiah(sum(m.wajib_due for m in overview)),
            ]
        )
        headers = labels(("member", "name", "pokok", "wajib", "sukarela", "wajib_due"), lang)
        print(format_table(headers, rows, lang, right={2, 3, 4, 5}))
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def add_commands(commands: argparse._SubParsersAction) -> None:
    savings = commands.add_parser("savings", help="members' savings (simpanan)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    for action, func, help_text in (
        ("deposit", cmd_savings_deposit, "a deposit; prints the receipt (kwitansi) number"),
        ("withdraw", cmd_savings_withdraw, "a withdrawal of sukarela; prints the receipt number"),
    ):
        p = savings.add_parser(action, help=help_text)
        add_book(p)
        p.add_argument("--member", required=True, metavar="NO")
        p.add_argument(
            "--kind",
            choices=("pokok", "wajib", "sukarela"),
            default=None if action == "deposit" else "sukarela",
            required=action == "deposit",
        )
        p.add_argument(
            "--amount",
            type=parse_rupiah,
            required=action == "withdraw",
            metavar="RP",
            help="(pokok: default the book's amount)" if action == "deposit" else None,
        )
        p.add_argument("--date", type=parse_date)
        p.add_argument("--method", choices=("cash", "transfer"), default="cash")
        p.set_defaults(func=func)
    p = savings.add_parser("void", help="void a deposit or withdrawal made by mistake")
    add_book(p)
    p.add_argument("number", metavar="RECEIPT")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", type=parse_date)
    p.set_defaults(func=cmd_savings_void)
    p = savings.add_parser("list", help="balances and arrears per member, or a member's passbook")
    add_book(p)
    p.add_argument("--member", metavar="NO")
    p.add_argument("--on", type=parse_date, help="balances at the end of this day")
    add_json(p)
    p.set_defaults(func=cmd_savings_list)
