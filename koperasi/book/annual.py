"""The year's figures the annual report (RAT) reads: movements, money flows and volumes."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from koperasi.store.annual import AnnualStore, MoneyMovement

if TYPE_CHECKING:
    from koperasi.book.book import Book


class Annual:
    """Read-only sums over one period; the report in koperasi.reports.rat does the rest."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = AnnualStore(book._db)

    def movements_by_year(self, closing_source: str) -> list[tuple[int, str, bool, int, int]]:
        """(year, account, closing, debits, credits): the journal summed by year and account,
        the year-end closing entries (source `closing_source`) apart."""
        return self._store.movements_by_year(closing_source)

    def money_movements(self, start: datetime.date, end: datetime.date) -> list[MoneyMovement]:
        """Each entry dated start..end that moved Kas or Bank, with its cause."""
        return self._store.money_movements(start, end)

    def deliveries_by_month(
        self, start: datetime.date, end: datetime.date
    ) -> list[tuple[int, int, int, int, int]]:
        return self._store.deliveries_by_month(start, end)

    def members_delivering(self, start: datetime.date, end: datetime.date) -> dict[int, int]:
        return self._store.members_delivering(start, end)

    def sales_by_month(
        self, start: datetime.date, end: datetime.date
    ) -> list[tuple[int, int, int, int, int, int, int, int]]:
        return self._store.sales_by_month(start, end)

    def has_shu_tables(self) -> bool:
        """Whether the book holds savings and SHU (a book made before them and opened
        read-only is not upgraded)."""
        return self._store.has_table("shu_distributions") and self._store.has_table("savings")

    def member_sale_shares(self, start: datetime.date, end: datetime.date) -> dict[int, int]:
        """{member id: their parts of the sales dated start..end}: their transactions."""
        return self._store.member_sale_shares(start, end)
