"""Journal entries for each money operation, and the checks every entry must pass."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.model import JournalEntry, JournalLine, SaleCost


def totals(lines: Iterable[JournalLine]) -> tuple[int, int]:
    debit = credit = 0
    for line in lines:
        debit += line.debit
        credit += line.credit
    return debit, credit


def entry_errors(entry: JournalEntry) -> list[str]:
    """What is wrong with an entry (empty when it may be posted), as plain English findings."""
    errors = []
    if not entry.lines:
        errors.append("entry has no lines")
    for line in entry.lines:
        if line.debit < 0 or line.credit < 0:
            errors.append(f"negative amount on {line.account}")
        if (line.debit == 0) == (line.credit == 0):
            errors.append(f"line on {line.account} must be either a debit or a credit")
    debit, credit = totals(entry.lines)
    if debit != credit:
        errors.append(f"debits {debit} != credits {credit}")
    return errors


def require_balanced(entry: JournalEntry) -> None:
    if entry_errors(entry):
        debit, credit = totals(entry.lines)
        raise KoperasiError("journal.unbalanced", debit=debit, credit=credit)


def _nonzero(lines: Iterable[JournalLine]) -> tuple[JournalLine, ...]:
    return tuple(line for line in lines if line.debit or line.credit)


def sale_entry(
    date: datetime.date,
    description: str,
    gross: int,
    fee: int,
    net: int,
    costs: Iterable[SaleCost],
    received_into: str = acc.CASH,
    sale_id: int | None = None,
) -> JournalEntry:
    """Dr Kas/Piutang Pembeli G; Cr Utang Hasil Panen N; Cr Pendapatan Jasa F; Cr cost accounts K."""
    cost_credits: dict[str, int] = {}
    for cost in costs:
        cost_credits[cost.account] = cost_credits.get(cost.account, 0) + cost.amount
    lines = [
        JournalLine(received_into, debit=gross),
        JournalLine(acc.MEMBER_HARVEST_PAYABLE, credit=net),
        JournalLine(acc.MARKETING_FEE_INCOME, credit=fee),
        *(JournalLine(account, credit=amount) for account, amount in sorted(cost_credits.items())),
    ]
    entry = JournalEntry(date, description, _nonzero(lines), source="sale", source_id=sale_id)
    require_balanced(entry)
    return entry


def payout_entry(
    date: datetime.date,
    description: str,
    paid: Mapping[int, tuple[int, int, Mapping[str, int]]],
    paid_from: str = acc.CASH,
    sale_id: int | None = None,
) -> JournalEntry:
    """One entry for a payout run.

    `paid` maps member id → (share, cash paid, {deduction account: amount}). Each member's
    share is debited to Utang Hasil Panen; the cash and each deduction are credited.
    """
    lines: list[JournalLine] = []
    cash_total = 0
    deduction_totals: dict[str, int] = {}
    for member_id, (share, cash, deductions) in sorted(paid.items()):
        lines.append(JournalLine(acc.MEMBER_HARVEST_PAYABLE, debit=share, member_id=member_id))
        cash_total += cash
        for account, amount in deductions.items():
            if amount:
                lines.append(JournalLine(account, credit=amount, member_id=member_id))
                deduction_totals[account] = deduction_totals.get(account, 0) + amount
    lines.append(JournalLine(paid_from, credit=cash_total))
    entry = JournalEntry(date, description, _nonzero(lines), source="payout", source_id=sale_id)
    require_balanced(entry)
    return entry


def reversal_of(entry: JournalEntry, date: datetime.date, description: str) -> JournalEntry:
    """The entry that cancels `entry`: every debit becomes a credit and back."""
    lines = tuple(
        JournalLine(
            line.account,
            debit=line.credit,
            credit=line.debit,
            member_id=line.member_id,
            memo=line.memo,
        )
        for line in entry.lines
    )
    return JournalEntry(
        date, description, lines, source="reversal", source_id=entry.id, reverses=entry.id
    )


def trial_balance_errors(rows: Iterable[tuple[str, int, int]]) -> list[str]:
    """Rows of (account, debit total, credit total): the grand totals must agree."""
    debit = credit = 0
    for _, account_debit, account_credit in rows:
        debit += account_debit
        credit += account_credit
    return [] if debit == credit else [f"trial balance: debits {debit} != credits {credit}"]
