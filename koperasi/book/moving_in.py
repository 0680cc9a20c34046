"""Moving a working cooperative in: members, opening savings, loans, balances and historic
deliveries imported row by row, and the opening balances posted as one entry.

Every import is planned row by row inside one transaction: each row runs in its own
savepoint, so a refused row is rolled back alone and named (row, column, reason). Then the
whole transaction is rolled back when it was only a preview, or when any row was refused
and the user did not choose to import only the good rows. A second import of the same file
finds every row unchanged.

Savings, loans and account balances are staged (store.opening) until `post_opening` checks
that the parts add up to the accounts and posts them as one balanced entry on the start date.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from koperasi.book.controls import require_quality
from koperasi.book.deliveries import DeductionInput
from koperasi.book.ops import operation
from koperasi.book.reference_prices import iso_week, parse_week
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import parse_date
from koperasi.core.journal import payout_entry
from koperasi.core.loans import INTEREST_METHODS, add_months
from koperasi.core.members import check_gender, check_name, member_number, normalize_nik
from koperasi.core.model import JournalEntry, JournalLine, Member
from koperasi.core.numbering import document_number
from koperasi.core.savings import SAVINGS_KINDS
from koperasi.store.loans import LoanRow
from koperasi.store.opening import OpeningLoan, OpeningShare, OpeningStore
from koperasi.store.payouts import PayoutRow
from koperasi.store.sales import SaleRow
from koperasi.store.savings import SavingsRow
from koperasi.store.shu import ShuMemberRow

if TYPE_CHECKING:
    from koperasi.book.book import Book

IMPORT_KINDS = ("members", "savings", "loans", "balances", "shares", "shu", "deliveries")
# Imports that are not part of moving in (no wizard step, allowed after the opening).
OTHER_KINDS = ("prices",)
SAVINGS_ACCOUNT = {
    "pokok": acc.PRINCIPAL_SAVINGS,
    "wajib": acc.MANDATORY_SAVINGS,
    "sukarela": acc.VOLUNTARY_SAVINGS,
}
OPENING_SOURCE = "opening"
OPENING_MEMO = "Saldo awal (pindahan dari pembukuan lama)"
OPENING_BUYER = "Penjualan pembukuan lama"
# Where the money of old sales with unpaid shares is, in the order it is looked for.
_MONEY_ACCOUNTS = (acc.CASH, acc.BANK)

# Which column a refusal of the book's own rules is about (by its message code's start).
_ERROR_COLUMNS = (
    ("member.nik", "nik"),
    ("member.name", "name"),
    ("member.bad_gender", "gender"),
    ("member.future_join", "joined"),
    ("delivery.future_date", "date"),
    ("period.closed", "date"),
    ("delivery.gross", "gross"),
    ("delivery.quality", "quality"),
    ("quality", "quality"),
    ("deduction", "deduction"),
    ("delivery.net", "deduction"),
    ("member.inactive", "member"),
    ("member.not_found", "member"),
    ("commodity", "commodity"),
)


@dataclass(frozen=True)
class SourceRow:
    """One row of an imported file, its cells already read into typed values.

    Attributes:
      row: the row's number in the file (as the spreadsheet shows it).
      values: column key -> value (None for an empty cell).
      headers: column key -> the header as written in the file, to name a refused column.
    """

    row: int
    values: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> Any:
        return self.values.get(key)


@dataclass(frozen=True)
class Refusal:
    """A refused row: where, and why (a KoperasiError, said in the user's language)."""

    row: int
    column: str
    error: KoperasiError

    def reason(self, lang: str | None = None) -> str:
        return self.error.message(lang)

    def as_json(self, lang: str | None = None) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "reason": self.reason(lang)}


@dataclass(frozen=True)
class RowOutcome:
    row: int
    outcome: str  # "new", "updated", "unchanged" or "refused"
    label: str = ""  # what the row is: a member number, a loan, an account


@dataclass
class ImportReport:
    """What an import did (or would do, for a preview)."""

    kind: str
    outcomes: list[RowOutcome] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    written: bool = False

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    def as_json(self, lang: str | None = None) -> dict[str, object]:
        return {
            "new": self.count("new"),
            "updated": self.count("updated"),
            "unchanged": self.count("unchanged"),
            "refused": [r.as_json(lang) for r in self.refused],
            "written": self.written,
        }


@dataclass(frozen=True)
class Difference:
    """Where the opening balances do not add up: the details against the account."""

    what: str  # a LABELS key of koperasi.text.moving_in ("diff.savings", ...)
    params: dict[str, str]
    details: int
    account: int

    @property
    def difference(self) -> int:
        return self.details - self.account


@dataclass(frozen=True)
class Progress:
    """Moving in so far: {kind: rows brought in}, the differences left, and the posted
    opening (start date, entry number) once posted."""

    counts: dict[str, int]
    differences: list[Difference]
    posted: tuple[datetime.date, str] | None


