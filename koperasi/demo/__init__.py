"""A realistic demo book: a rubber and palm-fruit cooperative in Sarolangun, Jambi, built fast.

build_demo() simulates the cooperative day by day (members joining and leaving, weekly
rubber weighings, twice-monthly palm harvests, collective sales, payout runs that deduct
mandatory savings, advances and loan installments; simpanan pokok on joining, sukarela
deposits and withdrawals, kasbon and pinjaman, the office's cash book, and each February
the annual meeting that closes the past year and shares its SHU) and
computes every figure with koperasi.core exactly as the book's services would. Rows are
written in bulk through koperasi.store.bulk, one transaction per year, so a book of
3,000 members over ten years (about 1.3 million deliveries) takes a minute, not hours.
The same seed and `today` always give the same book.

Here: build_demo and the day loop, numbering, journal posting and the yearly bulk write.
The simulation's parts are mixins of it: people.py (members, names, NIK), harvest.py
(weighing, sales, payouts), money.py (savings, loans, the cash book) and year_end.py (the
RAT and its SHU).
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from pathlib import Path

from koperasi.book import Book
from koperasi.core import accounts as acc
from koperasi.core.model import JournalEntry
from koperasi.core.numbering import document_number
from koperasi.core.settlement import FeeRule
from koperasi.demo.harvest import (
    LOSS_MONTHS_AGO,
    PALM,
    PALM_FEE_CENTS_PER_KG,
    PALM_HARVEST_DAYS,
    PALM_SALE_DAYS,
    RUBBER,
    RUBBER_FEE_BP,
    RUBBER_SALE_WEEKDAY,
    RUBBER_TURNOUT,
    Harvest,
    _Pending,
    _Sale,
)
from koperasi.demo.money import POKOK_AMOUNT, WAJIB_AMOUNT, Money, _Loan
from koperasi.demo.people import NAME, VILLAGES, People, _Member, _profile
from koperasi.demo.plots import DemoPlots
from koperasi.demo.year_end import YearEnd
from koperasi.store.bulk import TABLE_COLUMNS
from koperasi.store.migrations import PERIOD_CLOSED_INSERT_TRIGGERS

Progress = Callable[[int, int, str], None]


def build_demo(
    path: str | Path,
    members: int = 300,
    years: int = 2,
    seed: int = 1,
    progress: Progress | None = None,
    today: datetime.date | None = None,
) -> None:
    """Create a demo book at a new path (an existing file is refused, as Book.create does).

    `members` farmers over `years` years ending `today` (default: the real today); the
    same seed and today give the same book. progress(done, total, label) is called now
    and then: done and total count simulated days; the label is "Tahun 2024" while
    simulating, "Menyimpan tahun 2024" just before a year is written and "Tahun 2024
    tersimpan" once it is, and "Selesai" at the end. On any failure the new file is
    removed again.
    """
    if members < 1 or years < 1:
        raise ValueError("a demo book needs at least one member and one year")
    today = today or Book.clock()
    rng = random.Random(seed)
    path = Path(path)
    founded = today - datetime.timedelta(days=round(365.25 * years) + rng.randint(3 * 365, 8 * 365))
    book = Book.create(path, name=NAME, **_profile(rng, founded))
    try:
        book.with_today(today)
        _Demo(book, rng, members, years, today, founded, progress).run()
        from koperasi.demo.corrections import a_member_leaves, corrections_today

        corrections_today(book, today)  # issue 10: a reversal, a receivable, a void
        a_member_leaves(book, today)  # issue 10: a member leaves, savings refunded
    except BaseException:
        book.close()
        path.unlink(missing_ok=True)
        raise
    book.close()


class _Demo(People, Harvest, Money, YearEnd):
    """The simulation: the day loop, numbering, the journal and the yearly bulk write; the
    mixins hold its people, harvest, money and year end."""

    def __init__(
        self,
        book: Book,
        rng: random.Random,
        member_count: int,
        years: int,
        today: datetime.date,
        founded: datetime.date,
        progress: Progress | None,
    ) -> None:
        self.book = book
        self.writer = book.bulk_writer()
        if not self.writer.is_empty():
            raise ValueError("a demo is built into a new, empty book")
        self.rng = rng
        self.member_count = member_count
        self.today = today
        self.founded = founded
        self.start = today - datetime.timedelta(days=round(365.25 * years))
        months = today.year * 12 + today.month - 1 - LOSS_MONTHS_AGO
        self.loss_month = (months // 12, months % 12 + 1)
        self.loss_start = 0  # the year's result when the loss month began
        self.days = (today - self.start).days + 1
        self.days_done = 0
        self.progress = progress or (lambda done, total, label: None)
        rubber = book.commodities.add(RUBBER, fee_bp=RUBBER_FEE_BP, uses_quality=True)
        palm = book.commodities.add(PALM, fee_cents_per_kg=PALM_FEE_CENTS_PER_KG)
        self.rubber_id, self.palm_id = rubber.id, palm.id
        self.rules = {
            rubber.id: FeeRule(rubber.fee_kind, rubber.fee_bp, rubber.fee_cents_per_kg),
            palm.id: FeeRule(palm.fee_kind, palm.fee_bp, palm.fee_cents_per_kg),
        }
        self.names = {rubber.id: rubber.name, palm.id: palm.name}
        self.pools: dict[int, list[_Pending]] = {rubber.id: [], palm.id: []}
        self.rubber_price = rng.uniform(10_800, 12_200)  # rupiah per kg of slab
        self.palm_price = rng.uniform(2_300, 2_900)  # rupiah per kg of fruit
        self.counters: dict[tuple[str, int], int] = {}
        self.ids: dict[str, int] = dict.fromkeys(TABLE_COLUMNS, 0)
        self.out: dict[str, list[tuple]] = {table: [] for table in TABLE_COLUMNS}
        self.due: dict[datetime.date, list[_Sale]] = {}
        self.members: list[_Member] = []
        self.number_rank: list[int] = []
        # Savings, loans, the cash book and the SHU draw from their own generator, so that
        # the harvest and sales stay the same whatever the office does.
        self.money_rng = random.Random(rng.getrandbits(64))
        self.wajib_start = self.start.replace(day=1)
        book.savings.configure(
            pokok_amount=POKOK_AMOUNT,
            wajib_amount=WAJIB_AMOUNT,
            wajib_start=self.wajib_start,
            deduct_wajib=True,
        )
        self.categories = {c.name_id: c for c in book.cash.categories()}
        self.kinds = {a.code: a.kind for a in book.journal.accounts()}
        # Running debit − credit of the accounts the office watches.
        self.balances = dict.fromkeys((acc.CASH, acc.BANK, acc.EDUCATION_FUND, acc.SOCIAL_FUND), 0)
        self.results: dict[int, dict[str, list[int]]] = {}  # year → income/expense [dr, cr]
        self.transactions: dict[int, dict[int, int]] = {}  # year → member → sale shares
        self.capital: dict[int, dict[int, int]] = {}  # year → member → pokok + wajib at 31/12
        self.loans: dict[int, list[_Loan]] = {}  # member id → loans still owed, oldest first
        self.loan_events: dict[datetime.date, list[_Loan]] = {}  # repayments in cash
        self.joining: dict[datetime.date, list[_Member]] = {}
        self.shu_unpaid: dict[int, list[tuple[int, int]]] = {}  # year → (member, SHU)
        self.by_id: dict[int, _Member] = {}
        self.held_history: dict[int, tuple] = {}  # delivery id → its correction, not written yet
        self.arrears: _Loan | None = None  # the one loan whose borrower stopped paying

    # -- numbering -----------------------------------------------------------------

    def _next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def _next_seq(self, series: str, year: int) -> int:
        key = (series, year)
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    # -- the simulation ------------------------------------------------------------

    def run(self) -> None:
        with self.writer.big_cache():
            self._simulate()

    def _simulate(self) -> None:
        self._make_members()
        self.by_id = {m.id: m for m in self.members}
        self.left_on = {m.id: m.left_on for m in self.members if m.left_on is not None}
        # Their own generator, seeded without drawing from the harvest's: the harvest stays
        # what it was before the demo had plots.
        plots_rng = random.Random(f"plots {self.member_count} {self.start.isoformat()}")
        self.plots = DemoPlots(plots_rng, self.rubber_id, self.palm_id)
        self.out["plots"] = self.plots.make(self.members)
        for m in sorted(self.members, key=lambda m: (m.joined, m.id)):
            if m.joined < self.start:
                self._savings(m, "pokok", POKOK_AMOUNT, m.joined, f"{m.joined} 08:30:00")
            else:
                self.joining.setdefault(m.joined, []).append(m)
        rubber_by_weekday: dict[int, list[_Member]] = {}
        palm_by_day: dict[int, list[_Member]] = {}
        for m in self.members:
            if m.rubber:
                rubber_by_weekday.setdefault(VILLAGES[m.village][3], []).append(m)
            if m.palm_plots:
                for harvest_day in PALM_HARVEST_DAYS:
                    palm_by_day.setdefault(harvest_day + m.palm_day, []).append(m)
        days = self.days
        next_rubber_sale = self.start + datetime.timedelta(
            days=7 + (RUBBER_SALE_WEEKDAY - self.start.weekday()) % 7
        )
        chance = self.rng.random
        year = self.start.year
        for index in range(days):
            day = self.start + datetime.timedelta(days=index)
            self.days_done = index
            if day.year != year:
                # Members who left by the year end share in no jasa modal (issue 10).
                end = datetime.date(year, 12, 31)
                self.capital[year] = {
                    m.id: m.pokok + m.wajib
                    for m in self.members
                    if m.left_on is None or m.left_on > end
                }
                self._flush(year)
                year = day.year
            if index % 7 == 0:
                self.progress(index, days, f"Tahun {year}")
            iso = day.isoformat()
            weighings: list[tuple[_Member, int, int]] = []  # (member, commodity, plot index)
            turnout = RUBBER_TURNOUT[day.month - 1]
            for m in rubber_by_weekday.get(day.weekday(), ()):
                if (
                    m.joined <= day
                    and (m.left_on is None or day < m.left_on)
                    and chance() < m.rubber_turnout * turnout
                ):
                    weighings.append((m, self.rubber_id, -1))
            for m in palm_by_day.get(day.day, ()):
                if m.joined <= day and (m.left_on is None or day < m.left_on):
                    for plot in range(len(m.palm_plots)):
                        if chance() < m.palm_turnout:
                            weighings.append((m, self.palm_id, plot))
            if weighings:
                self.rng.shuffle(weighings)
                self._weigh(day, iso, weighings)
            # Rubber goes to the Saturday auction weekly or fortnightly; the pooled fruit to
            # the mill a day or two after its harvest, before it rots.
            if day == next_rubber_sale:
                self._sell(day, iso, self.rubber_id)
                next_rubber_sale += datetime.timedelta(days=7 if chance() < 0.55 else 14)
            if day.day in PALM_SALE_DAYS:
                self._sell(day, iso, self.palm_id)
            for sale in self.due.pop(day, ()):
                self._pay(day, iso, sale)
            self._money_day(day)
        self.days_done = days
        # What is still open stays open: write it as it is.
        for pool in self.pools.values():
            for _, head, deductions, recorded_at in pool:
                self.out["deliveries"].append((*head, "open", None, None, "", recorded_at))
                self.out["delivery_deductions"].extend(deductions)
            pool.clear()
        self._flush(year)
        self.progress(days, days, "Selesai")

    def _post(self, entry: JournalEntry, created_at: str) -> int:
        entry_id = self._next_id("journal_entries")
        year = entry.date.year
        seq = self._next_seq("journal", year)
        self.out["journal_entries"].append(
            (
                entry_id,
                document_number("journal", year, seq),
                year,
                seq,
                entry.date.isoformat(),
                entry.description,
                entry.source,
                entry.source_id,
                entry.reverses,
                created_at,
            )
        )
        first = self.ids["journal_lines"] + 1
        self.out["journal_lines"].extend(
            (line_id, entry_id, line.account, line.debit, line.credit, line.member_id, line.memo)
            for line_id, line in enumerate(entry.lines, start=first)
        )
        self.ids["journal_lines"] += len(entry.lines)
        # What the office and the year-end SHU need to know, read off every entry.
        balances, kinds = self.balances, self.kinds
        results = None if entry.source == "shu_close" else self.results.setdefault(year, {})
        for line in entry.lines:
            if line.account in balances:
                balances[line.account] += line.debit - line.credit
            if results is not None and kinds[line.account] in ("income", "expense"):
                totals = results.setdefault(line.account, [0, 0])
                totals[0] += line.debit
                totals[1] += line.credit
        return entry_id

    def _flush(self, year: int) -> None:
        """Write what the simulation has settled so far: one transaction per year."""
        self.progress(self.days_done, self.days, f"Menyimpan tahun {year}")
        # Closings go in last (TABLE_COLUMNS), after every row of the periods they close, so
        # the insert triggers guarding closed periods may rest during the bulk write.
        held = self.held_history
        for row in self.out["deliveries"]:
            if row[0] in held:
                self.out["delivery_history"].append(held.pop(row[0]))
        with self.book.atomic(), self.writer.triggers_suspended(PERIOD_CLOSED_INSERT_TRIGGERS):
            for table, rows in self.out.items():
                if rows:
                    rows.sort()  # by id, so the tables fill in order
                    if table == "deliveries":  # each with its plot (plots.py), or None
                        plot_of = self.plots.plot_id_of
                        rows[:] = [(*r, plot_of(r[5], r[6], r[11])) for r in rows]
                    self.writer.insert(table, rows)
                    rows.clear()
            for (series, series_year), last in self.counters.items():
                self.writer.set_counter(series, series_year, last)
        self.progress(self.days_done, self.days, f"Tahun {year} tersimpan")


__all__ = ["NAME", "PALM", "RUBBER", "Progress", "build_demo"]
