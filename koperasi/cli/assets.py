"""`koperasi asset add|list|depreciate`, `koperasi allowance`, `koperasi accrue` and
`koperasi account add|list` (issue 14): fixed assets with their monthly straight-line
depreciation, the allowance for doubtful loans by collectibility, loan service accrued at a
month end, and the chart of accounts extended under fixed parents."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import (
    add_book,
    add_json,
    count,
    format_table,
    iso_date,
    percent_json,
    print_json,
    run_with_book,
    short_date,
)
from koperasi.core import fmt
from koperasi.core.units import parse_date, parse_rupiah
from koperasi.text import text
from koperasi.text.i14 import CLI_WORDS

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.assets import AllowanceStatus, AssetStatus


def w(key: str, lang: str, **values: object) -> str:
    return text(CLI_WORDS, key, lang, **values)


def asset_json(a: AssetStatus) -> dict:
    r = a.row
    return {
        "number": r.number,
        "name": r.name,
        "acquired": iso_date(r.acquired),
        "cost": r.cost,
        "residual": r.residual,
        "life_months": r.life_months,
        "accumulated": a.accumulated,
        "book_value": a.book_value,
        # i14gui: sold or written off (null while in use)
        "disposed": disposed_json(a),
    }


def disposed_json(a: AssetStatus) -> dict | None:
    d = a.disposal
    if d is None:
        return None
    return {
        "date": iso_date(d.date),
        "proceeds": d.proceeds,
        "book_value": a.book_value,
        "gain": d.gain,
        "reason": d.reason,
    }


def cmd_add(args: argparse.Namespace) -> int:
    def run(book: Book) -> int:
        a = book.assets.add(
            args.name,
            args.cost,
            args.date,
            args.life_months,
            args.residual or 0,
            "bank" if args.bank else "kas",
        )
        r = a.row
        print(
            w(
                "added",
                args.lang,
                number=r.number,
                name=r.name,
                cost=fmt.rupiah(r.cost),
                months=r.life_months,
            )
        )
        return 0

    return run_with_book(args.book, run, args.lang)


def cmd_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        assets = book.assets.list(args.date)
        in_use = [a for a in assets if a.disposal is None]  # the total is the balance sheet's
        if args.json:
            print_json([asset_json(a) for a in assets])
            return 0
        rows = [
            [
                a.row.number,
                a.row.name,
                short_date(a.row.acquired),
                str(a.row.life_months),
                fmt.rupiah(a.row.cost),
                fmt.rupiah(a.accumulated),
                fmt.rupiah(a.book_value),
                status_word(a, lang),
            ]
            for a in assets
        ]
        rows.append(
            [
                "",
                w("total", lang),
                "",
                "",
                fmt.rupiah(sum(a.row.cost for a in in_use)),
                fmt.rupiah(sum(a.accumulated for a in in_use)),
                fmt.rupiah(sum(a.book_value for a in in_use)),
                "",
            ]
        )
        head = ["number", "name", "acquired", "life", "cost", "accumulated", "book_value"]
        print(
            format_table(
                [*(w(k, lang) for k in head), status_word(None, lang)],
                rows,
                lang,
                right={3, 4, 5, 6},
            )
        )
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def cmd_depreciate(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        posted = book.assets.depreciate(args.year, args.month)
        if args.json:
            print_json([{"month": iso_date(day), "amount": amount} for day, amount in posted])
            return 0
        rows = [[f"{d.month:02d}/{d.year}", fmt.rupiah(a)] for d, a in posted]
        print(format_table([w("month", lang), w("depreciation", lang)], rows, lang, right={1}))
        total = fmt.rupiah(sum(a for _, a in posted))
        print(w("posted", lang, count=len(posted), amount=total))
        return 0

    return run_with_book(args.book, run, lang)


def allowance_json(s: AllowanceStatus) -> dict:
    return {
        "date": iso_date(s.on),
        "classes": [
            {
                "class": x.key,
                "loans": x.loans,
                "outstanding": x.outstanding,
                "rate_percent": percent_json(x.rate_bp),
                "required": x.required,
            }
            for x in s.lines
        ],
        "required": s.required,
        "booked": s.balance,
        "adjustment": s.adjustment,
    }


def cmd_allowance(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        status = (
            book.assets.post_allowance(args.date) if args.post else book.assets.allowance(args.date)
        )
        if args.json:
            print_json(allowance_json(status))
            return 0
        rows = [
            [
                w(x.key, lang),
                str(x.loans),
                fmt.rupiah(x.outstanding),
                fmt.percent(x.rate_bp),
                fmt.rupiah(x.required),
            ]
            for x in status.lines
        ]
        rows.append(
            [
                w("total", lang),
                str(sum(x.loans for x in status.lines)),
                fmt.rupiah(sum(x.outstanding for x in status.lines)),
                "",
                fmt.rupiah(status.required),
            ]
        )
        head = ["class", "loans", "outstanding", "rate", "required"]
        print(format_table([w(k, lang) for k in head], rows, lang, right={1, 2, 3, 4}))
        print(w("booked", lang, amount=fmt.rupiah(status.balance)))
        if status.adjustment:
            print(w("adjustment", lang, amount=fmt.rupiah(status.adjustment)))
        return 0

    return run_with_book(args.book, run, lang, readonly=not args.post)


def cmd_accrue(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        loans, amount = book.assets.accrue(args.date)
        if args.json:
            print_json({"date": iso_date(args.date), "loans": loans, "accrued": amount})
            return 0
        print(w("accrued", lang, amount=fmt.rupiah(amount), count=loans))
        return 0

    return run_with_book(args.book, run, lang)


def cmd_account_add(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        a = book.chart.add(args.code, args.name, args.name_en or "")
        kind = w(f"kind.{a.kind}", lang)
        print(w("account_added", lang, code=a.code, name=a.name(lang), kind=kind))
        return 0

    return run_with_book(args.book, run, lang)


def cmd_account_list(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        accounts = book.chart.list()
        if args.json:
            print_json(
                [
                    {"code": a.code, "name": a.name_id, "name_en": a.name_en, "kind": a.kind}
                    for a in accounts
                ]
            )
            return 0
        rows = [[a.code, a.name(lang), w(f"kind.{a.kind}", lang)] for a in accounts]
        print(format_table([w(k, lang) for k in ("code", "account", "kind")], rows, lang))
        return 0

    return run_with_book(args.book, run, lang, readonly=True)


def add_commands(commands: argparse._SubParsersAction) -> None:
    asset = commands.add_parser("asset", help="fixed assets and their depreciation").add_subparsers(
        dest="asset_command", required=True, metavar="COMMAND"
    )
    p = asset.add_parser("add", help="record a fixed asset bought from Kas or Bank")
    add_book(p)
    p.add_argument("--name", required=True)
    p.add_argument("--cost", required=True, type=parse_rupiah, metavar="RP")
    p.add_argument("--date", type=parse_date)
    p.add_argument("--life-months", required=True, type=count, metavar="MONTHS")
    p.add_argument("--residual", type=parse_rupiah, metavar="RP")
    p.add_argument("--bank", action="store_true", help="paid from the bank, not Kas")
    p.set_defaults(func=cmd_add)
    p = asset.add_parser("list", help="the assets with their book value")
    add_book(p)
    p.add_argument("--date", type=parse_date)
    add_json(p)
    p.set_defaults(func=cmd_list)
    p = asset.add_parser("depreciate", help="post monthly depreciation up to a month")
    add_book(p)
    p.add_argument("--year", required=True, type=count)
    p.add_argument("--month", required=True, type=count)
    add_json(p)
    p.set_defaults(func=cmd_depreciate)
    add_dispose(asset)

    p = commands.add_parser("allowance", help="allowance for doubtful loans by collectibility")
    add_book(p)
    p.add_argument("--date", required=True, type=parse_date, help="a month end")
    p.add_argument("--post", action="store_true", help="post the adjustment")
    add_json(p)
    p.set_defaults(func=cmd_allowance)

    p = commands.add_parser("accrue", help="accrue loan service due and unpaid at a month end")
    add_book(p)
    p.add_argument("--date", required=True, type=parse_date, help="a month end")
    add_json(p)
    p.set_defaults(func=cmd_accrue)

    account = commands.add_parser("account", help="the chart of accounts").add_subparsers(
        dest="account_command", required=True, metavar="COMMAND"
    )
    p = account.add_parser(
        "add", help="add an account under 12, 21, 22, 41, 49 or 51 (codes xx50-xx99)"
    )
    add_book(p)
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--name-en")
    p.set_defaults(func=cmd_account_add)
    p = account.add_parser("list", help="the chart of accounts")
    add_book(p)
    add_json(p)
    p.set_defaults(func=cmd_account_list)


# -- i14gui: an asset sold or written off -------------------------------------------------------


def status_word(a: AssetStatus | None, lang: str) -> str:
    from koperasi.text.i14gui import CLI_WORDS as WORDS

    if a is None:
        return text(WORDS, "status", lang)
    if a.disposal is None:
        return text(WORDS, "active", lang)
    return text(WORDS, "disposed", lang, date=short_date(a.disposal.date))


def cmd_dispose(args: argparse.Namespace) -> int:
    from koperasi.text.i14gui import CLI_WORDS as WORDS

    lang = args.lang

    def run(book: Book) -> int:
        if args.reverse:
            a = book.disposals.reverse(args.number, args.reason or "")
            if args.json:
                print_json(asset_json(a))
            else:
                print(text(WORDS, "reversed", lang, number=a.row.number))
            return 0
        done = book.disposals.dispose(
            args.number, args.date, args.proceeds or 0, args.to, args.reason or ""
        )
        a, d = done.asset, done.asset.disposal
        assert d is not None
        if args.json:
            print_json(
                {
                    **asset_json(a),
                    "depreciation_posted": [
                        {"month": iso_date(day), "amount": amount}
                        for day, amount in done.depreciation_posted
                    ],
                }
            )
            return 0
        if done.depreciation_posted:
            print(
                text(
                    WORDS,
                    "depreciated_first",
                    lang,
                    count=len(done.depreciation_posted),
                    amount=fmt.rupiah(sum(x for _, x in done.depreciation_posted)),
                )
            )
        result = (
            text(WORDS, "gain", lang, amount=fmt.rupiah(d.gain))
            if d.gain > 0
            else text(WORDS, "loss", lang, amount=fmt.rupiah(-d.gain))
            if d.gain < 0
            else text(WORDS, "even", lang)
        )
        print(
            text(
                WORDS,
                "sold" if d.proceeds else "written_off",
                lang,
                number=a.row.number,
                name=a.row.name,
                date=short_date(d.date),
                proceeds=fmt.rupiah(d.proceeds),
                book_value=fmt.rupiah(a.book_value),
                result=result,
            )
        )
        return 0

    return run_with_book(args.book, run, lang)


def add_dispose(asset: argparse._SubParsersAction) -> None:
    p = asset.add_parser("dispose", help="an asset sold or written off (proceeds 0)")
    add_book(p)
    p.add_argument("number", metavar="NUMBER", help="the asset's number, e.g. AT-0001")
    p.add_argument("--date", type=parse_date)
    p.add_argument("--proceeds", type=parse_rupiah, metavar="RP", help="0 for a write-off")
    p.add_argument("--to", choices=("kas", "bank"), default="kas", help="where the money went")
    p.add_argument("--reason")
    p.add_argument("--reverse", action="store_true", help="reverse the disposal (needs --reason)")
    add_json(p)
    p.set_defaults(func=cmd_dispose)
