"""`koperasi init`, `demo`, `settings savings|shu` and `check`: making a book, its rules and
its health."""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from typing import TYPE_CHECKING, Any

from koperasi.cli.common import (
    add_book,
    add_json,
    count,
    format_table,
    iso_date,
    label,
    percent_json,
    print_json,
    print_pairs,
    report_error,
    run_with_book,
    short_date,
    yes_no,
)
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.units import parse_date, parse_percent, parse_rupiah
from koperasi.text import text
from koperasi.text.checks import CHECK_NAMES

if TYPE_CHECKING:
    from koperasi.book import Book

# -- init and demo ------------------------------------------------------------------------

_PROFILE_OPTIONS = (
    ("prefix", "member_prefix"),
    ("address", "address"),
    ("village", "village"),
    ("district", "district"),
    ("regency", "regency"),
    ("province", "province"),
    ("registration_no", "registration_no"),
    ("chairman", "chairman"),
    ("treasurer", "treasurer"),
)


def cmd_init(args: argparse.Namespace) -> int:
    from koperasi.book import Book

    profile = {
        field: getattr(args, option)
        for option, field in _PROFILE_OPTIONS
        if getattr(args, option) is not None
    }
    try:
        Book.create(args.book, args.name, **profile).close()
    except (KoperasiError, OSError) as exc:
        return report_error(exc, args.lang)
    print(label("created", args.lang, path=args.book, name=args.name.strip()))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from koperasi.demo import build_demo

    def progress(done: int, total: int, what: str = "") -> None:
        # One line on stderr, rewritten in place; stdout stays clean for scripts.
        line = f"{what} {done}/{total} ({100 * done // max(total, 1)} %)".strip()
        sys.stderr.write(f"\r{line[:78]:<78}")
        sys.stderr.flush()

    try:
        build_demo(
            args.book, members=args.members, years=args.years, seed=args.seed, progress=progress
        )
    except (KoperasiError, OSError) as exc:
        sys.stderr.write("\n")
        return report_error(exc, args.lang)
    sys.stderr.write("\n")
    print(label("demo_done", args.lang, path=args.book))
    return 0


def _seed(value: str) -> int:
    if not re.fullmatch(r"\s*\d+\s*", value):
        raise KoperasiError("input.bad_count", text=value)
    return int(value)


# -- settings ---------------------------------------------------------------------------------

_YES = {"yes": True, "ya": True, "y": True, "1": True, "no": False, "tidak": False, "n": False, "0": False}  # fmt: skip


def _yes_no_arg(value: str) -> bool:
    key = str(value).strip().lower()
    if key not in _YES:
        raise argparse.ArgumentTypeError(f"{value}: yes/no")
    return _YES[key]


def _optional_date(value: str) -> datetime.date | None:
    """A date, or "none"/"-" to clear it."""
    if str(value).strip().lower() in ("", "-", "none", "tidak"):
        return None
    return parse_date(value)


def _split_part(value: str) -> tuple[str, int]:
    part, sep, percent = value.partition("=")
    if not sep or not part.strip():
        raise argparse.ArgumentTypeError(f"{value}: PART=PERCENT")
    return part.strip().lower(), parse_percent(percent)


def _print_savings_settings(book: Book, as_json: bool, lang: str) -> None:
    s = book.savings.settings()
    if as_json:
        print_json(
            {
                "pokok_amount": s.pokok_amount,
                "wajib_amount": s.wajib_amount,
                "wajib_start": iso_date(s.wajib_start),
                "deduct_wajib": s.deduct_wajib,
            }
        )
        return
    since = short_date(s.wajib_start) if s.wajib_start else label("from_joining", lang)
    print_pairs(
        [
            (label("pokok_amount", lang), fmt.rupiah(s.pokok_amount)),
            (label("wajib_amount", lang), fmt.rupiah(s.wajib_amount)),
            (label("wajib_start", lang), since),
            (label("deduct_wajib", lang), yes_no(s.deduct_wajib, lang)),
        ]
    )


