"""`koperasi report trial-balance|journal` and `export hledger`: the general ledger, read."""

from __future__ import annotations

import argparse
import datetime
import sys
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
    write_whole,
)
from koperasi.core import fmt
from koperasi.core.units import parse_date

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_trial_balance(args: argparse.Namespace) -> int:
    lang = args.lang

    def show(book: Book) -> int:
        tb = book.journal.trial_balance(args.until, lang=lang)
        if args.json:
            print_json(
                {
                    "until": iso_date(args.until),
                    "accounts": [
                        {
                            "code": r.code,
                            "name": r.name,
                            "debit": r.debit,
                            "credit": r.credit,
                            "balance": r.balance,
                        }
                        for r in tb.rows
                    ],
                    "total_debit": tb.total_debit,
                    "total_credit": tb.total_credit,
                    "balanced": tb.balanced,
                }
            )
            return 0
        rows = [
            [r.code, r.name, fmt.rupiah(r.debit), fmt.rupiah(r.credit), fmt.rupiah(r.balance)]
            for r in tb.rows
        ]
        rows.append(
            ["", label("total", lang), fmt.rupiah(tb.total_debit), fmt.rupiah(tb.total_credit)]
        )
        rows[-1].append("")
        headers = labels(("code", "account", "debit", "credit", "balance"), lang)
        print(format_table(headers, rows, lang, right={2, 3, 4}))
        diff = fmt.rupiah(tb.total_debit - tb.total_credit)
        print(label("balanced", lang) if tb.balanced else label("unbalanced", lang, diff=diff))
        return 0

    return run_with_book(args.book, show, lang, readonly=True)


def cmd_journal(args: argparse.Namespace) -> int:
    lang = args.lang

    def show(book: Book) -> int:
        entries = book.journal.entries(
            args.start or datetime.date.min, args.end or datetime.date.max
        )
        accounts = {a.code: a.name(lang) for a in book.journal.accounts()}
        member_ids = sorted({ln.member_id for e in entries for ln in e.lines if ln.member_id})
        members = book.members.by_ids(member_ids)
        if args.json:
            print_json(
                [
                    {
                        "number": e.number,
                        "date": e.date.isoformat(),
                        "description": e.description,
                        "source": e.source,
                        "reverses": e.reverses,
                        "lines": [
                            {
                                "account": ln.account,
                                "name": accounts.get(ln.account, ""),
                                "debit": ln.debit,
                                "credit": ln.credit,
                                "member": members[ln.member_id].number if ln.member_id else None,
                            }
                            for ln in e.lines
                        ],
                    }
                    for e in entries
                ]
            )
            return 0
        rows: list[list[str]] = []
        total_debit = total_credit = 0
        for e in entries:
            rows.append([e.number, fmt.date_short(e.date), e.description, "", ""])
            for ln in e.lines:
                who = f" ({members[ln.member_id].number})" if ln.member_id else ""
                rows.append(
                    [
                        "",
                        "",
                        f"  {ln.account} {accounts.get(ln.account, '')}{who}",
                        fmt.rupiah(ln.debit) if ln.debit else "",
                        fmt.rupiah(ln.credit) if ln.credit else "",
                    ]
                )
                total_debit += ln.debit
                total_credit += ln.credit
        rows.append(
            ["", "", label("total", lang), fmt.rupiah(total_debit), fmt.rupiah(total_credit)]
        )
        headers = labels(("entry", "date", "description", "debit", "credit"), lang)
        print(format_table(headers, rows, lang, right={3, 4}))
        return 0

    return run_with_book(args.book, show, lang, readonly=True)


def cmd_export_hledger(args: argparse.Namespace) -> int:
    from koperasi.reports.hledger import hledger_journal

    def run(book: Book) -> int:
        text = hledger_journal(book, args.until)
        write_whole(args.output, text)
        count = sum(1 for line in text.splitlines() if line[:1].isdigit())
        print(label("exported", args.lang, path=args.output, count=count), file=sys.stderr)
        return 0

    return run_with_book(args.book, run, args.lang, readonly=True)


def add_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="trial balance and journal").add_subparsers(
        dest="report", metavar="REPORT", required=True
    )
    p = report.add_parser("trial-balance", help="neraca saldo")
    add_book(p)
    p.add_argument("--until", type=parse_date)
    add_json(p)
    p.set_defaults(func=cmd_trial_balance)

    p = report.add_parser("journal", help="jurnal umum")
    add_book(p)
    p.add_argument("--from", dest="start", type=parse_date)
    p.add_argument("--to", dest="end", type=parse_date)
    add_json(p)
    p.set_defaults(func=cmd_journal)

    export = commands.add_parser("export", help="export the journal").add_subparsers(
        dest="format", metavar="FORMAT", required=True
    )
    p = export.add_parser("hledger", help="the journal as an hledger journal")
    add_book(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--until", type=parse_date)
    p.set_defaults(func=cmd_export_hledger)
