"""Posting, reversing and summing journal entries."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.journal import require_balanced, reversal_of
from koperasi.core.limits import check_rupiah
from koperasi.core.model import Account, JournalEntry
from koperasi.core.numbering import document_number

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class TrialBalanceRow:
    """An account's debit and credit totals, and its balance on its normal side."""

    code: str
    name: str
    kind: str
    debit: int
    credit: int

    @property
    def balance(self) -> int:
        return (
            self.debit - self.credit
            if self.kind in ("asset", "expense")
            else self.credit - self.debit
        )


@dataclass(frozen=True)
class TrialBalance:
    rows: tuple[TrialBalanceRow, ...]
    total_debit: int
    total_credit: int

    @property
    def balanced(self) -> bool:
        return self.total_debit == self.total_credit


# Entries posted by an operation on a record (a sale, a payout run) are part of it.
RECORD_SOURCES = frozenset({"sale", "payout", "payout_void", "member_exit"})
# Entries posted with a document of their own (a receipt, a loan, a voucher, the year's
# SHU): they are voided or corrected through that document, never reversed alone.
DOCUMENT_SOURCES = frozenset(
    {
        "savings",
        "loan",
        "loan_repayment",
        "cash",
        "shu_close",
        "shu",
        "shu_payment",
        "opening",
        "rat",
        "receivable",
    }
)
# Issue 14: an asset bought, a month's depreciation and an accrual belong to their register.
DOCUMENT_SOURCES = DOCUMENT_SOURCES | {"asset", "depreciation", "accrual"}
# Issue 10 (i10c): a leaver's kept savings paid out belong to their receipt (KK-...).
DOCUMENT_SOURCES = DOCUMENT_SOURCES | {"exit_payment"}
# Branch i14tax: a honorarium paid net of PPh 21 belongs to its bukti potong (BP-...).
DOCUMENT_SOURCES = DOCUMENT_SOURCES | {"honorarium"}

# i14gui: an asset sold or written off is reversed through its disposal.
DOCUMENT_SOURCES = DOCUMENT_SOURCES | {"asset_disposal"}


