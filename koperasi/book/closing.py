"""Period closing (tutup buku): once closed, nothing dated on or before the date changes.

Every service asks check_date() before it writes; the database's triggers refuse the same
writes (koperasi.store.migrations), so a closed period stays closed whoever writes the SQL.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short
from koperasi.store.closings import Closing

if TYPE_CHECKING:
    from koperasi.book.book import Book


class Closings:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_closings

    def closed_until(self) -> datetime.date | None:
        """The last day of the closed period, or None while nothing is closed."""
        return self._store.closed_until()

    def is_closed(self, date: datetime.date) -> bool:
        until = self.closed_until()
        return until is not None and date <= until

    def require_open(self, date: datetime.date) -> None:
        """Refuse, with the sentence the treasurer reads, anything dated in the closed period."""
        until = self.closed_until()
        if until is not None and date <= until:
            raise KoperasiError("period.closed", until=date_short(until), date=date_short(date))

    def check_date(self, date: datetime.date | None) -> datetime.date:
        """The date of a new money record: today by default, never in the future, never in
        the closed period."""
        date = date or self.book.today()
        if date > self.book.today():
            raise KoperasiError("date.future", date=date_short(date))
        self.require_open(date)
        return date

    @operation("closing.close", "closing")
    def close(self, until: datetime.date, note: str = "") -> Closing:
        """Close the book up to and including `until` (a month end or a year end, usually).
        A closing only moves forward and cannot be undone."""
        if until > self.book.today():
            raise KoperasiError("period.future", date=date_short(until))
        closed = self.closed_until()
        if closed is not None and until <= closed:
            raise KoperasiError("period.not_forward", until=date_short(closed))
        with self.book.atomic():
            closing_id = self._store.insert(until, (note or "").strip())
        return next(c for c in self._store.all() if c.id == closing_id)

    def list(self) -> list[Closing]:
        return self._store.all()
