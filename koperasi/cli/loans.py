"""`koperasi loan add|schedule|repay|list`: kasbon and pinjaman with their installment plans."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from koperasi.cli.common import (
    add_book,
    add_json,
    count,
    format_table,
    iso_date,
    label,
    labels,
    percent_json,
    print_json,
    run_with_book,
    short_date,
)
from koperasi.core import fmt
from koperasi.core.loans import effective_annual_bp
from koperasi.core.units import parse_date, parse_percent, parse_rupiah

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_loan_add(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        loan = book.loans.grant(
            args.member,
            args.kind,
            args.amount,
            date=args.date,
            months=args.months or 0,
            rate_bp=args.rate_percent or 0,
            method=args.method,
            purpose=args.purpose or "",
            paid_from=args.paid_from,
        )
        print(loan.number)
        return 0

    return run_with_book(args.book, run, args.lang)


def _loan_json(status: Any) -> dict:
    loan = status.loan
    return {
        "number": loan.number,
        "kind": loan.kind,
        "member": status.member.number,
        "name": status.member.name,
        "date": loan.date.isoformat(),
        "principal": loan.principal,
        "months": loan.months,
        "rate_percent": percent_json(loan.rate_bp),
        "method": loan.method,
        "effective_annual_percent": percent_json(
            effective_annual_bp(loan.principal, loan.months, loan.rate_bp, loan.method)
            if loan.kind == "pinjaman"
            else 0
        ),
        "purpose": loan.purpose,
        "principal_paid": status.principal_paid,
        "service_paid": status.service_paid,
        "outstanding": status.position.outstanding,
        "principal_due": status.position.principal_due,
        "service_due": status.position.service_due,
        "due": status.position.due,
        "next_due": iso_date(status.next_installment.due) if status.next_installment else None,
    }


def cmd_loan_schedule(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        status = book.loans.status(args.number)
        plan = book.loans.schedule(args.number)
        if args.json:
            print_json(
                {
                    **_loan_json(status),
                    "installments": [
                        {
                            "number": i.number,
                            "due": i.due.isoformat(),
                            "principal": i.principal,
                            "service": i.service,
                            "total": i.total,
                            "outstanding_before": i.outstanding_before,
                        }
                        for i in plan
                    ],
                }
            )
            return 0
        loan = status.loan
        head = f"{loan.number} {label(loan.kind, lang)} {status.member.number} {status.member.name}"
        print(f"{head}: {fmt.rupiah(loan.principal)}, {fmt.date_short(loan.date)}")
        if plan:
            from koperasi.text import text as say
            from koperasi.text.i10b import SHARED_DOCUMENT

            effective = effective_annual_bp(loan.principal, loan.months, loan.rate_bp, loan.method)
            print(
                f"{loan.months} {label('months', lang).lower()}, {fmt.percent(loan.rate_bp)} ({loan.method});"
                f" {say(SHARED_DOCUMENT, 'loan.effective', lang).lower()}"
                f" {say(SHARED_DOCUMENT, 'loan.effective_value', lang, rate=fmt.percent(effective))}"
            )
            rows = [
                [
                    str(i.number),
                    fmt.date_short(i.due),
                    fmt.rupiah(i.outstanding_before),
                    fmt.rupiah(i.principal),
                    fmt.rupiah(i.service),
                    fmt.rupiah(i.total),
                ]
                for i in plan
            ]
            rows.append(
                [
                    "",
                    label("total", lang),
                    "",
                    fmt.rupiah(sum(i.principal for i in plan)),
                    fmt.rupiah(sum(i.service for i in plan)),
                    fmt.rupiah(sum(i.total for i in plan)),
                ]
            )
            headers = labels(
                ("installment", "due_date", "outstanding", "principal", "service", "total"), lang
            )
            print(format_table(headers, rows, lang, right={2, 3, 4, 5}))
        print()
        print(f"{label('outstanding', lang):<16} {fmt.rupiah(status.position.outstanding)}")
        print(f"{label('due_now', lang):<16} {fmt.rupiah(status.position.due)}")
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def cmd_loan_repay(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        row = book.loans.repay(args.number, args.amount, date=args.date, method=args.method)
        print(row.number)
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_loan_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        loans = book.loans.list(args.member, open_only=args.open, on=args.on)
        if args.json:
            print_json([_loan_json(s) for s in loans])
            return 0
        rows = [
            [
                s.loan.number,
                fmt.date_short(s.loan.date),
                s.member.number,
                s.member.name,
                label(s.loan.kind, lang),
                fmt.rupiah(s.loan.principal),
                fmt.rupiah(s.position.outstanding),
                fmt.rupiah(s.position.due),
                short_date(s.next_installment.due) if s.next_installment else "",
            ]
            for s in loans
        ]
        rows.append(
            [
                "",
                "",
                "",
                label("total", lang),
                "",
                fmt.rupiah(sum(s.loan.principal for s in loans)),
                fmt.rupiah(sum(s.position.outstanding for s in loans)),
                fmt.rupiah(sum(s.position.due for s in loans)),
                "",
            ]
        )
        headers = labels(
            (
                "loan",
                "date",
                "member",
                "name",
                "kind",
                "principal",
                "outstanding",
                "due_now",
                "next_due",
            ),
            lang,
        )
        print(format_table(headers, rows, lang, right={5, 6, 7}))
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def add_commands(commands: argparse._SubParsersAction) -> None:
    loan = commands.add_parser("loan", help="kasbon and pinjaman").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = loan.add_parser("add", help="pay out a kasbon or a pinjaman; prints its number")
    add_book(p)
    p.add_argument("--member", required=True, metavar="NO")
    p.add_argument("--kind", required=True, choices=("kasbon", "pinjaman"))
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--months", type=count)
    p.add_argument("--rate-percent", type=parse_percent, help="service charge per month (%%)")
    p.add_argument("--method", choices=("flat", "declining", "annuity"), default="flat")
    p.add_argument("--purpose")
    p.add_argument("--date", type=parse_date)
    p.add_argument("--from", dest="paid_from", choices=("cash", "transfer"), default="cash")
    p.set_defaults(func=cmd_loan_add)
    p = loan.add_parser("schedule", help="a loan's installment plan and where it stands")
    add_book(p)
    p.add_argument("number", metavar="LOAN_NO")
    add_json(p)
    p.set_defaults(func=cmd_loan_schedule)
    p = loan.add_parser("repay", help="a repayment in cash; prints the receipt number")
    add_book(p)
    p.add_argument("number", metavar="LOAN_NO")
    p.add_argument("--amount", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--date", type=parse_date)
    p.add_argument("--method", choices=("cash", "transfer"), default="cash")
    p.set_defaults(func=cmd_loan_repay)
    p = loan.add_parser("list", help="loans with their balance and what is due")
    add_book(p)
    p.add_argument("--member", metavar="NO")
    p.add_argument("--open", action="store_true", help="only loans not yet repaid")
    p.add_argument("--on", type=parse_date)
    add_json(p)
    p.set_defaults(func=cmd_loan_list)
