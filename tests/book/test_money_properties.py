"""Random sequences of money operations keep every invariant of the book.

Whatever the treasurer does, in whatever order of dates: the trial balance balances, each
member's savings and loan balances equal the sums of their movements (and never go below
zero), nothing is ever posted on or before the closing date, and every refused operation
leaves the book exactly as it was.
"""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from koperasi.core.errors import KoperasiError
from tests.helpers import dump

TODAY = datetime.date(2026, 11, 27)
FIRST = datetime.date(2025, 1, 1)
DAYS = (TODAY - FIRST).days
MEMBERS = ("LJ-0001", "LJ-0002", "LJ-0003")
CATEGORIES = (("income", "Bunga bank"), ("expense", "Transport"), ("expense", "Rapat/RAT"))

day = st.integers(0, DAYS).map(lambda n: FIRST + datetime.timedelta(days=n))
later = st.integers(0, 120)  # days after the record an operation refers to
member = st.sampled_from(MEMBERS)
money = st.integers(1, 3_000_000)
pick = st.integers(0, 50)

operations = st.one_of(
    st.tuples(
        st.just("deposit"), member, st.sampled_from(("pokok", "wajib", "sukarela", "sukarela")),
        money, day,
    ),
    st.tuples(st.just("withdraw"), member, st.integers(1, 150), later),
    st.tuples(st.just("void_savings"), pick, day),
    st.tuples(st.just("kasbon"), member, money, day),
    st.tuples(
        st.just("pinjaman"), member, money, st.integers(1, 12), st.integers(0, 300),
        st.sampled_from(("flat", "declining")), day,
    ),
    st.tuples(st.just("repay"), pick, st.integers(1, 1_500_000), later),
    st.tuples(st.just("cash"), st.sampled_from(CATEGORIES), money, day, st.booleans()),
    st.tuples(st.just("transfer"), st.sampled_from(("kas", "bank")), money, day),
    st.tuples(st.just("void_cash"), pick, day),
    st.tuples(st.just("harvest"), member, st.integers(1, 3_000), day),
    st.tuples(st.just("sell"), member, st.integers(1, 3_000), st.integers(500_000, 9_000_000), day),
    st.tuples(st.just("pay"), pick, later),
    st.tuples(st.just("close"), day),
    st.tuples(st.just("settings"), st.sampled_from((0, 5_000, 10_000)), st.booleans()),
    st.tuples(st.just("shu"), st.just(2025)),
    st.tuples(st.just("shu_pay"), st.sampled_from(("cash", "sukarela")), later),
)  # fmt: skip


