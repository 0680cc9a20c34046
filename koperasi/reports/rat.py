"""The board's annual report to the members' meeting (laporan pertanggungjawaban pengurus
untuk rapat anggota tahunan, RAT): every part's figures, computed from the book.

Parts, each built on its own and bundled by rat_report():

- balance_sheet: the neraca at 31 December of the year and of the year before.
- operations: the perhitungan hasil usaha (income and expenses of the year, and the year before).
- cash_flow: Kas and Bank at the start and end of the year, and what moved them.
- equity_changes: each equity account's opening, increases, decreases and closing.
- shu_list: the year's surplus split, and each member's part with how it was paid.
- member_stats: members at the start and end, who joined and left, by gender and village.
- commodity_months: each commodity's monthly volume and average price.

Every amount is an integer sum of journal lines or of the book's tables: nothing rounds
except an average price, which rounds once, half up, to the hundredth of a rupiah.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.core.model import Account
from koperasi.core.shu import DEFAULT_SHU_SPLIT_BP, SHU_PARTS, check_split, distribute
from koperasi.core.units import CENTS_PER_RUPIAH, GRAMS_PER_KG, round_half_up_div
from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book
    from koperasi.store.annual import MoneyMovement

# The source of the year-end closing entry that moves the year's income and expenses into
# SHU Tahun Berjalan (3301). The statement of operations leaves it out, or it would show
# every income and expense account at zero once the year is closed.
CLOSING_SOURCE = "shu_close"

PARTS = ("neraca", "phu", "arus-kas", "ekuitas", "shu", "anggota", "komoditas")


def year_start(year: int) -> datetime.date:
    return datetime.date(year, 1, 1)


def year_end(year: int) -> datetime.date:
    return datetime.date(year, 12, 31)


def average_price_cents(gross: int, sold_grams: int) -> int | None:
    """What buyers paid per kg (hundredths of a rupiah, half up), or None without weight."""
    if sold_grams <= 0:
        return None
    return round_half_up_div(gross * CENTS_PER_RUPIAH * GRAMS_PER_KG, sold_grams)


# -- shared shapes --------------------------------------------------------------------


@dataclass(frozen=True)
class AccountAmount:
    """One line of a statement: an account (or a computed line) in the year and the year before.

    Attributes:
      code: the account code, or "" for a computed line.
      key: "" for an account; for a computed line what it is: "current_result" (the year's
        surplus not yet closed into SHU Tahun Berjalan) or "earlier_result" (earlier years'
        surplus never closed).
      amount / previous: on the account's normal side (negative when it stands on the other).
    """

    code: str
    name: str
    amount: int
    previous: int
    key: str = ""


@dataclass(frozen=True)
class Group:
    """A group of lines with its totals in both years ("assets", "income", ...)."""

    key: str
    lines: tuple[AccountAmount, ...]
    total: int
    previous_total: int


def _group(key: str, lines: Iterable[AccountAmount]) -> Group:
    kept = tuple(lines)
    return Group(key, kept, sum(x.amount for x in kept), sum(x.previous for x in kept))


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


@dataclass(frozen=True)
class YearLedger:
    """The journal summed by year and account, read once for all the parts of a report.

    Attributes:
      accounts: the chart of accounts, in code order.
      sums: (year, account) → (debits, credits, closing debits, closing credits), the last
        two of the year-end closing entries alone (source CLOSING_SOURCE).
    """

    accounts: tuple[Account, ...]
    sums: dict[tuple[int, str], tuple[int, int, int, int]]

    def kind(self, code: str) -> str:
        return next(a.kind for a in self.accounts if a.code == code)

    def movements(self, year: int, closing: bool = True) -> dict[str, tuple[int, int]]:
        """{account: (debits, credits)} of the entries dated in `year`; without the
        year-end closing entry when `closing` is False."""
        found = {}
        for a in self.accounts:
            debit, credit, closing_debit, closing_credit = self.sums.get(
                (year, a.code), (0, 0, 0, 0)
            )
            if not closing:
                debit, credit = debit - closing_debit, credit - closing_credit
            found[a.code] = (debit, credit)
        return found

    def totals(self, year: int) -> dict[str, tuple[int, int]]:
        """{account: (debits, credits)} of every entry up to 31 December of `year`."""
        found = {a.code: (0, 0) for a in self.accounts}
        for (y, code), (debit, credit, _, _) in self.sums.items():
            if y <= year and code in found:
                d, c = found[code]
                found[code] = (d + debit, c + credit)
        return found

    def balances(self, year: int) -> dict[str, int]:
        """Each account's balance at 31 December of `year`, on its normal side: the trial
        balance of that day."""
        return {code: _normal(self.kind(code), d, c) for code, (d, c) in self.totals(year).items()}

    def result(self, sums: dict[str, tuple[int, int]]) -> int:
        """Income − expenses over {account: (debits, credits)}."""
        kinds = {a.code: a.kind for a in self.accounts}
        return sum(c - d for code, (d, c) in sums.items() if kinds[code] in ("income", "expense"))


def _normal(kind: str, debit: int, credit: int) -> int:
    return debit - credit if kind in ("asset", "expense") else credit - debit


def year_ledger(book: Book) -> YearLedger:
    """The journal summed by year and account, in one pass (see AnnualStore)."""
    sums: dict[tuple[int, str], tuple[int, int, int, int]] = {}
    for year, code, closing, debit, credit in book.annual.movements_by_year(CLOSING_SOURCE):
        d, c, cd, cc = sums.get((year, code), (0, 0, 0, 0))
        if closing:
            sums[(year, code)] = (d + debit, c + credit, cd + debit, cc + credit)
        else:
            sums[(year, code)] = (d + debit, c + credit, cd, cc)
    return YearLedger(tuple(book.journal.accounts()), sums)


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
}
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
                detail if key in ("cash_income", "cash_expense", "other_in", "other_out") else "",
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


# -- members (statistik anggota) --------------------------------------------------------------


@dataclass(frozen=True)
class GenderCount:
    """gender: "L", "P" or "" (not recorded)."""

    gender: str
    at_start: int
    joined: int
    left: int
    at_end: int


@dataclass(frozen=True)
class VillageCount:
    village: str
    men: int
    women: int
    unrecorded: int

    @property
    def total(self) -> int:
        return self.men + self.women + self.unrecorded


@dataclass(frozen=True)
class MemberStats:
    """Members over the year: at_start + joined − left = at_end, in total and per gender.

    A member counts from the day they joined; one who left on a day is no longer counted
    at the end of that day. A member deactivated without a date is not counted at all.

    Attributes:
      by_gender: L, P and (when any) unrecorded, in that order.
      villages: members at the end of the year by village, most members first.
    """

    header: Header
    year: int
    at_start: int
    joined: int
    left: int
    at_end: int
    by_gender: tuple[GenderCount, ...]
    villages: tuple[VillageCount, ...]


def member_stats(book: Book, year: int) -> MemberStats:
    """Members at the start and end of `year`, who joined and who left, by gender; and
    those at the end by village."""
    header = header_of(book)
    start, end = year_start(year), year_end(year)

    def member_on(m, day: datetime.date) -> bool:
        if m.left_on is None and not m.active:
            return False
        joined = m.joined is None or m.joined <= day
        return joined and (m.left_on is None or m.left_on > day)

    before = start - datetime.timedelta(days=1)
    counts: dict[str, list[int]] = {}
    villages: dict[str, list[int]] = {}
    for m in book.members.list():
        if m.left_on is None and not m.active:
            continue
        row = counts.setdefault(m.gender, [0, 0, 0, 0])
        row[0] += member_on(m, before)
        row[1] += m.joined is not None and start <= m.joined <= end
        row[2] += m.left_on is not None and start <= m.left_on <= end
        at_end = member_on(m, end)
        row[3] += at_end
        if at_end:
            village = villages.setdefault(m.village.strip(), [0, 0, 0])
            village[{"L": 0, "P": 1}.get(m.gender, 2)] += 1
    genders = [g for g in ("L", "P", "") if g in counts or g in ("L", "P")]
    by_gender = tuple(GenderCount(g, *counts.get(g, [0, 0, 0, 0])) for g in genders)
    return MemberStats(
        header=header,
        year=year,
        at_start=sum(g.at_start for g in by_gender),
        joined=sum(g.joined for g in by_gender),
        left=sum(g.left for g in by_gender),
        at_end=sum(g.at_end for g in by_gender),
        by_gender=by_gender,
        villages=tuple(
            sorted(
                (VillageCount(name, *v) for name, v in villages.items()),
                key=lambda v: (-v.total, v.village.lower()),
            )
        ),
    )


# -- commodities by month (volume dan harga komoditas) ------------------------------------------


@dataclass(frozen=True)
class CommodityMonth:
    """One month of one commodity.

    Attributes:
      month: 1 to 12.
      deliveries, delivered_grams, members: deliveries dated in the month (void ones left
        out), their net weight, and how many members delivered.
      sales, sold_grams, gross, fee, costs, net: sales dated in the month, the weight the
        buyers paid for, what they paid, the cooperative's fee, the sale costs and the net
        to members (gross − fee − costs).
    """

    month: int
    deliveries: int
    delivered_grams: int
    members: int
    sales: int
    sold_grams: int
    gross: int
    fee: int
    costs: int
    net: int

    @property
    def average_price_cents(self) -> int | None:
        return average_price_cents(self.gross, self.sold_grams)


@dataclass(frozen=True)
class CommodityYear:
    """A commodity over the year, month by month (all twelve, idle ones at zero).

    Attributes:
      members: members who delivered at least once in the year (not the sum of months).
      previous_*: the year before's totals, to compare.
    """

    commodity: str
    uses_quality: bool
    months: tuple[CommodityMonth, ...]
    members: int
    previous_delivered_grams: int
    previous_sold_grams: int
    previous_gross: int

    @property
    def deliveries(self) -> int:
        return sum(m.deliveries for m in self.months)

    @property
    def delivered_grams(self) -> int:
        return sum(m.delivered_grams for m in self.months)

    @property
    def sales(self) -> int:
        return sum(m.sales for m in self.months)

    @property
    def sold_grams(self) -> int:
        return sum(m.sold_grams for m in self.months)

    @property
    def gross(self) -> int:
        return sum(m.gross for m in self.months)

    @property
    def fee(self) -> int:
        return sum(m.fee for m in self.months)

    @property
    def costs(self) -> int:
        return sum(m.costs for m in self.months)

    @property
    def net(self) -> int:
        return sum(m.net for m in self.months)

    @property
    def average_price_cents(self) -> int | None:
        return average_price_cents(self.gross, self.sold_grams)

    @property
    def previous_average_price_cents(self) -> int | None:
        return average_price_cents(self.previous_gross, self.previous_sold_grams)


@dataclass(frozen=True)
class CommodityMonths:
    """Every commodity with a delivery or a sale in the year, in the book's order, and the
    money totals over all of them (weights of different commodities are not added)."""

    header: Header
    year: int
    commodities: tuple[CommodityYear, ...]

    @property
    def gross(self) -> int:
        return sum(c.gross for c in self.commodities)

    @property
    def fee(self) -> int:
        return sum(c.fee for c in self.commodities)

    @property
    def costs(self) -> int:
        return sum(c.costs for c in self.commodities)

    @property
    def net(self) -> int:
        return sum(c.net for c in self.commodities)

    @property
    def previous_gross(self) -> int:
        return sum(c.previous_gross for c in self.commodities)


def commodity_months(book: Book, year: int) -> CommodityMonths:
    """Each commodity's deliveries and sales of `year`, month by month, with the year
    before's totals beside them."""
    header = header_of(book)
    start, end = year_start(year), year_end(year)
    delivered = {
        (cid, month): (count, grams, members)
        for cid, month, count, grams, members in book.annual.deliveries_by_month(start, end)
    }
    sold = {(cid, month): rest for cid, month, *rest in book.annual.sales_by_month(start, end)}
    members = book.annual.members_delivering(start, end)
    previous: dict[int, list[int]] = {}
    for cid, _, _, grams, _ in book.annual.deliveries_by_month(
        year_start(year - 1), year_end(year - 1)
    ):
        previous.setdefault(cid, [0, 0, 0])[0] += grams
    for cid, _, _, sold_grams, gross, *_ in book.annual.sales_by_month(
        year_start(year - 1), year_end(year - 1)
    ):
        row = previous.setdefault(cid, [0, 0, 0])
        row[1] += sold_grams
        row[2] += gross
    commodities = []
    for commodity in book.commodities.list():
        active = any(key[0] == commodity.id for key in (*delivered, *sold))
        if not active:
            continue
        months = tuple(
            CommodityMonth(
                month,
                *delivered.get((commodity.id, month), (0, 0, 0)),
                *sold.get((commodity.id, month), (0, 0, 0, 0, 0, 0)),
            )
            for month in range(1, 13)
        )
        before = previous.get(commodity.id, [0, 0, 0])
        commodities.append(
            CommodityYear(
                commodity.name,
                commodity.uses_quality,
                months,
                members.get(commodity.id, 0),
                *before,
            )
        )
    return CommodityMonths(header, year, tuple(commodities))


