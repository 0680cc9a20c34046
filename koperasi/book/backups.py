"""Backups for the CLI and GUI: back up an open book, list a folder's backups, restore."""

from __future__ import annotations

import datetime
from pathlib import Path

from koperasi.book.book import Book
from koperasi.core.rotation import backups_to_delete
from koperasi.store import backup as store
from koperasi.store.backup import BackupInfo, list_backups, restore

__all__ = ["BackupInfo", "backup_book", "list_backups", "prune_backups", "restore"]


def backup_book(book: Book, folder: str | Path) -> BackupInfo:
    """A verified copy of the book in `folder` (the GUI picks Documents/Koperasi/Cadangan)."""
    return store.backup(book._file, folder)


def prune_backups(folder: str | Path) -> list[Path]:
    """Delete the backups the rotation (7 daily, 4 weekly, 12 monthly) no longer keeps;
    backups with no readable record are left alone."""
    dated = [b for b in list_backups(folder) if b.created is not None]
    doomed: set[datetime.datetime] = set(backups_to_delete(b.created for b in dated))
    removed = []
    for info in dated:
        if info.created in doomed:
            info.path.unlink(missing_ok=True)
            info.path.with_name(info.path.name + store.SIDECAR).unlink(missing_ok=True)
            removed.append(info.path)
    return removed
