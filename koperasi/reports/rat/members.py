"""The RAT report's member statistics (statistik anggota)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of
from koperasi.reports.rat.ledger import year_end, year_start

if TYPE_CHECKING:
    from koperasi.book import Book

# -- members (statistik anggota) --------------------------------------------------------------


@dataclass(frozen=True)
class GenderCount:
    """gender: "L", "P" or "" (not recorded)."""

    gender: str
    at_start: int
    joined: int
    left: int
    at_end: int


@dataclass(frozen=True)
class VillageCount:
    village: str
    men: int
    women: int
    unrecorded: int

    @property
    def total(self) -> int:
        return self.men + self.women + self.unrecorded


@dataclass(frozen=True)
class MemberStats:
    """Members over the year: at_start + joined − left = at_end, in total and per gender.

    A member counts from the day they joined; one who left on a day is no longer counted
    at the end of that day. A member deactivated without a date is not counted at all.

    Attributes:
      by_gender: L, P and (when any) unrecorded, in that order.
      villages: members at the end of the year by village, most members first.
    """

    header: Header
    year: int
    at_start: int
    joined: int
    left: int
    at_end: int
    by_gender: tuple[GenderCount, ...]
    villages: tuple[VillageCount, ...]


def member_stats(book: Book, year: int) -> MemberStats:
    """Members at the start and end of `year`, who joined and who left, by gender; and
    those at the end by village."""
    header = header_of(book)
    start, end = year_start(year), year_end(year)

    def member_on(m, day: datetime.date) -> bool:
        if m.left_on is None and not m.active:
            return False
        joined = m.joined is None or m.joined <= day
        return joined and (m.left_on is None or m.left_on > day)

    before = start - datetime.timedelta(days=1)
    counts: dict[str, list[int]] = {}
    villages: dict[str, list[int]] = {}
    for m in book.members.list():
        if m.left_on is None and not m.active:
            continue
        row = counts.setdefault(m.gender, [0, 0, 0, 0])
        row[0] += member_on(m, before)
        row[1] += m.joined is not None and start <= m.joined <= end
        row[2] += m.left_on is not None and start <= m.left_on <= end
        at_end = member_on(m, end)
        row[3] += at_end
        if at_end:
            village = villages.setdefault(m.village.strip(), [0, 0, 0])
            village[{"L": 0, "P": 1}.get(m.gender, 2)] += 1
    genders = [g for g in ("L", "P", "") if g in counts or g in ("L", "P")]
    by_gender = tuple(GenderCount(g, *counts.get(g, [0, 0, 0, 0])) for g in genders)
    return MemberStats(
        header=header,
        year=year,
        at_start=sum(g.at_start for g in by_gender),
        joined=sum(g.joined for g in by_gender),
        left=sum(g.left for g in by_gender),
        at_end=sum(g.at_end for g in by_gender),
        by_gender=by_gender,
        villages=tuple(
            sorted(
                (VillageCount(name, *v) for name, v in villages.items()),
                key=lambda v: (-v.total, v.village.lower()),
            )
        ),
    )
