"""`koperasi check`: SQLite's own checks and every invariant of the book, as findings."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core.journal import trial_balance_errors
from koperasi.core.settlement import FeeRule, sale_gross

if TYPE_CHECKING:
    from koperasi.book.book import Book

NUMBERED = (
    ("deliveries", "receipt"),
    ("sales", "sale"),
    ("payouts", "slip"),
    ("journal_entries", "journal"),
)


@dataclass(frozen=True)
class Finding:
    """One check and what it found: ok, or the problem in plain words."""

    check: str
    ok: bool
    detail: str = ""


class Checks:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_checks

    def run(self) -> list[Finding]:
        s = self._store
        findings: list[Finding] = []

        def add(check: str, problems: list[str]) -> None:
            if problems:
                findings.extend(Finding(check, False, p) for p in problems[:50])
                if len(problems) > 50:
                    findings.append(Finding(check, False, f"... and {len(problems) - 50} more"))
            else:
                findings.append(Finding(check, True))

        add("sqlite integrity", s.integrity())
        add("foreign keys", [f"{row[0]} row {row[1]} -> {row[2]}" for row in s.foreign_keys()])
        add(
            "every journal entry balances",
            [
                f"{number}: debit {d} != credit {c}"
                for number, d, c in self.book._store_journal.unbalanced_entries()
            ],
        )
        add(
            "trial balance balances",
            trial_balance_errors(self.book._store_journal.account_totals()),
        )
        payable, unpaid = s.payable_balance(), s.unpaid_shares()
        add(
            "payable to members equals settled unpaid shares",
            [] if payable == unpaid else [f"Utang Hasil Panen {payable} != unpaid shares {unpaid}"],
        )
        add(
            "each sale's parts sum to its net, over its own deliveries",
            [
                f"{number}: net {net}, parts {parts}; pooled {pooled} g, deliveries {grams} g ({count})"
                for number, net, parts, pooled, grams, count in s.sales_whose_parts_differ()
            ],
        )
        add(
            "each settled delivery is in exactly one sale",
            [f"{r}: settled without a sale" for r in s.settled_without_sale()],
        )
        add(
            "each sale has its journal entry",
            [f"{n}: no journal entry" for n in s.sales_without_entry()],
        )
        add(
            "each sale's costs add up",
            [f"{n}: costs {k}, cost lines {t}" for n, k, t in s.sale_cost_mismatches()],
        )
        add("each sale's figures follow the rules", self._sale_arithmetic())
        add(
            "each payout pays exactly the member's share",
            [
                f"{slip}: paid share {share}, member's share {real}"
                for slip, share, real in s.payouts_over_share()
            ],
        )
        self._savings_loans_shu(add)
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
        add("numbers are gapless per year", gaps)
        return findings

    def _savings_loans_shu(self, add: Callable[[str, list[str]], None]) -> None:
        """The invariants of savings, loans, payout deductions, the SHU and closings."""
        s = self._store
        add(
            "savings accounts equal the sums of the savings movements",
            [
                f"{kind} ({account}): ledger {ledger} != movements {rows}"
                for kind, account, ledger, rows in s.savings_account_mismatches()
            ],
        )
        add(
            "each member's savings in the ledger equal their movements",
            [
                f"{number} {kind}: ledger {ledger} != movements {rows}"
                for number, kind, ledger, rows in s.savings_member_mismatches()
            ],
        )
        add(
            "no savings balance ever goes below zero",
            [
                f"{number} {kind}: {low} from {date}"
                for number, kind, date, low in s.savings_below_zero()
            ],
        )
        receivable, outstanding = s.receivable_balance(), s.outstanding_principal()
        add(
            "Piutang Anggota equals the loans' outstanding principal",
            [] if receivable == outstanding else [f"1202 {receivable} != loans {outstanding}"],
        )
        add(
            "each member's Piutang Anggota equals their outstanding loans",
            [
                f"{number}: ledger {ledger} != loans {loans}"
                for number, ledger, loans in s.receivable_member_mismatches()
            ]
            + [
                f"{number}: principal {principal}, repaid {repaid}"
                for number, principal, repaid in s.loans_overpaid()
            ],
        )
        add(
            "member accounts are posted per member",
            [
                f"{account}: {count} lines without a member"
                for account, count in s.untagged_member_lines()
            ],
        )
        add(
            "each payout's deductions equal what they paid in",
            [
                f"{slip}: slip {slip_total}, deductions {rows}, savings and repayments {made}"
                for slip, slip_total, rows, made in s.payout_deduction_mismatches()
            ],
        )
        payable, unpaid = s.shu_payable_balance(), s.shu_unpaid()
        add(
            "Utang SHU equals the members' SHU not yet paid",
            [] if payable == unpaid else [f"2103 {payable} != unpaid SHU {unpaid}"],
        )
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
        add("each SHU distribution adds up", problems)
        add(
            "nothing was posted into a closed period",
            [
                f"{number} dated {date} written {created} after closing up to {until} at {closed}"
                for number, date, created, until, closed in s.entries_after_closing()
            ],
        )

    def _sale_arithmetic(self) -> list[str]:
        problems = []
        for sale in self.book._store_sales.all():
            gross = sale_gross(sale.sold_grams, sale.price_cents, sale.agreed_total)
            fee = FeeRule(sale.fee_kind, sale.fee_bp, sale.fee_cents_per_kg).fee(
                gross, sale.sold_grams
            )
            if (gross, fee) != (sale.gross, sale.fee):
                problems.append(
                    f"{sale.number}: gross/fee {sale.gross}/{sale.fee}, rules give {gross}/{fee}"
                )
        return problems

    def payable_balance(self) -> int:
        """What Utang Hasil Panen Anggota carries: the settled shares not yet paid."""
        return self._store.payable_balance()

    def ok(self) -> bool:
        return all(f.ok for f in self.run())