def cmd_settings_savings(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.pokok is not None:
        changes["pokok_amount"] = args.pokok
    if args.wajib is not None:
        changes["wajib_amount"] = args.wajib
    if args.wajib_start is not None:
        changes["wajib_start"] = _optional_date(args.wajib_start)
    if args.deduct_wajib is not None:
        changes["deduct_wajib"] = args.deduct_wajib

    def run(book: Book) -> int:
        if changes:
            book.savings.configure(**changes)
        _print_savings_settings(book, args.json, args.lang)
        return 0

    return run_with_book(args.book, run, args.lang, readonly=not changes)


def cmd_settings_shu(args: argparse.Namespace) -> int:
    lang = args.lang

    def run(book: Book) -> int:
        if args.split:
            book.shu.set_split(dict(args.split))
        split = book.shu.split()
        if args.json:
            print_json({part: percent_json(bp) for part, bp in split.items()})
            return 0
        print(label("shu_split", lang))
        print(
            format_table(
                [label("kind", lang), "%"],
                [[label(f"part_{part}", lang), fmt.percent(bp)] for part, bp in split.items()],
                lang,
                right={1},
            )
        )
        return 0

    return run_with_book(args.book, run, lang, readonly=not args.split)


# -- check --------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from koperasi.book import Book
    from koperasi.book.integrity import all_findings
    from koperasi.cli.common import say_state
    from koperasi.core.errors import BookLockedError

    lang = args.lang

    def check(book: Book) -> int:
        say_state(book, lang)
        findings = all_findings(book, full=args.full)
        for f in findings:
            name = text(CHECK_NAMES, f.check, lang) if f.check in CHECK_NAMES else f.check
            mark = label("check_ok" if f.ok else "check_bad", lang)
            print(f"{mark:<8} {name}" + (f": {f.detail}" if f.detail else ""))
        problems = sum(not f.ok for f in findings) + bool(book.damaged)
        if problems:
            print(label("checks_bad", lang, count=problems))
            return 1
        print(label("checks_ok", lang, count=len(findings)))
        return 0

    # A read-write connection sees CHECK-constraint violations a read-only one can miss, so
    # check takes the book for writing when it can (it writes nothing), else reads it.
    try:
        book = Book.open(args.book)
    except BookLockedError:
        return run_with_book(args.book, check, lang, readonly=True)
    except (KoperasiError, OSError) as exc:
        return report_error(exc, lang)
    try:
        return check(book)
    finally:
        book.close()


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("init", help="create a new book")
    add_book(p)
    p.add_argument("--name", required=True, help="the cooperative's name")
    p.add_argument("--prefix", help="member-number prefix, e.g. LJ")
    for option in (
        "address",
        "village",
        "district",
        "regency",
        "province",
        "registration-no",
        "chairman",
        "treasurer",
    ):
        p.add_argument(f"--{option}")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("demo", help="create a book filled with demo data")
    add_book(p)
    p.add_argument("--members", type=count, default=200)
    p.add_argument("--years", type=count, default=2)
    p.add_argument("--seed", type=_seed, default=1)
    p.set_defaults(func=cmd_demo)

    settings = commands.add_parser("settings", help="the book's rules").add_subparsers(
        dest="section", metavar="SECTION", required=True
    )
    p = settings.add_parser("savings", help="savings rules (simpanan pokok and wajib)")
    add_book(p)
    p.add_argument("--pokok", type=parse_rupiah, metavar="RP", help="simpanan pokok (once)")
    p.add_argument("--wajib", type=parse_rupiah, metavar="RP", help="simpanan wajib per month")
    p.add_argument("--wajib-start", metavar="DATE", help="wajib counted from (none: joining)")
    p.add_argument("--deduct-wajib", type=_yes_no_arg, metavar="yes|no")
    add_json(p)
    p.set_defaults(func=cmd_settings_savings)
    p = settings.add_parser("shu", help="the statutes' SHU split (must total 100 %%)")
    add_book(p)
    p.add_argument(
        "--split",
        type=_split_part,
        action="extend",
        nargs="+",
        metavar="PART=PERCENT",
        help="e.g. reserve=40 jasa_usaha=25 jasa_modal=15 board=5 staff=5 education=5 social=5",
    )
    add_json(p)
    p.set_defaults(func=cmd_settings_shu)

    p = commands.add_parser("check", help="check the book's integrity and invariants")
    add_book(p)
    p.add_argument("--full", action="store_true", help="SQLite's slow integrity_check too")
    p.set_defaults(func=cmd_check)
