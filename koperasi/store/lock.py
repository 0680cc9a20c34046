"""One writer per book: an OS lock on a file beside the book that names its holder.

The OS releases the lock when a process dies, so a lock left by a crashed process on
this computer is taken over; the file's text names the computer and process for the
message a second writer sees.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import socket
import stat
import sys
from pathlib import Path

from koperasi.core.errors import BookLockedError, KoperasiError

_WINDOWS_LOCK_OFFSET = 0x7FFFFFFF  # lock a byte far past the text so Windows can still read it


def lock_path_for(book_path: Path) -> Path:
    return book_path.with_name(book_path.name + ".lock")


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(fd: int) -> dict:
    """The note of the last holder; any other content (junk, a list, nothing) is no note."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
        note = json.loads(raw.decode("utf-8")) if raw.strip() else {}
    except (OSError, ValueError):
        return {}
    if not isinstance(note, dict) or not isinstance(note.get("host", ""), str):
        return {}
    return {
        key: value if isinstance(value, int) else str(value)[:200]
        for key, value in note.items()
        if isinstance(key, str)
    }


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class BookLock:
    """Holds the write lock of one book until released (or the process ends)."""

    def __init__(self, book_path: Path) -> None:
        self.book_path = book_path
        self.path = lock_path_for(book_path)
        self._fd: int | None = None
        self.took_over: dict | None = None

    def _refuse_unsafe(self) -> KoperasiError:
        return KoperasiError("book.lock_unsafe", path=self.book_path, lock=self.path)

    def _open_existing(self) -> int | None:
        """Open a lock file someone else made, without following a link or writing to it;
        None when it vanished meanwhile."""
        try:
            fd = os.open(self.path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._refuse_unsafe() from exc  # a symlink (ELOOP) or worse
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            os.close(fd)
            raise self._refuse_unsafe()
        return fd

    def acquire(self) -> None:
        """Take the lock. The lock file is always one this process created (O_EXCL, never
        through a link); a file left by a dead holder is read, then replaced, never written."""
        host = socket.gethostname()
        for _ in range(100):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
            except FileExistsError:
                fd = None
            except OSError as exc:
                raise KoperasiError(
                    "book.cannot_open", path=self.book_path, reason=exc.strerror
                ) from exc
            if fd is not None:
                if not _try_os_lock(fd):  # someone replaced a stale file at this instant
                    os.close(fd)
                    continue
                if not self._still_at_path(fd):
                    os.close(fd)
                    continue
                self._write_note(fd, host)
                return
            old = self._open_existing()
            if old is None:
                continue
            try:
                if not _try_os_lock(old):
                    holder = _read_holder(old)
                    raise BookLockedError(
                        "book.locked",
                        path=self.book_path,
                        host=holder.get("host", "?"),
                        pid=holder.get("pid", "?"),
                        since=holder.get("since", "?"),
                    )
                if not self._still_at_path(old):
                    continue
                holder = _read_holder(old)
                if holder.get("host") not in (None, host):
                    # On a shared folder the OS lock may not reach the other computer, so
                    # its note is the only sign that it is writing: refuse rather than guess.
                    raise BookLockedError(
                        "book.locked_remote",
                        path=self.book_path,
                        host=holder.get("host", "?"),
                        pid=holder.get("pid", "?"),
                        since=holder.get("since", "?"),
                        lock=self.path,
                    )
                if holder:
                    self.took_over = holder  # a crashed process on this computer left it
                # Remove the stale file while holding its lock (a waiting opener re-checks
                # the path) and make our own on the next round.
                os.unlink(self.path)
            finally:
                os.close(old)
        raise KoperasiError("book.cannot_open", path=self.book_path, reason="lock busy")

    def _still_at_path(self, fd: int) -> bool:
        # The holder before us may have deleted the file after we opened it: then our lock
        # is on an orphan and we start again on the new file.
        try:
            return os.path.samestat(os.fstat(fd), os.lstat(self.path))
        except FileNotFoundError:
            return False

    def _write_note(self, fd: int, host: str) -> None:
        note = {
            "host": host,
            "pid": os.getpid(),
            "since": datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
            "program": "koperasi",
        }
        os.write(fd, json.dumps(note).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Remove the file while still holding the lock; a waiting opener re-checks it.
            if self._still_at_path(fd):
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
            _os_unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
