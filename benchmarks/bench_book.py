"""Benchmark: building a big demo book, against bare executemany, and settling a big sale.

    python benchmarks/bench_book.py [--members 3000 --years 10] [--dir DIR]

Prints (a) the time to build the demo book and its row counts, (b) the time of a bare
executemany writing the same rows of the four big tables into an empty copy of the
schema, (c) the time to settle one sale of 10,000 open deliveries through
book.sales.settle, and the time of book.checks.run() on the big book and its size.

It times the store itself, so it reaches under the front door (book._db, book._settings)
where the program never does.
"""

from __future__ import annotations

import argparse
import datetime
import tempfile
import time
from pathlib import Path

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from koperasi.core.fmt import rupiah
from koperasi.core.members import member_number
from koperasi.core.model import SaleCost
from koperasi.core.numbering import document_number
from koperasi.demo import build_demo
from koperasi.store.bulk import BULK_CACHE_KIB, TABLE_COLUMNS, BulkWriter, insert_sql
from koperasi.store.migrations import PERIOD_CLOSED_INSERT_TRIGGERS

TODAY = datetime.date(2026, 11, 27)
BIG_TABLES = ("deliveries", "delivery_deductions", "journal_lines", "payouts")
PARENT_TABLES = ("commodities", "members", "sales", "journal_entries")


def mb(path: Path) -> float:
    return path.stat().st_size / 1_000_000


def rate(rows: int, seconds: float) -> str:
    return f"{rows / seconds:,.0f} rows/s" if seconds > 0 else "-"


def bench_build(path: Path, members: int, years: int) -> float:
    print(f"(a) build_demo: {members} members, {years} years, today {TODAY}")
    writing = 0.0
    mark: list[float | None] = [None]
    last_print = [time.perf_counter()]

    def progress(done: int, total: int, label: str) -> None:
        nonlocal writing
        now = time.perf_counter()
        if label.startswith("Menyimpan"):
            mark[0] = now
        elif mark[0] is not None:
            writing += now - mark[0]
            mark[0] = None
        if now - last_print[0] > 15:
            last_print[0] = now
            print(f"    ... {done / max(total, 1):4.0%} {label}", flush=True)

    start = time.perf_counter()
    build_demo(path, members=members, years=years, seed=1, today=TODAY, progress=progress)
    total = time.perf_counter() - start
    with Book.open(path, readonly=True) as book:
        counts = BulkWriter(book._db).row_counts()
    rows = sum(counts.values())
    print(f"    total {total:8.1f} s  ({rate(rows, total)} overall)")
    print(f"    of which simulating and computing {total - writing:8.1f} s")
    print(f"    of which writing (executemany, commit) {writing:8.1f} s")
    for table, count in counts.items():
        print(f"    {table:22} {count:>10,} rows")
    print(f"    {'all bulk tables':22} {rows:>10,} rows")
    print(f"    file {mb(path):,.0f} MB")
    return total


def bench_bare_executemany(demo: Path, folder: Path) -> float:
    """The same rows of the big tables, written with nothing but executemany."""
    print("(b) bare executemany of the same rows into an empty copy of the schema")
    print(
        f"    (same connection settings as the builder: foreign keys on, page cache {BULK_CACHE_KIB // 1024} MB)"
    )
    target = folder / "bare.koperasi"
    total = 0.0
    with Book.open(demo, readonly=True) as source, Book.create(target, name="bare") as book:
        conn = book._db.conn
        conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        conn.execute("ATTACH DATABASE ? AS src", [str(demo)])
        with book._db.atomic():
            for table in PARENT_TABLES:
                conn.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
        conn.execute("DETACH DATABASE src")
        writer = BulkWriter(book._db)
        for table in BIG_TABLES:
            columns = ", ".join(TABLE_COLUMNS[table])
            rows = list(source._db.conn.execute(f"SELECT {columns} FROM {table} ORDER BY id"))
            start = time.perf_counter()
            # As the builder writes: the closed-period insert triggers rest during the write.
            with book._db.atomic(), writer.triggers_suspended(PERIOD_CLOSED_INSERT_TRIGGERS):
                conn.executemany(insert_sql(table), rows)
            seconds = time.perf_counter() - start
            total += seconds
            print(
                f"    {table:22} {len(rows):>10,} rows {seconds:8.1f} s  {rate(len(rows), seconds)}"
            )
            del rows
    print(f"    total {total:8.1f} s")
    target.unlink()
    return total


