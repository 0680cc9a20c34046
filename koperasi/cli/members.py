"""`koperasi member add|list|edit|deactivate|leave|exit-statement`: the member register."""

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
    report_error,
    run_with_book,
    short_date,
    write_whole,
    yes_no,
)
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.units import parse_date
from koperasi.text import text
from koperasi.text.i10b import CLI as LEAVE_TEXT

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_member_add(args: argparse.Namespace) -> int:
    def add(book: Book) -> int:
        member = book.members.add(
            args.name,
            nik=args.nik,
            gender=args.gender or "",
            village=args.village or "",
            address=args.address or "",
            phone=args.phone or "",
            joined=args.joined,
        )
        print(member.number)
        return 0

    return run_with_book(args.book, add, args.lang)


def cmd_member_list(args: argparse.Namespace) -> int:
    active = None if args.all else not args.inactive
    lang = args.lang

    def show(book: Book) -> int:
        members = book.members.list(active)
        if args.json:
            print_json(
                [
                    {
                        "number": m.number,
                        "name": m.name,
                        "nik": m.nik,
                        "gender": m.gender,
                        "village": m.village,
                        "address": m.address,
                        "phone": m.phone,
                        "joined": iso_date(m.joined),
                        "active": m.active,
                        "left_on": iso_date(m.left_on),
                    }
                    for m in members
                ]
            )
            return 0
        headers = labels(("number", "name", "nik", "gender", "village", "joined"), lang)
        rows = [
            [m.number, m.name, m.nik or "", m.gender, m.village, short_date(m.joined)]
            for m in members
        ]
        if active is not True:
            headers.append(label("active", lang))
            for row, m in zip(rows, members, strict=True):
                row.append(yes_no(m.active, lang))
        print(format_table(headers, rows, lang))
        return 0

    return run_with_book(args.book, show, lang, readonly=True)


_MEMBER_FIELDS = ("name", "nik", "gender", "village", "address", "phone", "joined")


def cmd_member_edit(args: argparse.Namespace) -> int:
    changes = {f: getattr(args, f) for f in _MEMBER_FIELDS if getattr(args, f) is not None}
    if not changes:
        return report_error(KoperasiError("cli.nothing_to_change"), args.lang)

    def edit(book: Book) -> int:
        print(book.members.edit(args.number, **changes).number)
        return 0

    return run_with_book(args.book, edit, args.lang)


def cmd_member_deactivate(args: argparse.Namespace) -> int:
    def deactivate(book: Book) -> int:
        member = book.members.get(args.number)
        if not member.active:
            # Deactivating again would move the date the member left.
            raise KoperasiError("member.inactive", number=member.number, name=member.name)
        print(book.members.deactivate(member.number).number)
        return 0

    return run_with_book(args.book, deactivate, args.lang)


def _add_member_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--nik", help="16-digit NIK (empty to clear when editing)")
    parser.add_argument("--gender", help="L or P")
    parser.add_argument("--village")
    parser.add_argument("--address")
    parser.add_argument("--phone")
    parser.add_argument("--joined", type=parse_date, metavar="YYYY-MM-DD")


