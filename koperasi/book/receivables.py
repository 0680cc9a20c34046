"""Buyer receivables: sales received into Piutang Pembeli, and the buyer's payments of them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, rupiah
from koperasi.core.model import JournalEntry, JournalLine
from koperasi.core.numbering import document_number
from koperasi.store.corrections import CollectionRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

# Where a buyer's payment lands.
INTO = {"kas": acc.CASH, "cash": acc.CASH, "tunai": acc.CASH, "bank": acc.BANK}


@dataclass(frozen=True)
class Receivable:
    """What a buyer owes on one sale, on a date.

    Attributes:
      amount: what the sale booked into Piutang Pembeli (its gross, less any cost the buyer
        kept back from it).
      paid: what the buyer has paid of it.
      age_days: days from the sale to the date asked about.
    """

    sale: str
    buyer: str
    date: datetime.date
    amount: int
    paid: int
    age_days: int

    @property
    def outstanding(self) -> int:
        return self.amount - self.paid


class Receivables:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_corrections

    def list(self, on: datetime.date | None = None, settled: bool = False) -> list[Receivable]:
        """Each sale's receivable, oldest first: only those still owed unless `settled`."""
        on = on or self.book.today()
        return [
            Receivable(r.sale, r.buyer, r.date, r.amount, r.paid, (on - r.date).days)
            for r in self._store.receivables()
            if settled or r.outstanding > 0
        ]

    def of_sale(self, number: str, on: datetime.date | None = None) -> Receivable:
        sale = self.book.sales.get(number)
        found = self._store.receivables(sale.id)
        if not found:
            raise KoperasiError("receivable.none", sale=sale.number)
        r = found[0]
        on = on or self.book.today()
        return Receivable(r.sale, r.buyer, r.date, r.amount, r.paid, (on - r.date).days)

    def outstanding(self) -> tuple[int, int]:
        """(rupiah, sales) still owed by buyers: for the home screen."""
        owed = [r.outstanding for r in self._store.receivables() if r.outstanding > 0]
        return sum(owed), len(owed)

    def collections(self, number: str) -> list[CollectionRow]:
        """The buyer's payments of a sale, oldest first."""
        return self._store.collections(self.book.sales.get(number).id)

    @operation("receivable.collect", "receivables", "journal")
    def collect(
        self,
        number: str,
        amount: int,
        into: str = "kas",
        date: datetime.date | None = None,
    ) -> CollectionRow:
        """Record a buyer's payment of (part of) a sale received into Piutang Pembeli: Kas or
        Bank debited, Piutang Pembeli credited, in one transaction."""
        account = INTO.get((into or "").strip().lower())
        if account is None:
            raise KoperasiError("receivable.bad_into", into=into)
        date = self.book.closing.check_date(date)
        receivable = self.of_sale(number, date)
        sale = self.book.sales.get(number)
        if date < sale.date:
            raise KoperasiError(
                "receivable.before_sale", date=date_short(date), sale_date=date_short(sale.date)
            )
        if not isinstance(amount, int) or amount <= 0:
            raise KoperasiError("receivable.bad_amount")
        if amount > receivable.outstanding:
            raise KoperasiError(
                "receivable.too_much",
                sale=sale.number,
                amount=rupiah(amount),
                outstanding=rupiah(receivable.outstanding),
            )
        collection_id = self._store.next_collection_id()
        seq = self.book._settings.next_seq("collection", date.year)
        row = CollectionRow(
            id=collection_id,
            number=document_number("collection", date.year, seq),
            sale_id=sale.id,
            date=date,
            amount=amount,
            account=account,
            entry_id=0,
        )
        entry = JournalEntry(
            date,
            f"Pelunasan piutang {sale.number} dari {sale.buyer} ({row.number})",
            (JournalLine(account, debit=amount), JournalLine(acc.BUYER_RECEIVABLE, credit=amount)),
            source="receivable",
            source_id=collection_id,
        )
        with self.book.atomic():
            entry_id, _ = self.book.journal.post(entry)
            self._store.insert_collection(
                CollectionRow(**{**row.__dict__, "entry_id": entry_id}), date.year, seq
            )
        return self._store.collection_by_id(collection_id)  # type: ignore[return-value]