class _RowRefused(Exception):
    def __init__(self, column: str, error: KoperasiError) -> None:
        super().__init__(error.code)
        self.column, self.error = column, error


class _Rollback(Exception):
    """Raised inside the import's transaction to undo it (a preview, or refused rows)."""


def _refuse(column: str, code: str, **params: object) -> _RowRefused:
    return _RowRefused(column, KoperasiError(code, **params))


def _column_of(error: KoperasiError, default: str) -> str:
    for prefix, column in _ERROR_COLUMNS:
        if error.code.startswith(prefix):
            return column
    return default


class MovingIn:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = OpeningStore(book._db)

    # -- the import loop ---------------------------------------------------------------

    def run_import(
        self,
        kind: str,
        rows: Iterable[SourceRow],
        refused: Sequence[Refusal] = (),
        preview: bool = False,
        only_good: bool = False,
    ) -> ImportReport:
        """Import rows of `kind` (IMPORT_KINDS); rows with a refusal already (from reading
        the cells) are left out and reported with it. Writes only when nothing is refused,
        or `only_good` is chosen, and it is not a preview."""
        if kind not in IMPORT_KINDS + OTHER_KINDS:
            kinds = ", ".join(IMPORT_KINDS + OTHER_KINDS)
            raise KoperasiError("import.bad_kind", kind=kind, kinds=kinds)
        apply: Callable[[SourceRow, _Context], RowOutcome] = getattr(self, f"_row_{kind}")
        report = ImportReport(kind, refused=list(refused))
        bad_rows = {r.row for r in refused}
        report.outcomes = [RowOutcome(r, "refused") for r in sorted(bad_rows)]
        try:
            self._import(kind, rows, apply, report, bad_rows, preview, only_good)
        except _Rollback:
            report.written = False
        report.refused.sort(key=lambda r: r.row)
        report.outcomes.sort(key=lambda o: o.row)
        return report

    @operation(
        "moving_in.import",
        "members",
        "savings",
        "loans",
        "deliveries",
        "journal",
        "shu",
        "reference_prices",
    )
    def _import(self, kind, rows, apply, report, bad_rows, preview, only_good) -> None:
        context = _Context(self.book, self._store)
        if kind not in ("members", "deliveries", *OTHER_KINDS):
            posted = self._store.posted()
            if posted is not None:
                raise KoperasiError("import.opening_posted", date=fmt.date_short(posted[0]))
        for source in rows:
            if source.row in bad_rows:
                continue
            try:
                with self.book.atomic():  # a savepoint: a refused row is undone alone
                    report.outcomes.append(apply(source, context))
            except _RowRefused as refusal:
                report.refused.append(
                    Refusal(
                        source.row,
                        source.headers.get(refusal.column, refusal.column),
                        refusal.error,
                    )
                )
                report.outcomes.append(RowOutcome(source.row, "refused"))
            except KoperasiError as error:
                column = _column_of(error, context.first_column)
                report.refused.append(
                    Refusal(source.row, source.headers.get(column, column), error)
                )
                report.outcomes.append(RowOutcome(source.row, "refused"))
        context.finish()
        if preview or (report.refused and not only_good):
            raise _Rollback
        report.written = True

    # -- members -------------------------------------------------------------------------

    def _row_members(self, source: SourceRow, ctx: _Context) -> RowOutcome:
        ctx.first_column = "name"
        number = (source.get("number") or "").strip().upper()
        nik_text = source.get("nik")
        try:
            nik = normalize_nik(nik_text)
        except KoperasiError as error:
            raise _RowRefused("nik", error) from None
        for key, value in (("number", number), ("nik", nik)):
            if value:
                other = ctx.seen.setdefault((key, value), source.row)
                if other != source.row:
                    raise _refuse(key, "import.duplicate", other=other)
        store = self.book._store_members
        existing = (store.by_number(number) if number else None) or (
            store.by_nik(nik) if nik else None
        )
        if nik and existing is not None and existing.nik != nik:
            holder = store.by_nik(nik)
            if holder is not None and holder.id != existing.id:
                raise _refuse(
                    "nik", "member.nik_taken", nik=nik, number=holder.number, name=holder.name
                )
        try:
            name = check_name(source.get("name"))
        except KoperasiError as error:
            if existing is None or source.get("name") not in (None, ""):
                raise _RowRefused("name", error) from None
            name = existing.name
        try:
            gender = check_gender(source.get("gender"))
        except KoperasiError as error:
            raise _RowRefused("gender", error) from None
        joined = source.get("joined")
        if joined is not None and joined > self.book.today():
            raise _refuse("joined", "member.future_join", date=fmt.date_short(joined))
        changes = {
            "name": name,
            "nik": nik,
            "gender": gender,
            "village": " ".join(str(source.get("village") or "").split()),
            "address": " ".join(str(source.get("address") or "").split()),
            "phone": str(source.get("phone") or "").strip(),
            "joined": joined,
        }
        if existing is not None:
            # An empty cell keeps what the book has: a short list never erases a long one.
            wanted = {k: v for k, v in changes.items() if v not in (None, "")}
            updated = replace(existing, **wanted)
            if updated == existing:
                return RowOutcome(source.row, "unchanged", existing.number)
            store.update(updated)
            return RowOutcome(source.row, "updated", existing.number)
        if number:
            ctx.member_seq(number)
        else:
            seq = self.book._settings.next_seq("member", 0)
            number = member_number(self.book.profile.member_prefix, seq)
            if store.by_number(number) is not None:
                raise _refuse("number", "import.number_taken", number=number, name="?")
        member = Member(
            id=0,
            number=number,
            **{**changes, "joined": joined or self.book.today()},
        )
        store.insert(member)
        return RowOutcome(source.row, "new", number)

    # -- opening savings ------------------------------------------------------------------

    def _member_of(self, source: SourceRow, ctx: _Context) -> Member:
        text = str(source.get("member") or source.get("nik") or "").strip()
        if not text:
            raise _refuse("member", "import.required")
        member = ctx.member(text)
        if member is None:
            raise _refuse("member", "import.member_unknown", value=text)
        return member

    def _row_savings(self, source: SourceRow, ctx: _Context) -> RowOutcome:
        ctx.first_column = "member"
        member = self._member_of(source, ctx)
        other = ctx.seen.setdefault(("member", member.id), source.row)
        if other != source.row:
            raise _refuse("member", "import.duplicate", other=other)
        staged = ctx.staged_savings()
        rows, changed, fresh = [], False, True
        for kind in SAVINGS_KINDS:
            amount = source.get(kind)
            before = staged.get((member.id, kind))
            if before is not None:
                fresh = False
            if amount is None:
                continue
            if amount != before:
                changed = True
                rows.append((member.id, kind, amount))
        self._store.set_savings(rows)
        arrears = source.get("arrears")
        if arrears is not None:
            before = ctx.staged_arrears().get(member.id)
            if before is not None:
                fresh = False
            if arrears != before:
                changed = True
                self._store.set_arrears([(member.id, arrears)])
        outcome = "new" if fresh and changed else ("updated" if changed else "unchanged")
        return RowOutcome(source.row, outcome, member.number)

    # -- opening loans ---------------------------------------------------------------------

    def _row_loans(self, source: SourceRow, ctx: _Context) -> RowOutcome:
        ctx.first_column = "member"
        member = self._member_of(source, ctx)
        kind = (source.get("kind") or "pinjaman").strip().lower()
        if kind not in ("pinjaman", "kasbon"):
            raise _refuse("kind", "import.bad_choice", value=kind, choices="pinjaman, kasbon")
        ref = str(source.get("ref") or "").strip()
        other = ctx.seen.setdefault(("loan", member.id, kind, ref), source.row)
        if other != source.row:
            raise _refuse("ref", "import.duplicate", other=other)
        remaining = source.get("remaining")
        if not remaining:
            raise _refuse("remaining", "import.required")
        rate_bp = source.get("rate") or 0
        months = source.get("months") or 0
        next_due = source.get("next_due")
        method = (source.get("method") or "").strip().lower()
        method = {"menurun": "declining", "anuitas": "declining", "tetap": "flat"}.get(
            method, method
        )
        if kind == "kasbon":
            if rate_bp or months or next_due:
                raise _refuse("months", "import.kasbon_terms")
            method = "none"
        else:
            if not 1 <= months <= 120:
                raise _refuse("months", "import.loan_terms")
            if next_due is None:
                raise _refuse("next_due", "import.loan_terms")
            if rate_bp > 10_000:
                raise _refuse("rate", "import.too_large", value=fmt.percent(rate_bp))
            method = method or "flat"
            if method not in INTEREST_METHODS:
                raise _refuse("method", "import.bad_choice", value=method, choices="flat, menurun")
        loan = OpeningLoan(member.id, ref, kind, remaining, rate_bp, method, months, next_due)
        before = ctx.staged_loans().get((member.id, kind, ref))
        if before == loan:
            return RowOutcome(source.row, "unchanged", member.number)
        self._store.set_loans([loan])
        return RowOutcome(source.row, "new" if before is None else "updated", member.number)

    # -- account balances -------------------------------------------------------------------

    def _row_balances(self, source: SourceRow, ctx: _Context) -> RowOutcome:
        ctx.first_column = "account"
        text = str(source.get("account") or "").strip()
        if not text:
            raise _refuse("account", "import.required")
        code = ctx.account(text)
        if code is None:
            raise _refuse("account", "import.account_unknown", value=text)
        other = ctx.seen.setdefault(("account", code), source.row)
        if other != source.row:
            raise _refuse("account", "import.duplicate", other=other)
        debit, credit = source.get("debit") or 0, source.get("credit") or 0
        if debit and credit:
            raise _refuse("credit", "import.debit_and_credit")
        before = self._store.accounts().get(code)
        if before == (debit, credit):
            return RowOutcome(source.row, "unchanged", code)
        self._store.set_accounts([(code, debit, credit)])
        return RowOutcome(source.row, "new" if before is None else "updated", code)

    # -- harvest shares of old sales not yet paid ------------------------------------------

    def _row_shares(self, source: SourceRow, ctx: _Context) -> RowOutcome:
        ctx.first_column = "member"
        member = self._member_of(source, ctx)
        ref = str(source.get("ref") or "").strip()
        commodity = str(source.get("commodity") or "").strip()
        date, grams, amount = source.get("sale_date"), source.get("net"), source.get("amount")
        for key, value in (("ref", ref), ("sale_date", date), ("commodity", commodity),
                           ("net", grams), ("amount", amount)):  # fmt: skip
            if not value:
                raise _refuse(key, "import.required")
        other = ctx.seen.setdefault(("share", ref.upper(), member.id), source.row)
        if other != source.row:
            raise _refuse("member", "import.duplicate", other=other)
        try:  # checked as the delivery it becomes (recorded when the opening is posted)
            delivery = self.book.deliveries._build(
                member.number, commodity, date, grams, (), source.get("quality"), ""
            )
        except KoperasiError as error:
            column = _column_of(error, "net")
            raise _RowRefused(
                {"gross": "net", "deduction": "net", "date": "sale_date"}.get(column, column),
                error,
            ) from None
        staged = ctx.staged_shares()
        if not ctx.sales:  # each old sale once: one date and one commodity
            for share in staged.values():
                ctx.sales.setdefault(share.ref.upper(), (share.sale_date, share.commodity_id, 0))
        sale = ctx.sales.setdefault(ref.upper(), (date, delivery.commodity_id, source.row))
        if (sale[0], sale[1]) != (date, delivery.commodity_id):
            raise _refuse("ref", "import.sale_differs", ref=ref)
        paid_on = source.get("paid_on")
        if paid_on is not None and not date <= paid_on <= self.book.today():
            raise _refuse(
                "paid_on", "import.paid_on", date=fmt.date_short(paid_on),
                sale=fmt.date_short(date),
            )  # fmt: skip
        share = OpeningShare(
            ref, member.id, date, delivery.commodity_id, grams, delivery.quality_bp, amount, paid_on
        )
        before = staged.get((ref, member.id))
        if before == share:
            return RowOutcome(source.row, "unchanged", member.number)
        self._store.set_share(share)
        return RowOutcome(source.row, "new" if before is None else "updated", member.number)

    # -- SHU of past years still owed to members -----------------------------------------

    def _row_shu(self, source: SourceRow, ctx: _Context) -> RowOutcome:
        ctx.first_column = "member"
        member = self._member_of(source, ctx)
        year, amount = source.get("year"), source.get("amount")
        if not amount:
            raise _refuse("amount", "import.required")
        today = self.book.today()
        if not 1900 <= (year or 0) < today.year:
            raise _refuse("year", "import.shu_year", value=year or "", year=today.year)
        if year in self.book.shu.years():
            raise _refuse("year", "import.shu_posted", year=year)
        other = ctx.seen.setdefault(("shu", year, member.id), source.row)
        if other != source.row:
            raise _refuse("member", "import.duplicate", other=other)
        before = ctx.staged_shu().get((year, member.id))
        if before == amount:
            return RowOutcome(source.row, "unchanged", member.number)
        self._store.set_shu_owed([(year, member.id, amount)])
        return RowOutcome(source.row, "new" if before is None else "updated", member.number)

    # -- historic deliveries ------------------------------------------------------------------

    def _row_deliveries(self, source: SourceRow, ctx: _Context) -> RowOutcome:
        ctx.first_column = "date"
        member = self._member_of(source, ctx)
        date, commodity = source.get("date"), str(source.get("commodity") or "").strip()
        gross, deduction = source.get("gross"), source.get("deduction") or 0
        if date is None:
            raise _refuse("date", "import.required")
        if not commodity:
            raise _refuse("commodity", "import.required")
        if gross is None:
            raise _refuse("gross", "import.required")
        quality = source.get("quality")
        try:  # typed by a person too: Karet without its KKK would count as 100 %
            require_quality(self.book, commodity, quality)
        except KoperasiError as error:
            if error.code != "delivery.quality_required":
                raise
            raise _RowRefused("quality", error) from None
        base = (
            f"{date.isoformat()}|{member.number}|{commodity.lower()}|{gross}|{deduction}|{quality}"
        )
        occurrence = ctx.seen.get(("delivery", base), 0) + 1
        ctx.seen[("delivery", base)] = occurrence
        key = f"{base}|{occurrence}"
        if key in ctx.known_keys("deliveries"):
            return RowOutcome(source.row, "unchanged", member.number)
        deductions = [DeductionInput("tare", grams=deduction)] if deduction else []
        delivery = self.book.deliveries.record(
            member.number, commodity, gross, date, deductions, quality_bp=quality
        )
        self._store.add_keys("deliveries", [(key, delivery.id)])
        return RowOutcome(source.row, "new", delivery.receipt)

    # -- reference prices (issue 13) -----------------------------------------------------

    def _row_prices(self, source: SourceRow, ctx: _Context) -> RowOutcome:
        """One week's Disbun price for a tree-age bracket; the same price already recorded
        for that week and bracket is unchanged (importing the file again changes nothing)."""
        ctx.first_column = "commodity"
        commodity = str(source.get("commodity") or "").strip()
        week_cell = source.get("week")
        for column, value in (("commodity", commodity), ("week", week_cell)):
            if not value:
                raise _refuse(column, "import.required")
        try:
            week = parse_week(str(week_cell))
        except KoperasiError as error:
            try:  # a date in the week, as the office's table often gives ("25/11/2026")
                week = iso_week(parse_date(str(week_cell)))
            except (KoperasiError, ValueError):
                raise _RowRefused("week", error) from None
        age_from, age_to, price = (source.get(k) for k in ("age_from", "age_to", "price"))
        for column, value in (("age_from", age_from), ("age_to", age_to), ("price", price)):
            if value is None:
                raise _refuse(column, "import.required")
        try:
            known = self.book.reference_prices.of_week(commodity, week)
        except KoperasiError as error:
            raise _RowRefused("commodity", error) from None
        label = f"{commodity} {week} {age_from}-{age_to}"
        latest = [r for r in known if (r.age_from, r.age_to) == (age_from, age_to)]
        if latest and max(latest, key=lambda r: r.id).price_cents == price:
            return RowOutcome(source.row, "unchanged", label)
        try:
            self.book.reference_prices.set(commodity, week, age_from, age_to, price)
        except KoperasiError as error:
            column = "price" if error.code == "reference.bad_price" else "age_from"
            raise _RowRefused(column, error) from None
        return RowOutcome(source.row, "updated" if latest else "new", label)

    # -- opening balances ---------------------------------------------------------------------

    def posted(self) -> tuple[datetime.date, str] | None:
        """(start date, entry number) once the opening balances are posted, else None."""
        posted = self._store.posted()
        if posted is None:
            return None
        return posted[0], self.book.journal.number_of(posted[1])

    def staged(
        self,
    ) -> tuple[dict[str, tuple[int, int]], dict[tuple[int, str], int], list[OpeningLoan]]:
        """What has been imported for the opening: accounts, members' savings, loans."""
        return self._store.accounts(), self._store.savings(), self._store.loans()

    def progress(self, date: datetime.date) -> Progress:
        """How far moving in has come: what each kind has brought in so far, and the
        differences still to fix before the opening on `date` can be posted."""
        accounts, savings, loans = self.staged()
        posted = self.posted()
        counts = {
            "members": self.book._store_members.count(),
            "savings": len({member_id for member_id, _ in savings}),
            "loans": len(loans),
            "balances": len(accounts),
            "shares": len(self._store.shares()),
            "shu": len(self._store.shu_owed()),
            "deliveries": len(self._store.known_keys("deliveries")),
        }
        differences = [] if posted is not None else self.differences(date)
        return Progress(counts, differences, posted)

    def differences(self, date: datetime.date) -> list[Difference]:
        """Where the staged opening balances do not add up (empty when they do)."""
        accounts, savings, loans = self.staged()
        differences = []
        debit = sum(d for d, _ in accounts.values())
        credit = sum(c for _, c in accounts.values())
        if debit != credit:
            differences.append(Difference("diff.balance", {}, debit, credit))
        for kind, code in SAVINGS_ACCOUNT.items():
            details = sum(a for (_, k), a in savings.items() if k == kind)
            d, c = accounts.get(code, (0, 0))
            if details != c - d:
                differences.append(
                    Difference("diff.savings", {"kind": kind, "account": code}, details, c - d)
                )
        d, c = accounts.get(acc.MEMBER_RECEIVABLE, (0, 0))
        outstanding = sum(loan.remaining for loan in loans)
        if outstanding != d - c:
            differences.append(
                Difference("diff.loans", {"account": acc.MEMBER_RECEIVABLE}, outstanding, d - c)
            )
        # SHU owed is brought in per member and year (import kind "shu").
        d, c = accounts.get(acc.SHU_PAYABLE, (0, 0))
        owed = sum(self._store.shu_owed().values())
        if owed != c - d:
            differences.append(
                Difference("diff.shu_owed", {"account": acc.SHU_PAYABLE}, owed, c - d)
            )
        # Unpaid harvest shares are brought in per old sale and member (import kind "shares").
        d, c = accounts.get(acc.MEMBER_HARVEST_PAYABLE, (0, 0))
        shares = self._store.shares()
        unpaid = sum(share.amount for share in shares if share.paid_on is None)
        if unpaid != c - d:
            differences.append(
                Difference("diff.shares", {"account": acc.MEMBER_HARVEST_PAYABLE}, unpaid, c - d)
            )
        received = _received_into(accounts, shares)
        if received is None:
            differences.append(Difference("diff.shares_money", {}, unpaid, _money(accounts)))
        for share in shares:
            if share.sale_date > date or (share.paid_on or share.sale_date) > date:
                differences.append(Difference("diff.share_after", {"ref": share.ref}, 0, 0))
                break
        for year in sorted({year for year, _ in self._store.shu_owed()}):
            if year >= date.year or year in self.book.shu.years():
                differences.append(Difference("diff.shu_year", {"year": str(year)}, 0, 0))
        members = self.book._store_members
        for loan in loans:
            if loan.next_due is not None and loan.next_due < date:
                member = members.get(loan.member_id)
                differences.append(
                    Difference(
                        "diff.loan_due",
                        {"member": f"{member.number} {fmt.date_short(loan.next_due)}"},
                        0,
                        0,
                    )
                )
        return differences

    @operation(
        "moving_in.post_opening",
        "journal",
        "savings",
        "loans",
        "shu",
        "sales",
        "deliveries",
        "payouts",
    )
    def post_opening(self, date: datetime.date) -> str:
        """Post the staged opening balances as one entry on the start date; returns its
        number. Refused while anything does not add up, or once posted."""
        posted = self._store.posted()
        if posted is not None:
            raise KoperasiError("import.opening_posted", date=fmt.date_short(posted[0]))
        date = self.book.closing.check_date(date)
        first = self._store.first_entry_date()
        if first is not None and first < date:
            raise KoperasiError(
                "opening.entries_before", first=fmt.date_short(first), date=fmt.date_short(date)
            )
        accounts, savings, loans = self.staged()
        if not accounts:
            raise KoperasiError("opening.empty")
        if self.differences(date):
            raise KoperasiError("opening.not_balanced")
        member_accounts = set(SAVINGS_ACCOUNT.values()) | {acc.MEMBER_RECEIVABLE, acc.SHU_PAYABLE}
        # The money the old sales brought in comes in with their sales (at the start date).
        shares = self._store.shares()
        received = _received_into(accounts, shares) or {}
        taken: dict[str, int] = {}
        for share in shares:
            if share.paid_on is None:
                account = received[(share.ref, share.sale_date)]
                taken[account] = taken.get(account, 0) + share.amount
        if shares:
            member_accounts.add(acc.MEMBER_HARVEST_PAYABLE)
            accounts = {code: (d - taken.get(code, 0), c) for code, (d, c) in accounts.items()}
        shu_owed = self._store.shu_owed()
        lines = [
            JournalLine(code, debit=d, credit=c, memo=OPENING_MEMO)
            for code, (d, c) in accounts.items()
            if code not in member_accounts and (d or c)
        ]
        lines += [
            JournalLine(SAVINGS_ACCOUNT[kind], credit=amount, member_id=member_id)
            for (member_id, kind), amount in savings.items()
            if amount
        ]
        lines += [
            JournalLine(acc.MEMBER_RECEIVABLE, debit=loan.remaining, member_id=loan.member_id)
            for loan in loans
        ]
        lines += [
            JournalLine(acc.SHU_PAYABLE, credit=amount, member_id=member_id)
            for (_, member_id), amount in shu_owed.items()
        ]
        entry_id, number = self.book.journal.post(
            JournalEntry(date, OPENING_MEMO, tuple(lines), source=OPENING_SOURCE)
        )
        savings_store, kwitansi = self.book._store_savings, []
        next_id = savings_store.next_id()
        for (member_id, kind), amount in savings.items():
            if not amount:
                continue
            seq = self.book._settings.next_seq("kwitansi", date.year)
            row = SavingsRow(
                next_id, document_number("kwitansi", date.year, seq), date, member_id, kind,
                amount, "cash", None, None, entry_id, OPENING_MEMO,
            )  # fmt: skip
            kwitansi.append((row, date.year, seq))
            next_id += 1
        savings_store.insert_many(kwitansi)
        loan_store = self.book._store_loans
        for loan in loans:
            series = "loan" if loan.kind == "pinjaman" else "kasbon"
            seq = self.book._settings.next_seq(series, date.year)
            # The plan starts a month before the next installment, so its first one is due then.
            start = add_months(loan.next_due, -1) if loan.next_due else date
            purpose = f"{OPENING_MEMO} {loan.ref}".strip()
            loan_store.insert(
                LoanRow(
                    loan_store.next_id(), document_number(series, date.year, seq), loan.kind,
                    loan.member_id, start, loan.remaining, loan.months, loan.rate_bp,
                    loan.method, purpose, acc.CASH, entry_id,
                ),
                date.year,
                seq,
            )  # fmt: skip
        self._post_dues(date, entry_id, savings, shu_owed)
        self._post_sales(date, shares, received)
        if shu_owed:
            # As a distribution made in the book closes its year, so does one brought in.
            year = max(y for y, _ in shu_owed)
            self.book._store_closings.insert(
                datetime.date(year, 12, 31), f"Tutup buku {year} (SHU dibagi di pembukuan lama)"
            )
        self._store.record_posted(date, entry_id)
        return number

    def _post_sales(
        self,
        date: datetime.date,
        shares: list[OpeningShare],
        received: dict[tuple[str, datetime.date], str],
    ) -> None:
        """Each old sale becomes a sale of the book: a delivery per member (its net weight, on
        the sale's date) settled with the share the old books give. Its shares not yet paid
        are owed (2101) from the start date, their money brought into Kas or Bank with the
        sale's entry, so the payout screen pays them as any other sale. Its shares already
        paid get their payout slips on the day they were paid; the money of those came and
        went in the old books, so their lines pass through 2101 and move no balance."""
        by_ref: dict[str, list[OpeningShare]] = {}
        for share in shares:
            by_ref.setdefault(share.ref, []).append(share)
        members = self.book._store_members
        payable = acc.MEMBER_HARVEST_PAYABLE
        for ref, group in by_ref.items():
            first = group[0]
            commodity = self.book.commodities.by_id(first.commodity_id)
            parts, grams = {}, 0
            for share in group:
                delivery = self.book.deliveries.record(
                    members.get(share.member_id).number, commodity.name, share.grams,
                    share.sale_date, (), share.quality_bp,
                )  # fmt: skip
                parts[delivery.id] = share.amount
                grams += delivery.net_grams
            total = sum(parts.values())
            unpaid = sum(share.amount for share in group if share.paid_on is None)
            year = first.sale_date.year
            seq = self.book._settings.next_seq("sale", year)
            number = document_number("sale", year, seq)
            account = received[(ref, first.sale_date)] if unpaid else payable
            row = SaleRow(
                0, number, first.sale_date, commodity.id, f"{OPENING_BUYER} {ref}", grams, grams,
                None, total, "percent", 0, 0, total, 0, 0, total, account, len(parts),
            )  # fmt: skip
            sale_id = self.book._store_sales.insert(row, year, seq, ())
            self.book._store_deliveries.mark_settled(sale_id, parts)
            lines = [JournalLine(account, debit=unpaid)] if unpaid else []
            if total - unpaid:
                lines.append(JournalLine(payable, debit=total - unpaid))
            lines.append(JournalLine(payable, credit=total))
            self.book.journal.post(
                JournalEntry(
                    date if unpaid else first.sale_date,
                    f"Penjualan {number} {commodity.name} ({OPENING_BUYER} {ref})",
                    tuple(lines), source="sale", source_id=sale_id,
                )
            )  # fmt: skip
            self._post_paid(sale_id, number, [s for s in group if s.paid_on is not None])

    def _post_paid(self, sale_id: int, number: str, paid: list[OpeningShare]) -> None:
        """The payout slips of shares the old books paid, one entry per day of paying."""
        by_day: dict[datetime.date, list[OpeningShare]] = {}
        for share in paid:
            by_day.setdefault(share.paid_on or share.sale_date, []).append(share)
        for day, group in sorted(by_day.items()):
            entry_id, _ = self.book.journal.post(
                payout_entry(
                    day,
                    f"Pembayaran hasil penjualan {number} ({OPENING_BUYER})",
                    {s.member_id: (s.amount, s.amount, {}) for s in group},
                    paid_from=acc.MEMBER_HARVEST_PAYABLE,
                    sale_id=sale_id,
                )
            )
            rows, numbers = [], []
            for share in sorted(group, key=lambda s: s.member_id):
                seq = self.book._settings.next_seq("slip", day.year)
                numbers.append((day.year, seq))
                slip = document_number("slip", day.year, seq)
                rows.append(
                    PayoutRow(0, slip, day, sale_id, share.member_id, share.amount, 0,
                              share.amount, "cash", entry_id)
                )  # fmt: skip
            self.book._store_payouts.insert_many(rows, numbers)

    def _post_dues(
        self,
        date: datetime.date,
        entry_id: int,
        savings: dict[tuple[int, str], int],
        shu_owed: dict[tuple[int, int], int],
    ) -> None:
        """The wajib arrears become where each member's mandatory savings due count from; the
        SHU owed of each year becomes that year's SHU distribution (made in the old books),
        so `shu pay` and the SHU screen pay it as any other."""
        self._store.add_baselines(
            (member_id, date, amount, savings.get((member_id, "wajib"), 0))
            for member_id, amount in self._store.arrears().items()
        )
        by_year: dict[int, list[ShuMemberRow]] = {}
        for (year, member_id), amount in shu_owed.items():
            by_year.setdefault(year, []).append(ShuMemberRow(year, member_id, 0, 0, amount, 0))
        for year, rows in sorted(by_year.items()):
            total = sum(r.jasa_usaha for r in rows)
            self.book._store_shu.insert(
                year, total, 0, total, {"jasa_usaha": total, "jasa_modal": 0},
                {"jasa_usaha": 10_000}, entry_id, entry_id, rows,
            )  # fmt: skip


