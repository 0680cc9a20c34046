"""Paying members their share of a settled sale."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core.deductions import ORDER, Due, deduct
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short
from koperasi.core.journal import payout_entry
from koperasi.core.loans import split_repayment
from koperasi.core.model import Member
from koperasi.core.numbering import document_number
from koperasi.store.payouts import PayoutDeductionRow, PayoutRow
from koperasi.store.sales import SaleRow

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


@dataclass(frozen=True)
class PlannedDeduction:
    """One thing a member owes that their payout deducts (or could not).

    Attributes:
      kind: "wajib", "kasbon" or "pinjaman", in the order the rules deduct them.
      due: what is owed of it on the payout date (arrears included).
      amount: what the share covers (0 when nothing was left); due − amount stays owed.
      loan_id, loan_number: the kasbon or pinjaman, "" for savings.
      principal, service: how a loan's amount splits (service charge due first).
      receipt: once paid, the receipt (kwitansi) of the savings movement or loan repayment.
    """

    kind: str
    due: int
    amount: int
    loan_id: int | None = None
    loan_number: str = ""
    principal: int = 0
    service: int = 0
    receipt: str = ""

    @property
    def still_owed(self) -> int:
        return self.due - self.amount


@dataclass(frozen=True)
class PayoutPreview:
    """A member's payout as it would be paid: share − deductions = paid, never below zero.

    Attributes:
      deductions: every due in the order of the rules, including those the share could not
        cover (amount 0); `taken` keeps only what is actually deducted.
    """

    member: Member
    share: int
    deductions: tuple[PlannedDeduction, ...]
    paid: int

    @property
    def taken(self) -> tuple[PlannedDeduction, ...]:
        return tuple(d for d in self.deductions if d.amount)

    @property
    def deducted(self) -> int:
        return sum(d.amount for d in self.deductions)

    @property
    def still_owed(self) -> int:
        return sum(d.still_owed for d in self.deductions)


# Where each deduction is credited in the payout entry.
_DEDUCTION_ACCOUNTS = {"wajib": acc.MANDATORY_SAVINGS, "kasbon": acc.MEMBER_RECEIVABLE}


class Payouts:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_payouts

    def status(self, sale_number: str) -> list[ShareStatus]:
        sale = self.book.sales.get(sale_number)
        shares = self.book._store_sales.member_shares(sale.id)
        members = self.book._store_members.by_ids([row[0] for row in shares])
        payouts = self._store.of_sale(sale.id)
        voided = self.book.corrections.voided_payouts([p.id for p in payouts])
        paid = {p.member_id: p for p in payouts if p.id not in voided}
        return [
            ShareStatus(members[member_id], count, grams, share, paid.get(member_id))
            for member_id, count, grams, share in shares
        ]

    def _chosen(
        self, sale_number: str, date: datetime.date | None, members: Iterable[str] | None
    ) -> tuple[SaleRow, datetime.date, list[ShareStatus]]:
        """The sale, the payout date and the unpaid shares to pay, checked as pay() needs."""
        sale = self.book.sales.get(sale_number)
        date = date or self.book.today()
        if date < sale.date:
            raise KoperasiError(
                "payout.before_sale", date=date_short(date), sale_date=date_short(sale.date)
            )
        if date > self.book.today():
            raise KoperasiError("delivery.future_date", date=date_short(date))
        self.book.closing.require_open(date)
        statuses = {s.member.number.upper(): s for s in self.status(sale_number)}
        if members is None:
            # A share of Rp 0 (a part rounded to nothing) gets no slip: no number, no paper.
            chosen = [s for s in statuses.values() if s.payout is None and s.share > 0]
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
                if status.share <= 0:
                    raise KoperasiError(
                        "payout.zero_share", number=status.member.number, sale=sale.number
                    )
                if status not in chosen:
                    chosen.append(status)
        # Slips follow the register's order (by id: text order would put LJ-10000 before LJ-2000).
        chosen.sort(key=lambda s: s.member.id)
        return sale, date, chosen

    def plan(
        self, members: Iterable[tuple[Member, int]], date: datetime.date
    ) -> list[PayoutPreview]:
        """Each member's deductions from a share paid on `date`, in the order of the rules:
        mandatory savings due (when the book deducts them), then advances, then loan
        installments due, each capped by what is left of the share."""
        pairs = list(members)
        people = [m for m, _ in pairs]
        wajib = {}
        if self.book.savings.settings().deduct_wajib:
            wajib = self.book.savings.wajib_dues(people, date)
        loans = self.book.loans.dues(people, date)
        previews = []
        for member, share in pairs:
            dues = []
            if wajib.get(member.id):
                dues.append(Due("wajib", wajib[member.id]))
            positions = {}
            for loan, pos in loans.get(member.id, ()):
                positions[loan.id] = (loan, pos)
                dues.append(Due(loan.kind, pos.due, loan.id))
            taken, paid = deduct(share, dues)
            amounts = {(d.kind, d.ref): d.amount for d in taken}
            planned = []
            for due in sorted(dues, key=lambda d: (ORDER[d.kind], d.ref or 0)):
                amount = amounts.get((due.kind, due.ref), 0)
                if due.ref is None:
                    planned.append(PlannedDeduction(due.kind, due.amount, amount))
                    continue
                loan, pos = positions[due.ref]
                principal, service = split_repayment(amount, pos.service_due)
                planned.append(
                    PlannedDeduction(
                        due.kind, due.amount, amount, loan.id, loan.number, principal, service
                    )
                )
            previews.append(PayoutPreview(member, share, tuple(planned), paid))
        return previews

    def preview(
        self,
        sale_number: str,
        members: Iterable[str] | None = None,
        date: datetime.date | None = None,
    ) -> list[PayoutPreview]:
        """What pay() would pay each member (all unpaid shares, or the given members) on a
        date: share, each deduction, net paid. Saves nothing."""
        _, date, chosen = self._chosen(sale_number, date, members)
        return self.plan([(s.member, s.share) for s in chosen], date)

    @operation("payout.pay", "payouts", "savings", "loans", "journal")
    def pay(
        self,
        sale_number: str,
        date: datetime.date | None = None,
        members: Iterable[str] | None = None,
        method: str = "cash",
    ) -> list[PayoutRow]:
        """Pay the unpaid shares of a sale (all, or the given members) in one transaction,
        less what the rules deduct (see plan()); what cannot be deducted stays owed."""
        method = method.strip().lower()
        if method not in METHODS:
            raise KoperasiError("payout.bad_method")
        paid_from = METHODS[method]
        method = "transfer" if method == "transfer" else "cash"
        sale, date, chosen = self._chosen(sale_number, date, members)
        previews = self.plan([(s.member, s.share) for s in chosen], date)
        paid: dict[int, tuple[int, int, dict[str, int]]] = {}
        for p in previews:
            credits: dict[str, int] = {}
            for d in p.taken:
                if d.kind == "pinjaman":
                    credits[acc.MEMBER_RECEIVABLE] = (
                        credits.get(acc.MEMBER_RECEIVABLE, 0) + d.principal
                    )
                    credits[acc.LOAN_SERVICE_INCOME] = (
                        credits.get(acc.LOAN_SERVICE_INCOME, 0) + d.service
                    )
                else:
                    account = _DEDUCTION_ACCOUNTS[d.kind]
                    credits[account] = credits.get(account, 0) + d.amount
            paid[p.member.id] = (p.share, p.paid, credits)
        entry = payout_entry(
            date,
            f"Pembayaran hasil penjualan {sale.number}",
            paid,
            paid_from=paid_from,
            sale_id=sale.id,
        )
        with self.book.atomic():
            entry_id, _ = self.book.journal.post(entry)
            rows, numbers = [], []
            for p in previews:
                seq = self.book._settings.next_seq("slip", date.year)
                numbers.append((date.year, seq))
                rows.append(
                    PayoutRow(
                        id=0,
                        slip=document_number("slip", date.year, seq),
                        date=date,
                        sale_id=sale.id,
                        member_id=p.member.id,
                        share=p.share,
                        deductions=p.deducted,
                        paid=p.paid,
                        method=method,
                        entry_id=entry_id,
                    )
                )
            self._store.insert_many(rows, numbers)
            payouts = self._store.of_entry(entry_id)
            if any(p.taken for p in previews):
                self._record_deductions(previews, payouts, date, entry_id)
        return payouts

    def _record_deductions(
        self,
        previews: list[PayoutPreview],
        payouts: list[PayoutRow],
        date: datetime.date,
        entry_id: int,
    ) -> None:
        """The deduction rows, and the savings movements and loan repayments they made."""
        payout_of = {p.member_id: p.id for p in payouts}
        deductions, savings, repayments = [], [], []
        loans = self.book._store_loans.by_ids(
            d.loan_id for p in previews for d in p.taken if d.loan_id
        )
        for p in previews:
            payout_id = payout_of[p.member.id]
            for d in p.taken:
                deductions.append(
                    PayoutDeductionRow(0, payout_id, d.kind, d.due, d.amount, d.loan_id)
                )
                if d.kind == "wajib":
                    savings.append(
                        self.book.savings.new_row(
                            p.member.id, "wajib", d.amount, date, "payout", entry_id, payout_id
                        )
                    )
                else:
                    repayments.append(
                        self.book.loans.new_repayment(
                            loans[d.loan_id],  # type: ignore[index]
                            date,
                            d.principal,
                            d.service,
                            "payout",
                            entry_id,
                            payout_id,
                        )
                    )
        self.book._store_payout_deductions.insert_many(deductions)
        self.book._store_savings.insert_many(savings)
        self.book._store_loans.insert_repayments(repayments)

    def deductions_of(self, payouts: Iterable[PayoutRow]) -> dict[int, list[PlannedDeduction]]:
        """{payout id: what its slip deducted, in the order of the rules, with the loan and
        the receipt of each} (payouts that deducted nothing are left out)."""
        ids = [p.id for p in payouts]
        rows = self.book._store_payout_deductions.of_payouts(ids)
        if not rows:
            return {}
        with_rows = sorted(rows)
        receipts = {
            (r.payout_id, None): r.number for r in self.book._store_savings.of_payouts(with_rows)
        }
        splits = {}
        for r in self.book._store_loans.repayments_of_payouts(with_rows):
            receipts[(r.payout_id, r.loan_id)] = r.number
            splits[(r.payout_id, r.loan_id)] = (r.principal, r.service)
        loans = self.book._store_loans.by_ids(
            d.loan_id for found in rows.values() for d in found if d.loan_id
        )
        result: dict[int, list[PlannedDeduction]] = {}
        for payout_id, found in rows.items():
            result[payout_id] = []
            for d in found:
                principal, service = splits.get((payout_id, d.loan_id), (0, 0))
                result[payout_id].append(
                    PlannedDeduction(
                        d.kind,
                        d.due,
                        d.amount,
                        d.loan_id,
                        loans[d.loan_id].number if d.loan_id else "",
                        principal,
                        service,
                        receipts.get((payout_id, d.loan_id), ""),
                    )
                )
        return result

    def deductions(self, slip: str) -> list[PlannedDeduction]:
        """What a slip deducted: each deduction with its loan and receipt."""
        payout = self.get(slip)
        return self.deductions_of([payout]).get(payout.id, [])

    def get(self, slip: str) -> PayoutRow:
        payout = self._store.by_slip(slip)
        if payout is None:
            raise KoperasiError("payout.not_found", slip=slip)
        return payout

    def of_sale(self, sale_number: str) -> list[PayoutRow]:
        return self._store.of_sale(self.book.sales.get(sale_number).id)

    def of_member(self, number: str) -> list[PayoutRow]:
        """Every payout to a member that stands, oldest first (for the member statement): a
        voided slip and its void cancel out, so neither is money the member received."""
        payouts = self._store.of_member(self.book.members.get(number).id)
        voided = self.book.corrections.voided_payouts([p.id for p in payouts])
        return [p for p in payouts if p.id not in voided]

    def unpaid_shares(self) -> tuple[int, int]:
        """(rupiah, members) of settled shares that no payout has paid yet."""
        return self.book._store_dashboard.unpaid_shares()

    def slip_of(self, member_id: int, payout_id: int) -> str:
        """The slip number of one of a member's payouts ("" when there is none)."""
        return next((p.slip for p in self._store.of_member(member_id) if p.id == payout_id), "")

    def of_sale_id(self, sale_id: int) -> list[PayoutRow]:
        """Every slip paid from a sale, by the sale's id (when the caller holds the row)."""
        return self._store.of_sale(sale_id)

    def of_run(self, slip: str) -> list[PayoutRow]:
        """Every slip paid in the same payout run (one journal entry) as `slip`."""
        return self._store.of_entry(self.get(slip).entry_id)
