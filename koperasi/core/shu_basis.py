"""The transaction basis of jasa usaha (jasa anggota) by the statutes (issue 14), pure.

A member's transactions with the cooperative may be counted as
- sales: their parts of the sale proceeds (net) of the sales dated in the year;
- loan_service: the loan service (jasa/bunga) they paid in the year, in cash or by payout
  deduction;
- purchases: what they bought from the cooperative, as income cash-book entries naming them
  (saprodi, fertiliser), voided entries left out;
or a weighted mix of these, weights in basis points totalling 10 000.

A mix is computed without bias between components of different sizes: each component is
first normalised to the member's share of its own total, then weighted:

    member weight W_m = Σ_k w_k × t_mk / T_k,   T_k = Σ_m t_mk

In integers: with D = Π T_k (over the components with T_k > 0), W_m × D = Σ_k w_k × t_mk ×
(D / T_k), exactly; jasa usaha is then shared in proportion to these integer weights by
largest remainder, so the members' shares sum exactly to the part. A component nobody has
(T_k = 0) is left out and the others keep their relative weights. A single component gives
weights w × t_m: the same shares as counting that component alone.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from koperasi.core.errors import KoperasiError
from koperasi.core.numbers import parse_percent
from koperasi.core.units import BP_PER_UNIT

TRANSACTION_BASES = ("sales", "loan_service", "purchases")
DEFAULT_TRANSACTION_BASIS = {"sales": BP_PER_UNIT}
# The names the treasurer types (Indonesian first, the code's names too).
BASIS_NAMES = {
    "penjualan": "sales",
    "hasil_penjualan": "sales",
    "jasa_pinjaman": "loan_service",
    "bunga_pinjaman": "loan_service",
    "pinjaman": "loan_service",
    "pembelian": "purchases",
    "belanja": "purchases",
    **{b: b for b in TRANSACTION_BASES},
}


def _key(name: str) -> str | None:
    return BASIS_NAMES.get(name.strip().lower().replace(" ", "_").replace("-", "_"))


def check_transaction_basis(mix: Mapping[str, int]) -> dict[str, int]:
    """{basis: basis points}, known bases only, none negative, totalling 100 %; the bases
    at 0 % are left out."""
    unknown = [b for b in mix if b not in TRANSACTION_BASES]
    total = sum(mix.values())
    if unknown or any(v < 0 for v in mix.values()) or total != BP_PER_UNIT:
        raise KoperasiError("i14shu.bad_basis", text=", ".join(f"{k}={v}" for k, v in mix.items()))
    return {b: mix[b] for b in TRANSACTION_BASES if mix.get(b)}


def parse_transaction_basis(text: str) -> dict[str, int]:
    """ "sales" → {sales: 10 000}; "penjualan=70,jasa_pinjaman=30" → {sales: 7 000,
    loan_service: 3 000}. A single name without a percentage counts 100 %."""
    items = [i for i in (text or "").replace(";", ",").split(",") if i.strip()]
    if not items:
        raise KoperasiError("i14shu.bad_basis", text=text or "")
    if len(items) == 1 and "=" not in items[0]:
        key = _key(items[0])
        if key is None:
            raise KoperasiError("i14shu.bad_basis", text=text)
        return {key: BP_PER_UNIT}
    mix: dict[str, int] = {}
    for item in items:
        name, sep, value = item.partition("=")
        key = _key(name)
        if not sep or key is None or key in mix:
            raise KoperasiError("i14shu.bad_basis", text=text)
        try:
            mix[key] = parse_percent(value)
        except KoperasiError:
            raise KoperasiError("i14shu.bad_basis", text=text) from None
    return check_transaction_basis(mix)


def mixed_weights(
    mix: Mapping[str, int], components: Mapping[str, Mapping[int, int]]
) -> dict[int, int]:
    """{member: integer weight} = W_m × Π T_k (see the module's formula); members with no
    positive transaction in any counted component are left out."""
    totals = {k: sum(v for v in components.get(k, {}).values() if v > 0) for k in mix if mix[k] > 0}
    active = {k: t for k, t in totals.items() if t > 0}
    if not active:
        return {}
    product = math.prod(active.values())
    weights: dict[int, int] = {}
    for k, total in active.items():
        factor = mix[k] * (product // total)
        for member, t in components[k].items():
            if t > 0:
                weights[member] = weights.get(member, 0) + t * factor
    # Divide by the common factor, so the weights stay readable in a debugger; the shares
    # are proportional, so this changes nothing.
    common = math.gcd(*weights.values()) if weights else 1
    return {m: w // common for m, w in weights.items()} if common > 1 else weights


def basis_text(mix: Mapping[str, int]) -> str:
    """'sales=70,loan_service=30' (the CLI's own spelling)."""
    from koperasi.core.fmt import percent

    return ",".join(f"{b}={percent(bp).removesuffix(' %')}" for b, bp in mix.items())
