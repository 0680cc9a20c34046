"""The year end as cooperatives live it (issue 14).

close_year(Y): one entry dated 31 December closes the year's income and expenses (source
'shu_close') into 3302 SHU Belum Dibagi (a surplus) or 3303 SHU Negatif (a deficit), and
the book is closed up to that day. The statements then show the surplus undistributed in
equity until the members' meeting decides.

decide(Y, date, split, loss): the RAT's decision, posted at the meeting's date.
- A surplus: first covers any deficit carried from earlier years (Dr 3302, Cr 3303), then
  the rest is appropriated by the percentages as voted (Dr 3302; Cr 3201 Cadangan, the
  funds 2104-2108, 2103 Utang SHU Anggota per member).
- A deficit: 'cover' takes it from Cadangan (Dr 3201, Cr 3303); 'carry' leaves it in 3303,
  to be covered by a later surplus.
amend(Y, date, split): reverses the standing decision's entry and posts the new one, only
while no SHU of the year is paid. The first payment (Shu.pay) freezes the decision into the
SHU tables that payments refer to.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.journal import reversal_of
from koperasi.core.model import JournalEntry, JournalLine, Member
from koperasi.core.shu_basis import (
    DEFAULT_TRANSACTION_BASIS,
    check_transaction_basis,
    mixed_weights,
)
from koperasi.core.yearend import RAT_PARTS, Appropriation, appropriate, check_rat_split
from koperasi.store.shu import ShuMemberRow
from koperasi.store.yearend import RatDecisionRow, RatMemberRow, YearClosingRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

SETTING_CAPITAL_BASIS = "shu.capital_basis"
SETTING_TRANSACTION_BASIS = "shu.transaction_basis"
CAPITAL_BASES = ("year_end", "average")
LOSS_MODES = ("cover", "carry")


@dataclass(frozen=True)
class TransactionBasis:
    """The members' transactions of a year by the transaction basis of jasa usaha.

    Attributes:
      mix: {basis: basis points} (core.shu_basis.TRANSACTION_BASES), totalling 100 %.
      components: {basis: {member: rupiah}}, positive figures only.
      totals: {basis: T_k}, the component's total over the members counted.
      weights: {member: integer weight} jasa usaha is shared by (W_m × Π T_k).
      sums: {member: Σ_k t_mk}, the rupiah of their transactions counted in any component.
    """

    mix: dict[str, int]
    components: dict[str, dict[int, int]]
    totals: dict[str, int]
    weights: dict[int, int]
    sums: dict[int, int]


@dataclass(frozen=True)
class DecisionBasis:
    """The bases a RAT decision was computed on, as recorded with it (issue 14)."""

    capital: str
    transactions: dict[str, int]
    totals: dict[str, int]
    by_member: dict[int, dict[str, int]]


@dataclass(frozen=True)
class RatDecision:
    """A standing decision with its members' shares and entry number."""

    row: RatDecisionRow
    closing: YearClosingRow
    members: tuple[tuple[Member, RatMemberRow], ...]
    entry_number: str
    amendments: int
    paid: bool
    basis: DecisionBasis | None = None

    @property
    def members_total(self) -> int:
        return sum(r.total for _, r in self.members)


def _month_ends(year: int) -> list[datetime.date]:
    return [
        (datetime.date(year + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1))
        for m in range(1, 13)
    ]


