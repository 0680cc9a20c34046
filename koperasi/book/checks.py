"""`koperasi check`: SQLite's own checks and every invariant of the book, as findings."""

from __future__ import annotations

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
        self.store = book.store_checks

    def run(self) -> list[Finding]:
        s = self.store
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
                for number, d, c in self.book.store_journal.unbalanced_entries()
            ],
        )
        add(
            "trial balance balances", trial_balance_errors(self.book.store_journal.account_totals())
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
        gaps = []
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

    def _sale_arithmetic(self) -> list[str]:
        problems = []
        for sale in self.book.store_sales.all():
            gross = sale_gross(sale.sold_grams, sale.price_cents, sale.agreed_total)
            fee = FeeRule(sale.fee_kind, sale.fee_bp, sale.fee_cents_per_kg).fee(
                gross, sale.sold_grams
            )
            if (gross, fee) != (sale.gross, sale.fee):
                problems.append(
                    f"{sale.number}: gross/fee {sale.gross}/{sale.fee}, rules give {gross}/{fee}"
                )
        return problems

    def ok(self) -> bool:
        return all(f.ok for f in self.run())
