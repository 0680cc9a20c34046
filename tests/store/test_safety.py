"""Book safety: recovery after a kill, a lock that never follows a link, special files."""

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import threading

import pytest

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.store.connection import journal_path_for
from koperasi.store.lock import BookLock, lock_path_for


def message(code: str, lang: str, **params: object) -> str:
    return KoperasiError(code, **params).message(lang)


pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file semantics")


@pytest.fixture
def book_path(tmp_path):
    path = tmp_path / "lj.koperasi"
    with Book.create(path, name="Koperasi Lembah Jaya", member_prefix="LJ") as book:
        for i in range(5):
            book.members.add(f"Anggota {i + 1}")
    return path


def member_count(path):
    with Book.open(path, readonly=True) as book:
        return book._db.conn.execute("SELECT count(*) FROM members").fetchone()[0]


# -- 1. recovery after a crash --------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from koperasi.book import Book

    kill_at = int(sys.argv[2])
    book = Book.open(sys.argv[1])
    book._db.execute("PRAGMA cache_size = 2")  # spill pages to the file before the commit
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


def run_child(path, kill_at):
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(kill_at)], capture_output=True, text=True
    )


@pytest.mark.slow
def test_a_book_killed_at_any_point_opens_at_once(book_path, tmp_path):
    full = tmp_path / "full.koperasi"
    shutil.copy(book_path, full)
    done = run_child(full, 10**9)
    assert done.returncode == 0, done.stderr
    total = int(done.stdout)
    assert member_count(full) == 45
    points = sorted({1, 2, 3, total - 1, total, *range(4, total, max(1, total // 40))})
    recovered = survived = 0
    for kill_at in points:
        path = tmp_path / f"kill-{kill_at}.koperasi"
        shutil.copy(book_path, path)
        result = run_child(path, kill_at)
        assert result.returncode == -signal.SIGKILL, (kill_at, result.stderr)
        with Book.open(path) as book:
            recovered += book._file.recovered
            assert book._db.conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            count = book._db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
            assert count in (5, 45), kill_at
        assert not journal_path_for(path).exists()
        survived += 1
    print(f"kills survived {survived}/{len(points)}, recovered {recovered}")
    assert survived == len(points) and recovered > 0


def make_hot_journal(book_path, tmp_path):
    """A copy of the book and its journal taken in the middle of a transaction."""
    conn = sqlite3.connect(book_path, isolation_level=None)
    conn.execute("PRAGMA cache_size = 2")
    conn.execute("BEGIN")
    conn.execute("UPDATE settings SET value = value || ?", ["x" * 2000])
    conn.execute("DROP TRIGGER IF EXISTS no_such_trigger")
    for i in range(200):
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [f"k{i}", "y" * 500])
    journal = journal_path_for(book_path)
    assert journal.exists() and journal.stat().st_size > 0
    copy = tmp_path / "copy.koperasi"
    shutil.copy(book_path, copy)
    shutil.copy(journal, journal_path_for(copy))
    conn.execute("ROLLBACK")
    conn.close()
    return copy


def test_a_hand_made_hot_journal_is_rolled_back_on_opening(book_path, tmp_path):
    with Book.open(book_path, readonly=True) as book:
        before = book._settings.get_all()
    copy = make_hot_journal(book_path, tmp_path)
    with pytest.raises(sqlite3.OperationalError):  # what the old read-only inspection met
        conn = sqlite3.connect(copy.as_uri() + "?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    with Book.open(copy) as book:
        assert book._file.recovered
        assert book._settings.get_all() == before
        assert book._db.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert not journal_path_for(copy).exists()
    assert message("book.recovered", "id") == (
        "Buku dipulihkan setelah program berhenti mendadak; perubahan yang belum selesai "
        "dibatalkan."
    )


def test_a_reader_recovers_a_hot_journal_when_it_can_take_the_lock(book_path, tmp_path):
    copy = make_hot_journal(book_path, tmp_path)
    with Book.open(copy, readonly=True) as book:
        assert book._file.recovered and book._file.readonly
        assert book.members.list()
    assert not lock_path_for(copy).exists()


def test_a_reader_that_cannot_recover_says_so_plainly(book_path, tmp_path):
    copy = make_hot_journal(book_path, tmp_path)
    lock = BookLock(copy)
    lock.acquire()
    try:
        with pytest.raises(KoperasiError) as info:
            Book.open(copy, readonly=True)
        assert info.value.code == "book.needs_recovery"
        assert "journal" not in info.value.message("id") + info.value.message("en")
    finally:
        lock.release()
    assert journal_path_for(copy).exists()  # nothing was touched
    with Book.open(copy) as book:
        assert book._file.recovered


# -- 2. a safe lock --------------------------------------------------------------------


def test_a_lock_symlink_to_the_book_never_touches_the_book(book_path):
    before = book_path.read_bytes()
    lock_path_for(book_path).symlink_to(book_path)
    with pytest.raises(KoperasiError) as info:
        Book.open(book_path)
    assert info.value.code == "book.lock_unsafe"
    assert book_path.read_bytes() == before
    assert lock_path_for(book_path).is_symlink()


def test_a_lock_symlink_to_another_file_never_touches_it(book_path, tmp_path):
    other = tmp_path / "letter.txt"
    other.write_bytes(b"a letter to keep")
    lock_path_for(book_path).symlink_to(other)
    with pytest.raises(KoperasiError) as info:
        Book.open(book_path)
    assert info.value.code == "book.lock_unsafe"
    assert other.read_bytes() == b"a letter to keep"
    dangling = tmp_path / "b.koperasi"
    shutil.copy(book_path, dangling)
    lock_path_for(dangling).symlink_to(tmp_path / "made-through-a-link")
    with pytest.raises(KoperasiError):
        Book.open(dangling)
    assert not (tmp_path / "made-through-a-link").exists()


def test_a_lock_hard_link_never_touches_the_other_file(book_path, tmp_path):
    other = tmp_path / "letter.txt"
    other.write_bytes(b'{"host": "me"} a letter to keep')
    os.link(other, lock_path_for(book_path))
    with pytest.raises(KoperasiError) as info:
        Book.open(book_path)
    assert info.value.code == "book.lock_unsafe"
    assert other.read_bytes() == b'{"host": "me"} a letter to keep'
    before = book_path.read_bytes()
    os.unlink(lock_path_for(book_path))
    os.link(book_path, lock_path_for(book_path))
    with pytest.raises(KoperasiError):
        Book.open(book_path)
    assert book_path.read_bytes() == before


@pytest.mark.parametrize(
    "note",
    [
        b"",
        b"[1, 2, 3]",
        b"\xff\xfe\x00junk",
        b"x" * 2_000_000,
        b'{"host": [1]}',
        b'"text"',
        b'{"pid": {"a": 1}}',
        b"null",
    ],
)
def test_any_stale_note_is_taken_over_without_a_traceback(book_path, note):
    lock_path_for(book_path).write_bytes(note)
    with Book.open(book_path) as book:
        assert book.members.list()
        assert lock_path_for(book_path).stat().st_size < 1000  # our own, fresh note
    assert not lock_path_for(book_path).exists()


def test_a_live_lock_with_a_junk_note_is_still_refused(book_path):
    with Book.open(book_path):
        with pytest.raises(KoperasiError) as info:
            Book.open(book_path)
        assert info.value.code == "book.locked"


def test_a_stale_lock_of_another_computer_is_refused_untouched(book_path):
    note = b'{"host": "kantor-lain", "pid": 7, "since": "2026-11-01 08:00:00"}'
    lock_path_for(book_path).write_bytes(note)
    with pytest.raises(KoperasiError) as info:
        Book.open(book_path)
    assert info.value.code == "book.locked_remote"
    assert lock_path_for(book_path).read_bytes() == note


# -- 3. special files and partial files --------------------------------------------------


def refuse_quickly(path):
    outcome = {}

    def attempt():
        try:
            Book.open(path)
        except KoperasiError as exc:
            outcome["code"] = exc.code

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "opening hung"
    return outcome.get("code")


def test_special_files_are_refused_at_once(tmp_path):
    fifo = tmp_path / "fifo.koperasi"
    os.mkfifo(fifo)
    assert refuse_quickly(fifo) == "book.not_a_file"
    folder = tmp_path / "folder.koperasi"
    folder.mkdir()
    assert refuse_quickly(folder) == "book.not_a_file"
    assert refuse_quickly("/dev/null") == "book.not_a_file"
    sock_path = tmp_path / "s.koperasi"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(sock_path))
        assert refuse_quickly(sock_path) == "book.not_a_file"
    finally:
        server.close()
    assert message("book.not_a_file", "id", path=fifo).startswith(f"{fifo} bukan berkas biasa")


def test_a_failed_create_leaves_nothing_at_the_path(tmp_path, monkeypatch):
    path = tmp_path / "new.koperasi"

    def full_disk(self, **changes):
        raise KoperasiError("book.write_failed", reason="database or disk is full")

    monkeypatch.setattr(Book, "update_profile", full_disk)
    with pytest.raises(KoperasiError):
        Book.create(path, name="K")
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    with Book.create(path, name="K") as book:
        assert book.path == path and book.profile.name == "K"
    assert Book.open(path).profile.name == "K"


def test_a_killed_create_leaves_no_file_that_blocks_the_retry(tmp_path):
    path = tmp_path / "new.koperasi"
    code = textwrap.dedent(
        f"""
        import os, signal
        from koperasi.book import Book
        Book.update_profile = lambda self, **kw: os.kill(os.getpid(), signal.SIGKILL)
        Book.create({str(path)!r}, name="K")
        """
    )
    result = subprocess.run([sys.executable, "-c", code])
    assert result.returncode == -signal.SIGKILL
    assert not path.exists()
    with Book.create(path, name="Koperasi Lembah Jaya") as book:
        assert book.profile.name == "Koperasi Lembah Jaya"


def test_a_damaged_book_opens_read_only_and_refuses_writes(book_path):
    with Book.open(book_path) as book:
        root = book._db.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'members'"
        ).fetchone()[0]
        page_size = book._db.conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(book_path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + 64] = b"\\xff" * 56  # a broken b-tree page header
    book_path.write_bytes(bytes(data))
    try:
        book = Book.open(book_path)
    except KoperasiError as exc:  # damage in the schema itself: named, never "not a book"
        assert exc.code == "book.damaged"
    else:
        with book:
            assert book._file.readonly and book._file.damaged
            with pytest.raises(KoperasiError) as info:
                book.members.add("Siti")
            assert info.value.code == "book.readonly"
    assert message("book.damaged", "id", path=book_path, reason="x").startswith(
        f"Buku {book_path} rusak"
    )
    assert book_path.read_bytes() == bytes(data)
