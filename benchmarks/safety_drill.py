"""Safety drill: kills, power cuts, tampering and a restore, on a real (demo) book.

    python benchmarks/safety_drill.py [--kills 200 --copies 100] [--members 30] [--dir DIR]

Prints one summary line per item (issue 9's "Done when" figures):

1. kills: a child process writes 40 members in one transaction and is killed with SIGKILL
   at N points spread over its statements; every copy must open at once (no manual step),
   pass quick_check and hold either all 40 new members or none.
2. power cut: one transaction takes N copies of the book and its -journal between
   statements (a power cut leaves exactly those bytes); every copy must open, roll back,
   pass quick_check and be all-or-nothing.
3. tamper: update, insert (a copy, and a copy dated today) and delete on posted rows of journal_lines, deliveries, sales,
   payouts and savings, with plain sqlite3 behind the program's back, once with the
   triggers in place and once with every trigger dropped; `koperasi check --full` must
   find each edit that got into the file (an edit the triggers refuse changes nothing).
4. restore: backup -> damage the book -> restore into a new file -> the trial balance and
   a dump of every table are identical.

It reaches under the front door (book._db, book._file) where the program never does.
Exit status 0 only when every count is complete.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from koperasi.book import Book
from koperasi.book.backups import backup_book, restore
from koperasi.cli.main import main as koperasi
from koperasi.demo import build_demo
from koperasi.store.connection import journal_path_for

TODAY = datetime.date(2026, 11, 27)
NEW_MEMBERS = 40
VERBOSE = False

# The child of tests/store/test_safety.py: one transaction of 40 new members, killed with
# SIGKILL before statement number argv[2]; a tiny cache spills pages into the file early.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from koperasi.book import Book

    kill_at = int(sys.argv[2])
    book = Book.open(sys.argv[1])
    book._db.execute("PRAGMA cache_size = 2")
    count = 0

    def trace(statement):
        global count
        count += 1
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    book._db.conn.set_trace_callback(trace)
    with book.atomic():
        for i in range(40):
            book.members.add(f"Anggota baru {i} " + "x" * 300)
    print(count)
    """
)


def run_child(path: Path, kill_at: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(kill_at)], capture_output=True, text=True
    )


def members_of(book: Book) -> int:
    return book._db.conn.execute("SELECT count(*) FROM members").fetchone()[0]


def count_members(path: Path) -> int:
    with Book.open(path, readonly=True) as book:
        return members_of(book)


def spread(total: int, n: int) -> list[int]:
    """n distinct points in 1..total, evenly spread (fewer if total < n)."""
    if n >= total:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (n - 1)) for i in range(n)}) if n > 1 else [1]


def remove(path: Path) -> None:
    path.unlink()
    journal_path_for(path).unlink(missing_ok=True)


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _is_hot(path: Path) -> bool:
    """A -journal SQLite would roll back: it begins with the journal magic. A killed writer
    can leave one whose header is still zeroed (SQLite writes the magic only when it syncs
    the journal, before the first page of the book changes): the book is untouched, the
    file is ignored on opening and removed by the next write."""
    with journal_path_for(path).open("rb") as handle:
        return handle.read(8) == JOURNAL_MAGIC


def opened_sound(path: Path, before: int, after: int) -> tuple[bool, bool, float, bool]:
    """(sound, recovered, seconds to open, a cold journal was left): opens without help,
    quick_check ok, all or nothing of the transaction, no hot journal left."""
    started = time.perf_counter()
    try:
        book = Book.open(path)
    except Exception as exc:  # a copy that does not open is a failure, counted
        print(f"   {path.name}: did not open: {exc}")
        return False, False, 0.0, False
    seconds = time.perf_counter() - started
    with book:
        recovered = bool(book._file.recovered)
        quick = book._db.conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        count = members_of(book)
    cold = journal_path_for(path).exists()
    sound = quick and count in (before, after) and not (cold and _is_hot(path))
    if not sound:
        print(f"   {path.name}: quick_check {quick}, members {count} (of {before}/{after})")
    return sound, recovered, seconds, cold


# -- 1. kills -------------------------------------------------------------------------------


def drill_kills(book_path: Path, work: Path, kills: int) -> bool:
    before = count_members(book_path)
    full = work / "kill-full.koperasi"
    shutil.copy(book_path, full)
    done = run_child(full, 10**9)
    if done.returncode != 0:
        print(f"kills: the writer failed without a kill: {done.stderr.strip()[-300:]}")
        return False
    total = int(done.stdout)
    after = count_members(full)
    points = spread(total, kills)
    opened = recovered = cold = 0
    slowest = 0.0
    started = time.perf_counter()
    for kill_at in points:
        path = work / f"kill-{kill_at}.koperasi"
        shutil.copy(book_path, path)
        result = run_child(path, kill_at)
        if result.returncode != -signal.SIGKILL:
            print(f"   kill at {kill_at}: exit {result.returncode} {result.stderr[-200:]}")
            continue
        sound, was_recovered, seconds, left = opened_sound(path, before, after)
        opened += sound
        recovered += was_recovered
        cold += left
        slowest = max(slowest, seconds)
        remove(path)
    print(
        f"kills: {opened}/{len(points)} opened, {recovered} recovered a hot journal, "
        f"{cold} left a cold journal (zeroed header: book untouched, ignored) "
        f"(statements 1..{total} of a {NEW_MEMBERS}-member transaction; slowest open "
        f"{slowest * 1000:.0f} ms; {time.perf_counter() - started:.0f} s)"
    )
    return opened == len(points) == kills


