"""`koperasi close` and `shu`: closing a period and the year-end surplus (SHU) and its payment."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from koperasi.cli.common import (
    PROG,
    add_book,
    add_json,
    count,
    format_table,
    iso_date,
    label,
    labels,
    method_word,
    percent_json,
    print_json,
    run_with_book,
    short_date,
    usage_message,
)
from koperasi.core import fmt
from koperasi.core.units import parse_date
from koperasi.text import text
from koperasi.text.i14shu import I14SHU

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_close(args: argparse.Namespace) -> int:
    lang = args.lang

    if (args.until is None) == (args.year is None):
        print(usage_message("close: --until D | --year Y", f"{PROG} close", lang), file=sys.stderr)
        return 2

    def run(book: Book) -> int:
        if args.year is not None:
            from koperasi.text import text
            from koperasi.text.yearend import YEAREND

            year = book.yearend.close_year(args.year)
            key = "year_closed_deficit" if year.result < 0 else "year_closed_surplus"
            print(text(YEAREND, key, lang, year=year.year, amount=fmt.rupiah(abs(year.result))))
            return 0
        closing = book.closing.close(args.until, note=args.note or "")
        print(label("closed", lang, date=fmt.date_short(closing.until)))
        return 0

    return run_with_book(args.book, run, args.lang)


def _shu_json(report: Any) -> dict:
    status = "posted" if report.posted else ("preview" if report.surplus > 0 else "none")
    return {
        "year": report.year,
        "status": status,
        "income": [{"account": a.code, "name": a.name, "amount": a.amount} for a in report.income],
        "expenses": [
            {"account": a.code, "name": a.name, "amount": a.amount} for a in report.expenses
        ],
        "total_income": report.total_income,
        "total_expenses": report.total_expenses,
        "surplus": report.surplus,
        "split_percent": {part: percent_json(bp) for part, bp in report.split_bp.items()},
        "parts": report.parts,
        "entries": [report.close_entry_number, report.entry_number] if report.posted else [],
        "members": [
            {
                "member": m.member.number,
                "name": m.member.name,
                "transactions": m.transactions,
                "capital": m.capital,
                "jasa_usaha": m.jasa_usaha,
                "jasa_modal": m.jasa_modal,
                "total": m.total,
                "paid": m.payment.amount if m.payment else 0,
                "method": m.payment.method if m.payment else None,
                **(
                    {"reference": m.payment.reference}
                    if m.payment and m.payment.method == "transfer"
                    else {}
                ),
                "paid_on": iso_date(m.payment.date) if m.payment else None,
            }
            for m in report.members
        ],
    }


def _print_shu(report: Any, lang: str) -> None:
    if report.posted:
        status = label(
            "shu_posted", lang, entries=f"{report.close_entry_number}, {report.entry_number}"
        )
    else:
        status = label("shu_preview", lang) if report.surplus > 0 else label("shu_none", lang)
    print(f"{label('shu_year', lang, year=report.year)}: {status}")
    print()
    rows = [[a.code, a.name, fmt.rupiah(a.amount)] for a in report.income]
    rows.append(["", label("total_income", lang), fmt.rupiah(report.total_income)])
    rows += [[a.code, a.name, fmt.rupiah(a.amount)] for a in report.expenses]
    rows.append(["", label("total_expenses", lang), fmt.rupiah(report.total_expenses)])
    rows.append(["", label("surplus", lang), fmt.rupiah(report.surplus)])
    print(
        format_table(
            [label("code", lang), label("account", lang), label("amount", lang)],
            rows,
            lang,
            right={2},
        )
    )
    if not report.parts:
        return
    print()
    print(
        format_table(
            [label("shu_split", lang), "%", label("amount", lang)],
            [
                [
                    label(f"part_{part}", lang),
                    fmt.percent(report.split_bp[part]),
                    fmt.rupiah(amount),
                ]
                for part, amount in report.parts.items()
            ]
            + [["", "", fmt.rupiah(sum(report.parts.values()))]],
            lang,
            right={1, 2},
        )
    )
    print()
    rows = [
        [
            m.member.number,
            m.member.name,
            fmt.rupiah(m.transactions),
            fmt.rupiah(m.jasa_usaha),
            fmt.rupiah(m.capital),
            fmt.rupiah(m.jasa_modal),
            fmt.rupiah(m.total),
            f"{short_date(m.payment.date)} {method_word(m.payment.method, lang)}"
            if m.payment
            else "",
        ]
        for m in report.members
    ]
    rows.append(
        [
            "",
            label("total", lang),
            fmt.rupiah(sum(m.transactions for m in report.members)),
            fmt.rupiah(sum(m.jasa_usaha for m in report.members)),
            fmt.rupiah(sum(m.capital for m in report.members)),
            fmt.rupiah(sum(m.jasa_modal for m in report.members)),
            fmt.rupiah(report.members_total),
            "",
        ]
    )
    headers = labels(
        (
            "member",
            "name",
            "transactions",
            "jasa_usaha",
            "capital",
            "jasa_modal",
            "total",
            "paid",
        ),
        lang,
    )
    print(format_table(headers, rows, lang, right={2, 3, 4, 5, 6}))


def _usage_error(detail: str, lang: str) -> int:
    """A usage mistake argparse cannot see: one sentence on stderr, exit code 2."""
    print(usage_message(detail, f"{PROG} shu", lang), file=sys.stderr)
    return 2


def cmd_shu(args: argparse.Namespace) -> int:
    lang = args.lang
    # `koperasi shu BOOK --year Y [--post]` or `koperasi shu pay BOOK --year Y --method M`.
    paying = len(args.target) == 2 and args.target[0].lower() == "pay"
    if len(args.target) > 2 or (len(args.target) == 2 and not paying):
        return _usage_error(" ".join(args.target), lang)
    book_path = args.target[-1]
    if paying:
        if args.post or args.method is None:
            return _usage_error("shu pay: --method cash|transfer|sukarela", lang)

        def pay(book: Book) -> int:
            payments = book.shu.pay(
                args.year, args.member, method=args.method, date=args.date, reference=args.reference
            )
            if args.json:
                members = book.members.by_ids([p.member_id for p in payments])
                print_json(
                    [
                        {
                            "member": members[p.member_id].number,
                            "name": members[p.member_id].name,
                            "amount": p.amount,
                            "method": p.method,
                            "date": p.date.isoformat(),
                            **({"reference": p.reference} if p.method == "transfer" else {}),
                        }
                        for p in payments
                    ]
                )
                return 0
            print(
                label(
                    "shu_paid",
                    lang,
                    year=args.year,
                    count=len(payments),
                    amount=fmt.rupiah(sum(p.amount for p in payments)),
                    method=(
                        label("cash", lang)
                        if args.method == "cash"
                        else text(I14SHU, "method.transfer", lang)
                        if args.method == "transfer"
                        else label("to_sukarela", lang)
                    ),
                )
            )
            return 0

        return run_with_book(book_path, pay, lang)
    if args.member or args.method or args.reference:
        return _usage_error("--member/--method/--reference: shu pay", lang)

    def show(book: Book) -> int:
        report = book.shu.post(args.year) if args.post else book.shu.preview(args.year, lang)
        if args.post and lang != "id":
            report = book.shu.preview(args.year, lang)
        if args.json:
            print_json(_shu_json(report))
        else:
            _print_shu(report, lang)
        return 0

    return run_with_book(book_path, show, lang, readonly=not args.post)


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("close", help="close the book up to a date (tutup buku)")
    add_book(p)
    p.add_argument("--until", type=parse_date, help="close up to this day")
    p.add_argument("--year", type=count, help="close the year: SHU to SHU belum dibagi")
    p.add_argument("--note")
    p.set_defaults(func=cmd_close)

    p = commands.add_parser(
        "shu", help="the year's surplus: `shu BOOK --year Y [--post]`, `shu pay BOOK ...`"
    )
    p.add_argument("target", nargs="+", metavar="[pay] BOOK")
    p.add_argument("--year", required=True, type=count)
    p.add_argument("--post", action="store_true", help="post the distribution")
    p.add_argument("--member", action="extend", nargs="+", metavar="NO", help="pay: only these")
    p.add_argument(
        "--method",
        choices=("cash", "transfer", "sukarela"),
        help="pay: cash, by bank transfer, or into sukarela",
    )
    p.add_argument(
        "--reference", metavar="TEXT", help="pay by transfer: the bank account or transfer note"
    )
    p.add_argument("--date", type=parse_date, help="pay: the payment date (default today)")
    add_json(p)
    p.set_defaults(func=cmd_shu)
