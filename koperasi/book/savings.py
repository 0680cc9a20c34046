"""Members' savings: simpanan pokok, wajib and sukarela, each movement with its receipt.

A member's balance of each kind is the sum of their movements; the journal carries the same
amounts on 3101 Simpanan Pokok, 3102 Simpanan Wajib and 2102 Simpanan Sukarela, each line
tagged with the member. No balance ever goes below zero, at any date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.journal import reversal_of
from koperasi.core.model import JournalEntry, JournalLine, Member
from koperasi.core.numbering import document_number
from koperasi.core.savings import (
    SAVINGS_ACCOUNTS,
    SAVINGS_KINDS,
    wajib_due,
    wajib_due_moved_in,
)
from koperasi.store.opening import OpeningStore, WajibBaseline
from koperasi.store.rows import to_date
from koperasi.store.savings import SavingsRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

# How money is handed over, and the account it goes through.
MONEY_METHODS = {"cash": acc.CASH, "tunai": acc.CASH, "transfer": acc.BANK, "bank": acc.BANK}
KIND_NAMES = {"pokok": "simpanan pokok", "wajib": "simpanan wajib", "sukarela": "simpanan sukarela"}
UNCHANGED: Any = object()

SETTING_POKOK = "savings.pokok_amount"
SETTING_WAJIB = "savings.wajib_amount"
SETTING_WAJIB_START = "savings.wajib_start"
SETTING_DEDUCT_WAJIB = "payout.deduct_wajib"


@dataclass(frozen=True)
class SavingsSettings:
    """The savings rules of the statutes, as set in the book.

    Attributes:
      pokok_amount: simpanan pokok, paid once on joining (0: not set).
      wajib_amount: simpanan wajib per month (0: no mandatory savings).
      wajib_start: the month the scheme started; None: from each member's joining.
      deduct_wajib: mandatory savings due are deducted from payouts.
    """

    pokok_amount: int = 0
    wajib_amount: int = 0
    wajib_start: datetime.date | None = None
    deduct_wajib: bool = False


@dataclass(frozen=True)
class SavingsBalance:
    pokok: int = 0
    wajib: int = 0
    sukarela: int = 0

    def of(self, kind: str) -> int:
        return getattr(self, kind)

    @property
    def capital(self) -> int:
        """Pokok + wajib: the member's capital, on which jasa modal is shared."""
        return self.pokok + self.wajib

    @property
    def total(self) -> int:
        return self.pokok + self.wajib + self.sukarela


@dataclass(frozen=True)
class MemberSavings:
    """A member's balances and the mandatory savings they are behind with (tunggakan)."""

    member: Member
    balance: SavingsBalance
    wajib_due: int


@dataclass(frozen=True)
class SavingsMovement:
    """A movement and the balance of its kind right after it (a passbook line)."""

    row: SavingsRow
    balance: int


def _balance(values: dict[str, int] | None) -> SavingsBalance:
    values = values or {}
    return SavingsBalance(*(values.get(kind, 0) for kind in SAVINGS_KINDS))


def _available(movements: list[tuple[datetime.date, int]], date: datetime.date) -> int:
    """What may be taken out on `date` without the running balance ever going below zero:
    the balance at the end of that day and after every later movement, whichever is lowest."""
    lowest = sum(amount for day, amount in movements if day <= date)
    balance = 0
    for day, amount in movements:
        balance += amount
        if day > date:
            lowest = min(lowest, balance)
    return lowest