# -- 2. power cuts --------------------------------------------------------------------------


def drill_power_cuts(book_path: Path, work: Path, copies: int) -> bool:
    """One transaction of growing rows; before statement k (k spread over all of them) the
    book and its -journal are copied as they lie on disk at that instant."""
    before = count_members(book_path)
    source = work / "cut-source.koperasi"

    def write(book: Book) -> None:
        with book.atomic():
            for i in range(NEW_MEMBERS):
                book.members.add(f"Anggota listrik {i} " + "z" * (9 * i))

    # a dry run on a copy counts the statements
    shutil.copy(book_path, source)
    count = [0]
    with Book.open(source) as book:
        book._db.execute("PRAGMA cache_size = 2")
        book._db.conn.set_trace_callback(lambda _s: count.__setitem__(0, count[0] + 1))
        write(book)
        book._db.conn.set_trace_callback(None)
        after = members_of(book)
    total = count[0]
    points = set(spread(total, copies))
    source.unlink()

    shutil.copy(book_path, source)
    taken: list[tuple[Path, bool]] = []
    count[0] = 0
    journal = journal_path_for(source)

    def trace(_statement: str) -> None:
        count[0] += 1
        if count[0] in points:
            copy = work / f"cut-{count[0]}.koperasi"
            shutil.copy(source, copy)
            hot = False
            if journal.exists():
                shutil.copy(journal, journal_path_for(copy))
                hot = _is_hot(copy)
            taken.append((copy, hot))

    with Book.open(source) as book:
        book._db.execute("PRAGMA cache_size = 2")
        book._db.conn.set_trace_callback(trace)
        write(book)
        book._db.conn.set_trace_callback(None)
    opened = recovered = 0
    for copy, _hot in taken:
        sound, was_recovered, _seconds, _cold = opened_sound(copy, before, after)
        opened += sound
        recovered += was_recovered
        remove(copy)
    hot = sum(h for _c, h in taken)
    print(
        f"power cut: {opened}/{len(taken)} copies opened and checked clean, "
        f"{hot} taken with a hot journal, {recovered} rolled back on opening"
    )
    return opened == len(taken) == copies


# -- 3. tampering ---------------------------------------------------------------------------

# The posted row each edit touches: the first line of a posted entry, a settled delivery,
# the first sale, payout and savings row.
POSTED = {
    "journal_lines": "SELECT min(id) FROM journal_lines",
    "deliveries": "SELECT min(id) FROM deliveries WHERE status = 'settled'",
    "sales": "SELECT min(id) FROM sales",
    "payouts": "SELECT min(id) FROM payouts",
    "savings": "SELECT min(id) FROM savings",
}

KINDS = ("update", "insert", "insert today", "delete")
TRIED = 2 * (len(POSTED) * len(KINDS) - 1)

# A quiet edit of each: nothing a balance or an invariant would show, only the seal.
UPDATES = {
    "journal_lines": "memo = memo || ' '",
    "deliveries": "gross_grams = gross_grams + 1000, net_grams = net_grams + 1000",
    "sales": "buyer = buyer || ' '",
    "payouts": "method = CASE method WHEN 'cash' THEN 'transfer' ELSE 'cash' END",
    "savings": "memo = memo || ' '",
}


def _insert_copy(conn: sqlite3.Connection, table: str, row_id: int, today: bool) -> None:
    """A new row copied from a posted one, its unique fields made new (for journal_lines: a
    copy of every line of the entry, so the entry still balances); dated today, in the open
    period, when `today`."""
    if table == "journal_lines":
        conn.execute(
            "INSERT INTO journal_lines (entry_id, account, debit, credit, member_id, memo) "
            "SELECT entry_id, account, debit, credit, member_id, memo FROM journal_lines "
            "WHERE entry_id = (SELECT entry_id FROM journal_lines WHERE id = ?)",
            [row_id],
        )
        return
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    values = []
    for column in columns:
        if column == "id":
            values.append(f"(SELECT max(id) + 1 FROM [{table}])")
        elif column in ("number", "receipt", "slip"):
            values.append(f"{column} || '-X'")
        elif column == "seq":
            values.append("seq + 100000")
        elif column == "date" and today:
            values.append(f"'{TODAY.isoformat()}'")
        elif column == "year" and today:
            values.append(str(TODAY.year))
        elif column == "reverses":
            values.append("NULL")
        elif table == "payouts" and column == "member_id":
            values.append(
                "(SELECT min(id) FROM members WHERE id NOT IN "
                "(SELECT member_id FROM payouts p WHERE p.sale_id = payouts.sale_id))"
            )
        else:
            values.append(column)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"SELECT {', '.join(values)} FROM {table} WHERE id = ?",
        [row_id],
    )


