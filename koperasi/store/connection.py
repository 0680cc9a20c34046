"""Opening and creating book files: checks, lock, pragmas and migrations."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from koperasi.core.errors import KoperasiError, NotABookError
from koperasi.store.lock import BookLock
from koperasi.store.migrations import MIGRATION_SET, known_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        # A power cut must not lose a committed write: fsync on every commit.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = DELETE")
    return conn


def _inspect(path: Path) -> list[str]:
    """Refuse anything that is not a book of ours; return the migrations it has."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        raise KoperasiError("book.not_found", path=path) from exc
    except OSError as exc:
        raise KoperasiError("book.cannot_open", path=path, reason=exc.strerror) from exc
    if header != SQLITE_HEADER:
        raise NotABookError("book.not_a_book", path=path)
    conn = _connect(path, readonly=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone()
        if not has_table:
            raise NotABookError("book.not_a_book", path=path)
        applied = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
                [MIGRATION_SET],
            )
        ]
    except sqlite3.DatabaseError as exc:
        raise NotABookError("book.not_a_book", path=path) from exc
    finally:
        conn.close()
    if not applied:
        raise NotABookError("book.not_a_book", path=path)
    unknown = [name for name in applied if name not in known_names()]
    if unknown:
        raise NotABookError("book.newer_version", path=path, names=", ".join(unknown))
    return applied


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One transaction (a savepoint when nested). The database's refusals (a trigger
    guarding a posted record, a full disk) become KoperasiErrors with a sentence."""
    try:
        with db.atomic():
            yield
    except sqlite3.IntegrityError as exc:
        text = str(exc)
        if text.startswith("locked: "):
            raise KoperasiError("book.record_locked", reason=text[len("locked: ") :]) from exc
        raise KoperasiError("book.write_failed", reason=text) from exc
    except sqlite3.OperationalError as exc:
        raise KoperasiError("book.write_failed", reason=str(exc)) from exc


class BookFile:
    """An open book file: its Database, and the write lock unless opened read-only."""

    def __init__(self, path: Path, db: Database, lock: BookLock | None) -> None:
        self.path = path
        self.db = db
        self.lock = lock

    @property
    def readonly(self) -> bool:
        return self.lock is None

    def close(self) -> None:
        try:
            self.db.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None


def open_book_file(path: str | Path, readonly: bool = False) -> BookFile:
    path = Path(path)
    _inspect(path)
    if readonly:
        return BookFile(path, Database(_connect(path, readonly=True)), None)
    lock = BookLock(path)
    lock.acquire()
    try:
        db = Database(_connect(path, readonly=False))
        migrations.apply(db)
    except BaseException:
        lock.release()
        raise
    return BookFile(path, db, lock)


def create_book_file(path: str | Path) -> BookFile:
    """A new, empty book at a path where no file exists yet."""
    path = Path(path)
    if path.exists():
        raise KoperasiError("book.exists", path=path)
    if not path.parent.is_dir():
        raise KoperasiError("book.no_folder", path=path, folder=path.parent)
    lock = BookLock(path)
    lock.acquire()
    try:
        try:
            conn = _connect(path, readonly=False)
        except sqlite3.Error as exc:
            raise KoperasiError("book.cannot_open", path=path, reason=str(exc)) from exc
        db = Database(conn)
        migrations.apply(db)
    except BaseException:
        lock.release()
        raise
    return BookFile(path, db, lock)
