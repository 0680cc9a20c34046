"""`koperasi payout`: pay a sale's unpaid member shares, with the savings and loan deductions."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from koperasi.cli.common import (
    add_book,
    add_json,
    format_table,
    label,
    labels,
    print_json,
    run_with_book,
)
from koperasi.core import fmt
from koperasi.core.units import parse_date

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_payout(args: argparse.Namespace) -> int:
    lang = args.lang

    def pay(book: Book) -> int:
        if args.preview:
            return _payout_preview(book, args)
        payouts = book.payouts.pay(
            args.sale, date=args.date, members=args.member, method=args.method
        )
        deductions = book.payouts.deductions_of(payouts)
        if args.json:
            members = book.members.by_ids([p.member_id for p in payouts])
            print_json(
                [
                    {
                        "slip": p.slip,
                        "date": p.date.isoformat(),
                        "member": members[p.member_id].number,
                        "name": members[p.member_id].name,
                        "share": p.share,
                        "deductions": p.deductions,
                        "paid": p.paid,
                        "method": p.method,
                        "deduction_lines": [_deduction_json(d) for d in deductions.get(p.id, [])],
                    }
                    for p in payouts
                ]
            )
        else:
            # One slip a line; a slip with deductions says what they were and what was paid.
            for p in payouts:
                taken = deductions.get(p.id)
                if taken:
                    details = ", ".join(_deduction_text(d, lang) for d in taken)
                    print(
                        f"{p.slip}  {label('deducted', lang)}: {details};"
                        f" {label('net_paid', lang)} {fmt.rupiah(p.paid)}"
                    )
                else:
                    print(p.slip)
        return 0

    return run_with_book(args.book, pay, lang, readonly=args.preview)


def _deduction_json(d: Any) -> dict:
    return {
        "kind": d.kind,
        "due": d.due,
        "amount": d.amount,
        "loan": d.loan_number or None,
        "principal": d.principal,
        "service": d.service,
        "receipt": d.receipt or None,
    }


def _deduction_text(d: Any, lang: str) -> str:
    kind = label(f"deduction_{d.kind}", lang)
    what = kind if d.kind == "wajib" else f"{kind} {d.loan_number}"
    return f"{what} {fmt.rupiah(d.amount)}"


def _payout_preview(book: Book, args: argparse.Namespace) -> int:
    previews = book.payouts.preview(args.sale, members=args.member, date=args.date)
    if args.json:
        print_json(
            [
                {
                    "member": p.member.number,
                    "name": p.member.name,
                    "share": p.share,
                    "deductions": p.deducted,
                    "paid": p.paid,
                    "still_owed": p.still_owed,
                    "deduction_lines": [_deduction_json(d) for d in p.deductions],
                }
                for p in previews
            ]
        )
        return 0
    print(label("payout_preview", args.lang))
    kinds = ("wajib", "kasbon", "pinjaman")
    rows = [
        [
            p.member.number,
            p.member.name,
            fmt.rupiah(p.share),
            *(fmt.rupiah(sum(d.amount for d in p.deductions if d.kind == k)) for k in kinds),
            fmt.rupiah(p.paid),
            fmt.rupiah(p.still_owed),
        ]
        for p in previews
    ]
    rows.append(
        [
            "",
            label("total", args.lang),
            fmt.rupiah(sum(p.share for p in previews)),
            *(
                fmt.rupiah(sum(d.amount for p in previews for d in p.deductions if d.kind == k))
                for k in kinds
            ),
            fmt.rupiah(sum(p.paid for p in previews)),
            fmt.rupiah(sum(p.still_owed for p in previews)),
        ]
    )
    headers = labels(("member", "name", "share"), args.lang)
    headers += [label(f"deduction_{k}", args.lang).capitalize() for k in kinds]
    headers += labels(("paid", "still_owed"), args.lang)
    print(format_table(headers, rows, args.lang, right={2, 3, 4, 5, 6, 7}))
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("payout", help="pay a sale's unpaid shares; prints the slip numbers")
    add_book(p)
    p.add_argument("sale", metavar="SALE_NO")
    p.add_argument("--date", type=parse_date, help="payout date (default today)")
    p.add_argument("--member", action="extend", nargs="+", metavar="NO", help="only these members")
    p.add_argument("--method", choices=("cash", "transfer"), default="cash")
    p.add_argument(
        "--preview", action="store_true", help="show each member's deductions, save nothing"
    )
    add_json(p)
    p.set_defaults(func=cmd_payout)
