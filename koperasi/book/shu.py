"""The year-end surplus (SHU): computed, split by the statutes, posted and paid.

surplus = the year's income − its expenses (the entries that close a year are left out).
The statutes' percentages split it (core.shu.distribute, largest remainder throughout):
jasa usaha over members' transactions in the year (their parts of the sales dated in it),
jasa modal over their simpanan pokok + wajib on 31 December. Posting writes two entries
dated 31 December: one closing the year's income and expense accounts into 3301 SHU Tahun
Berjalan, one distributing it (Dr 3301; Cr 3201 Cadangan, 2103 Utang SHU Anggota per member,
2104-2107 the funds), and closes the book up to that day. Paying moves a member's SHU from 2103 to Kas, or to their simpanan
sukarela (with a receipt).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.model import JournalEntry, JournalLine, Member
from koperasi.core.shu import DEFAULT_SHU_SPLIT_BP, SHU_PARTS, check_split, distribute
from koperasi.store.shu import ShuMemberRow, ShuPaymentRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

SETTING_SPLIT = "shu.split"
PAY_METHODS = {
    "cash": "cash",
    "tunai": "cash",
    "kas": "cash",
    "sukarela": "sukarela",
    "transfer": "transfer",
    "bank": "transfer",
}


@dataclass(frozen=True)
class ShuAccount:
    """An income or expense account's total for the year (its normal side)."""

    code: str
    name: str
    amount: int


@dataclass(frozen=True)
class ShuMemberShare:
    """A member's SHU for a year: what it was computed from, the parts, and its payment."""

    member: Member
    transactions: int
    capital: int
    jasa_usaha: int
    jasa_modal: int
    payment: ShuPaymentRow | None = None

    @property
    def total(self) -> int:
        return self.jasa_usaha + self.jasa_modal


@dataclass(frozen=True)
class ShuReport:
    """A year's surplus and its distribution, computed (preview) or as posted.

    Attributes:
      income, expenses: each account's total for the year; total_income, total_expenses.
      surplus: total_income − total_expenses (may be ≤ 0: then nothing is distributed).
      split_bp: the statutes' percentages applied (basis points, total 10 000).
      parts: part → rupiah (reserve, jasa_usaha, jasa_modal, board, staff, education,
        social); they sum to the surplus. Empty when there is no surplus.
      members: every member with a share, by member id.
      posted: True once posted; entry_number/close_entry_number then name its entries.
    """

    year: int
    income: tuple[ShuAccount, ...]
    expenses: tuple[ShuAccount, ...]
    total_income: int
    total_expenses: int
    surplus: int
    split_bp: dict[str, int]
    parts: dict[str, int]
    members: tuple[ShuMemberShare, ...]
    posted: bool = False
    posted_at: str = ""
    entry_number: str = ""
    close_entry_number: str = ""

    @property
    def members_total(self) -> int:
        return sum(m.total for m in self.members)

    @property
    def paid_total(self) -> int:
        return sum(m.payment.amount for m in self.members if m.payment)


