"""Backups for the CLI and GUI: back up an open book (verified, then rotated), list a folder's
backups, describe one before restoring it, restore into a new file."""

from __future__ import annotations

import datetime
from pathlib import Path

from koperasi.book.book import Book
from koperasi.core.rotation import backups_to_delete
from koperasi.store import backup as store
from koperasi.store.backup import BackupInfo, describe, list_backups, restore

__all__ = [
    "BackupInfo",
    "backup_book",
    "backup_prefix",
    "book_backups",
    "describe",
    "last_verified",
    "list_backups",
    "prune_backups",
    "restore",
]


def backup_prefix(book: Book) -> str:
    """The start of this book's backup names (its member prefix, as store.backup names them)."""
    prefix = book.profile.member_prefix or "KOP"
    return "".join(ch for ch in prefix if ch.isalnum()) or "KOP"


def backup_book(
    book: Book,
    folder: str | Path,
    now: datetime.datetime | None = None,
    rotate: bool = True,
) -> BackupInfo:
    """A verified copy of the book in `folder` (the GUI picks Documents/Koperasi/Cadangan).
    Then, unless `rotate` is False, this book's older backups there are thinned to the
    rotation: the last of each of 7 days, 4 weeks and 12 months. `now` is pinned by tests."""
    info = store.backup(book._file, folder, now=now)
    if rotate:
        prune_backups(folder, prefix=backup_prefix(book))
    return info


def _of_prefix(infos: list[BackupInfo], prefix: str | None) -> list[BackupInfo]:
    if prefix is None:
        return infos
    return [b for b in infos if b.path.name.startswith(prefix + "-")]


def book_backups(book: Book, folder: str | Path) -> list[BackupInfo]:
    """This book's backups in `folder`, oldest first (none when the folder does not exist)."""
    if not Path(folder).is_dir():
        return []
    return _of_prefix(list_backups(folder), backup_prefix(book))


def last_verified(book: Book, folder: str | Path) -> BackupInfo | None:
    """The newest verified backup of this book in `folder`, or None."""
    verified = [b for b in book_backups(book, folder) if b.verified and b.created]
    return verified[-1] if verified else None


def prune_backups(folder: str | Path, prefix: str | None = None) -> list[Path]:
    """Delete the backups the rotation (7 daily, 4 weeks, 12 months) no longer keeps, of one
    book (`prefix`) or of every book in the folder, each book rotated on its own; backups
    with no readable record are left alone."""
    dated = [b for b in list_backups(folder) if b.created is not None]
    groups: dict[str, list[BackupInfo]] = {}
    for info in _of_prefix(dated, prefix):
        groups.setdefault(info.path.name.split("-", 1)[0], []).append(info)
    removed = []
    for infos in groups.values():
        doomed: set[datetime.datetime] = set(backups_to_delete(b.created for b in infos))
        for info in infos:
            if info.created in doomed:
                info.path.unlink(missing_ok=True)
                info.path.with_name(info.path.name + store.SIDECAR).unlink(missing_ok=True)
                removed.append(info.path)
    return removed
