"""A member leaves the cooperative: loans settled, savings handed back, shares stopped.

On the day a member leaves, their open kasbon and loans (principal still owed plus the
service charge fallen due) are settled from their savings; when the savings do not cover
them the leaving is refused with the amount owed. What is left of simpanan pokok, wajib
and sukarela is refunded in cash or by transfer, or, when the statutes say so (the setting
`member.exit_refund` = "payable"), kept as 2110 Utang Simpanan Anggota Keluar until paid.
All of it is one journal entry; every savings movement and loan repayment keeps its own
receipt number, and the whole is printed as an exit statement (KL-2026-0001).

From the day they leave the member is inactive and shares in no SHU after that day (no
jasa modal on capital they no longer hold, no jasa usaha on later transactions).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.limits import check_date
from koperasi.core.model import JournalEntry, JournalLine, Member
from koperasi.core.numbering import document_number
from koperasi.core.savings import SAVINGS_ACCOUNTS, SAVINGS_KINDS
from koperasi.store.exits import ExitRow
from koperasi.store.loans import LoanRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

SETTING_EXIT_REFUND = "member.exit_refund"
REFUNDS = {
    "cash": "cash",
    "tunai": "cash",
    "kas": "cash",
    "bank": "transfer",
    "transfer": "transfer",
    "payable": "payable",
    "utang": "payable",
}
REFUND_ACCOUNTS = {"cash": acc.CASH, "transfer": acc.BANK, "payable": acc.EXIT_PAYABLE}


@dataclass(frozen=True)
class LoanSettlement:
    """One open loan or kasbon and what settles it on the leaving day."""

    loan: LoanRow
    principal: int
    service: int

    @property
    def total(self) -> int:
        return self.principal + self.service


@dataclass(frozen=True)
class LeavePlan:
    """What leaving on a date would do, computed before anything is written (the screen's
    confirmation states these amounts).

    Attributes:
      pokok, wajib, sukarela: the savings balances on the day.
      loans: each open loan and kasbon with the principal and service charge settling it.
      refund: "cash", "transfer" or "payable".
    """

    member: Member
    date: datetime.date
    pokok: int
    wajib: int
    sukarela: int
    loans: tuple[LoanSettlement, ...]
    refund: str

    @property
    def savings(self) -> int:
        return self.pokok + self.wajib + self.sukarela

    @property
    def loan_principal(self) -> int:
        return sum(s.principal for s in self.loans)

    @property
    def loan_service(self) -> int:
        return sum(s.service for s in self.loans)

    @property
    def owed(self) -> int:
        return self.loan_principal + self.loan_service

    @property
    def paid(self) -> int:
        """What the member receives (or is owed, for a payable): savings less loans."""
        return self.savings - self.owed

    @property
    def shortfall(self) -> int:
        return max(self.owed - self.savings, 0)


class Leaving:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_exits

    # -- settings ------------------------------------------------------------------------

    def default_refund(self) -> str:
        """How a leaving member's savings are handed back unless told: "cash", "transfer",
        or "payable" when the statutes keep them back for a while."""
        return REFUNDS.get(self.book._settings.get(SETTING_EXIT_REFUND) or "", "cash")

    @operation("member.set_exit_refund", "settings")
    def set_default_refund(self, refund: str) -> str:
        how = self._refund(refund)
        with self.book.atomic():
            self.book._settings.set_many({SETTING_EXIT_REFUND: how})
        return how

    def _refund(self, refund: str | None) -> str:
        if refund is None or not str(refund).strip():
            return self.default_refund()
        how = REFUNDS.get(str(refund).strip().lower())
        if how is None:
            raise KoperasiError("exit.bad_refund", text=str(refund))
        return how

    # -- what leaving would do --------------------------------------------------------------

    def plan(
        self, member: str, date: datetime.date | None = None, refund: str | None = None
    ) -> LeavePlan:
        """The amounts of leaving on `date` (today unless told), refusing what cannot be."""
        the_member = self.book.members.get(member)
        if not the_member.active:
            raise KoperasiError("member.inactive", number=the_member.number, name=the_member.name)
        how = self._refund(refund)
        day = check_date(date or self.book.today())
        if day > self.book.today():
            raise KoperasiError("exit.future", date=fmt.date_short(day))
        if the_member.joined and day < the_member.joined:
            raise KoperasiError(
                "member.before_joined",
                date=fmt.date_short(day),
                number=the_member.number,
                joined=fmt.date_short(the_member.joined),
            )
        savings = self.book._store_savings
        on_day = savings.balances(the_member.id, day)
        if on_day != savings.balances(the_member.id):
            raise KoperasiError(
                "exit.later_movements", number=the_member.number, date=fmt.date_short(day)
            )
        loans = []
        for loan in self.book._store_loans.all(the_member.id):
            principal_paid, _ = self.book._store_loans.repaid(loan.id)
            if loan.principal - principal_paid <= 0:
                continue
            if loan.date > day:
                raise KoperasiError(
                    "exit.later_movements", number=the_member.number, date=fmt.date_short(day)
                )
            pos = self.book.loans.position(loan.number, day)
            loans.append(LoanSettlement(loan, pos.outstanding, pos.service_due))
        return LeavePlan(
            the_member,
            day,
            on_day.get("pokok", 0),
            on_day.get("wajib", 0),
            on_day.get("sukarela", 0),
            tuple(loans),
            how,
        )

    # -- leaving -------------------------------------------------------------------------

    @operation("member.leave", "members", "savings", "loans", "journal")
    def leave(
        self,
        member: str,
        date: datetime.date | None = None,
        reason: str = "",
        refund: str | None = None,
    ) -> ExitRow:
        """The member leaves on `date`: loans settled from savings, the rest refunded (or
        kept as a payable), the member made inactive from that day. One transaction."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise KoperasiError("exit.reason_required")
        plan = self.plan(member, date, refund)
        if plan.shortfall:
            raise KoperasiError(
                "exit.owes",
                number=plan.member.number,
                name=plan.member.name,
                owed=fmt.rupiah(plan.owed),
                savings=fmt.rupiah(plan.savings),
                shortfall=fmt.rupiah(plan.shortfall),
            )
        day = self.book.closing.check_date(plan.date)
        m = plan.member
        with self.book.atomic():
            seq = self.book._settings.next_seq("exit", day.year)
            exit_id = self._store.next_id()
            number = document_number("exit", day.year, seq)
            entry_id = None
            if plan.savings or plan.owed:
                entry_id = self._post(plan, exit_id, number, reason)
            row = ExitRow(
                exit_id,
                number,
                m.id,
                day,
                reason,
                plan.refund,
                plan.pokok,
                plan.wajib,
                plan.sukarela,
                plan.loan_principal,
                plan.loan_service,
                plan.paid,
                entry_id,
            )
            self._store.insert(row, day.year, seq)
            self.book._store_members.update(replace(m, active=False, left_on=day))
        return row

    def _post(self, plan: LeavePlan, exit_id: int, number: str, reason: str) -> int:
        m, day = plan.member, plan.date
        lines = [
            JournalLine(SAVINGS_ACCOUNTS[kind], debit=amount, member_id=m.id)
            for kind, amount in zip(
                SAVINGS_KINDS, (plan.pokok, plan.wajib, plan.sukarela), strict=True
            )
            if amount
        ]
        for s in plan.loans:
            if s.principal:
                lines.append(JournalLine(acc.MEMBER_RECEIVABLE, credit=s.principal, member_id=m.id))
            if s.service:
                lines.append(JournalLine(acc.LOAN_SERVICE_INCOME, credit=s.service, member_id=m.id))
        if plan.paid:
            tag = m.id if plan.refund == "payable" else None
            lines.append(JournalLine(REFUND_ACCOUNTS[plan.refund], credit=plan.paid, member_id=tag))
        entry_id, _ = self.book.journal.post(
            JournalEntry(
                day,
                f"Anggota keluar {number} {m.number} {m.name}: {reason}",
                tuple(lines),
                source="member_exit",
                source_id=exit_id,
            )
        )
        # The movements behind the entry, each with its receipt number, so that the
        # passbook and the loan card show how the balances came to zero.
        method = "transfer" if plan.refund == "transfer" else "cash"
        memo = f"Keluar {number}" + (" (utang 2110)" if plan.refund == "payable" else "")
        next_id = self.book._store_savings.next_id()
        rows = []
        for kind, amount in zip(
            SAVINGS_KINDS, (plan.pokok, plan.wajib, plan.sukarela), strict=True
        ):
            if amount:
                rows.append(
                    self.book.savings.new_row(
                        m.id, kind, -amount, day, method, entry_id, memo=memo, row_id=next_id
                    )
                )
                next_id += 1
        self.book._store_savings.insert_many(rows)
        repayments = []
        next_repayment = self.book._store_loans.next_repayment_id()
        for s in plan.loans:
            if s.total:
                row, year, seq = self.book.loans.new_repayment(
                    s.loan, day, s.principal, s.service, method, entry_id
                )
                repayments.append((replace(row, id=next_repayment), year, seq))
                next_repayment += 1
        self.book._store_loans.insert_repayments(repayments)
        return entry_id

    # -- reading -------------------------------------------------------------------------

    def of_member(self, member: str) -> ExitRow | None:
        """How the member left, or None while they are a member."""
        return self._store.of_member(self.book.members.get(member).id)

    def get(self, number: str) -> ExitRow:
        row = self._store.by_number(number)
        if row is None:
            raise KoperasiError("exit.not_found", number=number)
        return row

    def list(self) -> list[ExitRow]:
        return self._store.all()

    def left_on(self) -> dict[int, datetime.date]:
        """{member id: the day they left} of every member who left."""
        return {m.id: m.left_on for m in self.book.members.list(False) if m.left_on is not None}