def _year_bounds(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


class Shu:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_shu

    # -- the statutes' split ------------------------------------------------------------

    def split(self) -> dict[str, int]:
        """The statutes' SHU percentages in basis points (part → bp, total 10 000)."""
        text = self.book._settings.get(SETTING_SPLIT)
        return check_split(json.loads(text) if text else DEFAULT_SHU_SPLIT_BP)

    @operation("shu.set_split", "settings")
    def set_split(self, split_bp: dict[str, int]) -> dict[str, int]:
        """Set the percentages; they must name known parts and total exactly 100 %."""
        split = check_split(split_bp)
        with self.book.atomic():
            self.book._settings.set_many({SETTING_SPLIT: json.dumps(split)})
        return split

    # -- the year's figures -------------------------------------------------------------

    def figures(
        self, year: int, lang: str = "id"
    ) -> tuple[tuple[ShuAccount, ...], tuple[ShuAccount, ...]]:
        """(income accounts, expense accounts) of a year with their totals, before closing."""
        start, end = _year_bounds(year)
        names = {a.code: a.name(lang) for a in self.book._store_journal.accounts()}
        income, expenses = [], []
        for code, kind, debit, credit in self._store.income_and_expenses(start, end):
            if kind == "income":
                income.append(ShuAccount(code, names[code], credit - debit))
            else:
                expenses.append(ShuAccount(code, names[code], debit - credit))
        return tuple(income), tuple(expenses)

    def compute(self, year: int, lang: str = "id") -> ShuReport:
        """The year's surplus and distribution computed from the book now (as posting would
        make it), whether or not it was posted."""
        income, expenses = self.figures(year, lang)
        total_income = sum(a.amount for a in income)
        total_expenses = sum(a.amount for a in expenses)
        surplus = total_income - total_expenses
        split = self.split()
        # The statutes' bases (book.yearend, issue 14): the transaction basis of jasa usaha
        # (sale proceeds, loan service, purchases or a mix) and the capital basis, members
        # who left counted up to the day they left.
        basis = self.book.yearend.transactions(year)
        _, capital, capital_weights = self.book.yearend.bases(year)
        transactions = basis.sums
        bases = {
            m: (transactions.get(m, 0), capital.get(m, 0))
            for m in set(transactions) | set(capital) | set(capital_weights)
        }
        parts: dict[str, int] = {}
        members: tuple[ShuMemberShare, ...] = ()
        if surplus > 0:
            d = distribute(year, surplus, split, basis.weights, capital_weights)
            parts = d.parts
            ids = d.members
            known = self.book.members.by_ids(ids)
            members = tuple(
                ShuMemberShare(
                    known[m],
                    bases[m][0],
                    bases[m][1],
                    d.jasa_usaha.get(m, 0),
                    d.jasa_modal.get(m, 0),
                )
                for m in ids
            )
        report = ShuReport(
            year,
            income,
            expenses,
            total_income,
            total_expenses,
            surplus,
            split,
            parts,
            members,
        )
        return report

    def _posted(self, year: int, lang: str) -> ShuReport | None:
        row = self._store.get(year)
        if row is None:
            return None
        income, expenses = self.figures(year, lang)
        rows = self._store.members(year)
        known = self.book.members.by_ids([r.member_id for r in rows])
        paid = {p.member_id: p for p in self._store.payments(year)}
        members = tuple(
            ShuMemberShare(
                known[r.member_id],
                r.transactions,
                r.capital,
                r.jasa_usaha,
                r.jasa_modal,
                paid.get(r.member_id),
            )
            for r in rows
        )
        journal = self.book._store_journal
        return ShuReport(
            year,
            income,
            expenses,
            row.income,
            row.expenses,
            row.surplus,
            {p: row.split.get(p, 0) for p in SHU_PARTS},
            {p: row.parts.get(p, 0) for p in SHU_PARTS},
            members,
            posted=True,
            posted_at=row.posted_at,
            entry_number=journal.get(row.entry_id).number,  # type: ignore[union-attr]
            close_entry_number=journal.get(row.close_entry_id).number,  # type: ignore[union-attr]
        )

    def preview(self, year: int, lang: str = "id") -> ShuReport:
        """The year's surplus and its distribution: as posted, or as posting would make it."""
        posted = self._posted(year, lang)
        if posted is not None:
            return posted
        return self.compute(year, lang)

    def is_posted(self, year: int) -> bool:
        return self._store.get(year) is not None

    # -- posting ------------------------------------------------------------------------

    @operation("shu.post", "shu", "journal", "closing")
    def post(self, year: int) -> ShuReport:
        """Close the year's income and expenses into 3301 and distribute the surplus, in one
        transaction, both entries dated 31 December; the book is then closed up to that day,
        so that nothing can change the figures the distribution was made from."""
        end = _year_bounds(year)[1]
        if end >= self.book.today():
            raise KoperasiError("shu.not_over", year=year)
        if self.is_posted(year):
            raise KoperasiError("shu.already_posted", year=year)
        self.book.closing.require_open(end)
        report = self.compute(year)
        if report.surplus <= 0:
            raise KoperasiError("shu.no_surplus", year=year)
        closing_lines: list[JournalLine] = []
        for a in report.income:
            if a.amount > 0:
                closing_lines.append(JournalLine(a.code, debit=a.amount))
            elif a.amount < 0:
                closing_lines.append(JournalLine(a.code, credit=-a.amount))
        for a in report.expenses:
            if a.amount > 0:
                closing_lines.append(JournalLine(a.code, credit=a.amount))
            elif a.amount < 0:
                closing_lines.append(JournalLine(a.code, debit=-a.amount))
        closing_lines.append(JournalLine(acc.CURRENT_SURPLUS, credit=report.surplus))
        funds: dict[str, int] = {}
        for part in SHU_PARTS:
            if part not in ("jasa_usaha", "jasa_modal") and report.parts[part]:
                account = acc.SHU_PART_ACCOUNTS[part]
                funds[account] = funds.get(account, 0) + report.parts[part]
        distribution_lines = [JournalLine(acc.CURRENT_SURPLUS, debit=report.surplus)]
        distribution_lines += [JournalLine(a, credit=v) for a, v in sorted(funds.items())]
        distribution_lines += [
            JournalLine(acc.SHU_PAYABLE, credit=m.total, member_id=m.member.id)
            for m in report.members
            if m.total
        ]
        with self.book.atomic():
            close_id, _ = self.book.journal.post(
                JournalEntry(
                    end,
                    f"Tutup buku {year}: pendapatan dan beban ke SHU tahun berjalan",
                    tuple(closing_lines),
                    source="shu_close",
                    source_id=year,
                )
            )
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    end,
                    f"Pembagian SHU {year} menurut AD/ART",
                    tuple(distribution_lines),
                    source="shu",
                    source_id=year,
                )
            )
            self._store.insert(
                year,
                report.total_income,
                report.total_expenses,
                report.surplus,
                report.parts,
                report.split_bp,
                close_id,
                entry_id,
                [
                    ShuMemberRow(
                        year, m.member.id, m.transactions, m.capital, m.jasa_usaha, m.jasa_modal
                    )
                    for m in report.members
                ],
            )
            # The distributed year is closed with it: nothing may change its figures now.
            self.book._store_closings.insert(end, f"Tutup buku {year} dengan pembagian SHU")
        return self.preview(year)

    # -- paying members ---------------------------------------------------------------------

    @operation("shu.pay", "shu", "savings", "journal")
    def pay(
        self,
        year: int,
        members: Iterable[str] | None = None,
        method: str = "cash",
        date: datetime.date | None = None,
        reference: str | None = None,
    ) -> list[ShuPaymentRow]:
        """Pay members their SHU of a posted year (all unpaid ones, or the given members), in
        cash, by bank transfer (Cr 1102 Bank, with an optional reference such as the
        member's bank account) or credited to their simpanan sukarela, in one entry. A year
        the RAT decided (book.yearend) is frozen into the SHU tables with its first payment,
        in the same transaction."""
        with self.book.atomic():
            if not self.is_posted(year) and not self.book.yearend.freeze_for_payment(year):
                raise KoperasiError("shu.not_posted", year=year)
            return self._pay(year, members, method, date, reference)

    def _pay(
        self,
        year: int,
        members: Iterable[str] | None,
        method: str,
        date: datetime.date | None,
        reference: str | None = None,
    ) -> list[ShuPaymentRow]:
        how = PAY_METHODS.get((method or "").strip().lower())
        if how is None:
            raise KoperasiError("shu.bad_method")
        note = " ".join((reference or "").split()) or None
        if note is not None and how != "transfer":
            raise KoperasiError("i14shu.reference_transfer_only")
        day = self.book.closing.check_date(date)
        if day <= _year_bounds(year)[1]:
            raise KoperasiError("shu.before_year_end", date=fmt.date_short(day), year=year)
        shares = {r.member_id: r for r in self._store.members(year)}
        paid = {p.member_id: p for p in self._store.payments(year)}
        if members is None:
            chosen = [r for r in shares.values() if r.total > 0 and r.member_id not in paid]
            if not chosen:
                raise KoperasiError("shu.nothing_to_pay", year=year)
        else:
            chosen = []
            for number in members:
                member = self.book.members.get(number)
                share = shares.get(member.id)
                if share is None or share.total <= 0:
                    raise KoperasiError("shu.member_none", number=member.number, year=year)
                if member.id in paid:
                    raise KoperasiError(
                        "shu.member_paid",
                        number=member.number,
                        year=year,
                        date=fmt.date_short(paid[member.id].date),
                    )
                if share not in chosen:
                    chosen.append(share)
        chosen.sort(key=lambda r: r.member_id)
        lines = [JournalLine(acc.SHU_PAYABLE, debit=r.total, member_id=r.member_id) for r in chosen]
        if how == "cash":
            lines.append(JournalLine(acc.CASH, credit=sum(r.total for r in chosen)))
            text = f"Pembayaran SHU {year} tunai"
        elif how == "transfer":
            lines.append(JournalLine(acc.BANK, credit=sum(r.total for r in chosen)))
            text = f"Pembayaran SHU {year} transfer bank" + (f" ({note})" if note else "")
        else:
            lines += [
                JournalLine(acc.VOLUNTARY_SAVINGS, credit=r.total, member_id=r.member_id)
                for r in chosen
            ]
            text = f"SHU {year} dimasukkan ke simpanan sukarela"
        with self.book.atomic():
            entry_id, _ = self.book.journal.post(
                JournalEntry(day, text, tuple(lines), source="shu_payment", source_id=year)
            )
            savings_ids: dict[int, int] = {}
            if how == "sukarela":
                next_id = self.book._store_savings.next_id()
                rows = []
                for offset, r in enumerate(chosen):
                    rows.append(
                        self.book.savings.new_row(
                            r.member_id,
                            "sukarela",
                            r.total,
                            day,
                            "shu",
                            entry_id,
                            memo=f"SHU {year}",
                            row_id=next_id + offset,
                        )
                    )
                    savings_ids[r.member_id] = next_id + offset
                self.book._store_savings.insert_many(rows)
            self._store.insert_payments(
                ShuPaymentRow(
                    0,
                    year,
                    r.member_id,
                    how,
                    day,
                    r.total,
                    savings_ids.get(r.member_id),
                    entry_id,
                    note if how == "transfer" else None,
                )
                for r in chosen
            )
        done = {r.member_id for r in chosen}
        return [p for p in self._store.payments(year) if p.member_id in done]

    def years(self) -> list[int]:
        """The years whose SHU has been posted."""
        return self._store.years()

    def payments(self, year: int | None = None) -> list[ShuPaymentRow]:
        return self._store.payments(year)

    def of_member(self, member: str) -> list[tuple[ShuMemberRow, ShuPaymentRow | None]]:
        """A member's SHU of each posted year and its payment, if paid."""
        the_member = self.book.members.get(member)
        paid = {p.year: p for p in self._store.payments(member_id=the_member.id)}
        return [(r, paid.get(r.year)) for r in self._store.of_member(the_member.id)]
