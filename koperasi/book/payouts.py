"""Paying members their share of a settled sale."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short
from koperasi.core.journal import payout_entry
from koperasi.core.model import Member
from koperasi.core.numbering import document_number
from koperasi.store.payouts import PayoutRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

METHODS = {"cash": acc.CASH, "tunai": acc.CASH, "transfer": acc.BANK}


@dataclass(frozen=True)
class ShareStatus:
    """A member's share of a sale and the payout that paid it, if any."""

    member: Member
    deliveries: int
    net_grams: int
    share: int
    payout: PayoutRow | None


class Payouts:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.store = book.store_payouts

    def status(self, sale_number: str) -> list[ShareStatus]:
        sale = self.book.sales.get(sale_number)
        shares = self.book.store_sales.member_shares(sale.id)
        members = self.book.store_members.by_ids([row[0] for row in shares])
        paid = {p.member_id: p for p in self.store.of_sale(sale.id)}
        return [
            ShareStatus(members[member_id], count, grams, share, paid.get(member_id))
            for member_id, count, grams, share in shares
        ]

    def pay(
        self,
        sale_number: str,
        date: datetime.date | None = None,
        members: Iterable[str] | None = None,
        method: str = "cash",
    ) -> list[PayoutRow]:
        """Pay the unpaid shares of a sale (all, or the given members) in one transaction."""
        method = method.strip().lower()
        if method not in METHODS:
            raise KoperasiError("payout.bad_method")
        paid_from = METHODS[method]
        method = "transfer" if method == "transfer" else "cash"
        sale = self.book.sales.get(sale_number)
        date = date or self.book.today()
        if date < sale.date:
            raise KoperasiError(
                "payout.before_sale", date=date_short(date), sale_date=date_short(sale.date)
            )
        if date > self.book.today():
            raise KoperasiError("delivery.future_date", date=date_short(date))
        statuses = {s.member.number.upper(): s for s in self.status(sale_number)}
        if members is None:
            chosen = [s for s in statuses.values() if s.payout is None]
            if not chosen:
                raise KoperasiError("payout.nothing_to_pay", sale=sale.number)
        else:
            chosen = []
            for number in members:
                status = statuses.get(number.strip().upper())
                if status is None:
                    raise KoperasiError("payout.not_in_sale", number=number, sale=sale.number)
                if status.payout is not None:
                    raise KoperasiError(
                        "payout.already_paid",
                        number=status.member.number,
                        sale=sale.number,
                        slip=status.payout.slip,
                    )
                if status not in chosen:
                    chosen.append(status)
        # Slips follow the register's order (by id: text order would put LJ-10000 before LJ-2000).
        chosen.sort(key=lambda s: s.member.id)
        entry = payout_entry(
            date,
            f"Pembayaran hasil penjualan {sale.number}",
            {s.member.id: (s.share, s.share, {}) for s in chosen},
            paid_from=paid_from,
            sale_id=sale.id,
        )
        with self.book.atomic():
            entry_id, _ = self.book.journal.post(entry)
            rows, numbers = [], []
            for status in chosen:
                seq = self.book.settings.next_seq("slip", date.year)
                numbers.append((date.year, seq))
                rows.append(
                    PayoutRow(
                        id=0,
                        slip=document_number("slip", date.year, seq),
                        date=date,
                        sale_id=sale.id,
                        member_id=status.member.id,
                        share=status.share,
                        deductions=0,
                        paid=status.share,
                        method=method,
                        entry_id=entry_id,
                    )
                )
            self.store.insert_many(rows, numbers)
        return self.store.of_entry(entry_id)

    def get(self, slip: str) -> PayoutRow:
        payout = self.store.by_slip(slip)
        if payout is None:
            raise KoperasiError("payout.not_found", slip=slip)
        return payout

    def of_sale(self, sale_number: str) -> list[PayoutRow]:
        return self.store.of_sale(self.book.sales.get(sale_number).id)

    def of_member(self, number: str) -> list[PayoutRow]:
        """Every payout to a member, oldest first (for the member statement)."""
        return self.store.of_member(self.book.members.get(number).id)

    def of_run(self, slip: str) -> list[PayoutRow]:
        """Every slip paid in the same payout run (one journal entry) as `slip`."""
        return self.store.of_entry(self.get(slip).entry_id)
