"""SAK EP arrangements of the statements (issue 14, part 5): the laporan posisi keuangan
with current and non-current assets and liabilities, the laporan hasil usaha with the
revenue from members apart from the revenue from others, the laporan arus kas by activity
(direct method) and the notes (catatan atas laporan keuangan, CALK), each beside the year
before.

Classification (SAK EP section 4): an asset is current when it is realised within twelve
months; a liability is current when it is settled within twelve months or payable on
demand. Fixed assets (1301) and their accumulated depreciation (1309) are non-current; the
allowance for doubtful loans (1209) is current, with the receivable it reduces. Accounts a
book adds (core.chart) are classed by their parent: receivables (12xx) and current
liabilities (21xx) current, long-term liabilities (22xx) non-current.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.core.collectibility import CLASSES
from koperasi.reports.header import Header, header_of
from koperasi.reports.rat.ledger import AccountAmount, Group, _group, year_end, year_ledger
from koperasi.reports.rat.statements import (
    FLOW_ORDER,
    FLOW_SIDE,
    IN,
    EquityLine,
    balance_sheet,
    cash_flow,
    operations,
)

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.assets import AllowanceStatus, AssetStatus
    from koperasi.book.honoraria import Pph21Line
    from koperasi.book.ppn import PpnLine
    from koperasi.book.tax import TaxLine
    from koperasi.book.yearend import RatDecision
    from koperasi.reports.rat.ledger import YearLedger

CURRENT_ASSETS = frozenset(
    {
        acc.CASH,
        acc.BANK,
        acc.BUYER_RECEIVABLE,
        acc.MEMBER_RECEIVABLE,
        acc.SERVICE_RECEIVABLE,
        acc.ALLOWANCE,
    }
)
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
    """Money and receivables (11xx, 12xx) are current assets; current liabilities are 21xx.
    Fixed assets (13xx) and long-term liabilities (22xx, e.g. a bank loan) are not."""
    if kind == "asset":
        return code in CURRENT_ASSETS or code[:2] in ("11", "12")
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

    @property
    def total_liabilities(self) -> int:
        return self.current_liabilities.total + self.non_current_liabilities.total

    @property
    def previous_total_assets(self) -> int:
        return self.current_assets.previous_total + self.non_current_assets.previous_total

    @property
    def previous_total_liabilities(self) -> int:
        return self.current_liabilities.previous_total + self.non_current_liabilities.previous_total

    @property
    def previous_total_liabilities_and_equity(self) -> int:
        return self.previous_total_liabilities + self.equity.previous_total

    @property
    def balanced(self) -> bool:
        return (
            self.total_assets == self.total_liabilities_and_equity
            and self.previous_total_assets == self.previous_total_liabilities_and_equity
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

    @property
    def previous_result(self) -> int:
        return (
            self.members.previous_total + self.others.previous_total - self.expenses.previous_total
        )

    @property
    def revenue(self) -> int:
        return self.members.total + self.others.total

    @property
    def previous_revenue(self) -> int:
        return self.members.previous_total + self.others.previous_total


def member_revenue(book: Book, year: int, ledger: YearLedger | None = None) -> MemberRevenue:
    ops = operations(book, year, ledger)
    return MemberRevenue(
        year,
        _group("member_revenue", (x for x in ops.income.lines if x.code in MEMBER_REVENUE)),
        _group("other_revenue", (x for x in ops.income.lines if x.code not in MEMBER_REVENUE)),
        ops.expenses,
    )


# -- cash flow by activity (laporan arus kas, direct method) -----------------------------------

# SAK EP section 7: operating, investing and financing activities. Lending to members is the
# cooperative's savings-and-loan business, so loans granted and repaid are operating, as
# are the members' harvest proceeds it collects and pays out. The members' savings and the
# SHU paid to them finance the cooperative. Buying fixed assets is investing.
ACTIVITIES = ("operating", "investing", "financing")
ACTIVITY_OF_FLOW = {
    "sales": "operating",
    "sale_costs": "operating",
    "payouts": "operating",
    "loans_in": "operating",
    "loans_out": "operating",
    "cash_income": "operating",
    "cash_expense": "operating",
    "other_in": "operating",
    "other_out": "operating",
    "savings_in": "financing",
    "savings_out": "financing",
    "shu_paid": "financing",
    "asset_purchase": "investing",
    "asset_sale": "investing",
    "borrowing_in": "financing",
    "borrowing_out": "financing",
}


@dataclass(frozen=True)
class ActivityLine:
    """Money received (positive) or paid (negative) for one cause, in the year and the
    year before; key and detail as in statements.CashFlowLine."""

    key: str
    detail: str
    amount: int
    previous: int


@dataclass(frozen=True)
class Activity:
    key: str  # "operating", "investing", "financing"
    lines: tuple[ActivityLine, ...]

    @property
    def total(self) -> int:
        return sum(x.amount for x in self.lines)

    @property
    def previous_total(self) -> int:
        return sum(x.previous for x in self.lines)


@dataclass(frozen=True)
class CashFlowByActivity:
    """Kas + Bank over the year by activity: opening + net = closing, in both years."""

    year: int
    activities: tuple[Activity, ...]
    opening: int
    closing: int
    previous_opening: int
    previous_closing: int
    transfers: int

    @property
    def net(self) -> int:
        return sum(a.total for a in self.activities)

    @property
    def previous_net(self) -> int:
        return sum(a.previous_total for a in self.activities)

    @property
    def ties(self) -> bool:
        return (
            self.opening + self.net == self.closing
            and self.previous_opening + self.previous_net == self.previous_closing
        )


def cash_flow_by_activity(
    book: Book, year: int, ledger: YearLedger | None = None
) -> CashFlowByActivity:
    """The year's money movements (statements.cash_flow) and the year before's, each line
    signed (in +, out −) and grouped by activity."""
    ledger = ledger or year_ledger(book)
    now, before = cash_flow(book, year, ledger), cash_flow(book, year - 1, ledger)
    amounts: dict[tuple[str, str], list[int]] = {}
    for index, flow in enumerate((now, before)):
        for line in (*flow.inflows, *flow.outflows):
            signed = line.amount if FLOW_SIDE[line.key] == IN else -line.amount
            amounts.setdefault((line.key, line.detail), [0, 0])[index] += signed
    ordered = sorted(amounts.items(), key=lambda i: (FLOW_ORDER.index(i[0][0]), i[0][1].lower()))
    activities = tuple(
        Activity(
            activity,
            tuple(
                ActivityLine(key, detail, a, p)
                for (key, detail), (a, p) in ordered
                if ACTIVITY_OF_FLOW[key] == activity and (a or p)
            ),
        )
        for activity in ACTIVITIES
    )
    return CashFlowByActivity(
        year,
        activities,
        now.opening,
        now.closing,
        before.opening,
        before.closing,
        now.transfers,
    )


# -- notes to the statements (catatan atas laporan keuangan, CALK) ------------------------------


@dataclass(frozen=True)
class LoanClass:
    key: str  # core.collectibility.CLASSES
    count: int
    outstanding: int
    previous_count: int
    previous_outstanding: int


@dataclass(frozen=True)
class Notes:
    """The figures the notes explain, each at the end of the year and of the year before.

    Attributes:
      closed: the year is closed (close --year or the older SHU posting).
      shu_posted: the surplus was split by the statutes with the older SHU posting.
      result / previous_result: the SHU of each year (after income tax).
      cash, receivables, savings: the balance-sheet lines the notes break down.
      loans: the members' loans by collectibility.
      funds: the SHU payable and the funds (2103-2108) over the year.
      decision: the RAT's standing decision on the year, if any.
      tax: the year's tax summary (book.tax.year); regime: "final" or "normal".
      honoraria: the board's and supervisors' honoraria (related parties), both years.
      fixed_assets: cost and accumulated depreciation (their total the book value);
        assets: each asset at the year end; allowance: what the loans call for and what
        1209 holds at the year end; accrued: loan service was accrued in the year.
    """

    header: Header
    year: int
    closed: bool
    shu_posted: bool
    result: int
    previous_result: int
    cash: Group
    receivables: Group
    loans: tuple[LoanClass, ...]
    savings: Group
    funds: tuple[EquityLine, ...]
    decision: RatDecision | None
    tax: TaxLine
    registered_year: int
    pkp: bool
    honoraria: AccountAmount
    capital_basis: str
    fixed_assets: Group
    assets: tuple[AssetStatus, ...]
    allowance: AllowanceStatus
    accrued: bool
    # Branch i14tax: PPh 21 withheld on honoraria in the year (None when there was none),
    # and PPN keluaran computed for a PKP.
    pph21: Pph21Line | None = None
    ppn: PpnLine | None = None

    @property
    def loans_total(self) -> int:
        return sum(x.outstanding for x in self.loans)

    @property
    def previous_loans_total(self) -> int:
        return sum(x.previous_outstanding for x in self.loans)


FUND_ACCOUNTS = (
    acc.SHU_PAYABLE,
    acc.BOARD_FUND,
    acc.STAFF_FUND,
    acc.EDUCATION_FUND,
    acc.SOCIAL_FUND,
    acc.REGIONAL_FUND,
)
SAVINGS_ACCOUNTS = (acc.PRINCIPAL_SAVINGS, acc.MANDATORY_SAVINGS, acc.VOLUNTARY_SAVINGS)


def notes(book: Book, year: int, ledger: YearLedger | None = None) -> Notes:
    header = header_of(book)
    ledger = ledger or year_ledger(book)
    bs = balance_sheet(book, year, ledger)
    ops = operations(book, year, ledger)
    lines = {x.code: x for x in (*bs.assets.lines, *bs.liabilities.lines, *bs.equity.lines)}

    def pick(key: str, codes: tuple[str, ...]) -> Group:
        return _group(key, (lines[c] for c in codes if c in lines))

    now = book.loans.collectibility(year_end(year))
    before = book.loans.collectibility(year_end(year - 1))
    loans = tuple(LoanClass(k, *now[k], *before[k]) for k in CLASSES)
    opening, closing = ledger.balances(year - 1), ledger.balances(year)
    movements = ledger.movements(year)
    names = {a.code: a.name(header.lang) for a in ledger.accounts}
    funds = tuple(
        EquityLine(
            code,
            names[code],
            opening[code],
            movements[code][1],
            movements[code][0],
            closing[code],
        )
        for code in FUND_ACCOUNTS
        if code in names and (opening[code] or closing[code] or any(movements[code]))
    )
    honoraria = next(
        (x for x in ops.expenses.lines if x.code == acc.HONORARIUM_EXPENSE),
        AccountAmount(acc.HONORARIUM_EXPENSE, names.get(acc.HONORARIUM_EXPENSE, ""), 0, 0),
    )
    profile = book.tax.profile()
    pph21 = book.honoraria.line(year)
    return Notes(
        header=header,
        year=year,
        closed=book.yearend.is_closed(year),
        shu_posted=book.annual.has_shu_tables() and book.shu.is_posted(year),
        result=ops.surplus,
        previous_result=ops.previous_surplus,
        cash=pick("cash", (acc.CASH, acc.BANK)),
        receivables=pick(
            "receivables", (acc.BUYER_RECEIVABLE, acc.MEMBER_RECEIVABLE, acc.SERVICE_RECEIVABLE)
        ),
        loans=loans,
        savings=pick("savings", SAVINGS_ACCOUNTS),
        funds=funds,
        decision=book.yearend.decision(year),
        tax=book.tax.year(year),
        registered_year=profile.registered_year,
        pkp=profile.pkp,
        honoraria=honoraria,
        capital_basis=book.yearend.capital_basis(),
        fixed_assets=pick("fixed_assets", (acc.FIXED_ASSETS, acc.ACCUMULATED_DEPRECIATION)),
        assets=tuple(book.assets.list(year_end(year))),
        allowance=book.assets.allowance(year_end(year)),
        accrued=any(movements.get(acc.SERVICE_RECEIVABLE, (0, 0))),
        pph21=pph21 if (pph21.count or pph21.paid or pph21.payable) else None,
        ppn=book.ppn.line(year) if profile.pkp else None,
    )
