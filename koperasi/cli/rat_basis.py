"""`koperasi rat basis BOOK [--capital year-end|average] [--transactions sales=70,...]`: the
statutes' bases of jasa modal and jasa anggota (issue 14, branch i14shu), and how a decision
prints the bases it was computed on."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from koperasi.cli.common import add_book, add_json, percent_json, print_json, run_with_book
from koperasi.core import fmt
from koperasi.core.shu_basis import parse_transaction_basis
from koperasi.text import text
from koperasi.text.i14shu import I14SHU

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.yearend import DecisionBasis

CAPITAL_WORDS = {"year-end": "year_end", "year_end": "year_end", "average": "average"}


def chosen_bases(args: argparse.Namespace) -> dict:
    """{"transactions": {basis: bp} | None, "capital": "year_end" | "average" | None} as
    typed after --transactions and --capital (a bad basis is a KoperasiError: one sentence
    in the user's language)."""
    return {
        "transactions": (
            parse_transaction_basis(args.transactions) if args.transactions is not None else None
        ),
        "capital": CAPITAL_WORDS[args.capital] if args.capital is not None else None,
    }


def mix_words(mix: dict[str, int], lang: str, totals: dict[str, int] | None = None) -> str:
    parts = []
    for basis, bp in mix.items():
        name = text(I14SHU, f"basis.{basis}", lang)
        if totals is not None:
            parts.append(
                text(
                    I14SHU,
                    "basis_total",
                    lang,
                    basis=name,
                    percent=fmt.percent(bp),
                    total=fmt.rupiah(totals.get(basis, 0)),
                )
            )
        else:
            parts.append(f"{name} {fmt.percent(bp)}")
    return ", ".join(parts)


def basis_json(capital: str, mix: dict[str, int], totals: dict[str, int] | None = None) -> dict:
    found: dict = {
        "capital": capital,
        "transactions_percent": {b: percent_json(bp) for b, bp in mix.items()},
    }
    if totals is not None:
        found["transaction_totals"] = totals
    return found


def decision_basis_lines(basis: DecisionBasis | None, lang: str) -> list[str]:
    """The bases a decision was computed on, as printed under it."""
    if basis is None:
        return []
    lines = [
        f"{text(I14SHU, 'capital_basis', lang)}: {text(I14SHU, f'capital.{basis.capital}', lang)}",
        f"{text(I14SHU, 'transaction_basis', lang)}: "
        + mix_words(basis.transactions, lang, basis.totals),
    ]
    if len(basis.transactions) > 1:
        lines.append(text(I14SHU, "mix_formula", lang))
    return lines


def cmd_basis(args: argparse.Namespace) -> int:
    lang = args.lang
    changing = args.capital is not None or args.transactions is not None

    def run(book: Book) -> int:
        chosen = chosen_bases(args)
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


def add_basis_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--capital", choices=tuple(CAPITAL_WORDS), help="basis of jasa modal")
    p.add_argument(
        "--transactions",
        metavar="BASIS[=PERCENT,...]",
        help="basis of jasa anggota: sales, loan_service, purchases, or a mix such as "
        "sales=70,loan_service=30",
    )


def add_basis(rat: argparse._SubParsersAction) -> None:
    p = rat.add_parser("basis", help="show or set the SHU bases (jasa modal, jasa anggota)")
    add_book(p)
    add_basis_options(p)
    add_json(p)
    p.set_defaults(func=cmd_basis)
