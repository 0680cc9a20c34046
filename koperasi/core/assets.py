"""Fixed assets (aset tetap) and their straight-line depreciation (pure).

An asset is depreciated over its useful life in whole months, starting with the month
after the one it was acquired in, down to its residual value. Each month takes the
difference of the cumulative amounts floor(base × k / life), so the months add up to the
depreciable base exactly, whatever the rounding.
"""

from __future__ import annotations

import datetime

from koperasi.core.errors import KoperasiError

MAX_LIFE_MONTHS = 600  # fifty years: buildings


def months_between(start: datetime.date, end: datetime.date) -> int:
    """Whole calendar months from start's month to end's month (same month: 0)."""
    return (end.year - start.year) * 12 + end.month - start.month


def check_asset(cost: int, residual: int, life_months: int) -> None:
    if cost <= 0:
        raise KoperasiError("asset.cost_positive")
    if not 0 <= residual < cost:
        raise KoperasiError("asset.bad_residual")
    if not 1 <= life_months <= MAX_LIFE_MONTHS:
        raise KoperasiError("asset.bad_life", most=MAX_LIFE_MONTHS)


def accumulated(
    cost: int, residual: int, life_months: int, acquired: datetime.date, until: datetime.date
) -> int:
    """Depreciation accumulated from acquisition up to the end of `until`'s month."""
    months = min(max(months_between(acquired, until), 0), life_months)
    return (cost - residual) * months // life_months


def for_month(
    cost: int, residual: int, life_months: int, acquired: datetime.date, month_end: datetime.date
) -> int:
    """The depreciation of one month (given by its last day)."""
    previous = month_end.replace(day=1) - datetime.timedelta(days=1)
    return accumulated(cost, residual, life_months, acquired, month_end) - accumulated(
        cost, residual, life_months, acquired, previous
    )
