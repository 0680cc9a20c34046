"""`koperasi rat basis BOOK [--capital year-end|average] [--transactions sales=70,...]`: the
statutes' bases of jasa modal and jasa anggota (issue 14, branch i14shu). It joins the rat
topic (koperasi.cli.rat), so it is listed after it in cli.main.TOPICS."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import add_book, add_json, print_json, run_with_book
from koperasi.reports.shu_basis import CAPITAL_WORDS, basis_json, chosen_bases, mix_words
from koperasi.text import text
from koperasi.text.i14shu import I14SHU

if TYPE_CHECKING:
    from koperasi.book import Book


def cmd_basis(args: argparse.Namespace) -> int:
    lang = args.lang
    changing = args.capital is not None or args.transactions is not None

    def run(book: Book) -> int:
        chosen = chosen_bases(args.transactions, args.capital)
        if chosen["capital"] is not None:
            book.yearend.set_capital_basis(chosen["capital"])
        if chosen["transactions"] is not None:
            book.yearend.set_transaction_basis(chosen["transactions"])
        capital, mix = book.yearend.capital_basis(), book.yearend.transaction_basis()
        if args.json:
            print_json(basis_json(capital, mix))
        else:
            print(
                text(
                    I14SHU,
                    "basis_set",
                    lang,
                    capital=text(I14SHU, f"capital.{capital}", lang),
                    transactions=mix_words(mix, lang),
                )
            )
        return 0

    return run_with_book(args.book, run, lang, readonly=not changing)


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(commands: argparse._SubParsersAction) -> None:
    p = _subcommands(commands.choices["rat"]).add_parser(
        "basis", help="show or set the SHU bases (jasa modal, jasa anggota)"
    )
    add_book(p)
    p.add_argument("--capital", choices=tuple(CAPITAL_WORDS), help="basis of jasa modal")
    p.add_argument(
        "--transactions",
        metavar="BASIS[=PERCENT,...]",
        help="basis of jasa anggota: sales, loan_service, purchases, or a mix such as "
        "sales=70,loan_service=30",
    )
    add_json(p)
    p.set_defaults(func=cmd_basis)
