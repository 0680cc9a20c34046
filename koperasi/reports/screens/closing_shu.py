"""The closing and SHU screen's read model: how far the books are closed, the years with
entries, and one year's SHU with the cooperative's split."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from koperasi.book import Book


@dataclass(frozen=True)
class ClosingShuData:
    """What the page shows: the closing, the years with entries, and one year's SHU."""

    today: datetime.date
    closed_until: datetime.date | None
    last_closing: object | None
    closings: int
    years: tuple[int, ...]
    year: int
    report: object  # ShuReport
    split: dict[str, int]


def closing_shu_data(book: Book, year: int | None, lang: str) -> ClosingShuData:
    """The closing, the years with entries and one year's SHU (`year` None: the year to
    distribute), with SHU text in `lang`."""
    today = book.today()
    closings = book.closing.list()
    years = {row[0] for row in book.annual.movements_by_year("shu_close")}
    years.add(today.year)
    years.update(book.shu.years())  # also a year whose SHU was brought from the old books
    if year is None:
        # Last year: the one to distribute (or, once distributed, to pay out).
        year = today.year - 1 if today.year - 1 in years else today.year
    return ClosingShuData(
        today=today,
        closed_until=book.closing.closed_until(),
        last_closing=closings[-1] if closings else None,
        closings=len(closings),
        years=tuple(sorted(years, reverse=True)),
        year=year,
        report=book.shu.preview(year, lang),
        split=book.shu.split(),
    )
