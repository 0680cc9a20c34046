"""SAK EP arrangements of the statements (issue 14, part 5): the laporan posisi keuangan
with current and non-current assets and liabilities, and the laporan hasil usaha with the
revenue from members apart from the revenue from others.

Classification (SAK EP section 4): an asset is current when it is realised within twelve
months; a liability is current when it is settled within twelve months or payable on
demand. The default chart has no fixed assets or long-term loans yet, so every asset and
liability it holds is current; an account a book adds in the 12xx-19xx (assets) or 22xx-29xx
(liabilities) ranges counts as non-current unless listed below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.reports.rat.ledger import Group, _group
from koperasi.reports.rat.statements import balance_sheet, operations

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.reports.rat.ledger import YearLedger

CURRENT_ASSETS = frozenset({acc.CASH, acc.BANK, acc.BUYER_RECEIVABLE, acc.MEMBER_RECEIVABLE})
# Savings withdrawable on demand, harvest proceeds, SHU payable, the funds and taxes.
CURRENT_LIABILITIES = frozenset(
    {
        acc.MEMBER_HARVEST_PAYABLE,
        acc.VOLUNTARY_SAVINGS,
        acc.SHU_PAYABLE,
        acc.BOARD_FUND,
        acc.STAFF_FUND,
        acc.EDUCATION_FUND,
        acc.SOCIAL_FUND,
        acc.REGIONAL_FUND,
        acc.TAX_PAYABLE,
    }
)
# Revenue from the members' own business with the cooperative (UU 25/1992 art. 43: the
# cooperative serves its members first); the rest is revenue from others.
MEMBER_REVENUE = frozenset({acc.MARKETING_FEE_INCOME, acc.LOAN_SERVICE_INCOME})


def is_current(code: str, kind: str) -> bool:
    if kind == "asset":
        return code in CURRENT_ASSETS or code.startswith("11")
    return code in CURRENT_LIABILITIES or code.startswith("21")


@dataclass(frozen=True)
class FinancialPosition:
    year: int
    current_assets: Group
    non_current_assets: Group
    current_liabilities: Group
    non_current_liabilities: Group
    equity: Group

    @property
    def total_assets(self) -> int:
        return self.current_assets.total + self.non_current_assets.total

    @property
    def total_liabilities_and_equity(self) -> int:
        return (
            self.current_liabilities.total + self.non_current_liabilities.total + self.equity.total
        )


def financial_position(
    book: Book, year: int, ledger: YearLedger | None = None
) -> FinancialPosition:
    bs = balance_sheet(book, year, ledger)

    def split(group: Group, kind: str, current: bool) -> Group:
        key = f"{'current' if current else 'non_current'}_{group.key}"
        return _group(key, (x for x in group.lines if is_current(x.code, kind) == current))

    return FinancialPosition(
        year,
        split(bs.assets, "asset", True),
        split(bs.assets, "asset", False),
        split(bs.liabilities, "liability", True),
        split(bs.liabilities, "liability", False),
        bs.equity,
    )


@dataclass(frozen=True)
class MemberRevenue:
    year: int
    members: Group
    others: Group
    expenses: Group

    @property
    def result(self) -> int:
        return self.members.total + self.others.total - self.expenses.total


def member_revenue(book: Book, year: int, ledger: YearLedger | None = None) -> MemberRevenue:
    ops = operations(book, year, ledger)
    return MemberRevenue(
        year,
        _group("member_revenue", (x for x in ops.income.lines if x.code in MEMBER_REVENUE)),
        _group("other_revenue", (x for x in ops.income.lines if x.code not in MEMBER_REVENUE)),
        ops.expenses,
    )
