"""The cooperative's income tax (issue 14): its profile, the monthly PPh final under
PP 55/2022 posted to Utang Pajak (2109) and paid through the cash book ('Setor pajak'),
PPh badan for a year under the normal regime, and a summary per month and year.

Posting: Dr 5901 Beban Pajak Penghasilan, Cr 2109 Utang Pajak, dated the month's (or the
year's) last day; the tax expense is an expense of the year, so the SHU closed into equity
and decided by the RAT is after tax.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.model import JournalEntry, JournalLine
from koperasi.core.tax import REGIMES, corporate_tax, final_eligible, final_tax
from koperasi.store.tax import TaxStore

if TYPE_CHECKING:
    from koperasi.book.book import Book

SETTING_PROFILE = "tax.profile"
# Bank interest is taxed final at source (PPh 4(2)); it is not the cooperative's turnover.
NOT_TURNOVER = (acc.BANK_INTEREST_INCOME,)


@dataclass(frozen=True)
class TaxProfile:
    regime: str = "final"  # 'final' (PP 55/2022 while eligible) or 'normal'
    registered_year: int = 0  # the year the cooperative registered for tax (NPWP)
    pkp: bool = False  # registered for VAT (PPN); recorded, not computed


@dataclass(frozen=True)
class TaxLine:
    """A month (1-12) or the year (month 0): turnover, the tax base, tax due, what was
    posted, paid, and Utang Pajak at the end of the period."""

    year: int
    month: int
    regime: str
    turnover: int
    base: int
    due: int
    posted: int
    paid: int
    payable: int


def _month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    start = datetime.date(year, month, 1)
    end = datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)
    return start, end


class Tax:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = TaxStore(book._db)

    def profile(self) -> TaxProfile:
        text = self.book._settings.get(SETTING_PROFILE)
        return TaxProfile(**json.loads(text)) if text else TaxProfile()

    @operation("tax.set_profile", "settings")
    def set_profile(self, regime: str, registered_year: int, pkp: bool = False) -> TaxProfile:
        if regime not in REGIMES:
            raise KoperasiError("tax.bad_regime", regime=regime)
        if not 1900 <= registered_year <= 2200:
            raise KoperasiError("tax.bad_year", year=registered_year)
        profile = TaxProfile(regime, registered_year, bool(pkp))
        with self.book.atomic():
            self.book._settings.set_many({SETTING_PROFILE: json.dumps(profile.__dict__)})
        return profile

    def regime(self, year: int) -> str:
        """'final' while the profile chooses it and the year is within the eligible years."""
        p = self.profile()
        if p.regime == "final" and final_eligible(year, p.registered_year or year):
            return "final"
        return "normal"

    # -- figures ------------------------------------------------------------------------

    def month(self, year: int, month: int) -> TaxLine:
        if not 1 <= month <= 12:
            raise KoperasiError("tax.bad_month", month=month)
        start, end = _month_bounds(year, month)
        regime = self.regime(year)
        turnover = self._store.turnover(start, end, NOT_TURNOVER)
        due = final_tax(turnover) if regime == "final" else 0
        paid, posted = self._store.movements(acc.TAX_PAYABLE, start, end)
        debit, credit = self._store.movements(acc.TAX_PAYABLE, datetime.date.min, end)
        base = turnover if regime == "final" else 0
        return TaxLine(year, month, regime, turnover, base, due, posted, paid, credit - debit)

    def year(self, year: int) -> TaxLine:
        start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        regime = self.regime(year)
        turnover = self._store.turnover(start, end, NOT_TURNOVER)
        if regime == "final":
            months = [self.month(year, m) for m in range(1, 13)]
            base, due = turnover, sum(m.due for m in months)
        else:
            income, expenses = self.book.shu.figures(year)
            # Taxable income = the year's result before income tax (no fiscal corrections).
            base = sum(a.amount for a in income if a.code not in NOT_TURNOVER) - sum(
                a.amount for a in expenses if a.code != acc.INCOME_TAX_EXPENSE
            )
            due = corporate_tax(base, turnover)
        paid, posted = self._store.movements(acc.TAX_PAYABLE, start, end)
        debit, credit = self._store.movements(acc.TAX_PAYABLE, datetime.date.min, end)
        return TaxLine(year, 0, regime, turnover, max(base, 0), due, posted, paid, credit - debit)

    # -- posting ------------------------------------------------------------------------

    @operation("tax.post_month", "journal")
    def post_month(self, year: int, month: int) -> TaxLine:
        """Post a month's PPh final (PP 55/2022) to Utang Pajak, dated its last day."""
        line = self.month(year, month)
        if line.regime != "final":
            raise KoperasiError("tax.not_final", year=year)
        end = _month_bounds(year, month)[1]
        if end >= self.book.today():
            raise KoperasiError("tax.month_not_over", month=month, year=year)
        if self._store.posted(year * 100 + month):
            raise KoperasiError("tax.posted", month=month, year=year)
        if line.due > 0:
            with self.book.atomic():
                self.book.journal.post(
                    JournalEntry(
                        end,
                        f"PPh final PP 55/2022 {month:02d}/{year}: 0,5 % x {line.turnover}",
                        (
                            JournalLine(acc.INCOME_TAX_EXPENSE, debit=line.due),
                            JournalLine(acc.TAX_PAYABLE, credit=line.due),
                        ),
                        source="tax",
                        source_id=year * 100 + month,
                    )
                )
        return self.month(year, month)

    @operation("tax.post_year", "journal")
    def post_year(self, year: int) -> TaxLine:
        """Post a year's PPh badan (normal regime) to Utang Pajak, dated 31 December, before
        the year is closed; the PPh final months of a final-regime year are posted instead."""
        line = self.year(year)
        if line.regime != "normal":
            raise KoperasiError("tax.is_final", year=year)
        if self._store.posted(year * 100):
            raise KoperasiError("tax.posted", month=12, year=year)
        if line.due > 0:
            with self.book.atomic():
                self.book.journal.post(
                    JournalEntry(
                        datetime.date(year, 12, 31),
                        f"PPh badan {year} (pasal 17 dan 31E)",
                        (
                            JournalLine(acc.INCOME_TAX_EXPENSE, debit=line.due),
                            JournalLine(acc.TAX_PAYABLE, credit=line.due),
                        ),
                        source="tax",
                        source_id=year * 100,
                    )
                )
        return self.year(year)
