"""Splitting a whole-rupiah amount in proportion to weights so the parts sum exactly."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def largest_remainder(total: int, weights: Iterable[tuple[K, int]]) -> dict[K, int]:
    """Split `total` over keys in proportion to their integer weights.

    Each key gets floor(total * w / W); the rupiah left over go one each to the keys with
    the largest fractional parts, ties to the lower key. The parts sum to `total` exactly
    and do not depend on the order of `weights`.
    """
    items = sorted(weights, key=lambda item: item[0])
    if total < 0:
        raise ValueError("cannot split a negative amount")
    if not items:
        if total:
            raise ValueError("cannot split a non-zero amount over nothing")
        return {}
    if any(w < 0 for _, w in items):
        raise ValueError("weights cannot be negative")
    weight_sum = sum(w for _, w in items)
    if weight_sum == 0:
        raise ValueError("weights sum to zero")
    parts: dict[K, int] = {}
    remainders: list[tuple[int, int, K]] = []
    for index, (key, weight) in enumerate(items):
        part, remainder = divmod(total * weight, weight_sum)
        parts[key] = part
        # Sorting by (-remainder, position in key order) gives ties to the lower key.
        remainders.append((-remainder, index, key))
    left = total - sum(parts.values())
    remainders.sort()
    for _, _, key in remainders[:left]:
        parts[key] += 1
    return parts
