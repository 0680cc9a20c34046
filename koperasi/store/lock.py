"""One writer per book: an OS lock on a file beside the book that names its holder.

The OS releases the lock when a process dies, so a lock left by a crashed process on
this computer is taken over; the file's text names the computer and process for the
message a second writer sees.
"""

from __future__ import annotations

import datetime
import json
import os
import socket
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
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        raw = os.read(fd, 4096)
        return json.loads(raw.decode("utf-8")) if raw.strip() else {}
    except (OSError, ValueError):
        return {}


class BookLock:
    """Holds the write lock of one book until released (or the process ends)."""

    def __init__(self, book_path: Path) -> None:
        self.book_path = book_path
        self.path = lock_path_for(book_path)
        self._fd: int | None = None
        self.took_over: dict | None = None

    def acquire(self) -> None:
        host = socket.gethostname()
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise KoperasiError(
                    "book.cannot_open", path=self.book_path, reason=exc.strerror
                ) from exc
            if not _try_os_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise BookLockedError(
                    "book.locked",
                    path=self.book_path,
                    host=holder.get("host", "?"),
                    pid=holder.get("pid", "?"),
                    since=holder.get("since", "?"),
                )
            # The holder before us may have deleted the file after we opened it: then our
            # lock is on an orphan and we start again on the new file.
            try:
                same_file = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same_file = False
            if not same_file:
                os.close(fd)
                continue
            break
        holder = _read_holder(fd)
        if holder and holder.get("host") not in (None, host):
            # On a shared folder the OS lock may not reach the other computer, so its
            # note is the only sign that it is writing: refuse rather than guess.
            _os_unlock(fd)
            os.close(fd)
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
        note = {
            "host": host,
            "pid": os.getpid(),
            "since": datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
            "program": "koperasi",
        }
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(note).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Remove the file while still holding the lock; a waiting opener re-checks it.
            try:
                os.unlink(self.path)
            except OSError:
                os.ftruncate(fd, 0)
            _os_unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
