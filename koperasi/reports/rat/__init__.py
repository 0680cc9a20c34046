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

Each part lives in its own module (statements.py: the first four; shu.py, members.py,
commodities.py), on the shared ground of ledger.py; this package hands out all their names.

Every amount is an integer sum of journal lines or of the book's tables: nothing rounds
except an average price, which rounds once, half up, to the hundredth of a rupiah.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of, with_audit_code
from koperasi.reports.rat.commodities import (
    CommodityMonth,
    CommodityMonths,
    CommodityYear,
    commodity_months,
)
from koperasi.reports.rat.ledger import (
    CLOSING_SOURCE,
    AccountAmount,
    Group,
    YearLedger,
    average_price_cents,
    year_end,
    year_ledger,
    year_start,
)
from koperasi.reports.rat.members import GenderCount, MemberStats, VillageCount, member_stats
from koperasi.reports.rat.shu import ShuList, ShuMemberLine, ShuPartLine, shu_list
from koperasi.reports.rat.statements import (
    FLOW_OF_SOURCE,
    FLOW_ORDER,
    FLOW_SIDE,
    IN,
    OUT,
    BalanceSheet,
    CashFlow,
    CashFlowLine,
    EquityChanges,
    EquityLine,
    Operations,
    balance_sheet,
    cash_flow,
    equity_changes,
    operations,
)

if TYPE_CHECKING:
    from koperasi.book import Book

# The parts of the report, in the order it prints them (the keys `koperasi print rat --part`
# takes).
PARTS = ("neraca", "phu", "arus-kas", "ekuitas", "shu", "anggota", "komoditas")


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
    # The year is not closed yet: every page says PRATINJAU (issue 14).
    provisional: bool = False

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
    header = with_audit_code(header_of(book), book)
    ledger = year_ledger(book)  # the journal read once, for every part that sums it
    built = {}
    for key in PARTS:
        if key in wanted:
            builder = _BUILDERS[key]
            with_ledger = key in ("neraca", "phu", "arus-kas", "ekuitas")
            built[_PART_FIELDS[key]] = (
                builder(book, year, ledger) if with_ledger else builder(book, year)
            )
    return RatReport(
        header=header,
        year=year,
        date=date or header.printed_on,
        provisional=not book.yearend.is_closed(year),
        **built,
    )


__all__ = [
    "CLOSING_SOURCE",
    "FLOW_OF_SOURCE",
    "FLOW_ORDER",
    "FLOW_SIDE",
    "IN",
    "OUT",
    "PARTS",
    "AccountAmount",
    "BalanceSheet",
    "CashFlow",
    "CashFlowLine",
    "CommodityMonth",
    "CommodityMonths",
    "CommodityYear",
    "EquityChanges",
    "EquityLine",
    "GenderCount",
    "Group",
    "MemberStats",
    "Operations",
    "RatReport",
    "ShuList",
    "ShuMemberLine",
    "ShuPartLine",
    "VillageCount",
    "YearLedger",
    "average_price_cents",
    "balance_sheet",
    "cash_flow",
    "commodity_months",
    "equity_changes",
    "member_stats",
    "operations",
    "rat_report",
    "shu_list",
    "year_end",
    "year_ledger",
    "year_start",
]
