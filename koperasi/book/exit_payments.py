"""Paying out, later, the savings a member who left had kept back as 2110 Utang Simpanan
Anggota Keluar (the statutes' "payable" refund): Dr 2110, Cr Kas or Bank, one transaction,
each payment with its receipt number (KK-2026-000001); never more than is owed, and never
more than Kas or Bank holds (journal.post refuses that)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.limits import check_rupiah
from koperasi.core.model import JournalEntry, JournalLine
from koperasi.core.numbering import document_number
from koperasi.store.exit_payments import ExitPaymentRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

FROM = {"cash": acc.CASH, "kas": acc.CASH, "tunai": acc.CASH, "bank": acc.BANK}


class ExitPayments:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_exit_payments

    def owed(self, member: str) -> int:
        """What the book still owes a member who left of the savings kept back (2110)."""
        m = self.book.members.get(member)
        return self._store.payable(m.id, acc.EXIT_PAYABLE)

    def of_member(self, member: str) -> list[ExitPaymentRow]:
        return self._store.of_member(self.book.members.get(member).id)

    @operation("member.pay_exit", "members", "journal")
    def pay(
        self,
        member: str,
        amount: int | None = None,
        source: str = "cash",
        date: datetime.date | None = None,
    ) -> ExitPaymentRow:
        """Pay a member who left (all of) what is kept for them on 2110, from Kas or Bank."""
        account = FROM.get((source or "").strip().lower())
        if account is None:
            raise KoperasiError("exit_pay.bad_from", source=source)
        m = self.book.members.get(member)
        left = self.book.leaving.of_member(m.number)
        owed = self._store.payable(m.id, acc.EXIT_PAYABLE)
        if left is None or owed <= 0:
            raise KoperasiError("exit_pay.nothing_owed", number=m.number, name=m.name)
        if amount is None:
            amount = owed
        if not isinstance(amount, int) or amount <= 0:
            raise KoperasiError("exit_pay.bad_amount")
        check_rupiah(amount)
        if amount > owed:
            raise KoperasiError(
                "exit_pay.too_much",
                number=m.number,
                amount=fmt.rupiah(amount),
                owed=fmt.rupiah(owed),
            )
        day = self.book.closing.check_date(date)
        if day < left.date:
            raise KoperasiError(
                "exit_pay.before_leaving",
                date=fmt.date_short(day),
                left=fmt.date_short(left.date),
            )
        with self.book.atomic():
            seq = self.book._settings.next_seq("exit_payment", day.year)
            number = document_number("exit_payment", day.year, seq)
            payment_id = self._store.next_id()
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    day,
                    f"Pembayaran simpanan anggota keluar {number} {m.number} {m.name}"
                    f" ({left.number})",
                    (
                        JournalLine(acc.EXIT_PAYABLE, debit=amount, member_id=m.id),
                        JournalLine(account, credit=amount),
                    ),
                    source="exit_payment",
                    source_id=payment_id,
                )
            )
            row = ExitPaymentRow(payment_id, number, m.id, day, amount, account, entry_id)
            self._store.insert(row, day.year, seq)
        return row