def bench_settle(folder: Path, deliveries: int = 10_000, members: int = 1_000) -> None:
    print(
        f"(c) book.sales.settle of one sale pooling {deliveries:,} open deliveries of {members:,} members"
    )
    path = folder / "settle.koperasi"
    with Book.create(path, name="Koperasi Uji", member_prefix="LJ") as book:
        book.with_today(TODAY)
        rubber = book.commodities.add("Karet", fee_bp=300, uses_quality=True)
        writer = BulkWriter(book._db)
        year = TODAY.year
        day = TODAY - datetime.timedelta(days=3)
        member_rows = [
            (i, member_number("LJ", i), f"Anggota {i}", None, "L", "Lembah Jaya", "", "",
             "2020-01-01", 1, None, "2020-01-01 08:00:00")
            for i in range(1, members + 1)
        ]  # fmt: skip
        delivery_rows, deduction_rows = [], []
        for i in range(1, deliveries + 1):
            gross = 50_000 + (i * 7919) % 350_000
            delivery_rows.append(
                (i, document_number("receipt", year, i), year, i, day.isoformat(),
                 1 + i % members, rubber.id, gross, 1_000, gross - 1_000,
                 4_500 + (i * 31) % 2_000, "", "open", None, None, "",
                 f"{day.isoformat()} 09:00:00")
            )  # fmt: skip
            deduction_rows.append((i, i, "tare", 1_000, None))
        with book.atomic():
            writer.insert_members(member_rows)
            writer.insert_deliveries(delivery_rows)
            writer.insert_delivery_deductions(deduction_rows)
            book._settings.set_counter("member", 0, members)
            book._settings.set_counter("receipt", year, deliveries)
        pooled = sum(row[9] for row in delivery_rows)
        sale = SaleInput(
            commodity="Karet",
            date=TODAY - datetime.timedelta(days=1),
            buyer="PT Remco Jambi",
            sold_grams=pooled * 98 // 100,
            price_cents=1_150_000,
            costs=(
                SaleCost("Ongkos angkut ke pabrik", 25_000_000),
                SaleCost("Upah bongkar muat", 5_000_000),
            ),
        )
        start = time.perf_counter()
        preview = book.sales.preview(sale)
        seconds = time.perf_counter() - start
        print(f"    preview (no writes) {seconds:8.2f} s")
        start = time.perf_counter()
        row = book.sales.settle(sale)
        seconds = time.perf_counter() - start
        print(
            f"    settle {seconds:8.2f} s  ({row.number}: {row.delivery_count:,} deliveries,"
            f" {len(preview.settlement.shares):,} members, net {rupiah(row.net)})"
        )
        start = time.perf_counter()
        paid = book.payouts.pay(row.number, date=TODAY)
        seconds = time.perf_counter() - start
        print(f"    payouts.pay of that sale {seconds:8.2f} s  ({len(paid):,} slips)")
        ok = book.checks.ok()
        print(f"    checks ok: {ok}")
    path.unlink()


def bench_checks(demo: Path) -> None:
    print("(d) book.checks.run() on the big demo book")
    with Book.open(demo, readonly=True) as book:
        start = time.perf_counter()
        findings = book.checks.run()
        seconds = time.perf_counter() - start
        start = time.perf_counter()
        book._store_checks.integrity()
        integrity = time.perf_counter() - start
    bad = [f for f in findings if not f.ok]
    print(
        f"    {seconds:8.1f} s, {len(findings)} findings, {'all ok' if not bad else f'{len(bad)} NOT ok'}"
    )
    print(f"    (PRAGMA integrity_check alone, run again: {integrity:.1f} s)")
    for finding in bad:
        print(f"    NOT OK {finding.check}: {finding.detail}")
    print(f"    file {mb(demo):,.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--dir", type=Path, help="where to put the books (default: a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as temp:
        folder = Path(temp)
        demo = folder / "demo.koperasi"
        built = bench_build(demo, args.members, args.years)
        bare = bench_bare_executemany(demo, folder)
        print(f"    build_demo total / bare executemany of the big tables: {built / bare:.2f}x")
        bench_settle(folder)
        bench_checks(demo)


if __name__ == "__main__":
    main()