# -- the SHU distribution list (daftar pembagian SHU) -------------------------------------------


@dataclass(frozen=True)
class ShuPartLine:
    """A part of the statutes' split: "reserve", "jasa_usaha", ... with its rate and rupiah."""

    part: str
    bp: int
    amount: int


@dataclass(frozen=True)
class ShuMemberLine:
    """A member's SHU for the year.

    Attributes:
      transactions: the value of their transactions with the cooperative in the year (what
        jasa usaha is proportional to).
      capital: their simpanan pokok + wajib (what jasa modal is proportional to).
      paid: how much of it was paid; method "cash" or "sukarela" (credited to voluntary
        savings), "" while unpaid; paid_on the day.
    """

    number: str
    name: str
    village: str
    transactions: int
    jasa_usaha: int
    capital: int
    jasa_modal: int
    paid: int = 0
    method: str = ""
    paid_on: datetime.date | None = None

    @property
    def total(self) -> int:
        return self.jasa_usaha + self.jasa_modal


@dataclass(frozen=True)
class ShuList:
    """The year's surplus, its split and each member's part.

    Attributes:
      status: "posted" (the distribution the book holds), "preview" (computed now from the
        journal, not yet approved and posted: printed PRATINJAU) or "none" (no surplus to
        share: income does not exceed expenses).
      income, expenses, surplus: the year's, as the distribution was (or would be) computed.
      parts: the statutes' parts in order; they sum to the surplus.
      members: members with a part, in member-number order; their jasa usaha sums to the
        jasa_usaha part and their jasa modal to the jasa_modal part.
    """

    header: Header
    year: int
    status: str
    income: int
    expenses: int
    surplus: int
    parts: tuple[ShuPartLine, ...]
    members: tuple[ShuMemberLine, ...]

    @property
    def preview(self) -> bool:
        return self.status == "preview"

    def part(self, name: str) -> int:
        return sum(p.amount for p in self.parts if p.part == name)

    @property
    def parts_total(self) -> int:
        """The parts' sum: the surplus, whenever there is a split."""
        return sum(p.amount for p in self.parts)

    @property
    def split_total_bp(self) -> int:
        return sum(p.bp for p in self.parts)

    @property
    def total_transactions(self) -> int:
        return sum(m.transactions for m in self.members)

    @property
    def total_jasa_usaha(self) -> int:
        return sum(m.jasa_usaha for m in self.members)

    @property
    def total_capital(self) -> int:
        return sum(m.capital for m in self.members)

    @property
    def total_jasa_modal(self) -> int:
        return sum(m.jasa_modal for m in self.members)

    @property
    def total(self) -> int:
        return sum(m.total for m in self.members)

    @property
    def total_paid(self) -> int:
        return sum(m.paid for m in self.members)


