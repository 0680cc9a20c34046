"""`koperasi check`: SQLite's own checks and every invariant of the book, as findings."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core import accounts as acc
from koperasi.core.journal import trial_balance_errors
from koperasi.core.settlement import FeeRule, sale_gross

if TYPE_CHECKING:
    from koperasi.book.book import Book

NUMBERED = (
    ("deliveries", "receipt"),
    ("sales", "sale"),
    ("payouts", "slip"),
    ("journal_entries", "journal"),
    ("receivable_collections", "collection"),
)
# Issue 10 (i10c): receipts of kept savings paid to members who left.
NUMBERED = (*NUMBERED, ("member_exit_payments", "exit_payment"))
# Branch i14tax: bukti potong PPh 21 of honoraria.
NUMBERED = (*NUMBERED, ("honoraria", "honorarium"))


@dataclass(frozen=True)
class Finding:
    """One check and what it found: ok, or the problem in plain words."""

    check: str
    ok: bool
    detail: str = ""


def _integrity(book: Book) -> list[str]:
    return book._store_checks.integrity()


def _foreign_keys(book: Book) -> list[str]:
    return [f"{row[0]} row {row[1]} -> {row[2]}" for row in book._store_checks.foreign_keys()]


def _entries_balance(book: Book) -> list[str]:
    return [
        f"{number}: debit {d} != credit {c}"
        for number, d, c in book._store_journal.unbalanced_entries()
    ]


def _trial_balance(book: Book) -> list[str]:
    return trial_balance_errors(book._store_journal.account_totals())


def _payable(book: Book) -> list[str]:
    s = book._store_checks
    payable, unpaid = s.payable_balance(), s.unpaid_shares()
    return [] if payable == unpaid else [f"Utang Hasil Panen {payable} != unpaid shares {unpaid}"]


def _sale_parts(book: Book) -> list[str]:
    return [
        f"{number}: net {net}, parts {parts}; pooled {pooled} g, deliveries {grams} g ({count})"
        for number, net, parts, pooled, grams, count in book._store_checks.sales_whose_parts_differ()
    ]


def _settled_in_a_sale(book: Book) -> list[str]:
    return [f"{r}: settled without a sale" for r in book._store_checks.settled_without_sale()]


def _sale_entries(book: Book) -> list[str]:
    return [f"{n}: no journal entry" for n in book._store_checks.sales_without_entry()]


def _sale_costs(book: Book) -> list[str]:
    return [
        f"{n}: costs {k}, cost lines {t}" for n, k, t in book._store_checks.sale_cost_mismatches()
    ]


def _sale_arithmetic(book: Book) -> list[str]:
    problems = []
    for sale in book._store_sales.all():
        gross = sale_gross(sale.sold_grams, sale.price_cents, sale.agreed_total)
        fee = FeeRule(sale.fee_kind, sale.fee_bp, sale.fee_cents_per_kg).fee(gross, sale.sold_grams)
        if (gross, fee) != (sale.gross, sale.fee):
            problems.append(
                f"{sale.number}: gross/fee {sale.gross}/{sale.fee}, rules give {gross}/{fee}"
            )
    return problems


def _payout_shares(book: Book) -> list[str]:
    return [
        f"{slip}: paid share {share}, member's share {real}"
        for slip, share, real in book._store_checks.payouts_over_share()
    ]


def _savings_accounts(book: Book) -> list[str]:
    return [
        f"{kind} ({account}): ledger {ledger} != movements {rows}"
        for kind, account, ledger, rows in book._store_checks.savings_account_mismatches()
    ]


def _savings_members(book: Book) -> list[str]:
    return [
        f"{number} {kind}: ledger {ledger} != movements {rows}"
        for number, kind, ledger, rows in book._store_checks.savings_member_mismatches()
    ]


def _savings_never_negative(book: Book) -> list[str]:
    return [
        f"{number} {kind}: {low} from {date}"
        for number, kind, date, low in book._store_checks.savings_below_zero()
    ]


def _receivable(book: Book) -> list[str]:
    s = book._store_checks
    receivable, outstanding = s.receivable_balance(), s.outstanding_principal()
    return [] if receivable == outstanding else [f"1202 {receivable} != loans {outstanding}"]


def _receivable_members(book: Book) -> list[str]:
    s = book._store_checks
    return [
        f"{number}: ledger {ledger} != loans {loans}"
        for number, ledger, loans in s.receivable_member_mismatches()
    ] + [
        f"{number}: principal {principal}, repaid {repaid}"
        for number, principal, repaid in s.loans_overpaid()
    ]


def _member_lines(book: Book) -> list[str]:
    return [
        f"{account}: {count} lines without a member"
        for account, count in book._store_checks.untagged_member_lines()
    ]


def _payout_deductions(book: Book) -> list[str]:
    return [
        f"{slip}: slip {slip_total}, deductions {rows}, savings and repayments {made}"
        for slip, slip_total, rows, made in book._store_checks.payout_deduction_mismatches()
    ]


def _shu_payable(book: Book) -> list[str]:
    s = book._store_checks
    payable, unpaid = s.shu_payable_balance(), s.shu_unpaid()
    return [] if payable == unpaid else [f"2103 {payable} != unpaid SHU {unpaid}"]


def _shu_distributions(book: Book) -> list[str]:
    s = book._store_checks
    problems = []
    for year, surplus, parts_json, usaha, modal in s.shu_distributions():
        parts = json.loads(parts_json)
        if sum(parts.values()) != surplus:
            problems.append(f"SHU {year}: parts {sum(parts.values())} != surplus {surplus}")
        if (usaha, modal) != (parts.get("jasa_usaha", 0), parts.get("jasa_modal", 0)):
            problems.append(
                f"SHU {year}: members' jasa usaha/modal {usaha}/{modal} != parts"
                f" {parts.get('jasa_usaha', 0)}/{parts.get('jasa_modal', 0)}"
            )
    problems += [
        f"SHU {year} {number}: paid {paid} != share {share}"
        for year, number, paid, share in s.shu_payment_mismatches()
    ]
    return problems


def _closed_periods(book: Book) -> list[str]:
    return [
        f"{number} dated {date} written {created} after closing up to {until} at {closed}"
        for number, date, created, until, closed in book._store_checks.entries_after_closing()
    ]


def _balances_never_negative(book: Book) -> list[str]:
    return [
        f"{account}: {low} on {date}"
        for account, _normal, date, low in book._store_checks.negative_balances(acc.NEVER_NEGATIVE)
    ]


def _gapless_numbers(book: Book) -> list[str]:
    s = book._store_checks
    gaps = []
    for series in s.SHARED_SERIES:
        gaps += [
            f"{series} {year}: {count} numbers from {low} to {high}"
            for year, count, low, high in s.series_gaps(series)
        ]
        gaps += [
            f"{series} {year}: number {high} beyond counter {last}"
            for year, high, last in s.series_behind(series)
        ]
    for table, series in NUMBERED:
        gaps += [
            f"{series} {year}: {count} numbers from {low} to {high}"
            for year, count, low, high in s.number_gaps(table)
        ]
        gaps += [
            f"{series} {year}: number {high} beyond counter {last}"
            for year, high, last in s.counters_behind(table, series)
        ]
    return gaps


# Every check in the order `koperasi check` prints them: (name, function of the book giving
# the problems it found, in plain words; an empty list when all is well).
CHECKS: list[tuple[str, Callable[[Book], list[str]]]] = [
    ("sqlite integrity", _integrity),
    ("foreign keys", _foreign_keys),
    ("every journal entry balances", _entries_balance),
    ("trial balance balances", _trial_balance),
    ("payable to members equals settled unpaid shares", _payable),
    ("each sale's parts sum to its net, over its own deliveries", _sale_parts),
    ("each settled delivery is in exactly one sale", _settled_in_a_sale),
    ("each sale has its journal entry", _sale_entries),
    ("each sale's costs add up", _sale_costs),
    ("each sale's figures follow the rules", _sale_arithmetic),
    ("each payout pays exactly the member's share", _payout_shares),
    ("savings accounts equal the sums of the savings movements", _savings_accounts),
    ("each member's savings in the ledger equal their movements", _savings_members),
    ("no savings balance ever goes below zero", _savings_never_negative),
    ("Piutang Anggota equals the loans' outstanding principal", _receivable),
    ("each member's Piutang Anggota equals their outstanding loans", _receivable_members),
    ("member accounts are posted per member", _member_lines),
    ("each payout's deductions equal what they paid in", _payout_deductions),
    ("Utang SHU equals the members' SHU not yet paid", _shu_payable),
    ("each SHU distribution adds up", _shu_distributions),
    ("nothing was posted into a closed period", _closed_periods),
    ("numbers are gapless per year", _gapless_numbers),
]


def _buyer_receivable(book: Book) -> list[str]:
    ledger = book._store_checks.buyer_receivable_balance()
    owed = sum(r.outstanding for r in book._store_corrections.receivables())
    return [] if ledger == owed else [f"1201 {ledger} != buyers' receivables {owed}"]


NEGATIVE_BALANCES = ("Kas, Bank and the funds never go below zero", _balances_never_negative)
BUYER_RECEIVABLE = ("Piutang Pembeli equals what buyers still owe", _buyer_receivable)
# Before the last check (gapless numbers), which stays last.
CHECKS[-1:-1] = [NEGATIVE_BALANCES, BUYER_RECEIVABLE]

# A check finding more than this many problems reports the first ones and a count.
SHOWN = 50


def findings_of(check: str, problems: list[str]) -> list[Finding]:
    if not problems:
        return [Finding(check, True)]
    found = [Finding(check, False, p) for p in problems[:SHOWN]]
    if len(problems) > SHOWN:
        found.append(Finding(check, False, f"... and {len(problems) - SHOWN} more"))
    return found


class Checks:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_checks

    def run(self) -> list[Finding]:
        """Every check's findings, in order. A check that fails to run is itself a finding:
        `koperasi check` is what a treasurer runs on a damaged book, so it must not crash."""
        findings: list[Finding] = []
        for check, function in CHECKS:
            try:
                problems = function(self.book)
            except Exception as exc:
                problems = [f"the check could not run: {type(exc).__name__}: {exc}"]
            findings += findings_of(check, problems)
        return findings

    def payable_balance(self) -> int:
        """What Utang Hasil Panen Anggota carries: the settled shares not yet paid."""
        return self._store.payable_balance()

    def ok(self) -> bool:
        return all(f.ok for f in self.run())
