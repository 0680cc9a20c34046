"""A member's statement (rekening anggota) for a period: what the cooperative owes them, and why.

The statement is a list of sections, one per balance the member has with the cooperative:

- harvest proceeds: a settled sale's part raises what the cooperative owes the member (on
  the sale date), a payout lowers it by the share (what was paid in cash, then each
  deduction on its own line: mandatory savings, advance, loan installment). Deliveries are
  listed with their weight and no money until a sale settles them;
- savings (simpanan pokok, wajib, sukarela), once the member has any: each movement, and
  each kind's balance at the start and end of the period;
- loans (kasbon, pinjaman), once the member has any: each loan paid out and each repayment
  (principal lowers what is owed; the service charge is shown with it), and each loan's
  outstanding principal and arrears at the end of the period.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from koperasi.book.loans import position_of
from koperasi.core.savings import SAVINGS_KINDS
from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book
    from koperasi.core.model import Member

# Lines of one day print in this order: what came in before what went out.
_KIND_ORDER = {"delivery": 0, "sale": 1, "payout": 2, "deduction": 3, "loan": 4, "repayment": 5}


@dataclass(frozen=True)
class StatementLine:
    """One line of a section.

    Attributes:
      kind: "delivery", "sale", "payout" or "deduction" (harvest); "savings" (a savings
        movement); "loan" (a kasbon or pinjaman paid out) or "repayment" (loans).
      reference: the receipt, sale, slip or loan number (for a savings movement or a
        repayment, its receipt: kwitansi).
      related: for a delivery, the sale that settled it by the end of the period; for a
        payout or deduction, the sale it paid.
      status: for a delivery, "sold", "open" (belum terjual at the end of the period) or "void".
      detail: for a deduction, what it paid ("wajib", "kasbon" or "pinjaman"; "" for the
        payout's total when its deductions were not recorded one by one); for a savings
        movement, its kind ("pokok", "wajib", "sukarela"); for a loan or repayment, the
        loan's kind ("kasbon", "pinjaman").
      loan: the loan a deduction or repayment paid, or the loan paid out.
      slip: the payout slip that deducted a savings movement or a repayment.
      voids: the receipt a savings movement voids.
      principal / service: how a loan repayment (or a deduction for a loan) splits.
      grams: net weight (deliveries, and a sale line's sum of the member's deliveries).
      quality_bp: a delivery's quality factor, when the commodity has one.
      count: how many of the member's deliveries a sale line covers.
      credit / debit: rupiah in / out of the balance (0 on delivery lines).
      balance: the balance after the line, or None for lines that do not move money.
    """

    date: datetime.date
    kind: str
    reference: str
    commodity: str = ""
    related: str = ""
    status: str = ""
    grams: int | None = None
    quality_bp: int | None = None
    count: int = 0
    method: str = ""
    detail: str = ""
    loan: str = ""
    slip: str = ""
    voids: str = ""
    principal: int = 0
    service: int = 0
    credit: int = 0
    debit: int = 0
    balance: int | None = None


@dataclass(frozen=True)
class SavingsKindBalance:
    """One kind of savings over the period: opening + credit − debit = closing."""

    kind: str
    opening: int
    credit: int
    debit: int
    closing: int


@dataclass(frozen=True)
class LoanBalance:
    """Where one loan stands at the end of the period.

    Attributes:
      outstanding: principal still owed.
      principal_due / service_due: fallen due and not paid by then (arrears; a kasbon is
        due whole at the next payout).
    """

    number: str
    kind: str
    date: datetime.date
    principal: int
    outstanding: int
    principal_due: int
    service_due: int

    @property
    def due(self) -> int:
        return self.principal_due + self.service_due


@dataclass(frozen=True)
class StatementSection:
    """One balance over the period: opening + total_credit − total_debit = closing.

    Attributes:
      key: "harvest" (hasil panen), "savings" (simpanan: the balance is what the member
        has saved) or "loans" (pinjaman: the balance is the principal the member owes).
      delivered_grams / unsold_grams: for the harvest section, the net weight delivered in
        the period (void receipts excluded) and how much of it was not yet sold at its end.
      savings: for the savings section, each kind's balances (pokok, wajib, sukarela).
      loans: for the loans section, each loan at the end of the period, oldest first.
    """

    key: str
    opening: int
    lines: tuple[StatementLine, ...]
    total_credit: int
    total_debit: int
    closing: int
    delivered_grams: int = 0
    unsold_grams: int = 0
    savings: tuple[SavingsKindBalance, ...] = ()
    loans: tuple[LoanBalance, ...] = ()


@dataclass(frozen=True)
class StatementData:
    header: Header
    member_number: str
    member_name: str
    member_village: str
    member_joined: datetime.date | None
    start: datetime.date
    end: datetime.date
    sections: tuple[StatementSection, ...]


def harvest_section(
    book: Book, member: Member, start: datetime.date, end: datetime.date
) -> StatementSection:
    deliveries = book.deliveries.of_member(member.number)
    sales = {
        sale_id: book.sales.by_id(sale_id)
        for sale_id in dict.fromkeys(d.sale_id for d in deliveries if d.sale_id)
    }
    commodities = {c.id: c for c in book.commodities.list()}
    payouts = book.payouts.of_member(member.number)

    parts: dict[int, list] = {}
    for d in deliveries:
        if d.sale_id:
            parts.setdefault(d.sale_id, []).append(d)
    opening = sum(
        d.part or 0 for sale_id, ds in parts.items() if sales[sale_id].date < start for d in ds
    ) - sum(p.share for p in payouts if p.date < start)

    lines: list[StatementLine] = []
    delivered = unsold = 0
    for d in deliveries:
        if not start <= d.date <= end:
            continue
        commodity = commodities[d.commodity_id]
        sale = sales.get(d.sale_id) if d.sale_id else None
        if d.status == "void":
            status = "void"
        elif sale is not None and sale.date <= end:
            status = "sold"
        else:
            status = "open"
        if status != "void":
            delivered += d.net_grams
        if status == "open":
            unsold += d.net_grams
        lines.append(
            StatementLine(
                date=d.date,
                kind="delivery",
                reference=d.receipt,
                commodity=commodity.name,
                related=sale.number if status == "sold" and sale else "",
                status=status,
                grams=d.net_grams,
                quality_bp=d.quality_bp if commodity.uses_quality else None,
            )
        )
    for sale_id, ds in parts.items():
        sale = sales[sale_id]
        if start <= sale.date <= end:
            lines.append(
                StatementLine(
                    date=sale.date,
                    kind="sale",
                    reference=sale.number,
                    commodity=commodities[sale.commodity_id].name,
                    grams=sum(d.net_grams for d in ds),
                    count=len(ds),
                    credit=sum(d.part or 0 for d in ds),
                )
            )
    in_period = [p for p in payouts if start <= p.date <= end]
    deducted = book.payouts.deductions_of([p for p in in_period if p.deductions])
    # (date, kind order, slip, place on the slip): a slip's deductions follow its payout line.
    keyed: list[tuple[tuple, StatementLine]] = [
        ((line.date, _KIND_ORDER[line.kind], line.reference, 0), line) for line in lines
    ]
    for p in in_period:
        sale_number = sales[p.sale_id].number if p.sale_id in sales else ""
        on_slip = [
            StatementLine(
                date=p.date,
                kind="payout",
                reference=p.slip,
                related=sale_number,
                method=p.method,
                debit=p.paid,
            )
        ]
        for d in deducted.get(p.id, ()):
            on_slip.append(
                StatementLine(
                    date=p.date,
                    kind="deduction",
                    reference=p.slip,
                    related=sale_number,
                    detail=d.kind,
                    loan=d.loan_number,
                    principal=d.principal if d.kind == "pinjaman" else 0,
                    service=d.service if d.kind == "pinjaman" else 0,
                    debit=d.amount,
                )
            )
        unexplained = p.deductions - sum(d.amount for d in deducted.get(p.id, ()))
        if unexplained:  # deductions not recorded one by one: their total on one line
            on_slip.append(
                StatementLine(
                    date=p.date,
                    kind="deduction",
                    reference=p.slip,
                    related=sale_number,
                    debit=unexplained,
                )
            )
        keyed += [
            ((p.date, _KIND_ORDER["payout"], p.slip, index), line)
            for index, line in enumerate(on_slip)
        ]
    keyed.sort(key=lambda pair: pair[0])
    lines = [line for _, line in keyed]

    balance = opening
    with_balance = []
    for line in lines:
        if line.kind == "delivery":
            with_balance.append(line)
            continue
        balance += line.credit - line.debit
        with_balance.append(replace(line, balance=balance))
    total_credit = sum(line.credit for line in lines)
    total_debit = sum(line.debit for line in lines)
    return StatementSection(
        key="harvest",
        opening=opening,
        lines=tuple(with_balance),
        total_credit=total_credit,
        total_debit=total_debit,
        closing=opening + total_credit - total_debit,
        delivered_grams=delivered,
        unsold_grams=unsold,
    )


def savings_section(
    book: Book, member: Member, start: datetime.date, end: datetime.date
) -> StatementSection | None:
    """Every savings movement in the period with the member's total savings after it, and
    each kind's balance at the start and end; None when the member has never saved."""
    history = [m.row for m in book.savings.movements(member.number, None, end)]
    if not history:
        return None
    numbers = {row.id: row.number for row in history}
    slips = {}
    if any(row.payout_id for row in history if row.date >= start):
        slips = {p.id: p.slip for p in book.payouts.of_member(member.number)}
    opening_of = dict.fromkeys(SAVINGS_KINDS, 0)
    credit_of = dict.fromkeys(SAVINGS_KINDS, 0)
    debit_of = dict.fromkeys(SAVINGS_KINDS, 0)
    lines = []
    for row in history:
        if row.date < start:
            opening_of[row.kind] += row.amount
            continue
        credit, debit = max(row.amount, 0), max(-row.amount, 0)
        credit_of[row.kind] += credit
        debit_of[row.kind] += debit
        lines.append(
            StatementLine(
                date=row.date,
                kind="savings",
                reference=row.number,
                detail=row.kind,
                method=row.method,
                slip=slips.get(row.payout_id, "") if row.payout_id else "",
                voids=numbers.get(row.reverses, "") if row.reverses else "",
                credit=credit,
                debit=debit,
            )
        )
    opening = sum(opening_of.values())
    balance, with_balance = opening, []
    for line in lines:
        balance += line.credit - line.debit
        with_balance.append(replace(line, balance=balance))
    kinds = tuple(
        SavingsKindBalance(
            kind,
            opening_of[kind],
            credit_of[kind],
            debit_of[kind],
            opening_of[kind] + credit_of[kind] - debit_of[kind],
        )
        for kind in SAVINGS_KINDS
    )
    total_credit = sum(credit_of.values())
    total_debit = sum(debit_of.values())
    return StatementSection(
        key="savings",
        opening=opening,
        lines=tuple(with_balance),
        total_credit=total_credit,
        total_debit=total_debit,
        closing=opening + total_credit - total_debit,
        savings=kinds,
    )


def loans_section(
    book: Book, member: Member, start: datetime.date, end: datetime.date
) -> StatementSection | None:
    """The principal the member owes: each loan paid out in the period raises it, each
    repayment's principal lowers it (the service charge paid is shown on the line). None
    when no loan was open in the period.

    Positions are taken from the repayments made by the end of the period, so a statement
    for a past period shows the loans as they stood then."""
    loans = [s.loan for s in book.loans.list(member=member.number) if s.loan.date <= end]
    if not loans:
        return None
    repayments: dict[int, list] = {}
    for r in book.loans.repayments_of_member(member.number, None, end):
        repayments.setdefault(r.loan_id, []).append(r)
    slips = {}
    if any(r.payout_id and r.date >= start for rs in repayments.values() for r in rs):
        slips = {p.id: p.slip for p in book.payouts.of_member(member.number)}

    keyed: list[tuple[tuple, StatementLine]] = []
    balances, opening = [], 0
    for loan in loans:
        paid = repayments.get(loan.id, [])
        before = [r for r in paid if r.date < start]
        during = [r for r in paid if r.date >= start]
        owed_before = max(loan.principal - sum(r.principal for r in before), 0)
        if loan.date < start and not owed_before and not during:
            continue  # repaid before the period
        if loan.date < start:
            opening += owed_before
        else:
            line = StatementLine(
                date=loan.date,
                kind="loan",
                reference=loan.number,
                detail=loan.kind,
                loan=loan.number,
                count=loan.months,
                credit=loan.principal,
            )
            keyed.append(((loan.date, _KIND_ORDER["loan"], loan.number), line))
        for r in during:
            line = StatementLine(
                date=r.date,
                kind="repayment",
                reference=r.number,
                detail=loan.kind,
                loan=loan.number,
                method=r.method,
                slip=slips.get(r.payout_id, "") if r.payout_id else "",
                principal=r.principal,
                service=r.service,
                debit=r.principal,
            )
            keyed.append(((r.date, _KIND_ORDER["repayment"], r.number), line))
        history = [(r.date, r.principal) for r in paid if r.principal]
        pos = position_of(
            loan, sum(r.principal for r in paid), sum(r.service for r in paid), end, history
        )
        balances.append(
            LoanBalance(
                loan.number,
                loan.kind,
                loan.date,
                loan.principal,
                pos.outstanding,
                pos.principal_due,
                pos.service_due,
            )
        )
    if not balances:
        return None
    return _running_section("loans", opening, keyed, loans=tuple(balances))


def shu_section(
    book: Book, member: Member, start: datetime.date, end: datetime.date
) -> StatementSection | None:
    """The member's SHU: each year's share (jasa usaha and jasa modal) raises what the
    cooperative owes them on 31 December, each payment (in cash, or credited to their
    sukarela with its receipt) lowers it. None when the member never had an SHU share."""
    shares = [
        (row, paid)
        for row, paid in book.shu.of_member(member.number)
        if row.total > 0 and datetime.date(row.year, 12, 31) <= end
    ]
    if not shares:
        return None
    opening = 0
    keyed: list[tuple[tuple, StatementLine]] = []
    for row, paid in shares:
        year_end = datetime.date(row.year, 12, 31)
        if year_end < start:
            opening += row.total
        else:
            keyed.append(
                (
                    (year_end, 0, row.year),
                    StatementLine(
                        date=year_end,
                        kind="shu",
                        reference=str(row.year),
                        principal=row.jasa_usaha,
                        service=row.jasa_modal,
                        credit=row.total,
                    ),
                )
            )
        if paid is None or paid.date > end:
            continue
        if paid.date < start:
            opening -= paid.amount
            continue
        reference = (
            book.savings.by_id(paid.savings_id).number
            if paid.savings_id
            else shu_receipt_number(row.year, member.number)
        )
        if paid.method == "transfer" and paid.reference:
            reference = f"{reference}, {paid.reference}"
        keyed.append(
            (
                (paid.date, 1, row.year),
                StatementLine(
                    date=paid.date,
                    kind="shu_payment",
                    reference=reference,
                    related=str(row.year),
                    method=paid.method,
                    debit=paid.amount,
                ),
            )
        )
    return _running_section("shu", opening, keyed)


def _running_section(
    key: str, opening: int, keyed: list[tuple[tuple, StatementLine]], **extra: object
) -> StatementSection:
    """A section whose lines, in the order of their sort keys, each carry the running balance
    from `opening`; totals and closing follow from the lines."""
    keyed.sort(key=lambda pair: pair[0])
    balance, lines = opening, []
    for _, line in keyed:
        balance += line.credit - line.debit
        lines.append(replace(line, balance=balance))
    total_credit = sum(line.credit for line in lines)
    total_debit = sum(line.debit for line in lines)
    return StatementSection(
        key=key,
        opening=opening,
        lines=tuple(lines),
        total_credit=total_credit,
        total_debit=total_debit,
        closing=opening + total_credit - total_debit,
        **extra,
    )


def shu_receipt_number(year: int, member_number: str) -> str:
    """The reference of the receipt for a member's SHU paid in cash: one per member and
    year (SHU-2025-LJ-0026), since a year's SHU is paid to each member once."""
    return f"SHU-{year}-{member_number}"


SectionBuilder = Callable[
    ["Book", "Member", datetime.date, datetime.date], "StatementSection | None"
]

# The balances a statement shows, in order. A builder returns None when the member has
# nothing to show in it.
SECTION_BUILDERS: list[SectionBuilder] = [
    harvest_section,
    savings_section,
    loans_section,
    shu_section,
]


def statement_data(
    book: Book, member_number: str, start: datetime.date, end: datetime.date
) -> StatementData:
    if start > end:
        raise ValueError(f"the period starts after it ends: {start} > {end}")
    member = book.members.get(member_number)
    sections = tuple(
        section
        for builder in SECTION_BUILDERS
        if (section := builder(book, member, start, end)) is not None
    )
    return StatementData(
        header=header_of(book),
        member_number=member.number,
        member_name=member.name,
        member_village=member.village,
        member_joined=member.joined,
        start=start,
        end=end,
        sections=sections,
    )
