"""A collective sale's arithmetic: gross, fee, costs, net, and its split over the deliveries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from koperasi.core.allocation import largest_remainder
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import rupiah
from koperasi.core.model import SaleCost
from koperasi.core.units import money_at_rate, money_for_weight


@dataclass(frozen=True)
class PooledDelivery:
    """What settlement needs of a delivery: its id, member, net grams and quality (bp)."""

    id: int
    member_id: int
    net_grams: int
    quality_bp: int

    @property
    def weight_equivalent(self) -> int:
        return self.net_grams * self.quality_bp


@dataclass(frozen=True)
class FeeRule:
    """The cooperative's cut: a percentage (bp) of the gross, or hundredths of a rupiah per kg."""

    kind: str = "percent"
    bp: int = 0
    cents_per_kg: int = 0

    def fee(self, gross: int, sold_grams: int) -> int:
        if self.kind == "per_kg":
            return money_for_weight(sold_grams, self.cents_per_kg)
        return money_at_rate(gross, self.bp)


@dataclass(frozen=True)
class Settlement:
    """The settled figures of a sale.

    Attributes:
      gross: G, rounded half up once.
      fee: F.
      costs: K, the sum of the sale costs.
      net: N = G − F − K, split exactly over the deliveries.
      pooled_grams: the pooled deliveries' net weight.
      shrinkage_grams: pooled − sold (susut); negative when the buyer weighed more.
      parts: delivery id → rupiah.
      shares: member id → rupiah (the sum of their deliveries' parts).
    """

    gross: int
    fee: int
    costs: int
    net: int
    sold_grams: int
    pooled_grams: int
    shrinkage_grams: int
    parts: dict[int, int]
    shares: dict[int, int]


def sale_gross(sold_grams: int, price_cents: int | None, agreed_total: int | None) -> int:
    if sold_grams <= 0:
        raise KoperasiError("sale.sold_positive")
    if (price_cents is None) == (agreed_total is None):
        raise KoperasiError("sale.price_or_total")
    if agreed_total is not None:
        if agreed_total <= 0:
            raise KoperasiError("sale.price_positive")
        return agreed_total
    assert price_cents is not None
    if price_cents <= 0:
        raise KoperasiError("sale.price_positive")
    return money_for_weight(sold_grams, price_cents)


def settle(
    deliveries: Sequence[PooledDelivery],
    sold_grams: int,
    fee_rule: FeeRule,
    *,
    price_cents: int | None = None,
    agreed_total: int | None = None,
    costs: Iterable[SaleCost] = (),
    commodity: str = "",
    date: str = "",
) -> Settlement:
    """Compute a sale's settlement, or refuse it with a KoperasiError."""
    if not deliveries:
        raise KoperasiError("sale.no_open_deliveries", commodity=commodity, date=date)
    gross = sale_gross(sold_grams, price_cents, agreed_total)
    cost_list = list(costs)
    for cost in cost_list:
        if cost.amount <= 0:
            raise KoperasiError("sale.cost_positive", label=cost.label)
    fee = fee_rule.fee(gross, sold_grams)
    cost_total = sum(cost.amount for cost in cost_list)
    net = gross - fee - cost_total
    if net <= 0:
        raise KoperasiError(
            "sale.net_not_positive",
            net=rupiah(net),
            gross=rupiah(gross),
            fee=rupiah(fee),
            costs=rupiah(cost_total),
        )
    parts = largest_remainder(net, ((d.id, d.weight_equivalent) for d in deliveries))
    shares: dict[int, int] = {}
    for delivery in deliveries:
        shares[delivery.member_id] = shares.get(delivery.member_id, 0) + parts[delivery.id]
    pooled = sum(d.net_grams for d in deliveries)
    return Settlement(
        gross=gross,
        fee=fee,
        costs=cost_total,
        net=net,
        sold_grams=sold_grams,
        pooled_grams=pooled,
        shrinkage_grams=pooled - sold_grams,
        parts=parts,
        shares=shares,
    )


def shrinkage_bp(pooled_grams: int, shrinkage_grams: int) -> int:
    """Shrinkage as basis points of the pooled weight, rounded half away from zero: the one
    rule the settlement sheet and the sale wizard both print."""
    if pooled_grams <= 0:
        return 0
    magnitude = (2 * abs(shrinkage_grams) * 10_000 + pooled_grams) // (2 * pooled_grams)
    return -magnitude if shrinkage_grams < 0 else magnitude