class Journal:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_journal

    @operation("journal.post", "journal")
    def post(self, entry: JournalEntry) -> tuple[int, str]:
        """Post a balanced entry inside the caller's transaction; returns (id, number).
        Nothing is posted into a closed period."""
        for line in entry.lines:  # no amount past the ceiling reaches a sum (core.limits)
            check_rupiah(line.debit or line.credit)
        require_balanced(entry)
        self.book.closing.require_open(entry.date)
        self._require_not_below_zero(entry)
        year = entry.date.year
        seq = self.book._settings.next_seq("journal", year)
        number = document_number("journal", year, seq)
        return self._store.insert(entry, number, year, seq), number

    def _require_not_below_zero(self, entry: JournalEntry) -> None:
        """Refuse an entry that would take Kas, Bank or a fund below zero on its date or on
        any later date (a back-dated payment must not empty a later day's cash either)."""
        for account in acc.NEVER_NEGATIVE:
            change = sum(ln.debit - ln.credit for ln in entry.lines if ln.account == account)
            if account not in acc.DEBIT_NORMAL:
                change = -change
            if change >= 0:
                continue
            available = self.available(account, entry.date)
            if available + change < 0:
                name = next(a.name_id for a in self.accounts() if a.code == account)
                raise KoperasiError(
                    "balance.below_zero",
                    account=f"{account} {name}",
                    date=fmt.date_short(entry.date),
                    balance=fmt.rupiah(available),
                    amount=fmt.rupiah(-change),
                    shortfall=fmt.rupiah(-(available + change)),
                )

    def available(self, account: str, date: datetime.date) -> int:
        """The most that can leave an account on a date without its balance going below zero
        then or on any later date: the lowest of its balances from that date on."""
        sign = 1 if account in acc.DEBIT_NORMAL else -1
        day = date.isoformat()
        balance, on_the_day, later = 0, 0, []
        for when, change in self._store.daily_changes(account):
            balance += sign * change
            if when > day:
                later.append(balance)
            else:
                on_the_day = balance
        return min([on_the_day, *later])

    def get(self, number: str) -> JournalEntry:
        entry = self._store.by_number(number)
        if entry is None:
            raise KoperasiError("journal.not_found", number=number)
        return entry

    @operation("journal.reverse", "journal")
    def reverse(self, number: str, reason: str, date: datetime.date | None = None) -> JournalEntry:
        """Cancel a posted entry by posting its mirror image, naming the original."""
        if not reason.strip():
            raise KoperasiError("delivery.reason_required")
        entry = self.get(number)
        if entry.reverses is not None:
            raise KoperasiError("journal.is_reversal", number=number)
        if entry.source in RECORD_SOURCES:
            # A sale's or payout's entry belongs to its record: reversing it alone would leave
            # the sale settled or the slip paid while the journal says otherwise.
            raise KoperasiError("journal.belongs_to_record", number=number)
        if entry.source in DOCUMENT_SOURCES:
            raise KoperasiError(
                "journal.belongs_to_document", number=number, document=self._document(entry)
            )
        existing = self._store.reversal_of(entry.id)
        if existing:
            raise KoperasiError("journal.already_reversed", number=number, reversal=existing)
        reversal = reversal_of(
            entry, date or self.book.today(), f"Pembalik {entry.number}: {reason.strip()}"
        )
        with self.book.atomic():
            entry_id, _ = self.post(reversal)
        return self._store.get(entry_id)

    def _document(self, entry: JournalEntry) -> str:
        """The number of the document an entry was posted by (a receipt, a loan, ...)."""
        found = None
        if entry.source == "savings":
            found = self.book._store_savings.get(entry.source_id or 0)
        elif entry.source == "loan":
            found = self.book._store_loans.get(entry.source_id or 0)
        elif entry.source == "loan_repayment":
            found = self.book._store_loans.repayment_by_id(entry.source_id or 0)
        elif entry.source == "cash":
            found = self.book._store_cash.get(entry.source_id or 0)
        if found is not None:
            return found.number
        return f"SHU {entry.source_id}" if entry.source.startswith("shu") else entry.source

    def by_id(self, entry_id: int) -> JournalEntry:
        entry = self._store.get(entry_id)
        if entry is None:
            raise KoperasiError("journal.not_found", number=f"#{entry_id}")
        return entry

    def number_of(self, entry_id: int) -> str:
        """The number of an entry by its id ("" when there is none)."""
        entry = self._store.get(entry_id)
        return entry.number if entry else ""

    def of_source(self, source: str, source_id: int) -> list[JournalEntry]:
        """The entries a record posted (a sale's, a payout run's...)."""
        return self._store.of_source(source, source_id)

    def reversal_numbers(self) -> dict[int, str]:
        """Entry id -> the number of the entry that reverses it."""
        return self._store.reversal_numbers()

    def account_sums(self, codes: list[str]) -> dict[str, tuple[int, int]]:
        """(total debit, total credit) of each account asked for."""
        return self.book._store_dashboard.account_balances(codes)

    def accounts(self) -> list[Account]:
        """The chart of accounts."""
        return self._store.accounts()

    def entries(self, start: datetime.date, end: datetime.date) -> list[JournalEntry]:
        return self._store.between(start.isoformat(), end.isoformat())

    def trial_balance(self, until: datetime.date | None = None, lang: str = "id") -> TrialBalance:
        accounts = {a.code: a for a in self._store.accounts()}
        rows = tuple(
            TrialBalanceRow(code, accounts[code].name(lang), accounts[code].kind, debit, credit)
            for code, debit, credit in self._store.account_totals(
                until.isoformat() if until else None
            )
        )
        return TrialBalance(rows, sum(r.debit for r in rows), sum(r.credit for r in rows))
