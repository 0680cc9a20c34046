"""The SHU bases in words (issue 14, branch i14shu): what a RAT decision's shares were
computed on, for the command line and the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from koperasi.core import fmt
from koperasi.core.shu_basis import parse_transaction_basis
from koperasi.text import text
from koperasi.text.i14shu import I14SHU

if TYPE_CHECKING:
    from koperasi.book.yearend import DecisionBasis


def mix_words(mix: dict[str, int], lang: str, totals: dict[str, int] | None = None) -> str:
    parts = []
    for basis, bp in mix.items():
        name = text(I14SHU, f"basis.{basis}", lang)
        if totals is not None and not totals.get(basis):
            parts.append(text(I14SHU, "basis_none", lang, basis=name, percent=fmt.percent(bp)))
        elif totals is not None:
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


# --capital as typed → the setting's value.
CAPITAL_WORDS = {"year-end": "year_end", "year_end": "year_end", "average": "average"}


def chosen_bases(transactions: str | None, capital: str | None) -> dict:
    """{"transactions": {basis: bp} | None, "capital": "year_end" | "average" | None} as
    typed after --transactions and --capital (a bad basis is a KoperasiError: one sentence
    in the user's language)."""
    return {
        "transactions": (
            parse_transaction_basis(transactions) if transactions is not None else None
        ),
        "capital": CAPITAL_WORDS[capital] if capital is not None else None,
    }


def _percent_json(bp: int) -> str:
    """Basis points as JSON gives a percentage: 5550 -> "55.5", 10000 -> "100"."""
    whole, frac = divmod(bp, 100)
    return f"{whole}.{frac:02d}".rstrip("0") if frac else str(whole)


def basis_json(capital: str, mix: dict[str, int], totals: dict[str, int] | None = None) -> dict:
    """The bases as JSON: capital, transactions_percent and (for a decision)
    transaction_totals."""
    found: dict = {
        "capital": capital,
        "transactions_percent": {b: _percent_json(bp) for b, bp in mix.items()},
    }
    if totals is not None:
        found["transaction_totals"] = totals
    return found
