"""Which backups to keep: the last of each of 7 days, 4 weeks and 12 months (pure)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable, Iterable

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def _newest_per_period(
    times: list[datetime.datetime], period: Callable[[datetime.datetime], Hashable], count: int
) -> set[datetime.datetime]:
    """The newest backup of each of the `count` most recent periods that have one."""
    kept: set[datetime.datetime] = set()
    seen: list[Hashable] = []
    for moment in sorted(times, reverse=True):
        key = period(moment)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.append(key)
        kept.add(moment)
    return kept


def backups_to_delete(
    times: Iterable[datetime.datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> list[datetime.datetime]:
    """The backup times to delete, oldest first; everything else is kept. The newest backup
    is always kept."""
    moments = sorted(set(times))
    keep = (
        _newest_per_period(moments, lambda t: t.date(), daily)
        | _newest_per_period(moments, lambda t: t.isocalendar()[:2], weekly)
        | _newest_per_period(moments, lambda t: (t.year, t.month), monthly)
    )
    return [moment for moment in moments if moment not in keep]