def tamper(path: Path, table: str, kind: str, drop_triggers: bool) -> str:
    """Edit the closed book with plain sqlite3; 'changed', or 'refused: why'."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        if drop_triggers:
            names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            for (name,) in names.fetchall():
                conn.execute(f"DROP TRIGGER [{name}]")
        row_id = conn.execute(POSTED[table]).fetchone()[0]
        if row_id is None:
            conn.execute("ROLLBACK")
            return "refused: no posted row"
        if kind == "update":
            cursor = conn.execute(f"UPDATE {table} SET {UPDATES[table]} WHERE id = ?", [row_id])
        elif kind == "delete":
            cursor = conn.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        else:
            _insert_copy(conn, table, row_id, today=kind == "insert today")
            cursor = None
        if cursor is not None and cursor.rowcount != 1:
            conn.execute("ROLLBACK")
            return f"refused: {cursor.rowcount} rows"
        conn.execute("COMMIT")
        return "changed"
    except sqlite3.DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return f"refused: {exc}"
    finally:
        conn.close()


def check_finds(path: Path) -> bool:
    """`koperasi check --full BOOK` exits non-zero."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return koperasi(["--lang", "en", "check", str(path), "--full"]) != 0


def drill_tamper(book_path: Path, work: Path) -> bool:
    if check_finds(book_path):
        print("tamper: the untouched book does not check clean; nothing to measure")
        return False
    detected = changed = refused = 0
    missed = []
    for drop_triggers in (False, True):
        for table in POSTED:
            for kind in KINDS:
                if kind == "insert today" and table == "journal_lines":
                    continue  # a line has no date: its entry's is the posted one
                path = work / f"tamper-{table}-{kind}-{int(drop_triggers)}.koperasi"
                shutil.copy(book_path, path)
                before = path.read_bytes()
                outcome = tamper(path, table, kind, drop_triggers)
                label = f"{kind} {table}" + (" (triggers dropped)" if drop_triggers else "")
                if VERBOSE:
                    print(f"   {label}: {outcome}")
                if outcome != "changed":
                    if path.read_bytes() != before:
                        missed.append(f"{label}: refused but the file changed")
                    refused += 1
                    path.unlink()
                    continue
                changed += 1
                if check_finds(path):
                    detected += 1
                else:
                    missed.append(label)
                path.unlink()
    print(
        f"tamper: {detected}/{changed} detected by `koperasi check --full` "
        f"({refused} more refused outright by the triggers; "
        f"{TRIED} edits tried)"
    )
    for label in missed:
        print(f"   missed: {label}")
    return detected == changed and not missed and changed + refused == TRIED


# -- 4. restore drill ------------------------------------------------------------------------


def dump(book: Book) -> dict[str, list[tuple]]:
    conn = book._db.conn
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    return {t: list(conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid")) for t in tables}


def trial_balance(book: Book) -> list[tuple]:
    return book._db.conn.execute(
        "SELECT account, sum(debit), sum(credit) FROM journal_lines "
        "GROUP BY account ORDER BY account"
    ).fetchall()


def drill_restore(book_path: Path, work: Path) -> bool:
    live = work / "restore-live.koperasi"
    shutil.copy(book_path, live)
    folder = work / "Cadangan"
    folder.mkdir()
    with Book.open(live) as book:
        before_dump, before_tb = dump(book), trial_balance(book)
        info = backup_book(book, folder)
    damaged = bytearray(live.read_bytes())
    damaged[8192 : 8192 + 4096] = b"\xde\xad" * 2048
    live.write_bytes(bytes(damaged))
    damage_seen = check_finds(live)
    restored = work / "restore-new.koperasi"
    result = restore(info.path, restored)
    with Book.open(restored) as book:
        same_tb = trial_balance(book) == before_tb
        same_dump = dump(book) == before_dump
    clean = not check_finds(restored)
    ok = info.verified and result.verified and same_tb and same_dump and clean and damage_seen
    print(
        f"restore: {'passed' if ok else 'FAILED'} (backup verified {info.verified}, damage "
        f"found by check {damage_seen}, trial balance identical {same_tb} over "
        f"{len(before_tb)} accounts, dump identical {same_dump} over {len(before_dump)} "
        f"tables, restored book checks clean {clean})"
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--dir", type=Path, default=None, help="work here (default: temp)")
    parser.add_argument("--verbose", action="store_true", help="each tamper's outcome")
    args = parser.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        work = Path(tmp)
        book_path = work / "drill.koperasi"
        started = time.perf_counter()
        build_demo(book_path, members=args.members, years=1, seed=1, today=TODAY)
        print(
            f"book: demo, {args.members} members, 1 year, "
            f"{book_path.stat().st_size / 1e6:.1f} MB, built in "
            f"{time.perf_counter() - started:.1f} s"
        )
        results = [
            drill_kills(book_path, work, args.kills),
            drill_power_cuts(book_path, work, args.copies),
            drill_tamper(book_path, work),
            drill_restore(book_path, work),
        ]
    print("drill: " + ("all complete" if all(results) else "INCOMPLETE"))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
