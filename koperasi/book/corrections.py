"""Corrections by reversal: a sale reversed while none of its shares is paid, a payout voided.

Nothing posted is changed or deleted. A reversed sale keeps its number and shows BATAL with
the reason; its entry is mirrored by a reversing entry naming it, and its deliveries go back
to the open pool (what it held is kept). A voided payout keeps its slip number and prints
BATAL; a reversing entry gives the share back to Utang Hasil Panen, takes the cash back, and
the savings and loan repayments it deducted are undone by negative rows naming the payout.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short
from koperasi.core.journal import reversal_of
from koperasi.core.model import Delivery, JournalEntry, JournalLine
from koperasi.store.corrections import Cancellation
from koperasi.store.payouts import PayoutRow
from koperasi.store.sales import SaleRow

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class SaleReversal:
    """A reversed sale: the sale as it was, the reversal, and the deliveries it released."""

    sale: SaleRow
    cancellation: Cancellation
    entry_number: str
    deliveries: int


@dataclass(frozen=True)
class PayoutVoid:
    """A voided payout: the slip as it was, the void, and what came back."""

    payout: PayoutRow
    cancellation: Cancellation
    entry_number: str
    restored: tuple[tuple[str, int], ...]  # (kind, amount) of each deduction given back


class Corrections:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_corrections

    # -- reading ------------------------------------------------------------------------------

    def sale_reversal(self, sale_id: int) -> Cancellation | None:
        """The reversal of a sale (by id), or None while it stands."""
        return self._store.sale_reversal(sale_id)

    def reversed_sales(self, sale_ids: list[int]) -> dict[int, Cancellation]:
        return self._store.reversed_sales(sale_ids)

    def reversal_parts(self, sale_id: int) -> dict[int, int]:
        """{delivery id: part} a reversed sale held before its deliveries were released."""
        return self._store.reversal_parts(sale_id)

    def held(self, sale_id: int) -> tuple[list[Delivery], list[tuple[int, int, int, int]]]:
        """A reversed sale's deliveries with the parts they had in it, and its member shares
        (member id, deliveries, net grams, share), as `Sales.detail` gives a standing sale's."""
        parts = self._store.reversal_parts(sale_id)
        store = self.book._store_deliveries
        deliveries = [replace(store.get(i), part=part) for i, part in sorted(parts.items())]
        shares: dict[int, list[int]] = {}
        for d in deliveries:
            row = shares.setdefault(d.member_id, [0, 0, 0])
            row[0] += 1
            row[1] += d.net_grams
            row[2] += d.part or 0
        return deliveries, [(m, *shares[m]) for m in sorted(shares)]  # type: ignore[misc]

    def payout_void(self, payout_id: int) -> Cancellation | None:
        return self._store.payout_void(payout_id)

    def voided_payouts(self, payout_ids: list[int]) -> dict[int, Cancellation]:
        return self._store.voided_payouts(payout_ids)

    def _date(self, date: datetime.date | None, not_before: datetime.date) -> datetime.date:
        date = self.book.closing.check_date(date)
        if date < not_before:
            raise KoperasiError(
                "correction.before_original",
                date=date_short(date),
                original=date_short(not_before),
            )
        return date

    # -- a sale -------------------------------------------------------------------------------

    def sale_reversal_check(self, number: str) -> SaleRow:
        """The sale, if it may be reversed; else the sentence saying why not."""
        sale = self.book.sales.get(number)
        if self._store.sale_reversal(sale.id) is not None:
            raise KoperasiError("sale.already_reversed", sale=sale.number)
        standing = [
            p
            for p in self.book.payouts.of_sale_id(sale.id)
            if self._store.payout_void(p.id) is None
        ]
        if standing:
            slips = ", ".join(p.slip for p in standing[:5])
            more = f" (+{len(standing) - 5})" if len(standing) > 5 else ""
            raise KoperasiError(
                "sale.reverse_paid", sale=sale.number, count=len(standing), slips=slips + more
            )
        if self._store.collections(sale.id):
            raise KoperasiError("sale.reverse_collected", sale=sale.number)
        return sale

    @operation("sale.reverse", "sales", "deliveries", "journal")
    def reverse_sale(
        self, number: str, reason: str, date: datetime.date | None = None
    ) -> SaleReversal:
        """Reverse a settled sale none of whose shares is paid, in one transaction."""
        reason = (reason or "").strip()
        if not reason:
            raise KoperasiError("correction.reason_required")
        sale = self.sale_reversal_check(number)
        date = self._date(date, sale.date)
        original = next(
            e for e in self.book.journal.of_source("sale", sale.id) if e.reverses is None
        )
        reversal = reversal_of(original, date, f"Pembatalan penjualan {sale.number}: {reason}")
        with self.book.atomic():
            entry_id, entry_number = self.book.journal.post(reversal)
            parts = self._store.reverse_sale(sale.id, date, reason, entry_id)
        return SaleReversal(sale, Cancellation(date, reason, entry_id), entry_number, len(parts))

    # -- a payout -----------------------------------------------------------------------------

    def payout_void_check(self, slip: str) -> PayoutRow:
        payout = self.book.payouts.get(slip)
        if self._store.payout_void(payout.id) is not None:
            raise KoperasiError("payout.already_void", slip=payout.slip)
        return payout

    @operation("payout.void", "payouts", "savings", "loans", "journal")
    def void_payout(self, slip: str, reason: str, date: datetime.date | None = None) -> PayoutVoid:
        """Void a payout slip in one transaction: the share is unpaid again and the
        deductions it took are given back."""
        reason = (reason or "").strip()
        if not reason:
            raise KoperasiError("correction.reason_required")
        payout = self.payout_void_check(slip)
        date = self._date(date, payout.date)
        member = payout.member_id
        deductions = self.book.payouts.deductions_of([payout]).get(payout.id, [])
        lines = [JournalLine(acc.MEMBER_HARVEST_PAYABLE, credit=payout.share, member_id=member)]
        if payout.paid:
            money = acc.BANK if payout.method == "transfer" else acc.CASH
            lines.append(JournalLine(money, debit=payout.paid))
        for d in deductions:
            if d.kind == "wajib":
                lines.append(JournalLine(acc.MANDATORY_SAVINGS, debit=d.amount, member_id=member))
            elif d.kind == "kasbon":
                lines.append(JournalLine(acc.MEMBER_RECEIVABLE, debit=d.amount, member_id=member))
            else:
                if d.principal:
                    lines.append(
                        JournalLine(acc.MEMBER_RECEIVABLE, debit=d.principal, member_id=member)
                    )
                if d.service:
                    lines.append(
                        JournalLine(acc.LOAN_SERVICE_INCOME, debit=d.service, member_id=member)
                    )
        entry = JournalEntry(
            date,
            f"Pembatalan slip {payout.slip}: {reason}",
            tuple(lines),
            source="payout_void",
            source_id=payout.id,
        )
        with self.book.atomic():
            entry_id, entry_number = self.book.journal.post(entry)
            self._restore_deductions(payout, date, entry_id)
            self._store.void_payout(payout.id, date, reason, entry_id)
        restored = tuple((d.kind, d.amount) for d in deductions)
        return PayoutVoid(payout, Cancellation(date, reason, entry_id), entry_number, restored)

    def _restore_deductions(self, payout: PayoutRow, date: datetime.date, entry_id: int) -> None:
        """Negative savings rows and loan repayments that undo what the payout deducted."""
        memo = f"Pembatalan slip {payout.slip}"
        savings = [
            self.book.savings.new_row(
                row.member_id,
                row.kind,
                -row.amount,
                date,
                "payout",
                entry_id,
                payout.id,
                reverses=row.id,
                memo=memo,
            )
            for row in self.book._store_savings.of_payouts([payout.id])
            if row.amount > 0
        ]
        repayments = self.book._store_loans.repayments_of_payouts([payout.id])
        loans = self.book._store_loans.by_ids(r.loan_id for r in repayments)
        undone = [
            self.book.loans.new_repayment(
                loans[r.loan_id], date, -r.principal, -r.service, "payout", entry_id, payout.id
            )
            for r in repayments
            if r.principal + r.service > 0
        ]
        self.book._store_savings.insert_many(savings)
        self.book._store_loans.insert_repayments(undone)
