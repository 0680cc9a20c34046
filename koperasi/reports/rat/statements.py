"""The RAT report's statements: the balance sheet (neraca), the statement of operations
(perhitungan hasil usaha), the cash flow (arus kas) and the changes in equity."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.reports.header import Header, header_of
from koperasi.reports.rat.ledger import (
    AccountAmount,
    Group,
    YearLedger,
    _group,
    _normal,
    year_end,
    year_ledger,
    year_start,
)

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.store.annual import MoneyMovement

# -- balance sheet (neraca) -------------------------------------------------------------


@dataclass(frozen=True)
class BalanceSheet:
    """The neraca at the end of `year` (amount) and of the year before (previous).

    Attributes:
      assets, liabilities, equity: accounts with a balance in either year, in code order;
        equity ends with the computed result lines when income and expenses are not closed.
      unclosed / previous_unclosed: income − expenses over all journal lines up to the
        date, i.e. the surplus not yet closed into equity (0 once the year is closed).
    """

    header: Header
    year: int
    as_of: datetime.date
    previous_as_of: datetime.date
    assets: Group
    liabilities: Group
    equity: Group
    unclosed: int
    previous_unclosed: int

    @property
    def liabilities_and_equity(self) -> int:
        return self.liabilities.total + self.equity.total

    @property
    def previous_liabilities_and_equity(self) -> int:
        return self.liabilities.previous_total + self.equity.previous_total

    @property
    def balanced(self) -> bool:
        return (
            self.assets.total == self.liabilities_and_equity
            and self.assets.previous_total == self.previous_liabilities_and_equity
        )


def balance_sheet(book: Book, year: int, ledger: YearLedger | None = None) -> BalanceSheet:
    """The neraca at 31 December of `year` beside the year before: each account's balance
    as the trial balance of that day has it."""
    header = header_of(book)
    ledger = ledger or year_ledger(book)
    now, before = ledger.balances(year), ledger.balances(year - 1)

    def lines(kind: str) -> list[AccountAmount]:
        return [
            AccountAmount(a.code, a.name(header.lang), now[a.code], before[a.code])
            for a in ledger.accounts
            if a.kind == kind and (now[a.code] or before[a.code])
        ]

    unclosed = ledger.result(ledger.totals(year))
    previous_unclosed = ledger.result(ledger.totals(year - 1))
    # Of what is not closed, the part earned in the year itself is its "SHU tahun berjalan";
    # anything left over was earned in earlier years that were never closed.
    in_year = ledger.result(ledger.movements(year))
    in_year_before = ledger.result(ledger.movements(year - 1))
    equity = lines("equity")
    if in_year or in_year_before:
        equity.append(AccountAmount("", "", in_year, in_year_before, key="current_result"))
    earlier, earlier_before = unclosed - in_year, previous_unclosed - in_year_before
    if earlier or earlier_before:
        equity.append(AccountAmount("", "", earlier, earlier_before, key="earlier_result"))
    return BalanceSheet(
        header=header,
        year=year,
        as_of=year_end(year),
        previous_as_of=year_end(year - 1),
        assets=_group("assets", lines("asset")),
        liabilities=_group("liabilities", lines("liability")),
        equity=_group("equity", equity),
        unclosed=unclosed,
        previous_unclosed=previous_unclosed,
    )


# -- statement of operations (perhitungan hasil usaha) -------------------------------------


@dataclass(frozen=True)
class Operations:
    """Income and expenses of `year` (amount) and the year before (previous), from the
    journal lines dated in each year, the year-end closing entry left out.

    Attributes:
      turnover / previous_turnover: the collective sales' gross (omzet), for information;
        it is the members' money, not the cooperative's income.
      sales / previous_sales: how many sales made that turnover.
    """

    header: Header
    year: int
    income: Group
    expenses: Group
    turnover: int
    previous_turnover: int
    sales: int
    previous_sales: int

    @property
    def surplus(self) -> int:
        return self.income.total - self.expenses.total

    @property
    def previous_surplus(self) -> int:
        return self.income.previous_total - self.expenses.previous_total


def operations(book: Book, year: int, ledger: YearLedger | None = None) -> Operations:
    """Income and expense accounts of `year` and the year before, without the year-end
    closing entries (CLOSING_SOURCE), which would empty them."""
    header = header_of(book)
    ledger = ledger or year_ledger(book)
    now, before = ledger.movements(year, closing=False), ledger.movements(year - 1, closing=False)

    def lines(kind: str) -> list[AccountAmount]:
        found = []
        for account in ledger.accounts:
            if account.kind != kind:
                continue
            amount, previous = (
                _normal(kind, *now[account.code]),
                _normal(kind, *before[account.code]),
            )
            if amount or previous:
                found.append(
                    AccountAmount(account.code, account.name(header.lang), amount, previous)
                )
        return found

    def turnover(y: int) -> tuple[int, int]:
        rows = book.annual.sales_by_month(year_start(y), year_end(y))
        return sum(r[4] for r in rows), sum(r[2] for r in rows)

    gross, count = turnover(year)
    gross_before, count_before = turnover(year - 1)
    return Operations(
        header=header,
        year=year,
        income=_group("income", lines("income")),
        expenses=_group("expenses", lines("expense")),
        turnover=gross,
        previous_turnover=gross_before,
        sales=count,
        previous_sales=count_before,
    )


# -- cash flow (arus kas) ---------------------------------------------------------------

# What moved the money, by the source of the journal entry: (the flow a debit on Kas or
# Bank belongs to, the flow a credit belongs to). A flow has one natural side (IN or OUT);
# a movement on its other side (a voided receipt, a reversed voucher) nets against it.
FLOW_OF_SOURCE: dict[str, tuple[str, str]] = {
    "sale": ("sales", "sale_costs"),
    "payout": ("payouts", "payouts"),
    "savings": ("savings_in", "savings_out"),
    "loan": ("loans_out", "loans_out"),
    "loan_repayment": ("loans_in", "loans_in"),
    "shu_payment": ("shu_paid", "shu_paid"),
    "asset": ("asset_purchase", "asset_purchase"),
    "asset_disposal": ("asset_sale", "asset_sale"),  # i14gui: an asset sold
}
IN, OUT = "in", "out"
FLOW_SIDE: dict[str, str] = {
    "sales": IN,
    "savings_in": IN,
    "loans_in": IN,
    "cash_income": IN,
    "other_in": IN,
    "sale_costs": OUT,
    "payouts": OUT,
    "savings_out": OUT,
    "loans_out": OUT,
    "cash_expense": OUT,
    "shu_paid": OUT,
    "other_out": OUT,
    "asset_purchase": OUT,
    "asset_sale": IN,
    # A long-term loan (22xx) received or repaid through the cash book (issue 14).
    "borrowing_in": IN,
    "borrowing_out": OUT,
}
DETAILED = ("cash_income", "cash_expense", "other_in", "other_out", "borrowing_in", "borrowing_out")
FLOW_ORDER = tuple(FLOW_SIDE)


@dataclass(frozen=True)
class CashFlowLine:
    """One cause of money in or out of Kas + Bank in the year.

    Attributes:
      key: the flow ("sales", "payouts", "cash_expense", ...; see FLOW_SIDE).
      detail: the cash-book category (in the report's language), or for "other_in" /
        "other_out" the journal source; "" otherwise.
      amount: on the flow's own side: money in for an inflow, out for an outflow.
    """

    key: str
    detail: str
    amount: int


@dataclass(frozen=True)
class CashFlow:
    """Kas + Bank over the year: opening + total_in − total_out = closing, exactly.

    Attributes:
      transfers: money moved between Kas and Bank in the year; it changes neither total,
        so it is shown for information and is in neither inflows nor outflows.
    """

    header: Header
    year: int
    opening_cash: int
    opening_bank: int
    closing_cash: int
    closing_bank: int
    inflows: tuple[CashFlowLine, ...]
    outflows: tuple[CashFlowLine, ...]
    transfers: int

    @property
    def opening(self) -> int:
        return self.opening_cash + self.opening_bank

    @property
    def closing(self) -> int:
        return self.closing_cash + self.closing_bank

    @property
    def total_in(self) -> int:
        return sum(line.amount for line in self.inflows)

    @property
    def total_out(self) -> int:
        return sum(line.amount for line in self.outflows)

    @property
    def net(self) -> int:
        return self.total_in - self.total_out

    @property
    def ties(self) -> bool:
        return self.opening + self.total_in - self.total_out == self.closing


def _flow_keys(movement: MoneyMovement, lang: str) -> tuple[str, str, str]:
    """(flow of a debit, flow of a credit, detail) of one entry's money lines."""
    if movement.cash_kind in ("income", "expense"):
        key = "cash_income" if movement.cash_kind == "income" else "cash_expense"
        if movement.account.startswith("22"):
            key = "borrowing_in" if movement.cash_kind == "income" else "borrowing_out"
        name = movement.category_en if lang == "en" and movement.category_en else movement.category
        return key, key, name
    if movement.source in FLOW_OF_SOURCE:
        debit_key, credit_key = FLOW_OF_SOURCE[movement.source]
        if movement.reversal:
            # A voided deposit takes money out, but it undoes a deposit: it nets against
            # the deposits rather than counting as a withdrawal.
            debit_key, credit_key = credit_key, debit_key
        return debit_key, credit_key, ""
    return "other_in", "other_out", movement.source


def cash_flow(book: Book, year: int, ledger: YearLedger | None = None) -> CashFlow:
    """Kas + Bank at the start and end of `year`, and every journal line on them in the
    year grouped by what caused it (its entry's source, a cash-book voucher's category)."""
    header = header_of(book)
    ledger = ledger or year_ledger(book)
    before, after = ledger.balances(year - 1), ledger.balances(year)

    flows: dict[tuple[str, str], int] = {}
    transfers = 0
    for movement in book.annual.money_movements(year_start(year), year_end(year)):
        if movement.only_money:
            # Kas to Bank or back: what left one came into the other.
            transfers += movement.debit
            continue
        debit_key, credit_key, detail = _flow_keys(movement, header.lang)
        for key, amount, side in (
            (debit_key, movement.debit, IN),
            (credit_key, movement.credit, OUT),
        ):
            if not amount:
                continue
            slot = (
                key,
                detail if key in DETAILED else "",
            )
            signed = amount if FLOW_SIDE[key] == side else -amount
            flows[slot] = flows.get(slot, 0) + signed

    def ordered(side: str) -> tuple[CashFlowLine, ...]:
        return tuple(
            CashFlowLine(key, detail, amount)
            for (key, detail), amount in sorted(
                flows.items(), key=lambda item: (FLOW_ORDER.index(item[0][0]), item[0][1].lower())
            )
            if FLOW_SIDE[key] == side and amount
        )

    return CashFlow(
        header=header,
        year=year,
        opening_cash=before.get(acc.CASH, 0),
        opening_bank=before.get(acc.BANK, 0),
        closing_cash=after.get(acc.CASH, 0),
        closing_bank=after.get(acc.BANK, 0),
        inflows=ordered(IN),
        outflows=ordered(OUT),
        transfers=transfers,
    )


# -- changes in equity (perubahan ekuitas) ---------------------------------------------------


@dataclass(frozen=True)
class EquityLine:
    """An equity account over the year: opening + increases − decreases = closing.

    Attributes:
      key: "current_surplus" when the SHU Tahun Berjalan line includes surplus not yet
        closed into the account (at the start or the end of the year), else "".
    """

    code: str
    name: str
    opening: int
    increases: int
    decreases: int
    closing: int
    key: str = ""


@dataclass(frozen=True)
class EquityChanges:
    header: Header
    year: int
    lines: tuple[EquityLine, ...]

    @property
    def opening(self) -> int:
        return sum(x.opening for x in self.lines)

    @property
    def increases(self) -> int:
        return sum(x.increases for x in self.lines)

    @property
    def decreases(self) -> int:
        return sum(x.decreases for x in self.lines)

    @property
    def closing(self) -> int:
        return sum(x.closing for x in self.lines)


def equity_changes(book: Book, year: int, ledger: YearLedger | None = None) -> EquityChanges:
    """Each equity account over the year. SHU Tahun Berjalan (3301) includes the surplus
    not yet closed into it, as the balance sheet shows it: its increase is the year's
    result, its decrease the distribution; closing the year only moves the result from the
    income and expense accounts into 3301, within this line, so it shows as neither."""
    header = header_of(book)
    ledger = ledger or year_ledger(book)
    before, after = ledger.balances(year - 1), ledger.balances(year)
    movements = ledger.movements(year)
    without_closing = ledger.movements(year, closing=False)
    result = ledger.result(without_closing)
    unclosed_before = ledger.result(ledger.totals(year - 1))
    unclosed = ledger.result(ledger.totals(year))
    lines = []
    for account in ledger.accounts:
        if account.kind != "equity":
            continue
        code = account.code
        opening, closing = before[code], after[code]
        debit, credit = movements[code]
        key = ""
        if code == acc.CURRENT_SURPLUS:
            debit, credit = without_closing[code]
            credit += max(result, 0)
            debit += max(-result, 0)
            if unclosed_before or unclosed:
                key = "current_surplus"
            opening += unclosed_before
            closing += unclosed
            # A closing entry that touched more than income, expenses and 3301 would leave
            # a difference here; it is shown rather than hidden, so the line still adds up.
            rest = closing - opening - credit + debit
            credit += max(rest, 0)
            debit += max(-rest, 0)
        if opening or debit or credit or closing:
            lines.append(
                EquityLine(code, account.name(header.lang), opening, credit, debit, closing, key)
            )
    return EquityChanges(header, year, tuple(lines))