class YearEnd:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_yearend

    # -- settings -----------------------------------------------------------------------

    def capital_basis(self) -> str:
        value = self.book._settings.get(SETTING_CAPITAL_BASIS)
        return value if value in CAPITAL_BASES else "year_end"

    @operation("yearend.set_capital_basis", "settings")
    def set_capital_basis(self, basis: str) -> str:
        if basis not in CAPITAL_BASES:
            raise KoperasiError("rat.bad_basis", basis=basis)
        with self.book.atomic():
            self.book._settings.set_many({SETTING_CAPITAL_BASIS: basis})
        return basis

    def transaction_basis(self) -> dict[str, int]:
        """The statutes' transaction basis of jasa usaha: {basis: basis points} (sales,
        loan_service, purchases; core.shu_basis), net sale proceeds alone unless set."""
        text = self.book._settings.get(SETTING_TRANSACTION_BASIS)
        if text:
            try:
                return check_transaction_basis(json.loads(text))
            except (KoperasiError, ValueError, TypeError, AttributeError):
                pass
        return dict(DEFAULT_TRANSACTION_BASIS)

    @operation("yearend.set_transaction_basis", "settings")
    def set_transaction_basis(self, mix: dict[str, int]) -> dict[str, int]:
        """Set the transaction basis; weights in basis points totalling 100 %."""
        checked = check_transaction_basis(mix)
        with self.book.atomic():
            self.book._settings.set_many({SETTING_TRANSACTION_BASIS: json.dumps(checked)})
        return checked

    # -- closing ------------------------------------------------------------------------

    def closing(self, year: int) -> YearClosingRow | None:
        return self._store.closing(year) if self._store.has_tables() else None

    def is_closed(self, year: int) -> bool:
        """Closed by close_year, or by the older SHU posting (which closes with it); a book
        opened read-only before its upgrade has no year closings at all."""
        if not self._store.has_tables():
            return self.book.annual.has_shu_tables() and self.book.shu.is_posted(year)
        return self._store.closing(year) is not None or self.book.shu.is_posted(year)

    @operation("yearend.close", "shu", "journal", "closing")
    def close_year(self, year: int) -> YearClosingRow:
        """Close the year's income and expenses into SHU Belum Dibagi (or SHU Negatif),
        dated 31 December, and close the book up to that day."""
        end = datetime.date(year, 12, 31)
        if end >= self.book.today():
            raise KoperasiError("shu.not_over", year=year)
        if self.is_closed(year):
            raise KoperasiError("rat.year_closed", year=year)
        self.book.closing.require_open(end)
        self.book.assets.require_depreciated(end)  # the SHU is after depreciation (issue 14)
        income, expenses = self.book.shu.figures(year)
        lines: list[JournalLine] = []
        for a in income:
            if a.amount:
                lines.append(JournalLine(a.code, debit=max(a.amount, 0), credit=max(-a.amount, 0)))
        for a in expenses:
            if a.amount:
                lines.append(JournalLine(a.code, credit=max(a.amount, 0), debit=max(-a.amount, 0)))
        result = sum(a.amount for a in income) - sum(a.amount for a in expenses)
        if result > 0:
            lines.append(JournalLine(acc.UNDISTRIBUTED_SURPLUS, credit=result))
            text = f"Tutup buku {year}: SHU tahun berjalan ke SHU belum dibagi"
        elif result < 0:
            lines.append(JournalLine(acc.DEFICIT, debit=-result))
            text = f"Tutup buku {year}: SHU negatif tahun berjalan"
        else:
            text = f"Tutup buku {year}: tanpa SHU"
        if not lines:
            raise KoperasiError("rat.nothing_to_close", year=year)
        with self.book.atomic():
            entry_id, _ = self.book.journal.post(
                JournalEntry(end, text, tuple(lines), source="shu_close", source_id=year)
            )
            self._store.insert_closing(year, end, result, entry_id)
            self.book._store_closings.insert(end, f"Tutup buku {year}")
        return self._store.closing(year)  # type: ignore[return-value]

    # -- the members' bases -------------------------------------------------------------

    def transactions(self, year: int, mix: dict[str, int] | None = None) -> TransactionBasis:
        """Each member's transactions of the year by each component of the transaction
        basis (the settings' unless given), members who left counted up to the day they
        left, and the integer weights jasa usaha is shared by (core.shu_basis)."""
        mix = check_transaction_basis(mix) if mix else self.transaction_basis()
        start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        left = {m.id: m.left_on for m in self.book.members.list() if m.left_on is not None}
        store = self.book._store_shu
        components: dict[str, dict[int, int]] = {}
        for basis in mix:
            found = {m: v for m, v in store.member_component(basis, start, end).items()}
            for member_id, day in left.items():
                if member_id not in found:
                    continue
                if day < start:
                    found.pop(member_id)
                elif day <= end:
                    found[member_id] = store.member_component(basis, start, day).get(member_id, 0)
            components[basis] = {m: v for m, v in found.items() if v > 0}
        totals = {b: sum(c.values()) for b, c in components.items()}
        weights = mixed_weights(mix, components)
        sums: dict[int, int] = {}
        for c in components.values():
            for m, v in c.items():
                sums[m] = sums.get(m, 0) + v
        return TransactionBasis(mix, components, totals, weights, sums)

    def bases(
        self, year: int, capital_basis: str | None = None, mix: dict[str, int] | None = None
    ) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
        """({member: transactions}, {member: capital}, {member: capital weight}) for a
        year, by the capital basis in the settings (year-end balance, or the average of the
        twelve month-end balances, shared in proportion to their sum so nothing is lost to
        rounding); members who left count only up to the day they left."""
        end = datetime.date(year, 12, 31)
        left = {m.id: m.left_on for m in self.book.members.list() if m.left_on is not None}
        transactions = dict(self.transactions(year, mix).sums)
        if capital_basis is not None and capital_basis not in CAPITAL_BASES:
            raise KoperasiError("rat.bad_basis", basis=capital_basis)

        def capital_on(day: datetime.date) -> dict[int, int]:
            return {
                m: v.get("pokok", 0) + v.get("wajib", 0)
                for m, v in self.book._store_savings.all_balances(day).items()
                if not (m in left and left[m] <= day)
            }

        if (capital_basis or self.capital_basis()) == "average":
            sums: dict[int, int] = {}
            for day in _month_ends(year):
                for m, v in capital_on(day).items():
                    sums[m] = sums.get(m, 0) + v
            # The average of twelve month-end balances; the division is left to the shares
            # (proportional), so the sum itself is the weight and the basis shown is /12.
            return transactions, {m: v // 12 for m, v in sums.items()}, sums
        capital = capital_on(end)
        return transactions, capital, capital

    # -- decisions ----------------------------------------------------------------------

    def decisions(self, year: int) -> list[RatDecisionRow]:
        return self._store.decisions(year)

    def standing(self, year: int) -> RatDecisionRow | None:
        rows = [d for d in self._store.decisions(year) if d.reversed_by is None]
        return rows[-1] if rows else None

    def decision(self, year: int) -> RatDecision | None:
        if not self._store.has_tables():
            return None
        row = self.standing(year)
        closing = self._store.closing(year)
        if row is None or closing is None:
            return None
        shares = self._store.members(row.id)
        known = self.book.members.by_ids([r.member_id for r in shares])
        return RatDecision(
            row,
            closing,
            tuple((known[r.member_id], r) for r in shares),
            self.book.journal.number_of(row.entry_id) if row.entry_id else "",
            len(self._store.decisions(year)) - 1,
            self.book.shu.is_posted(year),
            self._decision_basis(row.id),
        )

    def _decision_basis(self, decision_id: int) -> DecisionBasis | None:
        found = self._store.basis(decision_id)
        if found is None:
            return None
        capital, mix, totals, rows = found
        by_member: dict[int, dict[str, int]] = {}
        for member_id, basis, amount in rows:
            by_member.setdefault(member_id, {})[basis] = amount
        return DecisionBasis(capital, mix, totals, by_member)

    def carried_deficit(self, until: datetime.date) -> int:
        """The deficit not yet covered (3303) on a day, as a positive number."""
        return max(-self._store.account_balance(acc.DEFICIT, until), 0)

    def _check_decision(
        self, year: int, date: datetime.date | None
    ) -> tuple[YearClosingRow, datetime.date]:
        closing = self._store.closing(year)
        if closing is None:
            raise KoperasiError("rat.not_closed", year=year)
        day = self.book.closing.check_date(date)
        if day <= closing.date:
            raise KoperasiError("shu.before_year_end", date=fmt.date_short(day), year=year)
        return closing, day

    def _post_decision(
        self,
        closing: YearClosingRow,
        day: datetime.date,
        split_bp: dict[str, int] | None,
        loss: str,
        attendance: int | None,
        capital_basis: str | None = None,
        mix: dict[str, int] | None = None,
    ) -> int:
        year = closing.year
        capital_basis = capital_basis or self.capital_basis()
        result = closing.result
        lines: list[JournalLine] = []
        members: list[tuple[int, int, int, int, int]] = []
        parts: dict[str, int] = {}
        covered = 0
        split = check_rat_split(split_bp) if split_bp else self.statutes_split()
        if result > 0:
            # A deficit carried from earlier years is covered first (not one of this year's).
            covered = min(self.carried_deficit(closing.date), result)
            _, capital, weights = self.bases(year, capital_basis)
            basis = self.transactions(year, mix)
            transactions = basis.sums
            a: Appropriation = appropriate(result - covered, split, basis.weights, weights)
            parts = a.parts
            lines.append(JournalLine(acc.UNDISTRIBUTED_SURPLUS, debit=result))
            if covered:
                lines.append(JournalLine(acc.DEFICIT, credit=covered))
            funds: dict[str, int] = {}
            for part in RAT_PARTS:
                if part not in ("jasa_usaha", "jasa_modal") and parts[part]:
                    account = acc.RAT_PART_ACCOUNTS[part]
                    funds[account] = funds.get(account, 0) + parts[part]
            lines += [JournalLine(code, credit=v) for code, v in sorted(funds.items())]
            for m in a.members:
                usaha, modal = a.jasa_usaha.get(m, 0), a.jasa_modal.get(m, 0)
                members.append((m, transactions.get(m, 0), capital.get(m, 0), usaha, modal))
                if usaha + modal:
                    lines.append(JournalLine(acc.SHU_PAYABLE, credit=usaha + modal, member_id=m))
            text = f"Pembagian SHU {year} menurut keputusan RAT {fmt.date_short(day)}"
            loss = ""
        elif result < 0:
            if loss not in LOSS_MODES:
                raise KoperasiError("rat.loss_mode", year=year)
            if loss == "cover":
                reserve = self._store.account_balance(acc.RESERVE, day)
                if reserve < -result:
                    raise KoperasiError(
                        "rat.reserve_short",
                        year=year,
                        deficit=fmt.rupiah(-result),
                        reserve=fmt.rupiah(reserve),
                    )
                lines = [
                    JournalLine(acc.RESERVE, debit=-result),
                    JournalLine(acc.DEFICIT, credit=-result),
                ]
                text = f"SHU negatif {year} ditutup dari cadangan, keputusan RAT"
            split = {}
        entry_id = None
        if lines:
            entry_id, _ = self.book.journal.post(
                JournalEntry(day, text, tuple(lines), source="rat", source_id=year)
            )
        decision_id = self._store.insert_decision(
            year, day, attendance, split, parts, loss, covered, entry_id, members
        )
        if result > 0:
            # The bases in force are kept with the decision (issue 14): a later change of
            # the settings changes nothing decided.
            self._store.insert_basis(
                decision_id,
                capital_basis,
                basis.mix,
                basis.totals,
                [
                    (m, b, v)
                    for b, found in basis.components.items()
                    for m, v in sorted(found.items())
                    if m in set(a.members)
                ],
            )
        return decision_id

    def statutes_split(self) -> dict[str, int]:
        """The statutes' percentages (settings) with the regional fund at 0 % unless set."""
        return check_rat_split({**self.book.shu.split(), "regional": 0})

    @operation("rat.decide", "shu", "journal")
    def decide(
        self,
        year: int,
        date: datetime.date | None = None,
        split_bp: dict[str, int] | None = None,
        loss: str = "",
        attendance: int | None = None,
        transactions: dict[str, int] | None = None,
        capital: str | None = None,
    ) -> RatDecision:
        """Record the RAT's decision on a closed year and post its appropriation at the
        meeting's date; the bases of jasa usaha and jasa modal are the settings' unless the
        meeting names others, and are recorded with the decision."""
        closing, day = self._check_decision(year, date)
        if self.standing(year) is not None:
            raise KoperasiError("rat.already_decided", year=year)
        if closing.result >= 0 and loss:
            raise KoperasiError("rat.no_loss", year=year)
        with self.book.atomic():
            self._post_decision(closing, day, split_bp, loss, attendance, capital, transactions)
        return self.decision(year)  # type: ignore[return-value]

    @operation("rat.amend", "shu", "journal")
    def amend(
        self,
        year: int,
        date: datetime.date | None = None,
        split_bp: dict[str, int] | None = None,
        loss: str = "",
        attendance: int | None = None,
        transactions: dict[str, int] | None = None,
        capital: str | None = None,
    ) -> RatDecision:
        """Reverse the standing decision and post the amended one, while no SHU of the
        year is paid. The bases stay those recorded with the standing decision (a later
        change of the settings does not slip into it) unless the meeting names others."""
        closing, day = self._check_decision(year, date)
        old = self.standing(year)
        if old is None:
            raise KoperasiError("rat.not_decided", year=year)
        if self.book.shu.is_posted(year):
            raise KoperasiError("rat.paid", year=year)
        if closing.result >= 0 and loss:
            raise KoperasiError("rat.no_loss", year=year)
        with self.book.atomic():
            reversed_by = None
            if old.entry_id is not None:
                entry = self.book.journal.by_id(old.entry_id)
                reversed_by, _ = self.book.journal.post(
                    reversal_of(entry, day, f"Pembalik {entry.number}: keputusan RAT {year} diubah")
                )
            recorded = self._decision_basis(old.id)
            if recorded is not None:
                capital = capital or recorded.capital
                transactions = transactions or recorded.transactions
            else:  # decided before the bases were recorded: net sale proceeds then
                transactions = transactions or {"sales": 10_000}
            new_id = self._post_decision(
                closing, day, split_bp, loss or old.loss, attendance, capital, transactions
            )
            if reversed_by is None:
                # A carried deficit posted nothing: its amendment names the new entry.
                reversed_by = next(
                    d for d in self._store.decisions(year) if d.id == new_id
                ).entry_id
                if reversed_by is None:
                    raise KoperasiError("rat.nothing_to_amend", year=year)
            self._store.mark_reversed(old.id, reversed_by)
        return self.decision(year)  # type: ignore[return-value]

    # -- payment ------------------------------------------------------------------------

    def freeze_for_payment(self, year: int) -> bool:
        """Before a year's first SHU payment: copy the standing decision into the SHU
        tables that payments refer to (after which it can no longer be amended)."""
        if self.book.shu.is_posted(year):
            return True
        decision = self.decision(year)
        if decision is None or decision.row.entry_id is None or not decision.members:
            return False
        row = decision.row
        income, expenses = self.book.shu.figures(year)
        parts = {p: row.parts.get(p, 0) for p in RAT_PARTS}
        self.book._store_shu.insert(
            year,
            sum(a.amount for a in income),
            sum(a.amount for a in expenses),
            decision.closing.result,
            parts,
            row.split,
            decision.closing.entry_id,
            row.entry_id,
            [
                ShuMemberRow(
                    year, r.member_id, r.transactions, r.capital, r.jasa_usaha, r.jasa_modal
                )
                for _, r in decision.members
            ],
        )
        return True

    # -- SHU not yet claimed ----------------------------------------------------------------

    def unclaimed(self) -> list[UnclaimedShu]:
        """Every member's SHU decided (or posted by the statutes) and not yet paid, oldest
        year first: together they are the balance of 2103 Utang SHU Anggota."""
        found: list[UnclaimedShu] = []
        shu = self.book._store_shu
        frozen = set(shu.years()) if self.book.annual.has_shu_tables() else set()
        closed = self._store.closings() if self._store.has_tables() else []
        years = sorted(frozen | {c.year for c in closed})
        for year in years:
            if year in frozen:
                paid = {p.member_id for p in shu.payments(year)}
                rows = [
                    (r.member_id, r.total) for r in shu.members(year) if r.member_id not in paid
                ]
                decision = self.decision(year)
                since = decision.row.date if decision else datetime.date(year, 12, 31)
            else:
                decision = self.decision(year)
                if decision is None:
                    continue
                rows = [(m.id, r.total) for m, r in decision.members]
                since = decision.row.date
            known = self.book.members.by_ids([m for m, _ in rows])
            found += [UnclaimedShu(year, known[m], total, since) for m, total in rows if total > 0]
        return found


@dataclass(frozen=True)
class UnclaimedShu:
    """A member's SHU of a year not yet paid (cash or to savings), decided on `since`."""

    year: int
    member: Member
    amount: int
    since: datetime.date
