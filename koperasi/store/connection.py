"""Opening and creating book files: checks, lock, pragmas and migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from koperasi.core.errors import BookLockedError, KoperasiError, NotABookError
from koperasi.store.audit import cover_new_tables
from koperasi.store.lock import BookLock
from koperasi.store.migrations import MIGRATION_SET, known_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_CORRUPT = 11
_SQLITE_READONLY_ROLLBACK = 8 | (3 << 8)


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


def journal_path_for(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _check_regular_file(path: Path) -> None:
    """Refuse a folder, FIFO, device or socket at once: opening a FIFO would hang."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError as exc:
        raise KoperasiError("book.not_found", path=path) from exc
    except OSError as exc:
        raise KoperasiError("book.cannot_open", path=path, reason=exc.strerror) from exc
    if not stat.S_ISREG(mode):
        raise KoperasiError("book.not_a_file", path=path)


def _has_hot_journal(path: Path) -> bool:
    try:
        return journal_path_for(path).stat().st_size > 0
    except OSError:
        return False


def _recover(path: Path) -> bool:
    """Roll back what a crashed writer left in a hot journal: only a read-write connection
    can (a read-only one fails with SQLITE_READONLY_ROLLBACK). The caller holds the lock.
    True when a journal was rolled back."""
    if not _has_hot_journal(path):
        return False
    try:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            # Any read makes SQLite see the hot journal and roll it back.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise KoperasiError("book.cannot_open", path=path, reason=str(exc)) from exc
    return not _has_hot_journal(path)


def _inspect(path: Path) -> list[str]:
    """Refuse anything that is not a book of ours; return the migrations it has."""
    _check_regular_file(path)
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
    except sqlite3.OperationalError as exc:
        # A hot journal or a busy writer is not a reason to call the file "not a book".
        code = getattr(exc, "sqlite_errorcode", None)
        if code == _SQLITE_READONLY_ROLLBACK:
            raise KoperasiError("book.needs_recovery", path=path) from exc
        if code is not None and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
            raise KoperasiError("book.cannot_open", path=path, reason=str(exc)) from exc
        raise NotABookError("book.not_a_book", path=path) from exc
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF == _SQLITE_CORRUPT:
            raise KoperasiError("book.damaged", path=path, reason=str(exc)) from exc
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
    """An open book file: its Database, and the write lock unless opened read-only.

    Attributes:
      recovered: a crashed writer's unfinished transaction was rolled back on opening
        (the CLI and GUI say so once, with message "book.recovered").
      damaged: what quick_check found when a read-write open met a damaged book, which is
        then open read-only ("" when sound); the CLI and GUI say "book.damaged".
    """

    def __init__(
        self, path: Path, db: Database, lock: BookLock | None, recovered: bool = False
    ) -> None:
        self.path = path
        self.db = db
        self.lock = lock
        self.recovered = recovered
        self.damaged = ""
        self._final_path: Path | None = None

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

    def publish(self) -> None:
        """A new book built under a temporary name takes its real name, complete: the
        connection is closed, the file renamed (never over an existing file) and reopened."""
        if self._final_path is None:
            return
        final, temporary = self._final_path, self.path
        self.db.conn.close()
        try:
            _rename_no_clobber(temporary, final)
        except FileExistsError as exc:
            temporary.unlink(missing_ok=True)
            raise KoperasiError("book.exists", path=final) from exc
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise KoperasiError("book.cannot_open", path=final, reason=exc.strerror) from exc
        self.path, self._final_path = final, None
        self.db.conn = _connect(final, readonly=False)

    def discard(self) -> None:
        """Close a book that was never published and remove its temporary file."""
        temporary = self.path if self._final_path is not None else None
        self.close()
        if temporary is not None:
            temporary.unlink(missing_ok=True)
            journal_path_for(temporary).unlink(missing_ok=True)


def _rename_no_clobber(source: Path, target: Path) -> None:
    if hasattr(os, "link") and os.name != "nt":
        os.link(source, target)  # fails if the target exists, unlike rename
        os.unlink(source)
    else:
        if target.exists():
            raise FileExistsError(target)
        os.rename(source, target)
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_book_file(path: str | Path, readonly: bool = False) -> BookFile:
    path = Path(path)
    _check_regular_file(path)
    recovered = False
    if _has_hot_journal(path):
        # Roll back under the write lock; a reader that cannot have it says so plainly.
        lock = BookLock(path)
        try:
            lock.acquire()
        except BookLockedError as exc:
            if readonly:
                raise KoperasiError("book.needs_recovery", path=path) from exc
            raise
        try:
            recovered = _recover(path)
        except BaseException:
            lock.release()
            raise
        if readonly:
            lock.release()
        else:
            return _open_locked(path, lock, recovered)
    _inspect(path)
    if readonly:
        return BookFile(path, Database(_connect(path, readonly=True)), None, recovered)
    lock = BookLock(path)
    lock.acquire()
    return _open_locked(path, lock, recovered)


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if result == ["ok"] else result


def _open_locked(path: Path, lock: BookLock, recovered: bool) -> BookFile:
    try:
        _inspect(path)
        conn = _connect(path, readonly=False)
        damage = _quick_check(conn)
        if damage:
            # A damaged book is only read (to copy what can be saved), never written.
            conn.close()
            lock.release()
            file = BookFile(path, Database(_connect(path, readonly=True)), None, recovered)
            file.damaged = "; ".join(damage)
            return file
        db = Database(conn)
        _upgrade(db)
    except BaseException:
        lock.release()
        raise
    return BookFile(path, db, lock, recovered)


def _upgrade(db: Database) -> None:
    """Apply the migrations a book has not had; then bring any table a migration added
    under the audit log, in the same way as every other table."""
    migrations.apply(db)
    with transaction(db):
        cover_new_tables(db)


def create_book_file(path: str | Path) -> BookFile:
    """A new, empty book, built under a temporary name in the same folder; call
    BookFile.publish() when it is complete (a kill or a full disk before then leaves no
    partial file at the path), or discard() to drop it."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise KoperasiError("book.exists", path=path)
    if not path.parent.is_dir():
        raise KoperasiError("book.no_folder", path=path, folder=path.parent)
    lock = BookLock(path)
    lock.acquire()
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.baru")
    try:
        try:
            fd = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW, 0o644)
            os.close(fd)
            conn = _connect(temporary, readonly=False)
            db = Database(conn)
            _upgrade(db)
        except (sqlite3.Error, OSError) as exc:
            temporary.unlink(missing_ok=True)
            reason = getattr(exc, "strerror", None) or str(exc)
            raise KoperasiError("book.cannot_open", path=path, reason=reason) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        lock.release()
        raise
    file = BookFile(temporary, db, lock)
    file._final_path = path
    return file


_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