def shu_list(book: Book, year: int) -> ShuList:
    """The distribution the book holds for `year`, or, until it is posted, the one posting
    would make now (book.shu.preview computes both the same way)."""
    header = header_of(book)
    if not book.annual.has_shu_tables():
        return _shu_from_journal(book, year, header)
    report = book.shu.preview(year, header.lang)
    if report.posted:
        status = "posted"
    elif report.surplus > 0:
        status = "preview"
    else:
        status = "none"
    parts = tuple(
        ShuPartLine(part, report.split_bp.get(part, 0), report.parts.get(part, 0))
        for part in SHU_PARTS
        if report.parts
    )
    members = tuple(
        ShuMemberLine(
            number=share.member.number,
            name=share.member.name,
            village=share.member.village,
            transactions=share.transactions,
            jasa_usaha=share.jasa_usaha,
            capital=share.capital,
            jasa_modal=share.jasa_modal,
            paid=share.payment.amount if share.payment else 0,
            method=share.payment.method if share.payment else "",
            paid_on=share.payment.date if share.payment else None,
        )
        for share in report.members
    )
    return ShuList(
        header=header,
        year=year,
        status=status,
        income=report.total_income,
        expenses=report.total_expenses,
        surplus=report.surplus,
        parts=parts,
        members=members,
    )