def add_commands(commands: argparse._SubParsersAction) -> None:
    member = commands.add_parser("member", help="the member register").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = member.add_parser("add", help="add a member; prints the member number")
    add_book(p)
    p.add_argument("--name", required=True)
    _add_member_fields(p)
    p.set_defaults(func=cmd_member_add)

    p = member.add_parser("list", help="list members (active ones by default)")
    add_book(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--inactive", action="store_true", help="only inactive members")
    which.add_argument("--all", action="store_true", help="active and inactive members")
    add_json(p)
    p.set_defaults(func=cmd_member_list)

    p = member.add_parser("edit", help="change a member's details")
    add_book(p)
    p.add_argument("number", metavar="NO", help="member number, e.g. LJ-0001")
    p.add_argument("--name")
    _add_member_fields(p)
    p.set_defaults(func=cmd_member_edit)

    p = member.add_parser("deactivate", help="mark a member as no longer active")
    add_book(p)
    p.add_argument("number", metavar="NO")
    p.set_defaults(func=cmd_member_deactivate)

    add_leave_commands(member)  # a member leaves (issue 10, branch i10b)
    add_pay_exit_command(member)  # kept savings paid later (issue 10, branch i10c)


# -- a member leaves (issue 10, branch i10b) ----------------------------------------


def _say(key: str, lang: str, **params: object) -> str:
    return text(LEAVE_TEXT, key, lang, **params)


def _write_statement(book: Book, member: str, path: str, lang: str) -> None:
    from koperasi.pdf.exit_statement import render_exit
    from koperasi.reports.exit_statement import exit_data

    write_whole(path, render_exit(exit_data(book, member)))
    print(_say("pdf_written", lang, path=path))


def cmd_member_leave(args: argparse.Namespace) -> int:
    def leave(book: Book) -> int:
        row = book.leaving.leave(args.number, args.date, args.reason, refund=args.refund)
        member = book.members.by_id(row.member_id)
        print(
            _say(
                "left",
                args.lang,
                number=row.number,
                member=member.number,
                name=member.name,
                date=fmt.date_short(row.date),
                savings=fmt.rupiah(row.savings),
                owed=fmt.rupiah(row.loans),
                how=_say(f"how.{row.refund}", args.lang),
                paid=fmt.rupiah(row.paid),
            )
        )
        if args.output:
            _write_statement(book, member.number, args.output, args.lang)
        return 0

    return run_with_book(args.book, leave, args.lang)


def cmd_exit_statement(args: argparse.Namespace) -> int:
    def write(book: Book) -> int:
        _write_statement(book, args.number, args.output, args.lang)
        return 0

    return run_with_book(args.book, write, args.lang, readonly=True)


def add_leave_commands(member: argparse._SubParsersAction) -> None:
    """Add `leave` and `exit-statement` to the `member` topic."""
    p = member.add_parser(
        "leave",
        help="a member leaves: loans settled from savings, pokok and wajib refunded",
    )
    add_book(p)
    p.add_argument("number", metavar="MEMBER_NO")
    p.add_argument("--date", type=parse_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--reason", required=True)
    p.add_argument(
        "--refund",
        choices=("cash", "bank", "payable"),
        help="how savings are handed back (default: the book's setting, else cash)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="also write the exit statement PDF")
    p.set_defaults(func=cmd_member_leave)

    p = member.add_parser("exit-statement", help="print a leaving member's exit statement")
    add_book(p)
    p.add_argument("number", metavar="MEMBER_NO")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_exit_statement)


# -- kept savings paid out later (issue 10, branch i10c) ---------------------------------


def cmd_member_pay_exit(args: argparse.Namespace) -> int:
    from koperasi.text.i10c import CLI as PAY_EXIT_TEXT

    def pay(book: Book) -> int:
        row = book.exit_payments.pay(args.number, args.amount, args.source, args.date)
        member = book.members.by_id(row.member_id)
        print(
            text(
                PAY_EXIT_TEXT,
                "paid",
                args.lang,
                number=row.number,
                member=member.number,
                name=member.name,
                amount=fmt.rupiah(row.amount),
                source=text(PAY_EXIT_TEXT, f"source.{row.account}", args.lang),
                date=fmt.date_short(row.date),
                owed=fmt.rupiah(book.exit_payments.owed(member.number)),
            )
        )
        return 0

    return run_with_book(args.book, pay, args.lang)


def add_pay_exit_command(member: argparse._SubParsersAction) -> None:
    """Add `pay-exit`: a member who left is paid the savings kept back as 2110."""
    from koperasi.core.units import parse_rupiah

    p = member.add_parser(
        "pay-exit", help="pay a member who left the savings kept back as a payable (2110)"
    )
    add_book(p)
    p.add_argument("number", metavar="MEMBER_NO")
    p.add_argument("--amount", type=parse_rupiah, metavar="RP", help="default: all that is owed")
    p.add_argument("--from", dest="source", required=True, choices=("cash", "bank"))
    p.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_member_pay_exit)
