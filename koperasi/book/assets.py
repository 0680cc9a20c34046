"""Fixed assets (aset tetap) with straight-line depreciation posted monthly, and the
allowance for doubtful loans by collectibility (issue 14).

Buying an asset: Dr 1301 Aset Tetap, Cr Kas or Bank (source 'asset'), an investing cash
flow. Each month after: Dr 5107 Beban Penyusutan, Cr 1309 Akumulasi Penyusutan, one entry
for every asset (source 'depreciation', id yyyymm), so the SHU is after depreciation as
UU 25/1992 art. 45 wants it.

The allowance (penyisihan) at a month end is what the loans' collectibility calls for
(core.collectibility.ALLOWANCE_BP); posting it books the difference from the balance of
1209: Dr 5108 Beban Penyisihan Piutang, Cr 1209 (or back, when less is needed), source
'allowance', id yyyymmdd.

Loan service accrued at a month end: the service charge fallen due and not yet paid on
the loans still performing (lancar, kurang lancar; a doubtful or lost loan's service is
recognised only when paid): Dr 1203 Piutang Jasa Pinjaman, Cr 4102, reversed on the next
day, so that the repayment that pays it (credited to 4102 as received) does not count it
twice. Source 'accrual', id yyyymmdd.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.loans import plan_of as plan_of_loan
from koperasi.book.loans import position_of
from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.assets import accumulated, check_asset, for_month
from koperasi.core.collectibility import (
    ALLOWANCE_BP,
    CLASSES,
    allowance,
    collectibility,
    days_overdue,
)
from koperasi.core.errors import KoperasiError
from koperasi.core.journal import reversal_of
from koperasi.core.model import JournalEntry, JournalLine
from koperasi.store.asset_disposals import DisposalRow, DisposalStore
from koperasi.store.assets import AssetRow, AssetStore

if TYPE_CHECKING:
    from koperasi.book.book import Book

MONEY = {"kas": acc.CASH, "cash": acc.CASH, "bank": acc.BANK}


def month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)


@dataclass(frozen=True)
class AssetStatus:
    """An asset at a day: depreciation accumulated by then and its book value."""

    row: AssetRow
    accumulated: int
    # Sold or written off by the day (i14gui): its depreciation stopped with that month,
    # and it is off the balance sheet; book_value is then its value when it left.
    disposal: DisposalRow | None = None

    @property
    def book_value(self) -> int:
        return self.row.cost - self.accumulated


@dataclass(frozen=True)
class AllowanceLine:
    key: str  # collectibility class
    loans: int
    outstanding: int
    rate_bp: int
    required: int


@dataclass(frozen=True)
class AllowanceStatus:
    """The allowance at a day: what each class calls for, what 1209 holds."""

    on: datetime.date
    lines: tuple[AllowanceLine, ...]
    balance: int

    @property
    def required(self) -> int:
        return sum(x.required for x in self.lines)

    @property
    def adjustment(self) -> int:
        """What posting would add (negative: release)."""
        return self.required - self.balance


class Assets:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = AssetStore(book._db)

    # -- the register ---------------------------------------------------------------------

    @operation("asset.add", "assets", "journal")
    def add(
        self,
        name: str,
        cost: int,
        date: datetime.date | None = None,
        life_months: int = 48,
        residual: int = 0,
        money: str = "kas",
    ) -> AssetStatus:
        """Record an asset bought, paid from Kas or Bank."""
        name = (name or "").strip()
        if not name:
            raise KoperasiError("asset.no_name")
        check_asset(cost, residual, life_months)
        account = MONEY.get((money or "").strip().lower())
        if account is None:
            raise KoperasiError("asset.bad_money")
        day = self.book.closing.check_date(date)
        last = self._posted_until(self.book.today())
        if last is not None and day <= last:
            # Its months up to there would never be depreciated.
            raise KoperasiError("asset.after_depreciation", date=fmt.date_short(last))
        number = f"AT-{self._store.count() + 1:04d}"
        with self.book.atomic():
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    day,
                    f"Pembelian aset tetap {number}: {name}",
                    (
                        JournalLine(acc.FIXED_ASSETS, debit=cost),
                        JournalLine(account, credit=cost),
                    ),
                    source="asset",
                    source_id=self._store.count() + 1,
                )
            )
            self._store.insert(number, name, day, cost, residual, life_months, account, entry_id)
        return self.list(day)[-1]

    def list(self, on: datetime.date | None = None) -> list[AssetStatus]:
        """Assets acquired by the day, each with depreciation accumulated by the end of the
        last month posted up to then (as the journal has it, month by month)."""
        if not self._store.has_table():
            return []
        on = on or self.book.today()
        rows = self._store.all(on)
        posted_until = self._posted_until(on)
        gone = DisposalStore(self.book._db).active(on)
        return [
            AssetStatus(r, gone[r.id].accumulated, gone[r.id])
            if r.id in gone
            else AssetStatus(
                r,
                accumulated(r.cost, r.residual, r.life_months, r.acquired, posted_until)
                if posted_until
                else 0,
            )
            for r in rows
        ]

    def _posted_until(self, on: datetime.date) -> datetime.date | None:
        """The last month end on or before `on` whose depreciation is posted (months are
        posted in order, so all before it are too)."""
        found = None
        for row in self._store.all(on):
            start = row.acquired
            day = month_end(start.year, start.month)
            while day <= on:
                if self._posted(day):
                    found = day if found is None or day > found else found
                day = month_end(day.year + (day.month == 12), day.month % 12 + 1)
            break
        return found

    def _posted(self, day: datetime.date) -> bool:
        return bool(self.book.journal.of_source("depreciation", day.year * 100 + day.month))

    # -- depreciation ---------------------------------------------------------------------

    def due(self, year: int, month: int) -> int:
        """The depreciation of a month over every asset."""
        end = month_end(year, month)
        # An asset sold or written off by the month's end is depreciated no more: its
        # disposal entry carries the month it left (i14gui).
        gone = DisposalStore(self.book._db).active(end)
        return sum(
            for_month(r.cost, r.residual, r.life_months, r.acquired, end)
            for r in self._store.all(end)
            if r.id not in gone
        )

    def require_depreciated(self, until: datetime.date) -> None:
        """Refuse when a month up to `until` has depreciation due and not posted: the year
        is closed after its depreciation, or its SHU would be too high."""
        rows = self._store.all(until) if self._store.has_table() else []
        if not rows:
            return
        first = min(r.acquired for r in rows)
        day = month_end(first.year, first.month)
        while day <= until:
            if self.due(day.year, day.month) and not self._posted(day):
                raise KoperasiError("asset.not_depreciated", month=day.month, year=day.year)
            day = month_end(day.year + (day.month == 12), day.month % 12 + 1)

    def pending(self, until_year: int, until_month: int) -> list[tuple[datetime.date, int]]:
        """(month end, amount) of every month's depreciation due and not yet posted, up to
        the given month: what `depreciate` would post, without posting it."""
        until = month_end(until_year, until_month)
        rows = self._store.all(until) if self._store.has_table() else []
        found: list[tuple[datetime.date, int]] = []
        if rows:
            first = min(r.acquired for r in rows)
            day = month_end(first.year, first.month)
            while day <= until:
                amount = self.due(day.year, day.month)
                if amount and not self._posted(day):
                    found.append((day, amount))
                day = month_end(day.year + (day.month == 12), day.month % 12 + 1)
        return found

    @operation("asset.depreciate", "assets", "journal")
    def depreciate(self, until_year: int, until_month: int) -> list[tuple[datetime.date, int]]:
        """Post every month's depreciation not yet posted, from the first asset's month up
        to the given month (which must be over); returns (month end, amount) posted."""
        until = month_end(until_year, until_month)
        if until >= self.book.today():
            raise KoperasiError("asset.month_not_over", month=until_month, year=until_year)
        with self.book.atomic():
            posted = self.pending(until_year, until_month)
            for day, amount in posted:
                self.book.journal.post(
                    JournalEntry(
                        day,
                        f"Penyusutan aset tetap {day.month:02d}/{day.year}",
                        (
                            JournalLine(acc.DEPRECIATION_EXPENSE, debit=amount),
                            JournalLine(acc.ACCUMULATED_DEPRECIATION, credit=amount),
                        ),
                        source="depreciation",
                        source_id=day.year * 100 + day.month,
                    )
                )
        if not posted:
            raise KoperasiError("asset.nothing_to_depreciate", month=until_month, year=until_year)
        return posted

    # -- the allowance for doubtful loans --------------------------------------------------

    def allowance(self, on: datetime.date) -> AllowanceStatus:
        classes = self.book.loans.collectibility(on)
        lines = tuple(
            AllowanceLine(
                key,
                classes[key][0],
                classes[key][1],
                ALLOWANCE_BP[key],
                allowance(classes[key][1], key),
            )
            for key in CLASSES
        )
        balance = self.book._store_yearend.account_balance(acc.ALLOWANCE, on)
        return AllowanceStatus(on, lines, balance)

    def _check_month_end(self, on: datetime.date) -> None:
        if (on + datetime.timedelta(days=1)).day != 1:
            raise KoperasiError("allowance.not_month_end", year=on.year)
        if on >= self.book.today():
            raise KoperasiError("allowance.not_over", date=fmt.date_short(on))

    @operation("allowance.post", "journal")
    def post_allowance(self, on: datetime.date) -> AllowanceStatus:
        """Book the allowance a month end calls for: the difference from what 1209 holds."""
        self._check_month_end(on)
        source_id = on.year * 10_000 + on.month * 100 + on.day
        if self.book.journal.of_source("allowance", source_id):
            raise KoperasiError("allowance.posted", date=fmt.date_short(on))
        status = self.allowance(on)
        change = status.adjustment
        if change == 0:
            raise KoperasiError(
                "allowance.nothing", date=fmt.date_short(on), amount=fmt.rupiah(status.required)
            )
        lines = (
            (
                JournalLine(acc.ALLOWANCE_EXPENSE, debit=change),
                JournalLine(acc.ALLOWANCE, credit=change),
            )
            if change > 0
            else (
                JournalLine(acc.ALLOWANCE, debit=-change),
                JournalLine(acc.ALLOWANCE_EXPENSE, credit=-change),
            )
        )
        with self.book.atomic():
            self.book.journal.post(
                JournalEntry(
                    on,
                    f"Penyisihan piutang pinjaman per {fmt.date_short(on)} menurut kolektibilitas",
                    lines,
                    source="allowance",
                    source_id=source_id,
                )
            )
        return self.allowance(on)

    # -- loan service accrued -----------------------------------------------------------------

    def accrual(self, on: datetime.date) -> tuple[int, int]:
        """(loans, service) fallen due by the day and unpaid on performing loans."""
        loans = amount = 0
        for loan, principal_paid, service_paid in self.book._store_loans.loans_on(on):
            days = days_overdue(loan.kind, loan.date, plan_of_loan(loan), principal_paid, on)
            if collectibility(days) not in ("lancar", "kurang_lancar"):
                continue
            due = position_of(loan, principal_paid, service_paid, on).service_due
            if due:
                loans, amount = loans + 1, amount + due
        return loans, amount

    @operation("loan.accrue", "journal")
    def accrue(self, on: datetime.date) -> tuple[int, int]:
        """Post a month end's accrued loan service and its reversal on the next day."""
        self._check_month_end(on)
        source_id = on.year * 10_000 + on.month * 100 + on.day
        if self.book.journal.of_source("accrual", source_id):
            raise KoperasiError("accrual.posted", date=fmt.date_short(on))
        loans, amount = self.accrual(on)
        if not amount:
            raise KoperasiError("accrual.nothing", date=fmt.date_short(on))
        with self.book.atomic():
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    on,
                    f"Jasa pinjaman yang masih harus diterima per {fmt.date_short(on)}",
                    (
                        JournalLine(acc.SERVICE_RECEIVABLE, debit=amount),
                        JournalLine(acc.LOAN_SERVICE_INCOME, credit=amount),
                    ),
                    source="accrual",
                    source_id=source_id,
                )
            )
            entry = self.book.journal.by_id(entry_id)
            next_day = on + datetime.timedelta(days=1)
            self.book.journal.post(
                reversal_of(entry, next_day, f"Pembalik {entry.number}: jasa pinjaman akrual")
            )
        return loans, amount
