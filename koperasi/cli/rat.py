"""`koperasi rat decide|amend|show`: the members' meeting's decision on a closed year."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    count,
    format_table,
    iso_date,
    label,
    percent_json,
    print_json,
    run_with_book,
    short_date,
)
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.units import parse_date
from koperasi.core.yearend import RAT_PARTS, parse_parts
from koperasi.reports.shu_basis import (
    CAPITAL_WORDS,
    basis_json,
    chosen_bases,
    decision_basis_lines,
)
from koperasi.text import text
from koperasi.text.i14 import CLI_WORDS
from koperasi.text.yearend import YEAREND

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.yearend import RatDecision


def part_label(part: str, lang: str) -> str:
    return (
        text(YEAREND, "part_regional", lang) if part == "regional" else label(f"part_{part}", lang)
    )


def decision_json(d: RatDecision) -> dict:
    row = d.row
    return {
        "year": row.year,
        "date": row.date.isoformat(),
        "result": d.closing.result,
        "loss": row.loss or None,
        "deficit_covered": row.deficit_covered,
        "split_percent": {p: percent_json(bp) for p, bp in row.split.items()},
        "parts": row.parts,
        "entry": d.entry_number or None,
        "amendments": d.amendments,
        "paid": d.paid,
        "basis": (
            basis_json(d.basis.capital, d.basis.transactions, d.basis.totals) if d.basis else None
        ),
        "members": [
            {
                "member": m.number,
                "name": m.name,
                "transactions": r.transactions,
                "transactions_by_basis": d.basis.by_member.get(m.id, {}) if d.basis else None,
                "capital": r.capital,
                "jasa_usaha": r.jasa_usaha,
                "jasa_modal": r.jasa_modal,
                "total": r.total,
            }
            for m, r in d.members
        ],
    }


def print_decision(d: RatDecision, lang: str) -> None:
    row = d.row
    head = text(YEAREND, "decision", lang, date=fmt.date_short(row.date), year=row.year)
    if d.amendments:
        head += f" ({text(YEAREND, 'amended', lang, count=d.amendments)})"
    print(head)
    lines = [[text(YEAREND, "result", lang), "", fmt.rupiah(d.closing.result)]]
    if row.loss:
        lines.append([text(YEAREND, f"loss_{row.loss}", lang), "", ""])
    if row.deficit_covered:
        lines.append([text(YEAREND, "deficit_covered", lang), "", fmt.rupiah(row.deficit_covered)])
    for part in RAT_PARTS:
        if part in row.split:
            lines.append(
                [
                    part_label(part, lang),
                    fmt.percent(row.split[part]),
                    fmt.rupiah(row.parts.get(part, 0)),
                ]
            )
    if d.entry_number:
        lines.append([text(YEAREND, "entry", lang), "", d.entry_number])
    print(
        format_table(
            [label("shu_split", lang), "%", text(YEAREND, "allocated", lang)],
            lines,
            lang,
            right={1, 2},
        )
    )
    for line in decision_basis_lines(d.basis, lang):
        print(line)
    if d.members:
        print()
        print(
            format_table(
                [
                    label(k, lang)
                    for k in (
                        "member",
                        "name",
                        "transactions",
                        "jasa_usaha",
                        "capital",
                        "jasa_modal",
                        "total",
                    )
                ],
                [
                    [
                        m.number,
                        m.name,
                        fmt.rupiah(r.transactions),
                        fmt.rupiah(r.jasa_usaha),
                        fmt.rupiah(r.capital),
                        fmt.rupiah(r.jasa_modal),
                        fmt.rupiah(r.total),
                    ]
                    for m, r in d.members
                ]
                + [["", label("total", lang), "", "", "", "", fmt.rupiah(d.members_total)]],
                lang,
                right={2, 3, 4, 5, 6},
            )
        )


def cmd_rat(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        split = parse_parts(args.part) if args.part else None
        bases = chosen_bases(args.transactions, args.capital)
        if args.action == "decide":
            d = book.yearend.decide(
                args.year, args.date, split, args.loss or "", args.attendance, **bases
            )
        elif args.action == "amend":
            d = book.yearend.amend(
                args.year, args.date, split, args.loss or "", args.attendance, **bases
            )
        else:
            found = book.yearend.decision(args.year)
            if found is None:
                raise KoperasiError("rat.not_decided", year=args.year)
            d = found
        if args.json:
            print_json(decision_json(d))
        else:
            print_decision(d, lang)
        return 0

    return run_with_book(args.book, run, lang, readonly=args.action == "show")


def add_commands(commands: argparse._SubParsersAction) -> None:
    rat = commands.add_parser(
        "rat", help="the members' meeting (RAT): decide or amend a closed year's surplus"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    for action, helptext in (
        ("decide", "post the appropriation the RAT decided, at its date"),
        ("amend", "reverse the standing decision and post the amended one"),
        ("show", "the standing decision"),
    ):
        p = rat.add_parser(action, help=helptext)
        add_book(p)
        p.add_argument("--year", required=True, type=count)
        if action != "show":
            p.add_argument("--date", required=True, type=parse_date)
            p.add_argument(
                "--part",
                action="append",
                metavar="NAME=PERCENT",
                required=action == "amend",
                help="a part as voted, e.g. cadangan=40; all parts together total 100 %%",
            )
            p.add_argument("--loss", choices=("cover", "carry"))
            p.add_argument("--attendance", type=count, help="members present")
            # The bases the meeting names for this decision (else the settings'; an
            # amendment keeps the standing decision's): `koperasi rat basis` sets them.
            p.add_argument("--capital", choices=tuple(CAPITAL_WORDS), help="basis of jasa modal")
            p.add_argument(
                "--transactions",
                metavar="BASIS[=PERCENT,...]",
                help="basis of jasa anggota, e.g. sales=70,loan_service=30",
            )
        else:
            p.set_defaults(
                part=None, loss=None, attendance=None, date=None, transactions=None, capital=None
            )
        add_json(p)
        p.set_defaults(func=cmd_rat)
    add_unclaimed(rat)


def w(key: str, lang: str, **values: object) -> str:
    return text(CLI_WORDS, key, lang, **values)


def cmd_unclaimed(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        rows = book.yearend.unclaimed()
        if args.json:
            print_json(
                [
                    {
                        "year": u.year,
                        "member": u.member.number,
                        "name": u.member.name,
                        "amount": u.amount,
                        "since": iso_date(u.since),
                    }
                    for u in rows
                ]
            )
            return 0
        table = [
            [str(u.year), u.member.number, u.member.name, short_date(u.since), fmt.rupiah(u.amount)]
            for u in rows
        ]
        table.append(["", "", w("total", lang), "", fmt.rupiah(sum(u.amount for u in rows))])
        head = ["year", "member", "member_name", "since", "unclaimed"]
        print(format_table([w(k, lang) for k in head], table, lang, right={4}))
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def add_unclaimed(rat: argparse._SubParsersAction) -> None:
    """`koperasi rat unclaimed BOOK`: SHU decided and not yet paid, member by member."""
    p = rat.add_parser("unclaimed", help="SHU decided and not yet paid, by member")
    add_book(p)
    add_json(p)
    p.set_defaults(func=cmd_unclaimed)