def _shu_from_journal(book: Book, year: int, header: Header) -> ShuList:
    """A preview for a book that holds no savings or SHU yet (made before them and opened
    read-only): the statutes' default split of the year's surplus, jasa usaha over the
    members' sale shares; with no savings, jasa modal goes to the reserve."""
    ops = operations(book, year)
    if ops.surplus <= 0:
        return ShuList(
            header, year, "none", ops.income.total, ops.expenses.total, ops.surplus, (), ()
        )
    transactions = book.annual.member_sale_shares(year_start(year), year_end(year))
    split = check_split(DEFAULT_SHU_SPLIT_BP)
    d = distribute(year, ops.surplus, split, transactions, {})
    members = book.members.by_ids(d.members)
    return ShuList(
        header=header,
        year=year,
        status="preview",
        income=ops.income.total,
        expenses=ops.expenses.total,
        surplus=ops.surplus,
        parts=tuple(ShuPartLine(p, split[p], d.parts[p]) for p in SHU_PARTS),
        members=tuple(
            ShuMemberLine(
                members[m].number,
                members[m].name,
                members[m].village,
                transactions.get(m, 0),
                d.jasa_usaha.get(m, 0),
                0,
                d.jasa_modal.get(m, 0),
            )
            for m in d.members
        ),
    )


