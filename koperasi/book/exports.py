"""Long lists for exports, streamed from the book (the stores stay private to the book)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING

from koperasi.store.exports import ExportStore

if TYPE_CHECKING:
    from koperasi.book.book import Book


class Exports:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = ExportStore(book._db)

    def first_date(self) -> datetime.date | None:
        return self._store.first_date()

    def deliveries(self, start: datetime.date, end: datetime.date) -> Iterator[tuple]:
        return self._store.deliveries(start, end)

    def sale_shares(self, start: datetime.date, end: datetime.date) -> Iterator[tuple]:
        return self._store.sale_shares(start, end)

    def payouts(self, start: datetime.date, end: datetime.date) -> Iterator[tuple]:
        return self._store.payouts(start, end)

    def ledger(self, start: datetime.date, end: datetime.date) -> Iterator[tuple]:
        return self._store.ledger(start, end)

    def shu_members(self, year: int) -> Iterator[tuple]:
        return self._store.shu_members(year)