class Savings:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_savings

    # -- settings ---------------------------------------------------------------------

    def settings(self) -> SavingsSettings:
        get = self.book._settings.get
        start = get(SETTING_WAJIB_START) or ""
        return SavingsSettings(
            pokok_amount=int(get(SETTING_POKOK) or 0),
            wajib_amount=int(get(SETTING_WAJIB) or 0),
            wajib_start=to_date(start) if start else None,
            deduct_wajib=get(SETTING_DEDUCT_WAJIB) == "1",
        )

    @operation("savings.configure", "settings")
    def configure(
        self,
        pokok_amount: int | None = None,
        wajib_amount: int | None = None,
        wajib_start: datetime.date | None = UNCHANGED,
        deduct_wajib: bool | None = None,
    ) -> SavingsSettings:
        """Change the savings rules (only what is given; wajib_start=None clears the start)."""
        values: dict[str, str] = {}
        for key, amount in ((SETTING_POKOK, pokok_amount), (SETTING_WAJIB, wajib_amount)):
            if amount is not None:
                if not isinstance(amount, int) or amount < 0:
                    raise KoperasiError("input.bad_rupiah", text=str(amount))
                values[key] = str(amount)
        if wajib_start is not UNCHANGED:
            values[SETTING_WAJIB_START] = wajib_start.isoformat() if wajib_start else ""
        if deduct_wajib is not None:
            values[SETTING_DEDUCT_WAJIB] = "1" if deduct_wajib else "0"
        if values:
            with self.book.atomic():
                self.book._settings.set_many(values)
        return self.settings()

    # -- deposits, withdrawals, voids -----------------------------------------------------

    def _money_account(self, method: str) -> tuple[str, str]:
        key = (method or "").strip().lower()
        if key not in MONEY_METHODS:
            raise KoperasiError("savings.bad_method")
        account = MONEY_METHODS[key]
        return ("transfer" if account == acc.BANK else "cash"), account

    def _check_member_date(self, member: Member, date: datetime.date) -> None:
        if member.joined and date < member.joined:
            raise KoperasiError(
                "member.before_joined",
                date=fmt.date_short(date),
                number=member.number,
                joined=fmt.date_short(member.joined),
            )

    @operation("savings.new_row", "savings")
    def new_row(
        self,
        member_id: int,
        kind: str,
        amount: int,
        date: datetime.date,
        method: str,
        entry_id: int,
        payout_id: int | None = None,
        reverses: int | None = None,
        memo: str = "",
        row_id: int | None = None,
    ) -> tuple[SavingsRow, int, int]:
        """A numbered movement to insert (row, year, seq): for the services that post
        savings inside their own transaction (payouts, SHU). Call inside it."""
        seq = self.book._settings.next_seq("kwitansi", date.year)
        row = SavingsRow(
            id=row_id if row_id is not None else 0,
            number=document_number("kwitansi", date.year, seq),
            date=date,
            member_id=member_id,
            kind=kind,
            amount=amount,
            method=method,
            payout_id=payout_id,
            reverses=reverses,
            entry_id=entry_id,
            memo=memo,
        )
        return row, date.year, seq

    def _post_one(
        self,
        member: Member,
        kind: str,
        amount: int,
        date: datetime.date,
        method: str,
        money_account: str,
        memo: str,
        description: str,
        reverses: SavingsRow | None = None,
    ) -> SavingsRow:
        account = SAVINGS_ACCOUNTS[kind]
        with self.book.atomic():
            row_id = self._store.next_id()
            row, year, seq = self.new_row(
                member.id,
                kind,
                amount,
                date,
                method,
                0,
                reverses=reverses.id if reverses else None,
                memo=memo,
                row_id=row_id,
            )
            text = f"{description} {row.number} {member.number} {member.name}"
            if reverses is not None:
                original = self.book._store_journal.get(reverses.entry_id)
                entry = reversal_of(original, date, text)
                entry = JournalEntry(
                    entry.date,
                    entry.description,
                    entry.lines,
                    source="savings",
                    source_id=row_id,
                    reverses=original.id,
                )
            else:
                money = JournalLine(money_account, debit=amount) if amount > 0 else None
                lines = (
                    (money, JournalLine(account, credit=amount, member_id=member.id))
                    if money
                    else (
                        JournalLine(account, debit=-amount, member_id=member.id),
                        JournalLine(money_account, credit=-amount),
                    )
                )
                entry = JournalEntry(date, text, lines, source="savings", source_id=row_id)
            entry_id, _ = self.book.journal.post(entry)
            self._store.insert(replace(row, entry_id=entry_id), year, seq)
        return self._store.get(row_id)  # type: ignore[return-value]

    @operation("savings.deposit", "savings", "journal")
    def deposit(
        self,
        member: str,
        kind: str,
        amount: int | None = None,
        date: datetime.date | None = None,
        method: str = "cash",
        memo: str = "",
    ) -> SavingsRow:
        """A deposit with its receipt (kwitansi). Simpanan pokok is paid once, by default
        the amount set in the book."""
        kind = (kind or "").strip().lower()
        if kind not in SAVINGS_KINDS:
            raise KoperasiError("savings.bad_kind")
        the_member = self.book.members.get(member)
        if not the_member.active:
            raise KoperasiError("member.inactive", number=the_member.number, name=the_member.name)
        method, money_account = self._money_account(method)
        if kind == "pokok":
            paid = self._store.balances(the_member.id).get("pokok", 0)
            if paid > 0:
                raise KoperasiError(
                    "savings.pokok_paid",
                    number=the_member.number,
                    name=the_member.name,
                    amount=fmt.rupiah(paid),
                )
            if amount is None:
                amount = self.settings().pokok_amount
                if amount <= 0:
                    raise KoperasiError("savings.pokok_not_set")
        if amount is None or amount <= 0:
            raise KoperasiError("savings.amount_positive")
        day = self.book.closing.check_date(date)
        self._check_member_date(the_member, day)
        return self._post_one(
            the_member,
            kind,
            amount,
            day,
            method,
            money_account,
            (memo or "").strip(),
            f"Setoran {KIND_NAMES[kind]}",
        )

    def _require_available(
        self, member: Member, kind: str, amount: int, date: datetime.date
    ) -> None:
        available = _available(self._store.running(member.id, kind), date)
        if amount > available:
            raise KoperasiError(
                "savings.insufficient",
                kind=kind,
                number=member.number,
                name=member.name,
                date=fmt.date_short(date),
                balance=fmt.rupiah(max(available, 0)),
                amount=fmt.rupiah(amount),
            )

    @operation("savings.withdraw", "savings", "journal")
    def withdraw(
        self,
        member: str,
        amount: int,
        date: datetime.date | None = None,
        method: str = "cash",
        kind: str = "sukarela",
        memo: str = "",
    ) -> SavingsRow:
        """A withdrawal of voluntary savings, never more than the balance (at that date and
        at every later movement)."""
        kind = (kind or "").strip().lower()
        if kind not in SAVINGS_KINDS:
            raise KoperasiError("savings.bad_kind")
        if kind != "sukarela":
            raise KoperasiError("savings.withdraw_sukarela_only")
        the_member = self.book.members.get(member)
        method, money_account = self._money_account(method)
        if amount is None or amount <= 0:
            raise KoperasiError("savings.amount_positive")
        day = self.book.closing.check_date(date)
        self._check_member_date(the_member, day)
        self._require_available(the_member, kind, amount, day)
        return self._post_one(
            the_member,
            kind,
            -amount,
            day,
            method,
            money_account,
            (memo or "").strip(),
            f"Penarikan {KIND_NAMES[kind]}",
        )

    @operation("savings.void", "savings", "journal")
    def void(self, number: str, reason: str, date: datetime.date | None = None) -> SavingsRow:
        """Void a deposit or withdrawal made by mistake: a new receipt for the opposite
        amount, naming the original, with the mirror image of its journal entry. Movements
        made by a payout or an SHU payment belong to those and are not voided here."""
        if not (reason or "").strip():
            raise KoperasiError("delivery.reason_required")
        row = self.get(number)
        if row.method in ("payout", "shu"):
            source = "slip pembayaran" if row.method == "payout" else "pembayaran SHU"
            raise KoperasiError("savings.not_voidable", number=row.number, source=source)
        if row.reverses is not None:
            raise KoperasiError("savings.is_void", number=row.number)
        voided = self._store.voided_by(row.id)
        if voided:
            raise KoperasiError("savings.already_void", number=row.number, void=voided)
        day = self.book.closing.check_date(date)
        if day < row.date:
            raise KoperasiError("input.bad_date", text=fmt.date_short(day))
        member = self.book.members.by_id(row.member_id)
        if row.amount > 0:
            self._require_available(member, row.kind, row.amount, day)
        return self._post_one(
            member,
            row.kind,
            -row.amount,
            day,
            row.method,
            "",
            f"Pembatalan {row.number}: {reason.strip()}",
            f"Pembatalan {KIND_NAMES[row.kind]} {row.number}:",
            reverses=row,
        )

    # -- reading -------------------------------------------------------------------------

    def get(self, number: str) -> SavingsRow:
        row = self._store.by_number(number)
        if row is None:
            raise KoperasiError("savings.not_found", number=number)
        return row

    def by_id(self, savings_id: int) -> SavingsRow:
        row = self._store.get(savings_id)
        if row is None:
            raise KoperasiError("savings.not_found", number=f"#{savings_id}")
        return row

    def find(self, number: str) -> SavingsRow | None:
        """The movement with this receipt number, or None (the kwitansi series is shared with
        loan repayments, so a miss is no error)."""
        return self._store.by_number(number)

    def voided_by(self, savings_id: int) -> str:
        """The number of the movement that voids this one ("" when it stands)."""
        return self._store.voided_by(savings_id) or ""

    def balances(self, member: str, on: datetime.date | None = None) -> SavingsBalance:
        """A member's balance of each kind, on a date (inclusive) or now."""
        return _balance(self._store.balances(self.book.members.get(member).id, on))

    def totals(self) -> SavingsBalance:
        """The cooperative's total of each kind (what 3101, 3102 and 2102 carry)."""
        return _balance(self._store.totals_by_kind())

    def _wajib_due(
        self,
        member: Member,
        on: datetime.date,
        paid: int,
        s: SavingsSettings,
        baseline: WajibBaseline | None = None,
    ) -> int:
        if baseline is not None and on >= baseline.date:
            # Brought in from the old books with its arrears (moving in, issue 12).
            return wajib_due_moved_in(
                baseline.date, baseline.arrears, baseline.paid, s.wajib_start, on,
                max(0, s.wajib_amount), paid, member.left_on,
            )  # fmt: skip
        if s.wajib_amount <= 0 or member.joined is None:
            return 0
        return wajib_due(member.joined, s.wajib_start, on, s.wajib_amount, paid, member.left_on)

    def _baselines(self, member_ids: Iterable[int] | None = None) -> dict[int, WajibBaseline]:
        return OpeningStore(self.book._db).baselines(member_ids)

    def wajib_due(self, member: str, on: datetime.date | None = None) -> int:
        """Mandatory savings a member is behind with on a date (this month's included)."""
        the_member = self.book.members.get(member)
        on = on or self.book.today()
        paid = self._store.balances(the_member.id, on).get("wajib", 0)
        baseline = self._baselines([the_member.id]).get(the_member.id)
        return self._wajib_due(the_member, on, paid, self.settings(), baseline)

    def wajib_dues(self, members: Iterable[Member], on: datetime.date) -> dict[int, int]:
        """{member id: mandatory savings due on a date} for many members at once (payouts)."""
        members = list(members)
        s = self.settings()
        baselines = self._baselines()
        if s.wajib_amount <= 0 and not baselines:
            return {}
        paid = self._store.kind_totals([m.id for m in members], "wajib", on)
        return {
            m.id: self._wajib_due(m, on, paid.get(m.id, 0), s, baselines.get(m.id)) for m in members
        }

    def overview(
        self, on: datetime.date | None = None, active: bool | None = None
    ) -> list[MemberSavings]:
        """Every member's balances and mandatory savings due, in register order."""
        on = on or self.book.today()
        s = self.settings()
        balances = self._store.all_balances(on)
        baselines = self._baselines()
        found = []
        for member in self.book.members.list(active):
            balance = _balance(balances.get(member.id))
            due = self._wajib_due(member, on, balance.wajib, s, baselines.get(member.id))
            found.append(MemberSavings(member, balance, due))
        return found

    def arrears(self, on: datetime.date | None = None) -> list[MemberSavings]:
        """The members behind with their mandatory savings (tunggakan simpanan wajib)."""
        return [m for m in self.overview(on) if m.wajib_due > 0]

    def movements(
        self, member: str, start: datetime.date | None = None, end: datetime.date | None = None
    ) -> list[SavingsMovement]:
        """A member's passbook: each movement in a period and its kind's balance after it."""
        the_member = self.book.members.get(member)
        running = (
            dict(self._store.balances(the_member.id, start - datetime.timedelta(days=1)))
            if start
            else {}
        )
        found = []
        for row in self._store.of_member(the_member.id, start, end):
            running[row.kind] = running.get(row.kind, 0) + row.amount
            found.append(SavingsMovement(row, running[row.kind]))
        return found