# -- the whole report -------------------------------------------------------------------------


@dataclass(frozen=True)
class RatReport:
    """The board's report for `year`, with the parts asked for (the others None).

    Attributes:
      date: the date written under the signatures and on the cover (the meeting's date,
        by default the day it is printed).
    """

    header: Header
    year: int
    date: datetime.date
    balance_sheet: BalanceSheet | None = None
    operations: Operations | None = None
    cash_flow: CashFlow | None = None
    equity_changes: EquityChanges | None = None
    shu_list: ShuList | None = None
    member_stats: MemberStats | None = None
    commodity_months: CommodityMonths | None = None

    def part(self, key: str) -> object | None:
        """A part by its command-line name ("neraca", "phu", ...)."""
        return getattr(self, _PART_FIELDS[key])

    @property
    def parts(self) -> tuple[str, ...]:
        """The parts present, in the report's order."""
        return tuple(key for key in PARTS if self.part(key) is not None)


_PART_FIELDS = {
    "neraca": "balance_sheet",
    "phu": "operations",
    "arus-kas": "cash_flow",
    "ekuitas": "equity_changes",
    "shu": "shu_list",
    "anggota": "member_stats",
    "komoditas": "commodity_months",
}
_BUILDERS = {
    "neraca": balance_sheet,
    "phu": operations,
    "arus-kas": cash_flow,
    "ekuitas": equity_changes,
    "shu": shu_list,
    "anggota": member_stats,
    "komoditas": commodity_months,
}


def rat_report(
    book: Book,
    year: int,
    parts: Iterable[str] | None = None,
    date: datetime.date | None = None,
) -> RatReport:
    """The RAT report of `year`: every part, or only those named (see PARTS)."""
    wanted = list(PARTS) if parts is None else list(dict.fromkeys(parts))
    unknown = [p for p in wanted if p not in PARTS]
    if unknown:
        raise ValueError(f"unknown part(s) {', '.join(unknown)}; expected {', '.join(PARTS)}")
    header = header_of(book)
    ledger = year_ledger(book)  # the journal read once, for every part that sums it
    built = {}
    for key in PARTS:
        if key in wanted:
            builder = _BUILDERS[key]
            with_ledger = key in ("neraca", "phu", "arus-kas", "ekuitas")
            built[_PART_FIELDS[key]] = (
                builder(book, year, ledger) if with_ledger else builder(book, year)
            )
    return RatReport(header=header, year=year, date=date or header.printed_on, **built)