def _money(accounts: dict[str, tuple[int, int]]) -> int:
    return sum(accounts.get(code, (0, 0))[0] for code in _MONEY_ACCOUNTS)


def _received_into(
    accounts: dict[str, tuple[int, int]], shares: list[OpeningShare]
) -> dict[tuple[str, datetime.date], str] | None:
    """{(old sale, date): Kas or Bank} holding each old sale's unpaid money: the opening
    balance of that account brings it in with the sale. None when the money is not there."""
    left = {code: accounts.get(code, (0, 0))[0] for code in _MONEY_ACCOUNTS}
    totals: dict[tuple[str, datetime.date], int] = {}
    for share in shares:
        if share.paid_on is not None:
            continue  # paid in the old books: its money is gone
        key = (share.ref, share.sale_date)
        totals[key] = totals.get(key, 0) + share.amount
    chosen = {}
    for key, total in totals.items():
        account = next((code for code in _MONEY_ACCOUNTS if left[code] >= total), None)
        if account is None:
            return None
        left[account] -= total
        chosen[key] = account
    return chosen


class _Context:
    """What one import remembers across its rows: rows seen, members and accounts by name."""

    def __init__(self, book: Book, store: OpeningStore) -> None:
        self.book, self.store = book, store
        self.seen: dict[Any, Any] = {}
        self.first_column = "name"
        self._members: dict[str, Member] | None = None
        self._accounts: dict[str, str] | None = None
        self._keys: dict[str, set[str]] = {}
        self._savings: dict[tuple[int, str], int] | None = None
        self._loans: dict[tuple[int, str, str], OpeningLoan] | None = None
        self._arrears: dict[int, int] | None = None
        self._shu: dict[tuple[int, int], int] | None = None
        self._shares: dict[tuple[str, int], OpeningShare] | None = None
        self.sales: dict[str, tuple[datetime.date, int, int]] = {}  # old sale -> date, commodity

    def member(self, text: str) -> Member | None:
        if self._members is None:
            self._members = {}
            for member in self.book._store_members.all():
                self._members[member.number.upper()] = member
                if member.nik:
                    self._members[member.nik] = member
        key = text.strip().upper()
        return self._members.get(key) or self._members.get(re.sub(r"\D", "", key) or "-")

    def account(self, text: str) -> str | None:
        if self._accounts is None:
            self._accounts = {}
            for account in self.book.journal.accounts():
                self._accounts[account.code] = account.code
                for name in (account.name_id, account.name_en):
                    self._accounts[name.lower()] = account.code
                    self._accounts[f"{account.code} {name}".lower()] = account.code
        key = " ".join(text.split()).lower()
        return self._accounts.get(key) or self._accounts.get(key.split(" ")[0])

    def known_keys(self, kind: str) -> set[str]:
        if kind not in self._keys:
            self._keys[kind] = self.store.known_keys(kind)
        return self._keys[kind]

    def staged_savings(self) -> dict[tuple[int, str], int]:
        if self._savings is None:
            self._savings = self.store.savings()
        return self._savings

    def staged_arrears(self) -> dict[int, int]:
        if self._arrears is None:
            self._arrears = self.store.arrears()
        return self._arrears

    def staged_shu(self) -> dict[tuple[int, int], int]:
        if self._shu is None:
            self._shu = self.store.shu_owed()
        return self._shu

    def staged_shares(self) -> dict[tuple[str, int], OpeningShare]:
        if self._shares is None:
            self._shares = {(s.ref, s.member_id): s for s in self.store.shares()}
        return self._shares

    def staged_loans(self) -> dict[tuple[int, str, str], OpeningLoan]:
        if self._loans is None:
            self._loans = {(x.member_id, x.kind, x.ref): x for x in self.store.loans()}
        return self._loans

    def member_seq(self, number: str) -> int:
        """Keep the old books' member numbers; the counter moves past the highest one in
        the book's own form (LJ-0123), so new members never collide with them."""
        prefix = self.book.profile.member_prefix
        match = re.fullmatch(rf"{re.escape(prefix)}-(\d+)", number)
        if match:
            settings = self.book._settings
            current = next((last for s, _, last in settings.counters() if s == "member"), 0)
            if int(match[1]) > current:
                settings.set_counter("member", 0, int(match[1]))
        return 0

    def finish(self) -> None:
        """Nothing left to do once every row is in (kept for kinds that batch their writes)."""
