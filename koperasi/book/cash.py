"""The cash book (buku kas): other income and expenses by category, transfers between Kas
and Bank, balances, and the cash book of a period with its running balance.

Each income or expense is a voucher (bukti kas, KS-2026-000001) posted to the account of its
category: income Dr Kas/Bank, Cr the category's account; expense Dr the category's account,
Cr Kas/Bank. A voucher entered by mistake is voided by a new voucher naming it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.journal import reversal_of
from koperasi.core.model import JournalEntry, JournalLine, Member
from koperasi.core.numbering import document_number
from koperasi.store.cash import CashCategory, CashEntryRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

MONEY = {"kas": acc.CASH, "cash": acc.CASH, "tunai": acc.CASH, "bank": acc.BANK}
MONEY_ACCOUNTS = (acc.CASH, acc.BANK)
CASH_KINDS = ("income", "expense")
KIND_WORDS = {"income": "pemasukan", "expense": "pengeluaran"}
# Accounts kept per member or by their own records: a category may not post to them.
RESERVED_ACCOUNTS = frozenset(
    {
        acc.CASH,
        acc.BANK,
        acc.BUYER_RECEIVABLE,
        acc.MEMBER_RECEIVABLE,
        acc.MEMBER_HARVEST_PAYABLE,
        acc.VOLUNTARY_SAVINGS,
        acc.SHU_PAYABLE,
        acc.PRINCIPAL_SAVINGS,
        acc.MANDATORY_SAVINGS,
        acc.CURRENT_SURPLUS,
        # Equity the year end and the RAT post to (issue 14): never a cash-book category.
        acc.RESERVE,
        acc.UNDISTRIBUTED_SURPLUS,
        acc.DEFICIT,
    }
)


# Issue 14: kept by their registers (fixed assets, the allowance, accrued service).
RESERVED_ACCOUNTS = RESERVED_ACCOUNTS | {
    acc.SERVICE_RECEIVABLE,
    acc.ALLOWANCE,
    acc.FIXED_ASSETS,
    acc.ACCUMULATED_DEPRECIATION,
}
# i14gui: a gain or loss on disposal is posted by the disposal itself (book.disposals).
RESERVED_ACCOUNTS = RESERVED_ACCOUNTS | {acc.DISPOSAL_GAIN, acc.DISPOSAL_LOSS}


def money_account(name: str) -> str:
    """'kas'/'cash' → 1101, 'bank' → 1102 (the codes themselves are accepted too)."""
    key = (name or "").strip().lower()
    if key in MONEY:
        return MONEY[key]
    if key in MONEY_ACCOUNTS:
        return key
    raise KoperasiError("cash.bad_money_account")


@dataclass(frozen=True)
class CashBookLine:
    """One movement of a money account: in (debit) or out (credit), and the balance after it.

    Attributes:
      entry_number: the journal entry (JU-...); its description names the document.
      source: what posted it ("sale", "payout", "savings", "loan", "cash", ...).
    """

    date: datetime.date
    entry_number: str
    description: str
    source: str
    received: int
    paid: int
    balance: int


@dataclass(frozen=True)
class CashBook:
    """The cash book of a money account for a period, ready to print: every figure computed."""

    account: str
    account_name: str
    start: datetime.date
    end: datetime.date
    opening: int
    lines: tuple[CashBookLine, ...]
    total_received: int
    total_paid: int
    closing: int


class Cash:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_cash

    # -- categories -------------------------------------------------------------------

    def categories(self, active: bool | None = True) -> list[CashCategory]:
        return self._store.categories(active)

    def category(self, name: str) -> CashCategory:
        found = self._store.category_by_name(name or "")
        if found is None:
            raise KoperasiError("cash.category_not_found", name=name)
        return found

    def _check_account(self, account: str) -> str:
        account = (account or "").strip()
        known = {a.code: a for a in self.book._store_journal.accounts()}
        equity = account in known and known[account].kind == "equity"  # never (issue 14)
        if account not in known or account in RESERVED_ACCOUNTS or equity:
            raise KoperasiError("cash.category_bad_account", account=account)
        return account

    @operation("cash.add_category", "cash")
    def add_category(
        self, name_id: str, kind: str, account: str, name_en: str = ""
    ) -> CashCategory:
        """A new category of other income or expense, posted to `account`."""
        name = " ".join((name_id or "").split())
        if not name:
            raise KoperasiError("input.required", field="name")
        kind = (kind or "").strip().lower()
        if kind not in CASH_KINDS:
            raise KoperasiError("cash.bad_kind")
        account = self._check_account(account)
        if self._store.category_by_name(name) is not None:
            raise KoperasiError("cash.category_exists", name=name)
        with self.book.atomic():
            category_id = self._store.insert_category(
                CashCategory(0, name, " ".join((name_en or "").split()), kind, account)
            )
        return self._store.category(category_id)  # type: ignore[return-value]

    @operation("cash.edit_category", "cash")
    def edit_category(
        self,
        name: str,
        name_id: str | None = None,
        name_en: str | None = None,
        account: str | None = None,
        active: bool | None = None,
    ) -> CashCategory:
        """Rename, re-map or retire a category. What was posted stays as it was."""
        category = self.category(name)
        changes: dict = {}
        if name_id is not None:
            new_name = " ".join(name_id.split())
            if not new_name:
                raise KoperasiError("input.required", field="name")
            other = self._store.category_by_name(new_name)
            if other is not None and other.id != category.id:
                raise KoperasiError("cash.category_exists", name=new_name)
            changes["name_id"] = new_name
        if name_en is not None:
            changes["name_en"] = " ".join(name_en.split())
        if account is not None:
            changes["account"] = self._check_account(account)
        if active is not None:
            changes["active"] = active
        updated = replace(category, **changes)
        with self.book.atomic():
            self._store.update_category(updated)
        return updated

    # -- vouchers -----------------------------------------------------------------------

    def _post(
        self,
        row: CashEntryRow,
        lines: tuple[JournalLine, ...],
        description: str,
        reverses: CashEntryRow | None = None,
    ) -> CashEntryRow:
        with self.book.atomic():
            seq = self.book._settings.next_seq("cash", row.date.year)
            row_id = self._store.next_id()
            row = replace(row, id=row_id, number=document_number("cash", row.date.year, seq))
            text = f"{row.number} {description}"
            if reverses is not None:
                original = self.book._store_journal.get(reverses.entry_id)
                mirror = reversal_of(original, row.date, text)
                entry = JournalEntry(
                    row.date, text, mirror.lines, "cash", row_id, reverses=original.id
                )
            else:
                entry = JournalEntry(row.date, text, lines, source="cash", source_id=row_id)
            entry_id, _ = self.book.journal.post(entry)
            self._store.insert(replace(row, entry_id=entry_id), row.date.year, seq)
        return self._store.get(row_id)  # type: ignore[return-value]

    @operation("cash.record", "cash", "journal")
    def record(
        self,
        kind: str,
        category: str,
        amount: int,
        description: str,
        date: datetime.date | None = None,
        money: str = "kas",
        member: str | None = None,
    ) -> CashEntryRow:
        """Other income or an expense, paid into or out of Kas (or Bank). An income entry
        may name the member who bought (their purchases from the cooperative, a basis of
        jasa usaha: book.yearend)."""
        kind = (kind or "").strip().lower()
        if kind not in CASH_KINDS:
            raise KoperasiError("cash.bad_kind")
        the_category = self.category(category)
        if not the_category.active:
            raise KoperasiError("cash.category_inactive", name=the_category.name_id)
        if the_category.kind != kind:
            raise KoperasiError(
                "cash.category_kind",
                name=the_category.name_id,
                kind=KIND_WORDS[the_category.kind],
                wanted=KIND_WORDS[kind],
            )
        if amount is None or amount <= 0:
            raise KoperasiError("cash.amount_positive")
        text = " ".join((description or "").split())
        if not text:
            raise KoperasiError("cash.description_required")
        account = money_account(money)
        day = self.book.closing.check_date(date)
        if kind == "income":
            lines = (
                JournalLine(account, debit=amount),
                JournalLine(the_category.account, credit=amount),
            )
        else:
            lines = (
                JournalLine(the_category.account, debit=amount),
                JournalLine(account, credit=amount),
            )
        buyer = None
        if member is not None and str(member).strip():
            if kind != "income":
                raise KoperasiError("i14shu.member_income_only")
            buyer = self.book.members.get(str(member).strip())
        row = CashEntryRow(0, "", day, kind, the_category.id, amount, account, None, text, None, 0)
        if buyer is None:
            return self._post(row, lines, f"{the_category.name_id}: {text}")
        with self.book.atomic():
            posted = self._post(row, lines, f"{the_category.name_id}: {text} ({buyer.number})")
            self._store.insert_member(posted.id, buyer.id)
        return posted

    @operation("cash.income", "cash", "journal")
    def income(
        self,
        category: str,
        amount: int,
        description: str,
        date: datetime.date | None = None,
        money: str = "kas",
        member: str | None = None,
    ) -> CashEntryRow:
        return self.record("income", category, amount, description, date, money, member)

    @operation("cash.expense", "cash", "journal")
    def expense(
        self,
        category: str,
        amount: int,
        description: str,
        date: datetime.date | None = None,
        money: str = "kas",
    ) -> CashEntryRow:
        return self.record("expense", category, amount, description, date, money)

    @operation("cash.transfer", "cash", "journal")
    def transfer(
        self,
        from_account: str,
        amount: int,
        date: datetime.date | None = None,
        description: str = "",
    ) -> CashEntryRow:
        """Money moved between Kas and Bank (cash deposited at the bank, or withdrawn)."""
        source = money_account(from_account)
        target = acc.BANK if source == acc.CASH else acc.CASH
        if amount is None or amount <= 0:
            raise KoperasiError("cash.amount_positive")
        day = self.book.closing.check_date(date)
        text = " ".join((description or "").split()) or (
            "Setor kas ke bank" if source == acc.CASH else "Tarik tunai dari bank"
        )
        lines = (JournalLine(target, debit=amount), JournalLine(source, credit=amount))
        row = CashEntryRow(0, "", day, "transfer", None, amount, source, target, text, None, 0)
        return self._post(row, lines, text)

    @operation("cash.void", "cash", "journal")
    def void(self, number: str, reason: str, date: datetime.date | None = None) -> CashEntryRow:
        """Void a voucher entered by mistake with a new voucher, dated in an open period, whose
        journal entry is the mirror image of the original's."""
        if not (reason or "").strip():
            raise KoperasiError("delivery.reason_required")
        original = self.get(number)
        if original.reverses is not None:
            raise KoperasiError("cash.is_void", number=original.number)
        voided = self._store.voided_by(original.id)
        if voided:
            raise KoperasiError("cash.already_void", number=original.number, void=voided)
        day = self.book.closing.check_date(date)
        if day < original.date:
            raise KoperasiError("input.bad_date", text=fmt.date_short(day))
        row = replace(original, id=0, number="", date=day, reverses=original.id, entry_id=0)
        row = replace(row, description=f"Pembatalan {original.number}: {reason.strip()}")
        return self._post(row, (), row.description, reverses=original)

    # -- reading ------------------------------------------------------------------------

    def get(self, number: str) -> CashEntryRow:
        row = self._store.by_number(number)
        if row is None:
            raise KoperasiError("cash.not_found", number=number)
        return row

    def buyer(self, number: str) -> Member | None:
        """The member named as the buyer on an income entry, if any (issue 14)."""
        member_id = self._store.member_of(self.get(number).id)
        return self.book.members.by_ids([member_id])[member_id] if member_id else None

    def entries(self, start: datetime.date, end: datetime.date) -> list[CashEntryRow]:
        """The cash-book vouchers of a period (other income, expenses, transfers, voids)."""
        return self._store.between(start, end)

    def balances(self, on: datetime.date | None = None) -> dict[str, int]:
        """{1101: Kas, 1102: Bank}: what each held at the end of a day (or now)."""
        return {account: self._store.balance(account, on) for account in MONEY_ACCOUNTS}

    def cash_book(
        self,
        start: datetime.date,
        end: datetime.date,
        account: str = "kas",
        lang: str = "id",
    ) -> CashBook:
        """The cash book of Kas or Bank for a period: the opening balance, every movement
        (whatever posted it: sales, payouts, savings, loans, vouchers) with the balance after
        it, the totals and the closing balance."""
        if start > end:
            raise KoperasiError(
                "cash.bad_period", start=fmt.date_short(start), end=fmt.date_short(end)
            )
        code = money_account(account)
        opening = self._store.balance(code, start - datetime.timedelta(days=1))
        balance = opening
        lines = []
        for m in self._store.money_lines(code, start, end):
            balance += m.debit - m.credit
            received, paid = max(m.debit - m.credit, 0), max(m.credit - m.debit, 0)
            lines.append(
                CashBookLine(
                    m.date, m.entry_number, m.description, m.source, received, paid, balance
                )
            )
        name = next(a.name(lang) for a in self.book._store_journal.accounts() if a.code == code)
        total_received = sum(line.received for line in lines)
        total_paid = sum(line.paid for line in lines)
        return CashBook(
            code,
            name,
            start,
            end,
            opening,
            tuple(lines),
            total_received,
            total_paid,
            opening + total_received - total_paid,
        )