def apply(book: Book, op: tuple) -> None:
    kind, *args = op
    if kind == "deposit":
        number, savings_kind, amount, when = args
        book.savings.deposit(number, savings_kind, amount, date=when)
    elif kind == "withdraw":
        # A share of what the member holds today (over 100 %: more than the balance).
        number, percent, before_today = args
        savers = [m for m in book.savings.overview() if m.balance.sukarela]
        if savers:  # the member with the most savings, else the one drawn (who has none)
            number = max(savers, key=lambda m: m.balance.sukarela).member.number
        when = TODAY - datetime.timedelta(days=before_today)
        amount = max(1, book.savings.balances(number).sukarela * percent // 100)
        book.savings.withdraw(number, amount, date=when)
    elif kind == "void_savings":
        index, when = args
        numbers = [r[0] for r in book._db.conn.execute("SELECT number FROM savings ORDER BY id")]
        book.savings.void(numbers[index % len(numbers)] if numbers else "KW-0", "salah", when)
    elif kind == "kasbon":
        number, amount, when = args
        book.loans.grant(number, "kasbon", amount, date=when)
    elif kind == "pinjaman":
        number, amount, months, rate, method, when = args
        book.loans.grant(number, "pinjaman", amount, when, months, rate, method)
    elif kind == "repay":
        index, amount, after = args
        loans = book.loans.list()
        loan = loans[index % len(loans)].loan if loans else None
        when = min(loan.date + datetime.timedelta(days=after), TODAY) if loan else TODAY
        book.loans.repay(loan.number if loan else "PN-0", amount, when)
    elif kind == "cash":
        (cash_kind, category), amount, when, bank = args
        book.cash.record(cash_kind, category, amount, "acak", when, "bank" if bank else "kas")
    elif kind == "transfer":
        source, amount, when = args
        book.cash.transfer(source, amount, date=when)
    elif kind == "void_cash":
        index, when = args
        numbers = [
            r[0] for r in book._db.conn.execute("SELECT number FROM cash_entries ORDER BY id")
        ]
        book.cash.void(numbers[index % len(numbers)] if numbers else "KS-0", "salah", when)
    elif kind == "harvest":
        number, kg, when = args
        book.deliveries.record(number, "TBS Sawit", kg * 1000, date=when)
    elif kind == "sell":
        number, kg, total, when = args
        book.deliveries.record(number, "TBS Sawit", kg * 1000, date=when)
        pooled = sum(p.net_grams for p, _ in book.sales.open_pool("TBS Sawit", when))
        book.sales.settle(
            SaleInput("TBS Sawit", when, "PT Pauh", max(pooled, 1000), agreed_total=total)
        )
    elif kind == "pay":
        index, after = args
        sales = book.sales.list()
        sale = sales[index % len(sales)] if sales else None
        when = min(sale.date + datetime.timedelta(days=after), TODAY) if sale else TODAY
        book.payouts.pay(sale.number if sale else "PJ-0", date=when)
    elif kind == "close":
        book.closing.close(args[0])
    elif kind == "settings":
        wajib, deduct = args
        book.savings.configure(wajib_amount=wajib, deduct_wajib=deduct)
    elif kind == "shu":
        book.shu.post(args[0])
    elif kind == "shu_pay":
        method, after = args
        book.shu.pay(
            2025, method=method, date=datetime.date(2026, 1, 1) + datetime.timedelta(after)
        )


def balances_from_movements(book: Book) -> None:
    """Each member's savings of each kind and their loans, from the rows and the ledger."""
    conn = book._db.conn
    rows = dict(
        ((m, k), v)
        for m, k, v in conn.execute(
            "SELECT member_id, kind, sum(amount) FROM savings GROUP BY 1, 2"
        )
    )
    kinds = {"3101": "pokok", "3102": "wajib", "2102": "sukarela"}
    ledger = dict(
        ((m, kinds[a]), v)
        for m, a, v in conn.execute(
            "SELECT member_id, account, sum(credit) - sum(debit) FROM journal_lines"
            " WHERE account IN ('3101', '3102', '2102') GROUP BY 1, 2"
        )
    )
    assert {k: v for k, v in ledger.items() if v} == {k: v for k, v in rows.items() if v}
    for (member_id, kind), _ in rows.items():
        number = book.members.by_id(member_id).number
        assert book.savings.balances(number).of(kind) == rows[(member_id, kind)] >= 0
    owed = sum(s.outstanding for s in book.loans.list())
    receivable = conn.execute(
        "SELECT coalesce(sum(debit) - sum(credit), 0) FROM journal_lines WHERE account = '1202'"
    ).fetchone()[0]
    assert owed == receivable >= 0


counter = itertools.count()


@pytest.mark.slow
@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(operations, min_size=10, max_size=50))
def test_random_operations_keep_the_book_sound(tmp_path, ops):
    path = tmp_path / f"book{next(counter)}.koperasi"
    with Book.create(path, name="Koperasi Acak", member_prefix="LJ") as book:
        book.with_today(TODAY)
        book._db.conn.execute("PRAGMA synchronous = OFF")  # speed; the test is not a crash test
        book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
        for name in ("Siti", "Budi", "Cici"):
            book.members.add(name, joined=FIRST)
        for op in ops:
            closed = book.closing.closed_until()
            last_entry = book._db.conn.execute(
                "SELECT coalesce(max(id), 0) FROM journal_entries"
            ).fetchone()[0]
            before = dump(book)
            try:
                apply(book, op)
            except KoperasiError:
                assert dump(book) == before, op
                continue
            if closed is not None:
                dates = [
                    datetime.date.fromisoformat(r[0])
                    for r in book._db.conn.execute(
                        "SELECT date FROM journal_entries WHERE id > ?", [last_entry]
                    )
                ]
                # Posting the SHU of 2025 closes 2025 itself; nothing lands in the old period.
                assert all(d > closed for d in dates), (op, closed, dates)
        assert book.journal.trial_balance().balanced
        balances_from_movements(book)
        assert [f for f in book.checks.run() if not f.ok] == []
    path.unlink()
