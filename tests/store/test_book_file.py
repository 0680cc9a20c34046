"""The book file: opening, refusing what is not ours, one writer, migrations, pragmas."""

import json
import socket
import sqlite3
import subprocess
import sys

import pytest

from koperasi.book import Book
from koperasi.core.errors import BookLockedError, KoperasiError, NotABookError
from koperasi.store.lock import lock_path_for
from koperasi.store.migrations import known_names


def test_create_then_open(tmp_path):
    path = tmp_path / "lj.koperasi"
    with Book.create(
        path, name="Koperasi Lembah Jaya", regency="Sarolangun", member_prefix="lj"
    ) as book:
        assert book.profile.name == "Koperasi Lembah Jaya"
        assert book.profile.member_prefix == "LJ"
    with Book.open(path) as book:
        assert book.profile.regency == "Sarolangun"
        applied = [r[0] for r in book._db.conn.execute("SELECT name FROM _sqlite_migrations")]
        assert sorted(applied) == sorted(known_names())
        assert book._db.conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert book._db.conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert not lock_path_for(path).exists()  # a clean close leaves no lock behind


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "x.koperasi"
    path.write_bytes(b"important")
    with pytest.raises(KoperasiError) as info:
        Book.create(path, name="K")
    assert info.value.code == "book.exists"
    assert path.read_bytes() == b"important"


@pytest.mark.parametrize(
    "content", [b"", b"hello, this is a letter", b"SQLite format 3\x00" + b"\x00" * 10]
)
def test_not_a_book_is_left_untouched(tmp_path, content):
    path = tmp_path / "letter.koperasi"
    path.write_bytes(content)
    with pytest.raises(NotABookError) as info:
        Book.open(path)
    assert (
        info.value.message("id") == f"Berkas {path} bukan buku Koperasi; berkas itu tidak diubah."
    )
    assert path.read_bytes() == content
    assert not lock_path_for(path).exists()


def test_other_sqlite_database_is_not_a_book(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotABookError):
        Book.open(path)
    assert path.read_bytes() == before


def test_book_from_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "new.koperasi"
    Book.create(path, name="K").close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('koperasi', '9999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotABookError) as info:
        Book.open(path)
    assert info.value.code == "book.newer_version"
    assert "9999_future" in info.value.message("en")
    assert path.read_bytes() == before


def test_missing_file(tmp_path):
    with pytest.raises(KoperasiError) as info:
        Book.open(tmp_path / "nope.koperasi")
    assert info.value.code == "book.not_found"


def test_second_writer_is_refused_with_host_and_process(tmp_path):
    path = tmp_path / "lj.koperasi"
    first = Book.create(path, name="K")
    try:
        with pytest.raises(BookLockedError) as info:
            Book.open(path)
        text = info.value.message("id")
        assert socket.gethostname() in text
        assert f"proses {__import__('os').getpid()}" in text
        # another process is refused too
        result = subprocess.run(
            [sys.executable, "-c", f"from koperasi.book import Book; Book.open({str(path)!r})"],
            capture_output=True,
            text=True,
        )
        assert result.returncode != 0
        assert "BookLockedError" in result.stderr
        # readers are welcome while the writer works
        with Book.open(path, readonly=True) as reader:
            assert reader.profile.name == "K"
    finally:
        first.close()
    Book.open(path).close()  # free again once the first writer closed


def test_lock_of_crashed_process_is_taken_over(tmp_path):
    path = tmp_path / "lj.koperasi"
    Book.create(path, name="K").close()
    # A process that opens the book and dies without closing it.
    code = f"import os; from koperasi.book import Book; Book.open({str(path)!r}); os._exit(9)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    stale = json.loads(lock_path_for(path).read_text())
    assert stale["host"] == socket.gethostname()
    with Book.open(path) as book:
        assert book._file.lock.took_over["pid"] == stale["pid"]


def test_lock_written_by_another_computer_is_respected(tmp_path):
    path = tmp_path / "lj.koperasi"
    Book.create(path, name="K").close()
    note = {"host": "PC-GUDANG", "pid": 4242, "since": "2026-11-27 08:00:00"}
    lock_path_for(path).write_text(json.dumps(note))
    with pytest.raises(BookLockedError) as info:
        Book.open(path)
    assert "PC-GUDANG" in info.value.message("id")
    assert json.loads(lock_path_for(path).read_text()) == note  # not ours to take over


def test_readonly_book_refuses_writes(tmp_path):
    path = tmp_path / "lj.koperasi"
    Book.create(path, name="K").close()
    with Book.open(path, readonly=True) as book, pytest.raises(KoperasiError) as info:
        book.members.add("Siti")
    assert info.value.code == "book.readonly"


def test_create_in_a_missing_folder_says_so(tmp_path):
    with pytest.raises(KoperasiError) as info:
        Book.create(tmp_path / "nope" / "x.koperasi", name="K")
    assert info.value.code == "book.no_folder"
    assert "folder" in info.value.message("id")
