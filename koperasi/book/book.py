"""Book: one open book file and the services that work on it."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import ClassVar

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.members import check_prefix
from koperasi.core.model import Profile
from koperasi.core.roles import may
from koperasi.store.audit import AuditStore
from koperasi.store.bulk import BulkWriter
from koperasi.store.cash import CashStore
from koperasi.store.checks import CheckStore
from koperasi.store.closings import ClosingStore
from koperasi.store.commodities import CommodityStore
from koperasi.store.connection import BookFile, create_book_file, open_book_file, transaction
from koperasi.store.dashboard import DashboardStore
from koperasi.store.deliveries import DeliveryStore
from koperasi.store.exits import ExitStore
from koperasi.store.journal import JournalStore
from koperasi.store.loans import LoanStore
from koperasi.store.members import MemberStore
from koperasi.store.migrations import applied_names
from koperasi.store.payouts import PayoutDeductionStore, PayoutStore
from koperasi.store.posts import PostStore
from koperasi.store.sales import SaleStore
from koperasi.store.savings import SavingsStore
from koperasi.store.settings import SettingsStore
from koperasi.store.shu import ShuStore
from koperasi.store.users import UserStore
from koperasi.store.yearend import YearEndStore

_PROFILE_TEXT_FIELDS = [f.name for f in fields(Profile) if f.name != "logo"]


class Book:
    """An open book. Use as a context manager, or call close().

    Attributes:
      members, commodities, deliveries, sales, payouts, journal: the services.
      savings, loans, cash, closing, shu: savings, kasbon and loans, the cash book, period
        closing and the year-end SHU.
      current_operation: the name of the named operation (koperasi.book.ops) writing now,
        or None.

    The stores (`_store_*`, `_settings`) and the connection (`_db`) are private: everything
    outside koperasi/book reads and writes through the services, so a service can change
    how it stores things without its callers knowing.
      today: a callable giving today's date (tests replace it).
      clock: the one clock of the program; every 'today' comes from a book's `today`,
        which starts as this (nothing else may read the system date).
    """

    clock: ClassVar[Callable[[], datetime.date]] = staticmethod(datetime.date.today)

    def __init__(self, file: BookFile) -> None:
        from koperasi.book.annual import Annual
        from koperasi.book.cash import Cash
        from koperasi.book.checks import Checks
        from koperasi.book.closing import Closings
        from koperasi.book.commodities import Commodities
        from koperasi.book.deliveries import Deliveries
        from koperasi.book.journal import Journal
        from koperasi.book.loans import Loans
        from koperasi.book.members import Members
        from koperasi.book.payouts import Payouts
        from koperasi.book.plots import Plots
        from koperasi.book.posts import Posts
        from koperasi.book.reference_prices import ReferencePrices
        from koperasi.book.sales import Sales
        from koperasi.book.savings import Savings
        from koperasi.book.shu import Shu
        from koperasi.book.tax import Tax
        from koperasi.book.users import Users
        from koperasi.book.yearend import YearEnd

        self._file = file
        self._db = file.db
        self.today: Callable[[], datetime.date] = Book.clock
        self._changes: set[str] = set()
        self.current_operation: str | None = None
        self._operation_areas: set[str] = set()  # what the running operation wrote (ops.py)
        self._settings = SettingsStore(self._db)
        self._store_members = MemberStore(self._db)
        self._store_commodities = CommodityStore(self._db)
        self._store_deliveries = DeliveryStore(self._db)
        self._store_sales = SaleStore(self._db)
        self._store_payouts = PayoutStore(self._db)
        self._store_journal = JournalStore(self._db)
        self._store_checks = CheckStore(self._db)
        self._store_savings = SavingsStore(self._db)
        self._store_loans = LoanStore(self._db)
        self._store_payout_deductions = PayoutDeductionStore(self._db)
        self._store_cash = CashStore(self._db)
        self._store_closings = ClosingStore(self._db)
        self._store_shu = ShuStore(self._db)
        self._store_yearend = YearEndStore(self._db)
        self._store_dashboard = DashboardStore(self._db)
        self._store_users = UserStore(self._db)
        self.user: str | None = None  # the logged-in user (koperasi.book.users), if any
        self.role: str | None = None
        self._store_posts = PostStore(self._db)
        self.closing = Closings(self)
        self.journal = Journal(self)
        self.members = Members(self)
        self.commodities = Commodities(self)
        self.deliveries = Deliveries(self)
        self.sales = Sales(self)
        self.payouts = Payouts(self)
        self.checks = Checks(self)
        self.savings = Savings(self)
        self.loans = Loans(self)
        self.cash = Cash(self)
        self.shu = Shu(self)
        self.annual = Annual(self)
        self.plots = Plots(self)
        self.yearend = YearEnd(self)
        self.tax = Tax(self)
        self.users = Users(self)
        self.posts = Posts(self)
        self.reference_prices = ReferencePrices(self)
        # Members leaving (issue 10, branch i10b)
        from koperasi.book.leaving import Leaving

        self._store_exits = ExitStore(self._db)
        self.leaving = Leaving(self)
        # Issue 10 (branch i10a): corrections by reversal and buyer receivables.
        from koperasi.book.corrections import Corrections
        from koperasi.book.receivables import Receivables
        from koperasi.store.corrections import CorrectionStore

        self._store_corrections = CorrectionStore(self._db)
        self.corrections = Corrections(self)
        self.receivables = Receivables(self)
        from koperasi.book.assets import Assets  # issue 14: fixed assets, the allowance

        self.assets = Assets(self)
        from koperasi.book.chart import Chart  # issue 14: accounts under fixed parents

        self.chart = Chart(self)
        from koperasi.book.disposals import Disposals  # i14gui: assets sold or written off

        self.disposals = Disposals(self)
        # Issue 10 (branch i10c): a leaver's kept savings (2110) paid out later.
        from koperasi.book.exit_payments import ExitPayments
        from koperasi.store.exit_payments import ExitPaymentStore

        self._store_exit_payments = ExitPaymentStore(self._db)
        self.exit_payments = ExitPayments(self)
        # Branch i14tax: honoraria paid net of PPh 21 (bukti potong), PPN of a PKP.
        from koperasi.book.honoraria import Honoraria

        self.honoraria = Honoraria(self)
        from koperasi.book.ppn import Ppn

        self.ppn = Ppn(self)

    # -- opening and closing ---------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, readonly: bool = False) -> Book:
        return cls(open_book_file(path, readonly=readonly))

    @classmethod
    def create(cls, path: str | Path, name: str, **profile: str) -> Book:
        """A new book with the cooperative's profile and the default chart of accounts."""
        if not (name or "").strip():
            raise KoperasiError("input.required", field="name")
        file = create_book_file(path)  # built under a temporary name until published
        book = cls(file)
        try:
            with book.atomic():
                book._store_journal.insert_accounts(acc.DEFAULT_CHART)
                book.update_profile(name=name.strip(), **profile)
            file.publish()
        except BaseException:
            file.discard()
            raise
        return book

    @property
    def path(self) -> Path:
        return self._file.path

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: all of it is written or none of it. Database refusals become
        KoperasiErrors with a sentence for the user."""
        if self._file.readonly:
            raise KoperasiError("book.readonly")
        depth = self.__dict__.get("_atomic_depth", 0)
        if depth == 0:
            self._authorise(getattr(self, "current_operation", None) or "book.write")
        with transaction(self._db):
            self._atomic_depth = depth + 1
            try:
                yield
            finally:
                self._atomic_depth = depth
            if depth == 0:  # the outermost transaction seals what it wrote in the audit log
                AuditStore(self._db).seal(
                    getattr(self, "current_operation", None) or "book.write",
                    getattr(self, "user", None) or "bendahara",
                )

    def _authorise(self, operation: str) -> None:
        """Once a book has users, a write needs a logged-in user whose role allows it
        (koperasi.core.roles); a book without users is a single treasurer's."""
        if not self._store_users.count():
            return
        role = getattr(self, "role", None)
        if role is None:
            raise KoperasiError("user.login_required")
        if not may(role, operation):
            raise KoperasiError("user.not_allowed", user=self.user, role=role, operation=operation)

    @property
    def recovered(self) -> bool:
        """The book was rolled back after a crash when it was opened (say so in one line)."""
        return bool(getattr(self._file, "recovered", False))

    @property
    def damaged(self) -> str:
        """Why the book is damaged (it was opened read-only); empty when it is sound."""
        return getattr(self._file, "damaged", "") or ""

    def schema_version(self) -> str:
        """The book's database version: the last migration it has had, e.g. "0005_plots"."""
        names = applied_names(self._db)
        return names[-1] if names else ""

    def bulk_writer(self) -> BulkWriter:
        """The bulk write path (executemany, for the demo build); call it inside atomic()."""
        return BulkWriter(self._db)

    def counters(self) -> list[tuple[str, int, int]]:
        """Every numbering counter as (series, year, last number given)."""
        return self._settings.counters()

    # -- profile --------------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        values = self._settings.get_all()
        known = {key: values[key] for key in _PROFILE_TEXT_FIELDS if key in values}
        logo = values.get("logo_hex")
        return Profile(**known, logo=bytes.fromhex(logo) if logo else None)

    @operation("book.update_profile", "settings")
    def update_profile(self, **changes: object) -> Profile:
        unknown = set(changes) - set(_PROFILE_TEXT_FIELDS) - {"logo"}
        if unknown:
            raise TypeError(f"unknown profile fields: {sorted(unknown)}")
        if "member_prefix" in changes:
            changes["member_prefix"] = check_prefix(str(changes["member_prefix"]))
        if "name" in changes and not str(changes["name"]).strip():
            raise KoperasiError("input.required", field="name")
        with self.atomic():
            values = {key: str(value).strip() for key, value in changes.items() if key != "logo"}
            if "logo" in changes:
                logo = changes["logo"]
                values["logo_hex"] = logo.hex() if isinstance(logo, bytes) else ""
            self._settings.set_many(values)
        return self.profile

    # -- what changed (Anki's OpChanges): the GUI refreshes the screens that show it -----

    def note_changes(self, *areas: str) -> None:
        """Record that an operation wrote to these areas ("members", "commodities",
        "deliveries", "sales", "payouts", "journal", "savings", "loans", "cash", "closing",
        "shu", "settings"). Named operations (koperasi.book.ops) call it themselves."""
        self._changes.update(areas)

    def take_changes(self) -> frozenset[str]:
        """The areas written since the last call, and forget them."""
        changes, self._changes = frozenset(self._changes), set()
        return changes

    def with_today(self, day: datetime.date) -> Book:
        """Pin 'today' (for tests and for back-dated demo data)."""
        self.today = lambda: day
        return self

    def language(self) -> str:
        return self.profile.language or "id"

    # -- paper sizes of printed documents ---------------------------------------------

    # The papers each document prints on (the first is the default); the same lists as the
    # renderers in koperasi.pdf, which book cannot import.
    DOCUMENT_PAPERS: ClassVar[dict[str, tuple[str, ...]]] = {
        "receipt": ("a6", "roll80"),
        "slip": ("a5", "a6", "roll80"),
    }

    def document_paper(self, doc: str) -> str:
        """The paper a document prints on ("receipt" or "slip"), as set in the book."""
        papers = self.DOCUMENT_PAPERS[doc]
        chosen = self._settings.get(f"paper.{doc}")
        return chosen if chosen in papers else papers[0]

    @operation("book.set_document_paper", "settings")
    def set_document_paper(self, doc: str, paper: str) -> str:
        papers = self.DOCUMENT_PAPERS[doc]
        if paper not in papers:
            raise ValueError(f"a {doc} prints on {', '.join(papers)}, not {paper!r}")
        with self.atomic():
            self._settings.set_many({f"paper.{doc}": paper})
        return paper
