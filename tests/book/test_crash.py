"""A power cut or a killed process during a settlement leaves the whole sale or none of it."""

import datetime
import shutil
import subprocess
import sys
import textwrap

import pytest

from koperasi.book import Book

DAY = datetime.date(2026, 11, 20)

# Runs in a child process: counts SQL statements and dies abruptly (no cleanup, no
# rollback, the lock left behind) just before statement number CRASH_AT would run.
CHILD = textwrap.dedent(
    """
    import datetime, os, sys
    from koperasi.book import Book
    from koperasi.book.sales import SaleInput
    from koperasi.core.model import SaleCost

    crash_at = int(sys.argv[2])
    book = Book.open(sys.argv[1]).with_today(datetime.date(2026, 11, 27))
    count = 0

    def trace(statement):
        global count
        count += 1
        if count == crash_at:
            os._exit(77)

    book._db.conn.set_trace_callback(trace)
    book.sales.settle(
        SaleInput("Karet", datetime.date(2026, 11, 25), "PT Remco", 95_000, price_cents=1_234_567,
                  costs=(SaleCost("transport", 100_000), SaleCost("bongkar muat", 25_000)))
    )
    # A read after the settlement, so that the last crash points fall after its COMMIT (the
    # operation reads its own result inside its transaction).
    book.sales.list()
    print(count)
    os._exit(0)
    """
)


@pytest.fixture(scope="module")
def base_book(tmp_path_factory):
    path = tmp_path_factory.mktemp("crash") / "base.koperasi"
    with Book.create(path, name="Koperasi Lembah Jaya", member_prefix="LJ") as book:
        book.with_today(datetime.date(2026, 11, 27))
        book.commodities.add("Karet", fee_bp=300, uses_quality=True)
        for i in range(12):
            book.members.add(f"Anggota {i + 1}")
        for i in range(40):
            book.deliveries.record(
                f"LJ-{i % 12 + 1:04d}", "Karet", 2_000 + 137 * i, date=DAY, quality_bp=4500 + 50 * i
            )
    return path


def run_child(path, crash_at):
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(crash_at)], capture_output=True, text=True
    )


@pytest.mark.slow
def test_killed_settlement_is_all_or_nothing(base_book, tmp_path):
    # A run that does not crash tells how many statements a settlement takes.
    full = tmp_path / "full.koperasi"
    shutil.copy(base_book, full)
    done = run_child(full, 10**9)
    assert done.returncode == 0, done.stderr
    total = int(done.stdout)
    assert total > 10
    points = sorted({1, 2, 3, total - 2, total - 1, total, *range(4, total, max(1, total // 20))})
    outcomes = set()
    for crash_at in points:
        path = tmp_path / f"crash-{crash_at}.koperasi"
        shutil.copy(base_book, path)
        result = run_child(path, crash_at)
        assert result.returncode == 77, (crash_at, result.stderr)
        with Book.open(path) as book:  # takes over the dead process's lock
            assert all(f.ok for f in book.checks.run()), crash_at
            sales = book.sales.list()
            statuses = {s for (s,) in book._db.conn.execute("SELECT status FROM deliveries")}
            entries = book._db.conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0]
            if sales:
                assert len(sales) == 1 and statuses == {"settled"} and entries == 1, crash_at
                assert (
                    sales[0].net
                    == book._db.conn.execute("SELECT sum(part) FROM deliveries").fetchone()[0]
                )
                outcomes.add("whole")
            else:
                assert statuses == {"open"} and entries == 0, crash_at
                assert book._db.conn.execute("SELECT count(*) FROM sale_costs").fetchone()[0] == 0
                outcomes.add("absent")
        # the crashed attempt can be redone in full
        redo = run_child(path, 10**9)
        if not sales:
            assert redo.returncode == 0, redo.stderr
    # Kills before the COMMIT leave no trace of the sale; kills after it (while reading the
    # result back) leave all of it. Nothing in between is ever seen.
    assert outcomes == {"absent", "whole"}
